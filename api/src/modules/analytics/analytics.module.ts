import { Module } from '@nestjs/common';
import { CommunityModule } from '../community/community.module.js';
import { CustomersModule } from '../customers/customers.module.js';
import { MembersModule } from '../members/members.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { AnalyticsComputation } from './analytics-computation.service.js';
import { AnalyticsRuns } from './analytics-runs.service.js';
import { AnalyticsConsumer } from './analytics.consumer.js';
import { MemberLoyaltyLoaderFactory } from './analytics.loaders.js';
import { AnalyticsRepository } from './analytics.repository.js';
import {
  AnalyticsResolver,
  MemberLoyaltyFieldResolver,
  MemberLoyaltyResolver,
} from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';
import { DashboardRepository } from './dashboard.repository.js';
import { DashboardService } from './dashboard.service.js';
import { LoyaltyRepository } from './loyalty.repository.js';
import { RollupsRepository } from './rollups.repository.js';

/**
 * Loyalty analytics: the activity stream rolled up by day, every member's engagement, customer
 * value and churn risk (member_loyalty), the moderators' dashboard, and the runs that compute
 * them (every 15 minutes, fully once a day, or when a moderator asks). Other modules read
 * member figures through AnalyticsService.
 */
@Module({
  imports: [CommunityModule, CustomersModule, MembersModule, SurveysModule],
  providers: [
    AnalyticsRepository,
    RollupsRepository,
    LoyaltyRepository,
    DashboardRepository,
    AnalyticsService,
    AnalyticsComputation,
    AnalyticsRuns,
    DashboardService,
    AnalyticsConsumer,
    AnalyticsResolver,
    MemberLoyaltyResolver,
    MemberLoyaltyFieldResolver,
    MemberLoyaltyLoaderFactory,
  ],
  exports: [AnalyticsService, AnalyticsRuns, MemberLoyaltyLoaderFactory],
})
export class AnalyticsModule {}
