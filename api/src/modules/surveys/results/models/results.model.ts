import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ANONYMOUS_GROUP_MIN,
  NPS_MIN_RESPONSES_FOR_MARGIN,
  SURVEY_LIMITS,
  SurveyResponseSource,
} from '@kizuna/shared';
import { PageInfo } from '../../../../core/graphql/pagination.js';
import { IntRange, MaxLen, OneOf, Optional, Required } from '../../../../core/validation/rules.js';
import { Member } from '../../../members/models/member.model.js';
import { KeyedLabel, Survey, SurveyQuestion, SurveyTouchpoint } from '../../models/survey.model.js';

@ObjectType({ description: 'NPS = 100 · (promoter share − detractor share).' })
export class NpsSummary {
  @Field(() => Int)
  responses: number;

  @Field(() => Int)
  promoters: number;

  @Field(() => Int)
  passives: number;

  @Field(() => Int)
  detractors: number;

  @Field(() => Float, { description: '0 … 1' })
  promoterShare: number;

  @Field(() => Float, { description: '0 … 1' })
  passiveShare: number;

  @Field(() => Float, { description: '0 … 1' })
  detractorShare: number;

  @Field(() => Float, { nullable: true, description: '−100 … 100; null without responses.' })
  score: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `± points at 95%: 1.96 · √((p + d − (p − d)²) / n) · 100; null below ${NPS_MIN_RESPONSES_FOR_MARGIN} responses.`,
  })
  marginOfError: number | null;

  @Field(() => [Int], { description: 'Counts of scores 0 … 10.' })
  distribution: number[];

  @Field({
    description: `Anonymous surveys: a group of fewer than ${ANONYMOUS_GROUP_MIN} responses is not shown (its counts are 0), so no one can be picked out.`,
  })
  suppressed: boolean;
}

@ObjectType()
export class NpsTrendPoint {
  @Field(() => Date, {
    description: "A week's Monday or a month's first day, at midnight in the community's zone.",
  })
  periodStart: Date;

  @Field(() => NpsSummary)
  summary: NpsSummary;
}

@ObjectType({ description: 'Keys: rank:<position>, or a segment key such as nps:promoter.' })
export class NpsBreakdown extends KeyedLabel {
  @Field(() => NpsSummary)
  summary: NpsSummary;
}

@ObjectType({ description: 'Two periods compared with a two-sided z-test at 95%.' })
export class NpsComparison {
  @Field(() => NpsSummary)
  a: NpsSummary;

  @Field(() => NpsSummary)
  b: NpsSummary;

  @Field(() => Float, { nullable: true, description: 'NPS of b − NPS of a.' })
  delta: number | null;

  @Field(() => Float, { nullable: true })
  z: number | null;

  @Field(() => Float, { nullable: true })
  pValue: number | null;

  @Field()
  significant: boolean;
}

@ObjectType({ description: 'One touchpoint’s answers, in one NPS class or overall.' })
export class TouchpointClassStats {
  @Field(() => Int, { description: 'Answers with an influence (not "not applicable").' })
  responses: number;

  @Field(() => Float, { nullable: true, description: '−3 … 3' })
  mean: number | null;

  @Field(() => Float)
  positiveShare: number;

  @Field(() => Float)
  negativeShare: number;

  @Field(() => Int)
  notApplicable: number;
}

@ObjectType()
export class TouchpointInfluence {
  @Field(() => SurveyTouchpoint)
  touchpoint: SurveyTouchpoint;

  @Field(() => TouchpointClassStats)
  overall: TouchpointClassStats;

  @Field(() => TouchpointClassStats)
  promoters: TouchpointClassStats;

  @Field(() => TouchpointClassStats)
  passives: TouchpointClassStats;

  @Field(() => TouchpointClassStats)
  detractors: TouchpointClassStats;

  @Field(() => Float, { nullable: true, description: 'Promoters’ mean − detractors’ mean.' })
  lift: number | null;
}

@ObjectType()
export class ScaleResult {
  @Field(() => Int)
  responses: number;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => [Int], { description: 'Counts from 1: CSAT 1–5, CES 1–7, RATING 1–5.' })
  distribution: number[];

  @Field(() => Float, { nullable: true, description: 'CSAT only: the share of 4 and 5.' })
  satisfiedShare: number | null;
}

@ObjectType()
export class ChoiceCount extends KeyedLabel {
  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: 'Of the responses that answered the question.' })
  share: number;
}

@ObjectType()
export class SurveyQuestionResult {
  @Field(() => SurveyQuestion)
  question: SurveyQuestion;

  @Field(() => Int)
  answered: number;

  @Field(() => NpsSummary, { nullable: true })
  nps: NpsSummary | null;

  @Field(() => ScaleResult, { nullable: true })
  scale: ScaleResult | null;

  @Field(() => [ChoiceCount], { nullable: true })
  choices: ChoiceCount[] | null;

  @Field(() => [TouchpointInfluence], {
    nullable: true,
    description: 'Ordered by lift, highest first.',
  })
  touchpoints: TouchpointInfluence[] | null;
}

@ObjectType({ description: 'Submitted responses only; filters apply to every part.' })
export class SurveyResults {
  @Field(() => Survey)
  survey: Survey;

  @Field(() => Int)
  responses: number;

  @Field(() => Int, { description: 'Saved, not submitted: never counted.' })
  partial: number;

  @Field(() => NpsSummary, {
    nullable: true,
    description: 'The first NPS question’s; null without one.',
  })
  nps: NpsSummary | null;
}

@ObjectType()
export class SurveyTextAnswer {
  @Field(() => ID)
  responseId: string;

  @Field()
  text: string;

  @Field(() => Date)
  answeredAt: Date;

  @Field(() => Int, { nullable: true })
  npsScore: number | null;

  /** Null when the survey is anonymous or the answer was imported without a member. */
  respondentId: string | null;

  @Field(() => Member, {
    nullable: true,
    description: 'Null when the survey is anonymous or an imported answer matched no member.',
  })
  respondent?: Member | null;
}

@ObjectType()
export class SurveyTextAnswerConnection {
  @Field(() => [SurveyTextAnswer])
  nodes: SurveyTextAnswer[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType({ description: '[from, to)' })
export class DateRangeInput {
  @Field(() => Date)
  @Required()
  from: Date;

  @Field(() => Date)
  @Required()
  to: Date;
}

@InputType()
export class SurveyResultsFilter {
  @Field(() => Date, { nullable: true, description: 'Answered at or after.' })
  @Optional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Answered before.' })
  @Optional()
  to?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Respondents at this rank or above.' })
  @Optional()
  @IntRange(1, 1000)
  minRankPosition?: number | null;

  @Field(() => String, { nullable: true, description: 'Respondents in this segment (its key).' })
  @Optional()
  @MaxLen(100)
  segment?: string | null;

  @Field(() => SurveyResponseSource, { nullable: true })
  @Optional()
  @OneOf(Object.values(SurveyResponseSource))
  source?: SurveyResponseSource | null;
}

@ArgsType()
export class SurveyTextAnswersArgs {
  @Field(() => ID)
  @Required()
  surveyId: string;

  @Field(() => ID)
  @Required()
  questionId: string;

  @Field(() => SurveyResultsFilter, {
    nullable: true,
    description: 'The responses to list, as the results filter them.',
  })
  @Optional()
  filter?: SurveyResultsFilter | null;

  @Field(() => String, { nullable: true, description: 'Part of the text (width and case folded).' })
  @Optional()
  @MaxLen(200)
  search?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(500)
  after?: string | null;

  @Field(() => Int, { defaultValue: 20 })
  @IntRange(1, SURVEY_LIMITS.textAnswersPageMax)
  first: number = 20;
}
