import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SurveyTrendPeriod } from '@kizuna/shared';
import { Roles } from '../../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../../core/auth/viewer.js';
import { MembersLoaderFactory } from '../../members/members.loader.js';
import { Member } from '../../members/models/member.model.js';
import { Survey } from '../models/survey.model.js';
import {
  DateRangeInput,
  NpsBreakdown,
  NpsComparison,
  NpsSummary,
  NpsTrendPoint,
  SurveyQuestionResult,
  SurveyResults,
  SurveyResultsFilter,
  SurveyTextAnswer,
  SurveyTextAnswerConnection,
  SurveyTextAnswersArgs,
} from './models/results.model.js';
import type { TextAnswerRow } from './results.repository.js';
import { SurveyResultsService, type SurveyResultsValue } from './results.service.js';

@Resolver(() => SurveyResults)
export class SurveyResultsResolver {
  constructor(private readonly service: SurveyResultsService) {}

  @Roles('moderator', 'product')
  @Query(() => SurveyResults, { description: 'Submitted responses only (staff, product).' })
  surveyResults(
    @CurrentViewer() viewer: Viewer,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('filter', { type: () => SurveyResultsFilter, nullable: true })
    filter: SurveyResultsFilter | null,
  ) {
    return this.service.results(viewer, surveyId, filter);
  }

  @Roles('moderator', 'product')
  @Query(() => SurveyTextAnswerConnection, { description: 'Newest first.' })
  surveyTextAnswers(@CurrentViewer() viewer: Viewer, @Args() args: SurveyTextAnswersArgs) {
    return this.service.textAnswers(viewer, args);
  }

  @Roles('moderator', 'product')
  @Query(() => NpsComparison, { description: 'NPS in two periods [from, to), z-tested.' })
  npsComparison(
    @CurrentViewer() viewer: Viewer,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('a', { type: () => DateRangeInput }) a: DateRangeInput,
    @Args('b', { type: () => DateRangeInput }) b: DateRangeInput,
  ) {
    return this.service.comparison(viewer, surveyId, a, b);
  }

  @ResolveField(() => Survey)
  survey(@Parent() r: SurveyResultsValue) {
    return r.survey;
  }

  @ResolveField(() => NpsSummary, { nullable: true })
  nps(@Parent() r: SurveyResultsValue) {
    return r.nps;
  }

  @ResolveField(() => [NpsTrendPoint], {
    description: "By week (from Monday) or month in the community's time zone, by answer time.",
  })
  npsTrend(
    @Parent() r: SurveyResultsValue,
    @Args('period', { type: () => SurveyTrendPeriod }) period: SurveyTrendPeriod,
  ) {
    return this.service.trend(r, period);
  }

  @ResolveField(() => [NpsBreakdown], { description: 'Every rank, highest first (members only).' })
  npsByRank(@Parent() r: SurveyResultsValue) {
    return this.service.byRank(r);
  }

  @ResolveField(() => [NpsBreakdown], {
    description: 'Every segment, by what respondents are now (members only).',
  })
  npsBySegment(@Parent() r: SurveyResultsValue) {
    return this.service.bySegment(r);
  }

  @ResolveField(() => [SurveyQuestionResult])
  questions(@Parent() r: SurveyResultsValue) {
    return this.service.questionResults(r);
  }
}

@Resolver(() => SurveyTextAnswer)
export class SurveyTextAnswerResolver {
  constructor(private readonly members: MembersLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  respondent(@Parent() a: TextAnswerRow, @Context() ctx: GqlContext) {
    return a.respondentId ? ctx.loaders.get(this.members).load(a.respondentId) : null;
  }
}
