import { useState, type ReactNode } from 'react';
import { Avatar, Button, Group, Stack, Tabs, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBell,
  IconBellOff,
  IconChecks,
  IconCoins,
  IconAlertTriangle,
  IconConfetti,
  IconFlag,
  IconSettings,
  IconShieldCheck,
} from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { Page } from '../../ui/Page';
import { RelativeTime } from '../../ui/RelativeTime';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { NOTIFICATIONS_PAGE_SIZE } from './cache';
import { NotificationUnreadCountDocument, NotificationsDocument } from './graphql';
import { notificationLink, notificationText } from './text';
import { useNotificationActions } from './useNotificationActions';
import classes from './Notifications.module.css';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

type Item = NotificationFieldsFragment;

function Actors({ n }: { n: Item }) {
  if (n.actors.length > 0) {
    return (
      <Avatar.Group spacing="sm">
        {n.actors.slice(0, 3).map((a) => (
          <MemberAvatar key={a.id} displayName={a.displayName} avatarUrl={a.avatarUrl} size={36} />
        ))}
      </Avatar.Group>
    );
  }
  const Icon =
    n.kind === 'ANNIVERSARY'
      ? IconConfetti
      : n.kind === 'MODERATOR_MESSAGE' ||
          n.kind === 'CONTENT_HIDDEN' ||
          n.kind === 'CONTENT_RESTORED' ||
          n.kind === 'CONTENT_FLAGGED'
        ? IconShieldCheck
        : n.kind === 'FLAG_AGREED' || n.kind === 'FLAG_DISAGREED'
          ? IconFlag
          : n.kind === 'MODERATOR_WARNING'
            ? IconAlertTriangle
            : n.kind === 'POINTS_ADJUSTED'
              ? IconCoins
              : IconBell;
  return (
    <ThemeIcon size={36} radius="xl" variant="light">
      <Icon size={20} aria-hidden />
    </ThemeIcon>
  );
}

function NotificationItem({ n, onRead }: { n: Item; onRead: (n: Item) => void }) {
  const { t, i18n } = useTranslation(['notifications', 'common']);
  const link = notificationLink(n);
  const text = notificationText(t, n, i18n.language);
  const body = (extra?: ReactNode) => (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <span className={classes.dot} data-read={n.read || undefined} aria-hidden />
      <Actors n={n} />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" fw={n.read ? 400 : 600} className="kizuna-pre">
          {!n.read ? <VisuallyHidden>{`${t('page.unread')}: `}</VisuallyHidden> : null}
          {text}
        </Text>
        <Group gap="sm" justify="space-between">
          <Text size="xs" c="dimmed">
            <RelativeTime iso={n.updatedAt} />
          </Text>
          {extra}
        </Group>
      </Stack>
    </Group>
  );
  const common = {
    className: classes.item,
    'data-unread': n.read ? undefined : true,
    'data-testid': 'notification-item',
  };
  return (
    <li>
      {link ? (
        <Link {...common} to={link} onClick={() => (n.read ? undefined : onRead(n))}>
          {body()}
        </Link>
      ) : (
        // Nothing to open (a message, or a post that is gone): read it here.
        <div {...common}>
          {body(
            !n.read ? (
              <Button size="compact-xs" variant="subtle" onClick={() => onRead(n)}>
                {t('page.markRead')}
              </Button>
            ) : null,
          )}
        </div>
      )}
    </li>
  );
}

function NotificationList({ unreadOnly }: { unreadOnly: boolean }) {
  const { t } = useTranslation(['notifications', 'common']);
  const { markRead } = useNotificationActions();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(NotificationsDocument, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE, unreadOnly },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const items = data?.notifications.nodes ?? [];
  const pageInfo = data?.notifications.pageInfo;

  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={4} height={64} />;
  if (items.length === 0) {
    const empty = unreadOnly ? 'emptyUnread' : 'emptyAll';
    return (
      <EmptyPanel
        icon={<IconBellOff size={28} aria-hidden />}
        title={t(`page.${empty}.title`)}
        description={t(`page.${empty}.body`)}
      />
    );
  }
  return (
    <Stack gap="sm">
      <Stack gap="xs" component="ul" className={classes.list} aria-label={t('page.listLabel')}>
        {items.map((n) => (
          <NotificationItem key={n.id} n={n} onRead={(item) => void markRead([item.id])} />
        ))}
      </Stack>
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
    </Stack>
  );
}

const TABS = ['all', 'unread'] as const;
type Tab = (typeof TABS)[number];

/** `/notifications`: everything that concerns the member, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation(['notifications', 'common']);
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'unread' ? 'unread' : 'all';
  const unread = useQuery(NotificationUnreadCountDocument);
  const unreadCount = unread.data?.notificationUnreadCount ?? 0;
  const { markAllRead } = useNotificationActions();
  const [marking, setMarking] = useState(false);

  const onMarkAll = async () => {
    setMarking(true);
    const done = await markAllRead();
    setMarking(false);
    if (done) notifications.show({ color: 'kizuna', message: t('page.markedAllRead') });
  };

  return (
    <Page
      title={t('page.title')}
      description={t('page.lead')}
      size="md"
      actions={
        <>
          <Button
            component={Link}
            to="/settings/notifications"
            variant="default"
            leftSection={<IconSettings size={16} aria-hidden />}
          >
            {t('page.settings')}
          </Button>
          <Button
            leftSection={<IconChecks size={16} aria-hidden />}
            loading={marking}
            disabled={unreadCount === 0}
            onClick={() => void onMarkAll()}
          >
            {t('page.markAllRead')}
          </Button>
        </>
      }
    >
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (value === 'unread') next.set('tab', 'unread');
          else next.delete('tab');
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md" aria-label={t('page.tabsLabel')}>
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key} fw={600}>
              {t(`page.tabs.${key}`)}
              {key === 'unread' && unreadCount > 0 ? ` (${unreadCount})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((key) => (
          <Tabs.Panel key={key} value={key}>
            <NotificationList unreadOnly={key === 'unread'} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}
