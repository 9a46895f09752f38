import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { EventsRepository, type EventRow } from './events.repository.js';

/** The occurrences of each series, in order of start. */
@Injectable()
export class SeriesLoaderFactory {
  constructor(private readonly events: EventsRepository) {}

  create(): DataLoader<string, EventRow[]> {
    return new DataLoader(async (seriesIds) => {
      const rows = await this.events.inSeries(seriesIds);
      return seriesIds.map((id) => rows.filter((r) => r.seriesId === id));
    });
  }
}

/** The event each discussion post belongs to. */
@Injectable()
export class DiscussionEventLoaderFactory {
  constructor(private readonly events: EventsRepository) {}

  create(): DataLoader<string, EventRow | null> {
    return new DataLoader(async (postIds) => {
      const rows = await this.events.byDiscussions(postIds);
      const byPost = new Map(rows.map((r) => [r.discussionPostId, r]));
      return postIds.map((id) => byPost.get(id) ?? null);
    });
  }
}
