import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { CommunityModule } from '../community/community.module.js';
import { EventsModule } from '../events/events.module.js';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PointsModule } from '../points/points.module.js';
import { NpsImportController } from './results/nps-import.controller.js';
import { NpsImportRepository } from './results/nps-import.repository.js';
import { NpsImportService } from './results/nps-import.service.js';
import { SurveyResultsExportController } from './results/results-export.controller.js';
import { SurveyResultsExportService } from './results/results-export.service.js';
import { SurveyResultsRepository } from './results/results.repository.js';
import { SurveyResultsResolver, SurveyTextAnswerResolver } from './results/results.resolver.js';
import { SurveyResultsService } from './results/results.service.js';
import { ResponsesRepository } from './responses.repository.js';
import { SurveyBuilder } from './survey-builder.service.js';
import { SurveyInvitations } from './survey-invitations.service.js';
import { SurveyLinks } from './survey-links.js';
import { SurveyResponses } from './survey-responses.service.js';
import { SurveySegments } from './survey-segments.js';
import { SurveysConsumer } from './surveys.consumer.js';
import {
  AttitudeLoaderFactory,
  AudienceEventLoaderFactory,
  MemberResponseLoaderFactory,
  MemberAskedLoaderFactory,
  ResponseAnswersLoaderFactory,
  SurveyQuestionsLoaderFactory,
  SurveyTouchpointsLoaderFactory,
} from './surveys.loaders.js';
import { SurveysRepository } from './surveys.repository.js';
import {
  MemberAttitudeResolver,
  SurveyAudienceResolver,
  SurveyQuestionResolver,
  SurveyResponseResolver,
  SurveysResolver,
} from './surveys.resolver.js';
import { SurveysService } from './surveys.service.js';

/**
 * Surveys: the builder, asking audiences, answering, members' attitude, and results with their
 * CSV exports and imported NPS answers (results/). Other modules read surveys through
 * SurveysService, group members through SurveySegments (and add their own segments there), and
 * sign answer links with SurveyLinks.
 */
@Module({
  imports: [
    ActivityModule,
    CommunityModule,
    EventsModule,
    MembersModule,
    NotificationsModule,
    PointsModule,
  ],
  controllers: [SurveyResultsExportController, NpsImportController],
  providers: [
    SurveysRepository,
    ResponsesRepository,
    SurveysService,
    SurveyBuilder,
    SurveyResponses,
    SurveyInvitations,
    SurveyLinks,
    SurveySegments,
    SurveysConsumer,
    SurveysResolver,
    SurveyQuestionResolver,
    SurveyAudienceResolver,
    SurveyResponseResolver,
    MemberAttitudeResolver,
    SurveyQuestionsLoaderFactory,
    SurveyTouchpointsLoaderFactory,
    MemberResponseLoaderFactory,
    MemberAskedLoaderFactory,
    ResponseAnswersLoaderFactory,
    AttitudeLoaderFactory,
    AudienceEventLoaderFactory,
    SurveyResultsRepository,
    SurveyResultsService,
    SurveyResultsResolver,
    SurveyTextAnswerResolver,
    SurveyResultsExportService,
    NpsImportRepository,
    NpsImportService,
  ],
  exports: [SurveysService, SurveySegments, SurveyLinks, SurveyInvitations],
})
export class SurveysModule {}
