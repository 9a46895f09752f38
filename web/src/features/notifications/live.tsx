import type { ApolloCache, ApolloClient } from '@apollo/client';
import { Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { NavigateFunction } from 'react-router';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { NOTIFICATIONS_PAGE_SIZE, mergeLatest } from './cache';
import { NotificationDocument, NotificationsDocument } from './graphql';
import { notificationLink, notificationText } from './text';
import { markNotificationsRead, type NotificationsT } from './useNotificationActions';

/** Puts the newest notifications at the top of the lists already on screen (all and unread). */
function addLatestToLists(cache: ApolloCache, latest: NotificationFieldsFragment[]): void {
  for (const unreadOnly of [false, true]) {
    const shown = unreadOnly ? latest.filter((n) => !n.read) : latest;
    cache.updateQuery(
      { query: NotificationsDocument, variables: { first: NOTIFICATIONS_PAGE_SIZE, unreadOnly } },
      (data) =>
        data
          ? {
              ...data,
              notifications: {
                ...data.notifications,
                nodes: mergeLatest(data.notifications.nodes, shown),
              },
            }
          : undefined,
    );
  }
}

/**
 * A notification just pushed: fetched, put at the top of the lists on screen and, when unread,
 * shown as a toast that opens what it is about. Loaded with the first push, so that none of it
 * is in the first download.
 */
export async function showPushedNotification(
  client: ApolloClient,
  id: string,
  { t, language, navigate }: { t: NotificationsT; language: string; navigate: NavigateFunction },
): Promise<void> {
  const { data } = await client.query({
    query: NotificationDocument,
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const n = data?.notification;
  if (!n) return;
  // A grouped notification that changed moves to the top of the lists on screen.
  addLatestToLists(client.cache, [n]);
  if (n.read) return;
  const open = () => {
    void markNotificationsRead(client, t, [n.id]);
    void navigate(notificationLink(n) ?? '/notifications');
  };
  const toastId = `notification-${n.id}`;
  notifications.hide(toastId);
  notifications.show({
    id: toastId,
    color: 'kizuna',
    title: t('toast.title'),
    autoClose: 8_000,
    'data-testid': 'notification-toast',
    message: (
      <UnstyledButton
        onClick={() => {
          notifications.hide(toastId);
          open();
        }}
        style={{ textAlign: 'start' }}
      >
        <Text size="sm" lineClamp={3} className="kizuna-pre">
          {notificationText(t, n, language)}
        </Text>
      </UnstyledButton>
    ),
  });
}
