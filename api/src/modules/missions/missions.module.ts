import { Module } from '@nestjs/common';
import { BadgesModule } from '../badges/badges.module.js';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PointsModule } from '../points/points.module.js';
import { ReactionsModule } from '../reactions/reactions.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { MissionsListeners } from './missions.listeners.js';
import { CompletionsLoaderFactory } from './missions.loaders.js';
import { MissionsRepository } from './missions.repository.js';
import { MissionStepResolver, MissionsResolver } from './missions.resolver.js';
import { MissionsService } from './missions.service.js';

@Module({
  imports: [
    MembersModule,
    PostsModule,
    SpacesModule,
    NotificationsModule,
    PointsModule,
    ReactionsModule,
    BadgesModule,
  ],
  providers: [
    MissionsRepository,
    MissionsService,
    MissionsListeners,
    CompletionsLoaderFactory,
    MissionsResolver,
    MissionStepResolver,
  ],
  exports: [MissionsService],
})
export class MissionsModule {}
