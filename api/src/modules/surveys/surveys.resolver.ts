import { Args, ID, Mutation, Query, ResolveField, Resolver, Int } from '@nestjs/graphql';
import { Public, Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentViewer, readerOf } from '../../core/auth/current-viewer.decorator.js';
import { memberOf, type GqlContext, type Viewer } from '../../core/auth/viewer.js';
import { CommunityEvent } from '../events/models/event.model.js';
import { Member } from '../members/models/member.model.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import {
  CreateSurveyInput,
  SaveSurveyResponseInput,
  SurveysArgs,
  SurveyTouchpointInput,
  UpdateSurveyInput,
} from './dto/survey.inputs.js';
import {
  MemberAttitude,
  SurveyConnection,
  SurveySegment,
  SurveySettings,
  SurveyTemplateInfo,
} from './models/survey-admin.model.js';
import {
  Survey,
  SurveyAnswer,
  SurveyAudience,
  SurveyQuestion,
  SurveyResponse,
  SurveyTouchpoint,
} from './models/survey.model.js';
import type { ResponseRow } from './responses.repository.js';
import { SurveyBuilder } from './survey-builder.service.js';
import { SurveyResponses } from './survey-responses.service.js';
import {
  AttitudeLoaderFactory,
  AudienceEventLoaderFactory,
  MemberAskedLoaderFactory,
  MemberResponseLoaderFactory,
  ResponseAnswersLoaderFactory,
  SurveyQuestionsLoaderFactory,
  SurveyTouchpointsLoaderFactory,
} from './surveys.loaders.js';
import { SurveysPolicy } from './surveys.policy.js';
import { SurveysService, type ReadSurvey } from './surveys.service.js';

@Resolver(() => Survey)
export class SurveysResolver {
  constructor(
    private readonly service: SurveysService,
    private readonly builder: SurveyBuilder,
    private readonly answering: SurveyResponses,
    private readonly questionsLoader: SurveyQuestionsLoaderFactory,
    private readonly responses: MemberResponseLoaderFactory,
    private readonly asked: MemberAskedLoaderFactory,
  ) {}

  @Roles('product', 'moderator')
  @Query(() => SurveyConnection, { description: 'Newest first.' })
  surveys(@Args() args: SurveysArgs) {
    return this.service.list(args);
  }

  @Public()
  @Query(() => Survey, {
    description:
      'Staff and the product team: any survey. A member: one that asked them. With the emailed link’s token, signed out too.',
  })
  survey(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('token', { type: () => String, nullable: true }) token?: string | null,
  ) {
    return this.service.forReader(viewer, id, token);
  }

  @SignedIn()
  @Query(() => [Survey], {
    description: 'Open surveys the viewer was asked and has not answered, newest first.',
  })
  mySurveys(@CurrentViewer() viewer: Viewer) {
    return this.service.mine(viewer);
  }

  @Roles('moderator')
  @Query(() => [SurveyTemplateInfo])
  surveyTemplates() {
    return this.service.templates();
  }

  @Roles('product', 'moderator')
  @Query(() => [SurveyTouchpoint])
  surveyTouchpoints(
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ) {
    return this.service.touchpoints(includeArchived);
  }

  @Roles('moderator')
  @Query(() => SurveySettings)
  surveySettings() {
    return this.service.settings();
  }

  @Roles('product', 'moderator')
  @Query(() => [SurveySegment])
  surveySegments() {
    return this.service.segments();
  }

  @Roles('moderator')
  @Mutation(() => Survey)
  createSurvey(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateSurveyInput) {
    return this.builder.create(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => Survey)
  updateSurvey(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSurveyInput) {
    return this.builder.update(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => Survey, { description: 'Opens at opensAt (now by default).' })
  publishSurvey(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('opensAt', { type: () => Date, nullable: true }) opensAt?: Date | null,
  ) {
    return this.builder.publish(viewer, id, opensAt);
  }

  @Roles('moderator')
  @Mutation(() => Survey)
  closeSurvey(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.builder.close(viewer, id);
  }

  @Roles('moderator')
  @Mutation(() => Survey)
  reopenSurvey(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('closesAt', { type: () => Date, nullable: true }) closesAt?: Date | null,
  ) {
    return this.builder.reopen(viewer, id, closesAt);
  }

  @Roles('moderator')
  @Mutation(() => Boolean, { description: 'Drafts only.' })
  deleteSurvey(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.builder.delete(viewer, id);
  }

  @Roles('moderator')
  @Mutation(() => Survey, { description: 'A draft copy.' })
  duplicateSurvey(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.builder.duplicate(viewer, id);
  }

  @Roles('moderator')
  @Mutation(() => [SurveyTouchpoint])
  saveSurveyTouchpoints(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => [SurveyTouchpointInput] }) input: SurveyTouchpointInput[],
  ) {
    return this.builder.saveTouchpoints(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => SurveySettings)
  updateSurveySettings(
    @CurrentViewer() viewer: Viewer,
    @Args('fatigueDays', { type: () => Int }) fatigueDays: number,
  ) {
    return this.builder.updateSettings(viewer, fatigueDays);
  }

  @Public()
  @Mutation(() => SurveyResponse, {
    description: 'As the signed-in member, or signed out with the emailed link’s token.',
  })
  saveSurveyResponse(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: SaveSurveyResponseInput,
  ) {
    return this.answering.save(viewer, input);
  }

  @ResolveField(() => [SurveyQuestion])
  questions(survey: ReadSurvey, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.questionsLoader).load(survey.id);
  }

  @ResolveField(() => SurveyResponse, {
    nullable: true,
    description: 'The viewer’s own response (or the link holder’s), partial or submitted.',
  })
  myResponse(survey: ReadSurvey, _args: unknown, ctx: GqlContext) {
    const memberId = survey.respondentId ?? memberOf(ctx.req.viewer)?.memberId;
    return memberId ? ctx.loaders.forMember(this.responses, memberId).load(survey.id) : null;
  }

  @ResolveField(() => Boolean, {
    description: 'The survey asked the viewer (or the link holder).',
  })
  async viewerAsked(survey: ReadSurvey, _args: unknown, ctx: GqlContext): Promise<boolean> {
    const memberId = survey.respondentId ?? memberOf(ctx.req.viewer)?.memberId;
    return memberId ? ctx.loaders.forMember(this.asked, memberId).load(survey.id) : false;
  }

  @ResolveField(() => SurveyAudience, {
    description:
      'Whom it asks. Members it asked see the kind and the event only: ranks, roles and segments are for staff and the product team.',
  })
  audience(survey: ReadSurvey, _args: unknown, ctx: GqlContext): SurveyAudience {
    if (SurveysPolicy.canReadResults(ctx.req.viewer)) return survey.audience;
    return { ...survey.audience, minRankPosition: null, roles: null, segment: null };
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Staff and the product team (null for members).',
  })
  responseCap(survey: ReadSurvey, _args: unknown, ctx: GqlContext) {
    return SurveysPolicy.canReadResults(ctx.req.viewer) ? survey.responseCap : null;
  }

  @ResolveField(() => Int, {
    description: 'Members asked: for staff and the product team (0 for members).',
  })
  invitedCount(survey: ReadSurvey, _args: unknown, ctx: GqlContext) {
    return SurveysPolicy.canReadResults(ctx.req.viewer) ? survey.invitedCount : 0;
  }

  @ResolveField(() => Boolean, {
    description: 'The viewer may change its questions (moderators and admins, while a draft).',
  })
  canEdit(survey: ReadSurvey, _args: unknown, ctx: GqlContext) {
    return SurveysPolicy.canEdit(ctx.req.viewer, survey);
  }
}

@Resolver(() => SurveyQuestion)
export class SurveyQuestionResolver {
  constructor(private readonly touchpointsLoader: SurveyTouchpointsLoaderFactory) {}

  @ResolveField(() => [SurveyTouchpoint], { description: 'TOUCHPOINTS: the ones asked, in order.' })
  async touchpoints(question: SurveyQuestion, _args: unknown, ctx: GqlContext) {
    const found = await ctx.loaders.get(this.touchpointsLoader).loadMany(question.touchpointIds);
    return found.filter((t): t is SurveyTouchpoint => !!t && !(t instanceof Error));
  }
}

@Resolver(() => SurveyAudience)
export class SurveyAudienceResolver {
  constructor(private readonly eventsLoader: AudienceEventLoaderFactory) {}

  @ResolveField(() => CommunityEvent, {
    nullable: true,
    description: 'EVENT_ATTENDEES: the event (when the reader may see it).',
  })
  event(audience: SurveyAudience, _args: unknown, ctx: GqlContext) {
    if (!audience.eventId) return null;
    const reader = readerOf(ctx);
    if (!reader) return null;
    return ctx.loaders
      .get(this.eventsLoader)
      .load({ reader, id: audience.eventId, any: SurveysPolicy.canReadResults(reader) });
  }
}

@Resolver(() => SurveyResponse)
export class SurveyResponseResolver {
  constructor(private readonly answersLoader: ResponseAnswersLoaderFactory) {}

  @ResolveField(() => [SurveyAnswer])
  answers(response: ResponseRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.answersLoader).load(response.id);
  }
}

@Resolver(() => Member)
export class MemberAttitudeResolver {
  constructor(private readonly attitudes: AttitudeLoaderFactory) {}

  @ResolveField(() => MemberAttitude, {
    nullable: true,
    description: 'Their latest NPS class: for moderators and admins (null for others).',
  })
  attitude(member: MemberEntity, _args: unknown, ctx: GqlContext) {
    if (!SurveysPolicy.canSeeAttitude(ctx.req.viewer)) return null;
    return ctx.loaders.get(this.attitudes).load(member.id);
  }
}
