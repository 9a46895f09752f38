import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { BadgesListeners } from './badges.listeners.js';
import {
  BadgesLoaderFactory,
  HolderCountLoaderFactory,
  MemberBadgesLoaderFactory,
} from './badges.loaders.js';
import { BadgesRepository } from './badges.repository.js';
import { BadgesResolver, MemberBadgeResolver, MemberBadgesResolver } from './badges.resolver.js';
import { BadgesService } from './badges.service.js';

@Module({
  imports: [MembersModule, NotificationsModule],
  providers: [
    BadgesRepository,
    BadgesService,
    BadgesListeners,
    BadgesLoaderFactory,
    MemberBadgesLoaderFactory,
    HolderCountLoaderFactory,
    BadgesResolver,
    MemberBadgeResolver,
    MemberBadgesResolver,
  ],
  exports: [BadgesService, BadgesRepository, BadgesLoaderFactory],
})
export class BadgesModule {}
