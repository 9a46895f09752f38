import { useCallback } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { errorMessage, toAppError } from '../../ui/errors';
import { markReadInCache, writeUnreadCount } from './cache';
import { MarkAllNotificationsReadDocument, MarkNotificationsReadDocument } from './graphql';

/** A `t` that reads the notifications and errors namespaces. */
export type NotificationsT = TFunction<readonly ['notifications', 'errors']>;

/**
 * Marks notifications read: shown at once, then stored; the answer brings the bell's new number.
 */
export async function markNotificationsRead(
  client: ApolloClient,
  t: NotificationsT,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  markReadInCache(client.cache, ids);
  try {
    const { data } = await client.mutate({
      mutation: MarkNotificationsReadDocument,
      variables: { ids },
    });
    if (data) writeUnreadCount(client.cache, data.markNotificationsRead);
  } catch (error) {
    notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
  }
}

export function useNotificationActions() {
  const client = useApolloClient();
  const { t } = useTranslation(['notifications', 'errors']);

  const markRead = useCallback(
    (ids: string[]) => markNotificationsRead(client, t, ids),
    [client, t],
  );

  const markAllRead = useCallback(async (): Promise<boolean> => {
    try {
      const { data } = await client.mutate({ mutation: MarkAllNotificationsReadDocument });
      markReadInCache(client.cache, 'all');
      writeUnreadCount(client.cache, data?.markAllNotificationsRead ?? 0);
      return true;
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
      return false;
    }
  }, [client, t]);

  return { markRead, markAllRead };
}
