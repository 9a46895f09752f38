import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { EventsModule } from '../events/events.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
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
 * Surveys: the builder, asking audiences, answering, and members' attitude. Other modules read
 * surveys through SurveysService, group members through SurveySegments (and add their own
 * segments there), and sign answer links with SurveyLinks.
 */
@Module({
  imports: [ActivityModule, EventsModule, NotificationsModule],
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
    ResponseAnswersLoaderFactory,
    AttitudeLoaderFactory,
    AudienceEventLoaderFactory,
  ],
  exports: [SurveysService, SurveySegments, SurveyLinks, SurveyInvitations],
})
export class SurveysModule {}
