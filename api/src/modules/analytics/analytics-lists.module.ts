import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { CommunityModule } from '../community/community.module.js';
import { CustomersModule } from '../customers/customers.module.js';
import { EventsModule } from '../events/events.module.js';
import { FeedbackModule } from '../feedback/feedback.module.js';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PointsModule } from '../points/points.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { CriteriaSetsRepository } from './lists/criteria-sets.repository.js';
import { CriteriaSetsService } from './lists/criteria-sets.service.js';
import { CustomerExportService } from './lists/customer-export.service.js';
import { LoyaltyExportsController } from './lists/exports.controller.js';
import { CriteriaSetCountsLoaderFactory } from './lists/loyalty-lists.loaders.js';
import { LoyaltyListsRepository } from './lists/loyalty-lists.repository.js';
import {
  ChurnRisksResolver,
  LoyaltyCandidateResolver,
  LoyaltyCriteriaSetsResolver,
} from './lists/loyalty-lists.resolver.js';
import { LoyaltyListsService } from './lists/loyalty-lists.service.js';
import { LoyaltySegments } from './lists/loyalty-segments.js';
import { Member360Resolver } from './member-360/member-360.resolver.js';
import { Member360Service } from './member-360/member-360.service.js';

/**
 * Loyalty lists over the computed figures (`member_loyalty`): loyal-customer criteria and their
 * candidates, saved sets as survey and feedback segments, churn risks and messages to them, a
 * member's 360 page, and the customer and segment exports.
 */
@Module({
  imports: [
    ActivityModule,
    CommunityModule,
    CustomersModule,
    EventsModule,
    FeedbackModule,
    MembersModule,
    NotificationsModule,
    PointsModule,
    PostsModule,
    SurveysModule,
  ],
  controllers: [LoyaltyExportsController],
  providers: [
    CriteriaSetsRepository,
    LoyaltyListsRepository,
    CriteriaSetsService,
    LoyaltyListsService,
    CustomerExportService,
    LoyaltySegments,
    CriteriaSetCountsLoaderFactory,
    LoyaltyCriteriaSetsResolver,
    LoyaltyCandidateResolver,
    ChurnRisksResolver,
    Member360Service,
    Member360Resolver,
  ],
})
export class AnalyticsListsModule {}
