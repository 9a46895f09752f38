import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { NotificationsRepository } from './notifications.repository.js';

export const ACTORS_SHOWN = 3;

/** The newest few actors of each notification on a page, in one query. */
@Injectable()
export class NotificationActorsLoaderFactory {
  constructor(private readonly notifications: NotificationsRepository) {}

  create(): DataLoader<string, string[]> {
    return new DataLoader(async (ids) => {
      const byId = new Map<string, string[]>();
      for (const a of await this.notifications.actors(ids, ACTORS_SHOWN)) {
        byId.set(a.notificationId, [...(byId.get(a.notificationId) ?? []), a.actorId]);
      }
      return ids.map((id) => byId.get(id) ?? []);
    });
  }
}
