import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { MediaModule } from '../media/media.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { EventFollowups } from './event-followups.service.js';
import { EventsConsumer } from './events.consumer.js';
import { CalendarController } from './calendar.controller.js';
import { EventLinksController } from './event-links.controller.js';
import { CalendarService } from './calendar.service.js';
import {
  AttendanceLoaderFactory,
  GoingPreviewLoaderFactory,
  ViewerRsvpLoaderFactory,
} from './events.loaders.js';
import { EventsRepository } from './events.repository.js';
import { EventAttendeesResolver, EventsResolver } from './events.resolver.js';
import { DiscussionEventResolver, EventExtrasResolver } from './event-discussions.resolver.js';
import { MembersModule } from '../members/members.module.js';
import { EventsService } from './events.service.js';
import { EventDiscussions } from './event-discussions.js';
import { DiscussionEventLoaderFactory, SeriesLoaderFactory } from './series.loaders.js';

@Module({
  imports: [
    SpacesModule,
    MembersModule,
    ActivityModule,
    NotificationsModule,
    PostsModule,
    MediaModule,
  ],
  controllers: [CalendarController, EventLinksController],
  providers: [
    CalendarService,
    EventsRepository,
    EventsService,
    EventsResolver,
    EventAttendeesResolver,
    EventsConsumer,
    EventFollowups,
    ViewerRsvpLoaderFactory,
    AttendanceLoaderFactory,
    EventDiscussions,
    SeriesLoaderFactory,
    DiscussionEventLoaderFactory,
    DiscussionEventResolver,
    EventExtrasResolver,
    GoingPreviewLoaderFactory,
  ],
  exports: [EventsService],
})
export class EventsModule {}
