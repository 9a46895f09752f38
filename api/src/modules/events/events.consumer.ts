import { Injectable, type OnModuleInit } from '@nestjs/common';
import { eventRoom } from '@kizuna/shared';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { EventsRepository } from './events.repository.js';

/** Tells members what happened to their seats. */
@Injectable()
export class EventsConsumer implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly events: EventsRepository,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    // Counts as they stand when delivered: several changes in a row push the latest.
    this.bus.on('event.rsvp.changed', 'events', async (e) => {
      const event = await this.events.findById(e.eventId);
      if (!event) return;
      this.realtime.push(eventRoom(event.id), 'event:changed', {
        eventId: event.id,
        seatsTaken: event.seatsTaken,
        waitlistCount: event.waitlistCount,
        checkedIn: await this.events.checkedInCount(event.id),
      });
    });
    // One notification per promotion (a member may be seated, leave and be seated again).
    this.bus.on('event.seat.promoted', 'events', async (e, delivery) => {
      const event = await this.events.findById(e.eventId);
      if (!event || event.status !== 'published') return;
      await this.notifications.notify({
        memberId: e.memberId,
        kind: 'waitlist_promotion',
        dedupeKey: `seated:${delivery.id}`,
        subject: { type: 'event', id: event.id },
        params: { title: event.title },
      });
    });
  }
}
