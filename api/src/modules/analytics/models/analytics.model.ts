import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AnalyticsRunStatus,
  ChurnReason,
  EngagementTier,
  MatrixCell,
  NpsClass,
  RfmSegment,
} from '@kizuna/shared';
import { LoyaltyMatrix, RfmSegmentSummary } from '../../customers/models/customer.model.js';

registerEnumType(EngagementTier, {
  name: 'EngagementTier',
  description: 'Engagement levels, lowest first: 観察, 参加, 貢献, 推進.',
});
registerEnumType(ChurnReason, { name: 'ChurnReason' });
registerEnumType(AnalyticsRunStatus, { name: 'AnalyticsRunStatus' });

@ObjectType({ description: 'One action behind an engagement score.' })
export class EngagementContribution {
  @Field(() => String)
  action: string;

  @Field(() => Int, { description: 'Times in the window.' })
  count: number;

  @Field(() => Float, { description: 'Points it added, after the decay.' })
  points: number;
}

@ObjectType({
  description:
    'A member’s figures as of the last computation: engagement, activity, rank, customer value, attitude and churn risk.',
})
export class MemberLoyalty {
  @Field(() => ID)
  memberId: string;

  @Field(() => String, { description: 'YYYY-MM-DD, in the community’s time zone.' })
  asOf: string;

  @Field(() => Int, { description: '0–100 within the community.' })
  engagementScore: number;

  @Field(() => EngagementTier)
  engagementTier: EngagementTier;

  @Field(() => Int, { description: 'The score one window earlier.' })
  previousScore: number;

  @Field(() => Int, { description: 'engagementScore − previousScore.' })
  trend: number;

  @Field(() => [EngagementContribution], { description: 'The top contributions, by points.' })
  why: EngagementContribution[];

  @Field(() => Int, { description: 'Days active in the 90 ending with asOf.' })
  activeDays90: number;

  @Field(() => String, { nullable: true })
  lastActiveOn: string | null;

  @Field(() => String, { nullable: true, description: 'The id of their rank.' })
  rankKey: string | null;

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

  /** Rank position, for ordering; not in the schema. */
  rankPosition: number | null;
}

@ObjectType()
export class ActionWeight {
  @Field(() => String)
  action: string;

  @Field(() => Float)
  weight: number;

  @Field(() => Float)
  defaultWeight: number;
}

@ObjectType({ description: 'How engagement is scored (admins change it).' })
export class AnalyticsSettings {
  @Field(() => Int)
  windowDays: number;

  @Field(() => Int)
  halfLifeDays: number;

  @Field(() => [ActionWeight])
  weights: ActionWeight[];

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'One computation of the analytics (a full recompute or an increment).' })
export class AnalyticsRun {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'full or incremental.' })
  kind: string;

  @Field(() => AnalyticsRunStatus)
  status: AnalyticsRunStatus;

  @Field(() => Float, { description: '0–1.' })
  progress: number;

  @Field(() => String)
  asOf: string;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true })
  error: string | null;
}

@ObjectType()
export class TierCount {
  @Field(() => EngagementTier)
  tier: EngagementTier;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class EngagementPage {
  @Field(() => [TierCount], { description: 'Every level, lowest first, whatever the filter.' })
  distribution: TierCount[];

  @Field(() => [MemberLoyalty], { description: 'Score descending.' })
  nodes: MemberLoyalty[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class DailyActivity {
  @Field(() => String)
  day: string;

  @Field(() => Int)
  dau: number;

  @Field(() => Int, { description: 'Members active in the 7 days ending with this one.' })
  wau: number;

  @Field(() => Int, { description: 'Members active in the 30 days ending with this one.' })
  mau: number;

  @Field(() => Int)
  posts: number;

  @Field(() => Int)
  comments: number;
}

@ObjectType()
export class QuestionStats {
  @Field(() => Int)
  asked: number;

  @Field(() => Int, { description: 'Of those asked, answered by someone else.' })
  answered: number;

  @Field(() => Float, { nullable: true })
  answeredShare: number | null;

  @Field(() => Float, { nullable: true })
  medianFirstAnswerMinutes: number | null;
}

@ObjectType({
  description:
    'Seats of events whose check-in closed in the range: every seat ends checked in or a no-show.',
})
export class EventStats {
  @Field(() => Int)
  seats: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  noShows: number;

  @Field(() => Float, { nullable: true })
  attendanceRate: number | null;

  @Field(() => Float, { nullable: true })
  noShowRate: number | null;
}

@ObjectType()
export class NpsPoint {
  @Field(() => String, { description: 'YYYY-MM.' })
  period: string;

  @Field(() => Float, {
    nullable: true,
    description: '%promoters − %detractors; null without answers.',
  })
  nps: number | null;

  @Field(() => Int)
  responses: number;
}

@ObjectType()
export class TierFlow {
  @Field(() => String, { description: 'YYYY-MM: the month moved into, from the month before.' })
  month: string;

  @Field(() => EngagementTier)
  from: EngagementTier;

  @Field(() => EngagementTier)
  to: EngagementTier;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class Cohort {
  @Field(() => String, { description: 'YYYY-MM: the month its members joined.' })
  month: string;

  @Field(() => Int)
  size: number;

  @Field(() => [Float], {
    description: 'retained[k]: the share of the cohort active k months after joining (k = 0…).',
  })
  retained: number[];
}

@ObjectType()
export class AnalyticsDashboard {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => String)
  timeZone: string;

  @Field(() => Date, { nullable: true, description: 'When the figures were last computed.' })
  computedAt: Date | null;

  @Field(() => Int, { description: 'Members who had joined by the end of `to` (community-wide).' })
  membersTotal: number;

  @Field(() => Int, { description: 'Members who joined in the range (community-wide).' })
  membersNew: number;

  @Field(() => Float, { nullable: true, description: 'Average DAU ÷ average MAU over the range.' })
  stickiness: number | null;

  @Field(() => [DailyActivity])
  activity: DailyActivity[];

  @Field(() => QuestionStats)
  questions: QuestionStats;

  @Field(() => EventStats)
  events: EventStats;

  @Field(() => [NpsPoint], { description: 'Per month, community-wide.' })
  npsTrend: NpsPoint[];

  @Field(() => [TierCount], { description: 'As of the last computation.' })
  tiers: TierCount[];

  @Field(() => [TierFlow])
  tierFlow: TierFlow[];

  @Field(() => [Cohort], { description: 'Members who joined in the range, by month.' })
  cohorts: Cohort[];

  @Field(() => [MemberLoyalty])
  topContributors: MemberLoyalty[];

  @Field(() => LoyaltyMatrix, { nullable: true, description: 'As of the last computation.' })
  matrix: LoyaltyMatrix | null;

  @Field(() => [RfmSegmentSummary], { description: 'As of the last computation.' })
  rfm: RfmSegmentSummary[];
}
