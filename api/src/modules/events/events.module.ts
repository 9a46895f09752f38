import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { EventsConsumer } from './events.consumer.js';
import { ViewerRsvpLoaderFactory } from './events.loaders.js';
import { EventsRepository } from './events.repository.js';
import { EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';

@Module({
  imports: [SpacesModule, ActivityModule, NotificationsModule],
  providers: [
    EventsRepository,
    EventsService,
    EventsResolver,
    EventsConsumer,
    ViewerRsvpLoaderFactory,
  ],
  exports: [EventsService],
})
export class EventsModule {}
