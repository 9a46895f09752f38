import { ActionIcon } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePush } from '../../app/socket';
import { markReadInCache, writeUnreadCount } from './cache';
import { NotificationUnreadCountDocument } from './graphql';
import classes from './NotificationBell.module.css';

/**
 * Keeps the bell and the notification lists current from pushes, and shows each new notification
 * as a toast that opens what it is about.
 */
function useLiveNotifications() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { t, i18n } = useTranslation(['notifications', 'errors']);

  usePush('notification:new', (push) => {
    writeUnreadCount(client.cache, push.unreadCount);
    import('./live')
      .then(({ showPushedNotification }) =>
        showPushedNotification(client, push.id, { t, language: i18n.language, navigate }),
      )
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
