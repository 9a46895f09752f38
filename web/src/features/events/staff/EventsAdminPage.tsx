import { useState } from 'react';
import { Button, Group, Menu, Modal, Paper, Stack, Text, Title, ActionIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCalendarPlus,
  IconCopy,
  IconDots,
  IconEdit,
  IconQrcode,
  IconSend,
  IconUsers,
  IconX,
} from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { EventListFilter, StaffEventFieldsFragment } from '../../../gql/graphql';
import { mapErrorToForm } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { Page } from '../../../ui/Page';
import { PillTabs } from '../../../ui/PillTabs';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../../ui/states';
import {
  CancelEventDocument,
  DuplicateEventDocument,
  PublishEventDocument,
  StaffEventsDocument,
} from './graphql';
import { EventCounts, EventStatusBadge, EventWhen } from './parts';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

const PAGE = 20;
const TABS = ['UPCOMING', 'DRAFTS', 'PAST'] as const satisfies readonly EventListFilter[];
type Tab = (typeof TABS)[number];

/** Staff's events: drafts, upcoming and past, with what each needs done next. */
export function EventsAdminPage() {
  const { t } = useTranslation(['eventsStaff', 'common']);
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'UPCOMING';
  return (
    <Page
      title={t('list.title')}
      description={t('list.lead')}
      actions={
        <Button
          component={Link}
          to="/manage/events/new"
          leftSection={<IconCalendarPlus size={18} aria-hidden />}
        >
          {t('list.new')}
        </Button>
      }
    >
      <PillTabs
        label={t('list.tabsLabel')}
        tabs={TABS.map((value) => ({ value, label: t(`list.tabs.${value}`) }))}
        value={tab}
        onChange={(next) => setParams(next === 'UPCOMING' ? {} : { tab: next }, { replace: true })}
      >
        <EventList key={tab} filter={tab} />
      </PillTabs>
    </Page>
  );
}

function EventList({ filter }: { filter: Tab }) {
  const { t } = useTranslation(['eventsStaff', 'common']);
  const { data, error, refetch, fetchMore, loading } = useQuery(StaffEventsDocument, {
    variables: { filter, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [cancelling, setCancelling] = useState<StaffEventFieldsFragment | null>(null);
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={4} height={96} />;
  const { nodes, pageInfo } = data.events;
  if (nodes.length === 0) {
    return (
      <EmptyPanel
        title={t(`list.empty.${filter}`)}
        action={
          filter === 'PAST' ? undefined : (
            <Button component={Link} to="/manage/events/new" variant="light">
              {t('list.new')}
            </Button>
          )
        }
      />
    );
  }
  return (
    <Stack gap="sm">
      {nodes.map((event) => (
        <EventRow key={event.id} event={event} onCancel={() => setCancelling(event)} />
      ))}
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={loading}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
      {cancelling ? <CancelModal event={cancelling} onClose={() => setCancelling(null)} /> : null}
    </Stack>
  );
}

function EventRow({ event, onCancel }: { event: StaffEventFieldsFragment; onCancel: () => void }) {
  const { t } = useTranslation(['eventsStaff', 'common']);
  const navigate = useNavigate();
  const [publish, publishing] = useMutation(PublishEventDocument, {
    refetchQueries: ['StaffEvents'],
  });
  const [duplicate, duplicating] = useMutation(DuplicateEventDocument);
  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: mapErrorToForm(t, error, []).formMessage });
  const onPublish = async () => {
    try {
      await publish({ variables: { id: event.id } });
      notifications.show({ color: 'kizuna', message: t('list.published') });
    } catch (error) {
      fail(error);
    }
  };
  const onDuplicate = async () => {
    try {
      const { data } = await duplicate({ variables: { id: event.id } });
      notifications.show({ color: 'kizuna', message: t('list.duplicated') });
      if (data) void navigate(`/manage/events/${data.duplicateEvent.id}/edit`);
    } catch (error) {
      fail(error);
    }
  };
  const live = event.status === 'PUBLISHED';
  return (
    <Paper withBorder radius="md" p="md" data-testid="staff-event-row" data-event-id={event.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="wrap">
              <EventStatusBadge status={event.status} />
              <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
                {event.title}
              </Title>
            </Group>
            <EventWhen event={event} />
            {event.venueName ? (
              <Text size="sm" c="dimmed">
                {event.venueName}
              </Text>
            ) : null}
          </Stack>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t('list.more', { title: event.title })}
              >
                <IconDots size={20} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                leftSection={<IconCopy size={16} aria-hidden />}
                disabled={duplicating.loading}
                onClick={() => void onDuplicate()}
              >
                {t('list.duplicate')}
              </Menu.Item>
              {event.status !== 'CANCELLED' ? (
                <Menu.Item
                  color="red"
                  leftSection={<IconX size={16} aria-hidden />}
                  onClick={onCancel}
                >
                  {t('list.cancel')}
                </Menu.Item>
              ) : null}
            </Menu.Dropdown>
          </Menu>
        </Group>
        <EventCounts event={event} />
        <Group gap="xs" wrap="wrap">
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/manage/events/${event.id}/edit`}
            leftSection={<IconEdit size={14} aria-hidden />}
          >
            {t('list.edit')}
          </Button>
          {event.status === 'DRAFT' ? (
            <Button
              size="xs"
              loading={publishing.loading}
              leftSection={<IconSend size={14} aria-hidden />}
              onClick={() => void onPublish()}
            >
              {t('list.publish')}
            </Button>
          ) : null}
          {live ? (
            <Button
              size="xs"
              variant="light"
              component={Link}
              to={`/manage/events/${event.id}/check-in`}
              leftSection={<IconQrcode size={14} aria-hidden />}
            >
              {t('list.checkIn')}
            </Button>
          ) : null}
          {event.status !== 'DRAFT' ? (
            <Button
              size="xs"
              variant="subtle"
              component={Link}
              to={`/manage/events/${event.id}/attendees`}
              leftSection={<IconUsers size={14} aria-hidden />}
            >
              {t('list.attendees')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

function CancelModal({ event, onClose }: { event: StaffEventFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation(['eventsStaff', 'common']);
  const [error, setError] = useState<string | null>(null);
  const [cancel, { loading }] = useMutation(CancelEventDocument, {
    refetchQueries: ['StaffEvents'],
  });
  const submit = async () => {
    setError(null);
    try {
      await cancel({ variables: { id: event.id } });
      notifications.show({ color: 'kizuna', message: t('list.cancelled') });
      onClose();
    } catch (e) {
      setError(mapErrorToForm(t, e, []).formMessage);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('list.cancelTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack gap="md">
        <FormAlert message={error} />
        <Text>{t('list.cancelConfirm', { title: event.title })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('list.keep')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void submit()} data-autofocus>
            {t('list.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
