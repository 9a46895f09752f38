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

/** How many members have checked in to each event. */
@Injectable()
export class CheckedInCountLoaderFactory {
  constructor(private readonly events: EventsRepository) {}

  create(): DataLoader<string, number> {
    return new DataLoader(async (eventIds) => {
      const counts = await this.events.checkedInCounts(eventIds);
      return eventIds.map((id) => counts.get(id) ?? 0);
    });
  }
}
