import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CriterionOp, LoyaltyMetric, LoyaltyStanding } from '@kizuna/shared';
import { MemberLoyalty } from '../../models/analytics.model.js';

registerEnumType(LoyaltyMetric, {
  name: 'LoyaltyMetric',
  description:
    'What a criterion reads from a member’s figures. ENGAGEMENT_LEVEL compares tiers in order, RANK rank positions, NPS_CLASS detractor < passive < promoter.',
});
registerEnumType(CriterionOp, { name: 'CriterionOp' });
registerEnumType(LoyaltyStanding, {
  name: 'LoyaltyStanding',
  description: 'LOYAL: meets every criterion. CANDIDATE: meets at least one, not all.',
});

@ObjectType()
export class Criterion {
  @Field(() => LoyaltyMetric)
  metric: LoyaltyMetric;

  @Field(() => CriterionOp)
  op: CriterionOp;

  @Field()
  value: string;
}

@ObjectType()
export class LoyaltyCriteriaSet {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [Criterion])
  criteria: Criterion[];

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'Members by standing against criteria not saved yet.' })
export class LoyaltyPreview {
  @Field(() => Int)
  loyal: number;

  @Field(() => Int)
  candidates: number;

  @Field(() => [Int], { description: 'Members meeting each criterion, in order.' })
  perCriterion: number[];
}

@ObjectType()
export class CriterionGap {
  @Field(() => Criterion)
  criterion: Criterion;

  @Field(() => String, {
    nullable: true,
    description:
      'The member’s value (a number, a tier, rank position or NPS class key); null when unknown.',
  })
  actual: string | null;
}

@ObjectType()
export class LoyaltyCandidate {
  memberId: string;

  @Field(() => Int)
  met: number;

  @Field(() => Int)
  of: number;

  @Field(() => [CriterionGap], { description: 'The criteria not met yet, in order.' })
  lacking: CriterionGap[];

  @Field(() => MemberLoyalty)
  loyalty: MemberLoyalty;
}

@ObjectType()
export class LoyaltyCandidatePage {
  @Field(() => [LoyaltyCandidate])
  nodes: LoyaltyCandidate[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class MemberLoyaltyPage {
  @Field(() => [MemberLoyalty])
  nodes: MemberLoyalty[];

  @Field(() => Int)
  totalCount: number;
}
