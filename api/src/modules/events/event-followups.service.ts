import { Injectable } from '@nestjs/common';
import { EVENT_LIMITS } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { ActivityService } from '../activity/activity.service.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { EventsRepository } from './events.repository.js';
import { EventsService } from './events.service.js';

const HOUR_MS = 3_600_000;
const [DAY_BEFORE, HOUR_BEFORE] = EVENT_LIMITS.reminderHours;

/**
 * The events' clock, run every minute by every instance: reminders before the start, the
 * follow-up after the end, no-shows once check-in closes, and lapsed waitlist offers. Each
 * moment is claimed by the statement that stamps it, in the transaction that acts on it, so it
 * happens once however many instances sweep, and not at all if acting on it fails.
 */
@Injectable()
export class EventFollowups {
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

  /**
   * Members going hear an hour before, and a day before unless the event was set up (or moved)
   * closer than that; an event within the hour gets only the last one.
   */
  async remind(now: Date): Promise<void> {
    const windows = [
      {
        column: 'reminded_1h_at' as const,
        hours: HOUR_BEFORE,
        due: `starts_at > $1::timestamptz AND starts_at <= $1::timestamptz + interval '${HOUR_BEFORE} hours'`,
      },
      {
        column: 'reminded_24h_at' as const,
        hours: DAY_BEFORE,
        due: `reminded_1h_at IS NULL AND starts_at > $1::timestamptz + interval '${HOUR_BEFORE} hours'
              AND starts_at <= $1::timestamptz + interval '${DAY_BEFORE} hours'`,
      },
    ];
    for (const w of windows)
      await this.db.transaction(async () => {
        for (const event of await this.events.claimDue(w.column, w.due, now)) {
          const going = await this.events.membersWith(event.id, ['going']);
          const hours = Math.max(
            1,
            Math.round((event.startsAt.getTime() - now.getTime()) / HOUR_MS),
          );
          await this.notifications.notifyAll(
            going.map((memberId) => ({
              memberId,
              kind: 'event_reminder' as const,
              dedupeKey: `reminder:${event.id}:${w.hours}:${event.startsAt.getTime()}`,
              subject: { type: 'event' as const, id: event.id },
              params: { title: event.title, hours },
            })),
          );
        }
      });
  }

  /** Half an hour after the end: the hook post-event surveys hang on. */
  async followUp(now: Date): Promise<void> {
    await this.db.transaction(async () => {
      const due = `ends_at + interval '${EVENT_LIMITS.followUpMinutesAfter} minutes' <= $1::timestamptz`;
      for (const event of await this.events.claimDue('followed_up_at', due, now))
        await this.bus.emit('event.ended', { eventId: event.id });
    });
  }

  /** When check-in closes, members who held a seat and were not checked in are no-shows. */
  async recordNoShows(now: Date): Promise<void> {
    await this.db.transaction(async () => {
      const due = `ends_at + interval '${EVENT_LIMITS.checkInClosesHoursAfter} hours' <= $1::timestamptz`;
      for (const event of await this.events.claimDue('no_shows_at', due, now)) {
        const absent = await this.events.membersWith(event.id, ['going'], false);
        await this.activity.apply(
          ActivityRules.noShows(
            { eventId: event.id, spaceId: event.spaceId, endedAt: event.endsAt },
            absent,
          ),
        );
      }
    });
  }
}
