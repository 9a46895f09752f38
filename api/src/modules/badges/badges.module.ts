import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PointsModule } from '../points/points.module.js';
import { CommunityModule } from '../community/community.module.js';
import { BadgesConsumer } from './badges.consumer.js';
import {
  BadgesLoaderFactory,
  HolderCountLoaderFactory,
  MemberBadgesLoaderFactory,
} from './badges.loaders.js';
import { BadgesRepository } from './badges.repository.js';
import { BadgesResolver, MemberBadgeResolver, MemberBadgesResolver } from './badges.resolver.js';
import { BadgesService } from './badges.service.js';

@Module({
  imports: [MembersModule, PointsModule, NotificationsModule, CommunityModule],
  providers: [
    BadgesRepository,
    BadgesService,
    BadgesConsumer,
    BadgesLoaderFactory,
    MemberBadgesLoaderFactory,
    HolderCountLoaderFactory,
    BadgesResolver,
    MemberBadgeResolver,
    MemberBadgesResolver,
  ],
  exports: [BadgesService, BadgesLoaderFactory],
})
export class BadgesModule {}
