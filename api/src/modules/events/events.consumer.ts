import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { eventRoom, type RsvpStatus } from '@kizuna/shared';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { MembersService } from '../members/members.service.js';
import { SpacesService } from '../spaces/spaces.service.js';
import { EventFollowups } from './event-followups.service.js';
import { EventPolicy } from './events.policy.js';
import { EventsRepository } from './events.repository.js';

const SWEEP_JOB = 'events.sweep';
const MINUTE = 60_000;
/** Everyone who answered anything but "not going". */
const REGISTRANTS: RsvpStatus[] = ['going', 'offered', 'waitlisted', 'interested'];
const FOLLOWERS_BATCH = 500;

/** Tells members what happened to their seats and their events, and runs the events' clock. */
@Injectable()
export class EventsConsumer implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly bus: EventBus,
    private readonly jobs: Jobs,
    private readonly events: EventsRepository,
    private readonly followups: EventFollowups,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
    private readonly spaces: SpacesService,
    private readonly members: MembersService,
  ) {}

  onModuleInit(): void {
    this.jobs.define(SWEEP_JOB, () => this.followups.sweep());
    // Counts as they stand when delivered: a batch of changes to an event pushes its latest once.
    this.bus.onBatch('event.rsvp.changed', 'events', async (deliveries) => {
      const ids = [...new Set(deliveries.map((d) => d.payload.eventId))];
      for (const counts of await this.events.liveCounts(ids))
        this.realtime.push(eventRoom(counts.eventId), 'event:changed', counts);
    });
    this.bus.on('event.published', 'events', (e) => this.tellFollowers(e.eventId));
    // One notification per promotion (a member may be seated, leave and be seated again).
    this.bus.onBatch('event.seat.promoted', 'events', async (deliveries) => {
      const events = new Map(
        (await this.events.findByIds([...new Set(deliveries.map((d) => d.payload.eventId))]))
          .filter((e) => e.status === 'published')
          .map((e) => [e.id, e]),
      );
      await this.notifications.notifyAll(
        deliveries.flatMap(({ id, payload: e }) => {
          const event = events.get(e.eventId);
          if (!event) return [];
          const hours = e.offeredUntil
            ? Math.max(1, Math.round((Date.parse(e.offeredUntil) - Date.now()) / (60 * MINUTE)))
            : undefined;
          return {
            memberId: e.memberId,
            kind: 'waitlist_promotion' as const,
            dedupeKey: `seated:${id}`,
            subject: { type: 'event' as const, id: event.id },
            params: { title: event.title, ...(hours ? { hours } : {}) },
          };
        }),
      );
    });
    this.bus.on('event.updated', 'events', (e, delivery) =>
      this.tellRegistrants(e.eventId, 'event_updated', `updated:${delivery.id}`),
    );
    this.bus.on('event.cancelled', 'events', (e) =>
      this.tellRegistrants(e.eventId, 'event_cancelled', `cancelled:${e.eventId}`),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(SWEEP_JOB, MINUTE);
  }

  private async tellRegistrants(
    eventId: string,
    kind: 'event_updated' | 'event_cancelled',
    dedupeKey: string,
  ): Promise<void> {
    const event = await this.events.findById(eventId);
    if (!event) return;
    const members = await this.events.membersWith(event.id, REGISTRANTS);
    await this.notifications.notifyAll(
      members.map((memberId) => ({
        memberId,
        kind,
        dedupeKey,
        subject: { type: 'event' as const, id: event.id },
        params: { title: event.title },
      })),
    );
  }

  /**
   * Followers of the event's space who can see the event hear of it once (the key outlives a
   * re-delivery and a later publication); the creator is not told of their own event.
   */
  private async tellFollowers(eventId: string): Promise<void> {
    const event = await this.events.findById(eventId);
    if (!event || event.status !== 'published' || !event.spaceId) return;
    const space = await this.spaces.findById(event.spaceId);
    if (!space) return;
    let after: string | null = null;
    for (;;) {
      const ids = await this.spaces.followers(space.id, after, FOLLOWERS_BATCH);
      const viewers = await this.members.viewers(ids.filter((id) => id !== event.createdBy));
      await this.notifications.notifyAll(
        viewers
          .filter((v) => v.status === 'active' && EventPolicy.canSee(v, event, space))
          .map((v) => ({
            memberId: v.memberId,
            kind: 'event_new' as const,
            // A series is announced once, by the first of its dates to be published.
            dedupeKey: `event_new:${event.seriesId ?? event.id}`,
            subject: { type: 'event' as const, id: event.id },
            params: { title: event.title },
          })),
      );
      if (ids.length < FOLLOWERS_BATCH) return;
      after = ids[ids.length - 1];
    }
  }
}
