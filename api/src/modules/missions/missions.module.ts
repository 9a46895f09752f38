import { Module } from '@nestjs/common';
import { BadgesModule } from '../badges/badges.module.js';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PointsModule } from '../points/points.module.js';
import { ActivityModule } from '../activity/activity.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { MissionsConsumer } from './missions.consumer.js';
import { CompletionsLoaderFactory } from './missions.loaders.js';
import { MissionsRepository } from './missions.repository.js';
import { MissionStepResolver, MissionsResolver } from './missions.resolver.js';
import { MissionsService } from './missions.service.js';

@Module({
  imports: [
    MembersModule,
    SpacesModule,
    NotificationsModule,
    PointsModule,
    BadgesModule,
    ActivityModule,
  ],
  providers: [
    MissionsRepository,
    MissionsService,
    MissionsConsumer,
    CompletionsLoaderFactory,
    MissionsResolver,
    MissionStepResolver,
  ],
  exports: [MissionsService],
})
export class MissionsModule {}
