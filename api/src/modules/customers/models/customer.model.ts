import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatrixCell, NpsClass, RfmSegment } from '@kizuna/shared';
import '../../surveys/models/survey.model.js';

registerEnumType(MatrixCell, { name: 'MatrixCell' });
registerEnumType(RfmSegment, { name: 'RfmSegment' });

/** One row of an analysis: a customer as of the analysis date. */
@ObjectType()
export class Customer {
  @Field(() => ID)
  key: string;

  @Field(() => String, { nullable: true })
  customerId: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  memberId: string | null;

  @Field(() => Int)
  orders: number;

  @Field(() => Float)
  totalAmount: number;

  @Field(() => Float, { nullable: true })
  aov: number | null;

  @Field(() => Int, { name: 'purchasesPerYear' })
  ordersInYear: number;

  @Field(() => Float, { nullable: true })
  ltv: number | null;

  @Field(() => Boolean, { nullable: true })
  highLtv: boolean | null;

  @Field(() => Int, { nullable: true })
  recencyDays: number | null;

  @Field(() => String, { nullable: true })
  lastOrderOn: string | null;

  @Field(() => Int, { nullable: true })
  r: number | null;

  @Field(() => Int, { nullable: true })
  f: number | null;

  @Field(() => Int, { nullable: true })
  m: number | null;

  @Field(() => RfmSegment, { nullable: true })
  rfmSegment: RfmSegment | null;

  @Field(() => Int, { nullable: true })
  npsScore: number | null;

  @Field(() => NpsClass, { nullable: true })
  npsClass: NpsClass | null;

  @Field(() => MatrixCell)
  cell: MatrixCell;

  @Field(() => Float)
  revenueInYear: number;
}
