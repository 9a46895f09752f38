import { Injectable, Logger } from '@nestjs/common';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { ActivityService } from '../activity/activity.service.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { EventsRepository, type EventRow } from './events.repository.js';
import { EventsService } from './events.service.js';

const HOUR_MS = 3_600_000;
/** Events handled per moment in one sweep; the rest wait a minute. */
const MAX_PER_SWEEP = 500;

/**
 * The events' clock, run every minute by every instance: reminders before the start, the
 * follow-up after the end, no-shows once check-in closes, and lapsed waitlist offers. Each
 * moment is claimed by the statement that stamps it, in the transaction that acts on it, so it
 * happens once however many instances sweep; when acting on it fails, the claim is undone and
 * the next sweep tries again.
 */
@Injectable()
export class EventFollowups {
  private readonly logger = new Logger('EventFollowups');

  constructor(
    private readonly db: Db,
    private readonly events: EventsRepository,
    private readonly service: EventsService,
    private readonly notifications: NotificationsService,
    private readonly activity: ActivityService,
    private readonly bus: EventBus,
  ) {}

  async sweep(now = new Date()): Promise<void> {
    await this.remind(now);
    await this.followUp(now);
    await this.recordNoShows(now);
    await this.service.expireOffers(now);
  }

  /** Members going hear an hour before, and a day before when the event is planned earlier. */
  async remind(now: Date): Promise<void> {
    for (const moment of ['hourBefore', 'dayBefore'] as const)
      await this.each(moment, now, async (event) => {
        const going = await this.events.membersWith(event.id, ['going']);
        const hours = Math.max(1, Math.round((event.startsAt.getTime() - now.getTime()) / HOUR_MS));
        await this.notifications.notifyAll(
          going.map((memberId) => ({
            memberId,
            kind: 'event_reminder' as const,
            dedupeKey: `reminder:${event.id}:${moment}:${event.startsAt.getTime()}`,
            subject: { type: 'event' as const, id: event.id },
            params: { title: event.title, hours },
          })),
        );
      });
  }

  /** Half an hour after the end: the hook post-event surveys hang on. */
  followUp(now: Date): Promise<void> {
    return this.each('followUp', now, (event) =>
      this.bus.emit('event.ended', { eventId: event.id }),
    );
  }

  /** When check-in closes, members who held a seat and were not checked in are no-shows. */
  recordNoShows(now: Date): Promise<void> {
    return this.each('noShows', now, async (event) => {
      const absent = await this.events.membersWith(event.id, ['going'], false);
      await this.activity.apply(
        ActivityRules.noShows(
          { eventId: event.id, spaceId: event.spaceId, endedAt: event.endsAt },
          absent,
        ),
      );
    });
  }

  /**
   * Claims the events whose moment has come one at a time, each in its own transaction with
   * what it sets off: one that fails stays unclaimed for the next sweep and holds up no other.
   */
  private async each(
    moment: 'dayBefore' | 'hourBefore' | 'followUp' | 'noShows',
    now: Date,
    act: (event: EventRow) => Promise<void>,
  ): Promise<void> {
    const failed: string[] = [];
    for (let handled = 0; handled < MAX_PER_SWEEP; handled++) {
      let claimed: string | null = null;
      try {
        await this.db.transaction(async () => {
          const event = await this.events.claimDue(moment, now, failed);
          claimed = event?.id ?? null;
          if (event) await act(event);
        });
      } catch (err) {
        this.logger.error({ err, moment, eventId: claimed }, 'event follow-up failed');
        if (!claimed) return;
        failed.push(claimed);
        continue;
      }
      if (!claimed) return;
    }
  }
}
