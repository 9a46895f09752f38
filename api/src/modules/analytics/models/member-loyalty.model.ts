import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ChurnReason,
  EngagementTier,
  MatrixCell,
  NpsClass,
  RfmSegment,
  type EngagementWeightedAction,
} from '@kizuna/shared';
import '../../customers/models/customer.model.js';

registerEnumType(EngagementTier, { name: 'EngagementTier' });
registerEnumType(ChurnReason, { name: 'ChurnReason' });

@ObjectType()
export class EngagementContribution {
  @Field(() => String)
  action: EngagementWeightedAction;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  points: number;
}

/** A member's figures as of the last computation. */
@ObjectType()
export class MemberLoyalty {
  @Field(() => ID)
  memberId: string;

  @Field()
  asOf: string;

  @Field(() => Int)
  engagementScore: number;

  @Field(() => EngagementTier)
  engagementTier: EngagementTier;

  @Field(() => Int)
  previousScore: number;

  @Field(() => Int)
  trend: number;

  @Field(() => [EngagementContribution])
  why: EngagementContribution[];

  @Field(() => Int)
  activeDays90: number;

  @Field(() => String, { nullable: true })
  lastActiveOn: string | null;

  @Field(() => String, { nullable: true })
  rankKey: string | null;

  rankPosition: number | null;

  @Field(() => Int)
  posts: number;

  @Field(() => Int)
  bestAnswers: number;

  @Field(() => Int)
  eventsAttended: number;

  @Field(() => Int)
  membershipDays: number;

  @Field(() => String, { nullable: true })
  customerKey: string | null;

  @Field(() => Float, { nullable: true })
  ltv: number | null;

  @Field(() => Boolean, { nullable: true })
  highLtv: boolean | null;

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

  @Field(() => MatrixCell, { nullable: true })
  matrixCell: MatrixCell | null;

  @Field(() => [ChurnReason])
  churnReasons: ChurnReason[];
}
