import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { ReactionsModule } from '../reactions/reactions.module.js';
import { PointsAdminService } from './points-admin.service.js';
import { PointsBackfillRepository } from './points-backfill.repository.js';
import { PointsListeners } from './points.listeners.js';
import { RanksLoaderFactory, StatsLoaderFactory } from './points.loaders.js';
import { PointsRepository } from './points.repository.js';
import { MemberStandingResolver, PointsResolver } from './points.resolver.js';
import { PointsService } from './points.service.js';

@Module({
  imports: [MembersModule, PostsModule, ReactionsModule, NotificationsModule],
  providers: [
    PointsRepository,
    PointsBackfillRepository,
    PointsService,
    PointsAdminService,
    PointsListeners,
    StatsLoaderFactory,
    RanksLoaderFactory,
    PointsResolver,
    MemberStandingResolver,
  ],
  exports: [PointsService, PointsRepository, StatsLoaderFactory, RanksLoaderFactory],
})
export class PointsModule {}
