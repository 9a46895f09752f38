import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { EventsConsumer } from './events.consumer.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';
import { CheckedInCountLoaderFactory, ViewerRsvpLoaderFactory } from './events.loaders.js';
import { EventsRepository } from './events.repository.js';
import { EventAttendeesResolver, EventsResolver } from './events.resolver.js';
import { MembersModule } from '../members/members.module.js';
import { EventsService } from './events.service.js';

@Module({
  imports: [SpacesModule, MembersModule, ActivityModule, NotificationsModule],
  controllers: [CalendarController],
  providers: [
    CalendarService,
    EventsRepository,
    EventsService,
    EventsResolver,
    EventAttendeesResolver,
    EventsConsumer,
    ViewerRsvpLoaderFactory,
    CheckedInCountLoaderFactory,
  ],
  exports: [EventsService],
})
export class EventsModule {}
