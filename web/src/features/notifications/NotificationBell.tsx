import { ActionIcon, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePush } from '../../app/socket';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { addLatestToLists, markReadInCache, writeUnreadCount } from './cache';
import { NotificationDocument, NotificationUnreadCountDocument } from './graphql';
import { useNotificationActions } from './useNotificationActions';
import classes from './NotificationBell.module.css';

/**
 * Keeps the bell and the notification lists current from pushes, and shows each new notification
 * as a toast that opens what it is about.
 */
function useLiveNotifications() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { t, i18n } = useTranslation('notifications');
  const { markRead } = useNotificationActions();

  const toast = (n: NotificationFieldsFragment, text: typeof import('./text')) => {
    const open = () => {
      if (!n.read) void markRead([n.id]);
      void navigate(text.notificationLink(n) ?? '/notifications');
    };
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
            open();
          }}
          style={{ textAlign: 'start' }}
        >
          <Text size="sm" lineClamp={3} className="kizuna-pre">
            {text.notificationText(t, n, i18n.language)}
          </Text>
        </UnstyledButton>
      ),
    });
  };

  usePush('notification:new', (push) => {
    writeUnreadCount(client.cache, push.unreadCount);
    Promise.all([
      client.query({
        query: NotificationDocument,
        variables: { id: push.id },
        fetchPolicy: 'network-only',
      }),
      import('./text'),
    ])
      .then(([{ data }, text]) => {
        const n = data?.notification;
        if (!n) return;
        // A grouped notification that changed moves to the top of the lists on screen.
        addLatestToLists(client.cache, [n]);
        if (!n.read) toast(n, text);
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
    <div className={classes.bell}>
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
      {count > 0 ? (
        <span className={classes.count} aria-hidden>
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </div>
  );
}
