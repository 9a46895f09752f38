import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { ActivityModule } from '../activity/activity.module.js';
import { CommunityModule } from '../community/community.module.js';
import { PointsAdminService } from './points-admin.service.js';
import { PointsConsumer } from './points.consumer.js';
import { StandingsLoaderFactory } from './points.loaders.js';
import { PointsRepository } from './points.repository.js';
import { MemberStandingResolver, PointsResolver } from './points.resolver.js';
import { PointsService } from './points.service.js';

@Module({
  imports: [MembersModule, CommunityModule, ActivityModule],
  providers: [
    PointsRepository,
    PointsService,
    PointsAdminService,
    PointsConsumer,
    StandingsLoaderFactory,
    PointsResolver,
    MemberStandingResolver,
  ],
  exports: [PointsService],
})
export class PointsModule {}
