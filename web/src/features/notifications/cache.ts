import type { ApolloCache } from '@apollo/client';
import { NotificationUnreadCountDocument } from './graphql';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * The newest notifications in front of what is already listed, each once: a grouped notification
 * that changed moves to the top, the rest keep their order.
 */
export function mergeLatest<N extends { id: string }>(
  listed: readonly N[],
  latest: readonly N[],
): N[] {
  const fresh = new Set(latest.map((n) => n.id));
  return [...latest, ...listed.filter((n) => !fresh.has(n.id))];
}

/** The bell's number, straight from a push or a mutation's answer. */
export function writeUnreadCount(cache: ApolloCache, count: number): void {
  cache.writeQuery({
    query: NotificationUnreadCountDocument,
    data: { notificationUnreadCount: Math.max(0, count) },
  });
}

/** Shows notifications as read at once (`all`: every one in the cache). */
export function markReadInCache(cache: ApolloCache, ids: readonly string[] | 'all'): void {
  const keys =
    ids === 'all'
      ? Object.keys(cache.extract() as Record<string, unknown>).filter((key) =>
          key.startsWith('Notification:'),
        )
      : ids.map((id) => cache.identify({ __typename: 'Notification', id }));
  for (const key of keys) {
    if (key) cache.modify({ id: key, fields: { read: () => true } });
  }
}
