import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { EventsRepository, type RsvpRow } from './events.repository.js';

/** The viewer's RSVP to each event, with their place on its waitlist. */
@Injectable()
export class ViewerRsvpLoaderFactory {
  constructor(private readonly events: EventsRepository) {}

  create(): DataLoader<{ eventId: string; memberId: string }, RsvpRow | null, string> {
    return new DataLoader(
      async (keys) => {
        const rows = await this.events.rsvpsOf(
          keys.map((k) => k.eventId),
          keys[0].memberId,
        );
        const byEvent = new Map(rows.map((r) => [r.eventId, r]));
        return keys.map((k) => byEvent.get(k.eventId) ?? null);
      },
      { cacheKeyFn: (k) => `${k.memberId}:${k.eventId}` },
    );
  }
}

/** Going and checked-in counts per event, for staff. */
@Injectable()
export class AttendanceLoaderFactory {
  constructor(private readonly events: EventsRepository) {}

  create(): DataLoader<string, { going: number; checkedIn: number }> {
    return new DataLoader(async (ids) => {
      const byEvent = new Map((await this.events.attendance(ids)).map((r) => [r.eventId, r]));
      return ids.map((id) => byEvent.get(id) ?? { going: 0, checkedIn: 0 });
    });
  }
}

/** The first few members going to each event, earliest first (for the avatars on its page). */
@Injectable()
export class GoingPreviewLoaderFactory {
  static readonly LIMIT = 12;

  constructor(private readonly events: EventsRepository) {}

  create(): DataLoader<string, string[]> {
    return new DataLoader(async (eventIds) => {
      const rows = await this.events.goingPreview(eventIds, GoingPreviewLoaderFactory.LIMIT);
      const byEvent = new Map<string, string[]>();
      for (const r of rows) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r.memberId]);
      return eventIds.map((id) => byEvent.get(id) ?? []);
    });
  }
}
