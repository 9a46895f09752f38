import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatrixCell, RfmSegment } from '@kizuna/shared';

registerEnumType(MatrixCell, { name: 'MatrixCell' });
registerEnumType(RfmSegment, { name: 'RfmSegment' });

@ObjectType()
export class MatrixCellSummary {
  @Field(() => MatrixCell)
  cell: MatrixCell;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  share: number;

  @Field(() => Float)
  revenueInYear: number;
}

@ObjectType()
export class LoyaltyMatrix {
  @Field(() => String)
  asOf: string;

  @Field(() => Int)
  customers: number;

  @Field(() => Float, { nullable: true })
  highLtvCutoff: number | null;

  @Field(() => [MatrixCellSummary])
  cells: MatrixCellSummary[];

  @Field(() => Float)
  revenueAtRiskDetractors: number;

  @Field(() => Float)
  revenueAtRiskPassives: number;
}

@ObjectType()
export class RfmSegmentSummary {
  @Field(() => RfmSegment)
  segment: RfmSegment;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  share: number;

  @Field(() => Float)
  revenue: number;

  @Field(() => Float)
  revenueShare: number;

  @Field(() => Float)
  averageMonetary: number;
}
