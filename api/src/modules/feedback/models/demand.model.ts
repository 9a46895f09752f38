import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ENGAGEMENT, EngagementLevel } from '@kizuna/shared';
import './feedback.model.js';

const LEVELS = `From the voter's active days in the last ${ENGAGEMENT.windowDays}: CORE ${ENGAGEMENT.minActiveDays.core}+, REGULAR ${ENGAGEMENT.minActiveDays.regular}+, OCCASIONAL ${ENGAGEMENT.minActiveDays.occasional}+, DORMANT none.`;

@ObjectType()
export class DemandBucket {
  @Field({ description: 'Rank position as text, engagement level (CORE…), or segment key.' })
  key: string;

  @Field()
  labelJa: string;

  @Field()
  labelEn: string;

  @Field(() => Int)
  votes: number;

  @Field(() => EngagementLevel, { nullable: true, description: 'Set on engagement buckets.' })
  engagementLevel?: EngagementLevel | null;
}

@ObjectType({
  description: 'Who wants the idea, by customer value (product team, moderators and admins).',
})
export class IdeaDemand {
  @Field(() => [DemandBucket], {
    description: 'Every rank, highest first, zeros included; sums to voteCount.',
  })
  byRank: DemandBucket[];

  @Field(() => [DemandBucket], { description: `CORE, REGULAR, OCCASIONAL, DORMANT. ${LEVELS}` })
  byEngagement: DemandBucket[];

  @Field(() => [DemandBucket], { description: 'Loyalty segments, where analytics provides them.' })
  bySegment: DemandBucket[];

  @Field(() => Float, { nullable: true, description: 'Summed LTV of the voters, where known.' })
  ltvSum: number | null;

  @Field(() => Int, { description: "Votes from members at the community's top two ranks." })
  topRankVotes: number;

  @Field(() => Int, { description: 'Votes cast in the last 14 days.' })
  recentVotes: number;

  @Field(() => Float, { description: 'Votes weighted by rank and engagement (see README).' })
  loyalDemand: number;
}
