import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../core/auth/viewer.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { Member } from '../members/models/member.model.js';
import { AnalyticsRuns } from './analytics-runs.service.js';
import { MemberLoyaltyLoaderFactory } from './analytics.loaders.js';
import { AnalyticsPolicy } from './analytics.policy.js';
import { AnalyticsService } from './analytics.service.js';
import { DashboardService } from './dashboard.service.js';
import { AnalyticsSettingsInput, DashboardArgs, EngagementArgs } from './dto/analytics.inputs.js';
import {
  AnalyticsDashboard,
  AnalyticsRun,
  AnalyticsSettings,
  EngagementPage,
  MemberLoyalty,
} from './models/analytics.model.js';

@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly service: AnalyticsService,
    private readonly runs: AnalyticsRuns,
    private readonly dashboards: DashboardService,
  ) {}

  @Roles('moderator', 'product')
  @Query(() => AnalyticsSettings)
  analyticsSettings(@CurrentViewer() viewer: Viewer) {
    return this.service.settings(viewer);
  }

  @Roles('admin')
  @Mutation(() => AnalyticsSettings, {
    description: 'Scores follow from the next computation, which starts shortly.',
  })
  updateAnalyticsSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AnalyticsSettingsInput,
  ) {
    return this.service.updateSettings(viewer, input);
  }

  @Roles('moderator', 'product')
  @Query(() => AnalyticsRun, { nullable: true, description: 'The latest computation.' })
  analyticsRun(@CurrentViewer() viewer: Viewer) {
    return this.service.latestRun(viewer);
  }

  @Roles('moderator')
  @Mutation(() => AnalyticsRun, {
    description:
      'Starts a full recompute; progress is pushed as job:progress with the run’s id. CONFLICT while one runs.',
  })
  recomputeAnalytics(@CurrentViewer() viewer: Viewer) {
    return this.runs.request(viewer);
  }

  @Roles('moderator', 'product')
  @Query(() => EngagementPage, { description: 'Score descending.' })
  engagement(@CurrentViewer() viewer: Viewer, @Args() args: EngagementArgs) {
    return this.service.engagement(viewer, args);
  }

  @Roles('moderator', 'product')
  @Query(() => AnalyticsDashboard)
  analyticsDashboard(@CurrentViewer() viewer: Viewer, @Args() args: DashboardArgs) {
    return this.dashboards.dashboard(viewer, args);
  }
}

@Resolver(() => MemberLoyalty)
export class MemberLoyaltyResolver {
  constructor(private readonly members: MembersLoaderFactory) {}

  @ResolveField(() => Member)
  member(loyalty: MemberLoyalty, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(loyalty.memberId);
  }
}

@Resolver(() => Member)
export class MemberLoyaltyFieldResolver {
  constructor(private readonly loyaltyLoader: MemberLoyaltyLoaderFactory) {}

  @ResolveField(() => MemberLoyalty, {
    nullable: true,
    description:
      'Engagement, customer value and churn risk as of the last computation: for moderators, the product team and admins (null for others).',
  })
  loyalty(member: MemberEntity, _args: unknown, ctx: GqlContext) {
    if (!AnalyticsPolicy.canRead(ctx.req.viewer)) return null;
    return ctx.loaders.get(this.loyaltyLoader).load(member.id);
  }
}
