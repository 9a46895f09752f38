import { ActionIcon, Indicator, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePush } from '../../app/socket';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { addLatestToLists, markReadInCache, writeUnreadCount } from './cache';
import { NotificationDocument, NotificationUnreadCountDocument } from './graphql';
import { notificationLink, notificationText } from './text';
import { useNotificationActions } from './useNotificationActions';

/**
 * Keeps the bell and the notification lists current from pushes, and shows each new notification
 * as a toast that opens what it is about.
 */
function useLiveNotifications() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { t, i18n } = useTranslation('notifications');
  const { markRead } = useNotificationActions();

  const open = (n: NotificationFieldsFragment) => {
    if (!n.read) void markRead([n.id]);
    void navigate(notificationLink(n) ?? '/notifications');
  };

  const toast = (n: NotificationFieldsFragment) => {
    const id = `notification-${n.id}`;
    notifications.hide(id);
    notifications.show({
      id,
      color: 'kizuna',
      title: t('toast.title'),
      autoClose: 8_000,
      'data-testid': 'notification-toast',
      message: (
        <UnstyledButton
          onClick={() => {
            notifications.hide(id);
            open(n);
          }}
          style={{ textAlign: 'start' }}
        >
          <Text size="sm" lineClamp={3} className="kizuna-pre">
            {notificationText(t, n, i18n.language)}
          </Text>
        </UnstyledButton>
      ),
    });
  };

  usePush('notification:new', (push) => {
    writeUnreadCount(client.cache, push.unreadCount);
    client
      .query({
        query: NotificationDocument,
        variables: { id: push.id },
        fetchPolicy: 'network-only',
      })
      .then(({ data }) => {
        const n = data?.notification;
        if (!n) return;
        // A grouped notification that changed moves to the top of the lists on screen.
        addLatestToLists(client.cache, [n]);
        if (!n.read) toast(n);
      })
      .catch(() => undefined);
  });

  usePush('notifications:unread', (push) => {
    writeUnreadCount(client.cache, push.unreadCount);
    if (push.unreadCount === 0) markReadInCache(client.cache, 'all');
  });
}

/** The header's bell: the unread count, live, and the way to the notifications page. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const { data } = useQuery(NotificationUnreadCountDocument, { fetchPolicy: 'cache-and-network' });
  useLiveNotifications();
  const count = data?.notificationUnreadCount ?? 0;
  return (
    <Indicator
      label={<span aria-hidden>{count > 99 ? '99+' : count}</span>}
      disabled={count === 0}
      size={18}
      offset={6}
      color="red"
      withBorder
    >
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        color="gray"
        size="lg"
        radius="xl"
        aria-label={count > 0 ? t('bell.unread', { count }) : t('bell.label')}
        data-testid="notification-bell"
        data-count={count}
      >
        <IconBell size={22} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
