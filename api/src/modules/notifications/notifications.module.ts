import { ModerationModule } from '../moderation/moderation.module.js';
import { Module } from '@nestjs/common';
import { CommunityModule } from '../community/community.module.js';
import { MembersModule } from '../members/members.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { ReactionsModule } from '../reactions/reactions.module.js';
import { PointsModule } from '../points/points.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { NotificationsConsumer } from './notifications.consumer.js';
import { NotificationActorsLoaderFactory } from './notifications.loaders.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

@Module({
  imports: [
    ModerationModule,
    MembersModule,
    PostsModule,
    SpacesModule,
    CommunityModule,
    ReactionsModule,
    PointsModule,
  ],
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationsConsumer,
    NotificationActorsLoaderFactory,
    NotificationsResolver,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
