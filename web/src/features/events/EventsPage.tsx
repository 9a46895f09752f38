import { Button, Group, SegmentedControl, Select, Stack, Tabs } from '@mantine/core';
import { IconCalendarEvent, IconList, IconPlus } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { hasAnyRole } from '../../app/access';
import { useViewer } from '../../app/session';
import type { EventKind, EventListFilter } from '../../gql/graphql';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { RanksDocument } from '../points/graphql';
import { SPACES_PAGE_SIZE, SpacesDocument } from '../spaces/graphql';
import { spaceName } from '../spaces/spaceText';
import { EventCard } from './EventCard';
import { EventsCalendar } from './EventsCalendar';
import { CALENDAR_PAGE_SIZE, EVENTS_PAGE_SIZE, EventsDocument } from './graphql';
import { useViewerTimeZone } from './time';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

const KINDS: EventKind[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
type View = 'list' | 'calendar';

const pick = <T extends string>(raw: string | null, allowed: readonly T[], fallback: T): T =>
  (allowed as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback;

/** The community's events: upcoming, past, the viewer's own and (staff) drafts, as a list or a month. */
export function EventsPage() {
  const { t, i18n } = useTranslation(['events', 'common']);
  const { viewer } = useViewer();
  const staff = hasAnyRole(viewer?.role, ['MODERATOR']);
  const tabs: EventListFilter[] = [
    'UPCOMING',
    'PAST',
    ...(viewer ? (['MINE'] as const) : []),
    ...(staff ? (['DRAFTS'] as const) : []),
  ];
  const [params, setParams] = useSearchParams();
  const filter = pick(params.get('tab')?.toUpperCase() ?? null, tabs, 'UPCOMING');
  const view = pick<View>(params.get('view'), ['list', 'calendar'], 'list');
  const spaceId = params.get('space');
  const kind = pick<EventKind | ''>(params.get('kind'), KINDS, '') || null;
  const { data: spaces } = useQuery(SpacesDocument, { variables: { first: SPACES_PAGE_SIZE } });

  const setParam = (name: string, value: string | null, fallback?: string) => {
    const next = new URLSearchParams(params);
    if (!value || value === fallback) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  return (
    <Page
      title={t('list.title')}
      description={t('list.lead')}
      actions={
        staff ? (
          <Button
            component={Link}
            to="/manage/events/new"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('list.new')}
          </Button>
        ) : null
      }
    >
      <Tabs
        value={filter}
        onChange={(value) => setParam('tab', value?.toLowerCase() ?? null, 'upcoming')}
        keepMounted={false}
        variant="pills"
        radius="xl"
      >
        <Tabs.List mb="md" aria-label={t('list.tabsLabel')}>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab} fw={600}>
              {t(`list.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
          <Select
            label={t('list.space')}
            placeholder={t('list.allSpaces')}
            data={(spaces?.spaces.nodes ?? [])
              .filter((s) => !s.archivedAt)
              .map((s) => ({ value: s.id, label: spaceName(s, i18n.language) }))}
            value={spaceId}
            onChange={(value) => setParam('space', value)}
            clearable
            w={{ base: '100%', xs: 220 }}
          />
          <Select
            label={t('list.kind')}
            placeholder={t('list.allKinds')}
            data={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={kind}
            onChange={(value) => setParam('kind', value)}
            clearable
            w={{ base: '100%', xs: 200 }}
          />
          <SegmentedControl
            aria-label={t('list.view')}
            value={view}
            onChange={(value) => setParam('view', value, 'list')}
            data={[
              {
                value: 'list',
                label: (
                  <Group gap={6} wrap="nowrap">
                    <IconList size={16} aria-hidden />
                    {t('list.views.list')}
                  </Group>
                ),
              },
              {
                value: 'calendar',
                label: (
                  <Group gap={6} wrap="nowrap">
                    <IconCalendarEvent size={16} aria-hidden />
                    {t('list.views.calendar')}
                  </Group>
                ),
              },
            ]}
          />
        </Group>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab} value={tab}>
            <EventsList
              filter={tab}
              view={view}
              spaceId={spaceId}
              kind={kind}
              onClearFilters={
                spaceId || kind
                  ? () => {
                      const next = new URLSearchParams(params);
                      next.delete('space');
                      next.delete('kind');
                      setParams(next, { replace: true });
                    }
                  : undefined
              }
            />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}

function EventsList({
  filter,
  view,
  spaceId,
  kind,
  onClearFilters,
}: {
  filter: EventListFilter;
  view: View;
  spaceId: string | null;
  kind: EventKind | null;
  onClearFilters?: () => void;
}) {
  const { t } = useTranslation(['events', 'common']);
  const { viewer } = useViewer();
  const timeZone = useViewerTimeZone();
  const { data: ranks } = useQuery(RanksDocument);
  const first = view === 'calendar' ? CALENDAR_PAGE_SIZE : EVENTS_PAGE_SIZE;
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(EventsDocument, {
    variables: { filter, first, spaceId, kind },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={4} height={112} />;
  const { nodes, pageInfo } = data.events;

  if (view === 'calendar') {
    return (
      <EventsCalendar
        events={nodes}
        timeZone={timeZone}
        ranks={ranks?.ranks}
        signedIn={!!viewer}
        newestFirst={filter === 'PAST'}
        partial={pageInfo.hasNextPage ? nodes.length : null}
      />
    );
  }
  if (nodes.length === 0) {
    return (
      <EmptyPanel
        icon={<IconCalendarEvent size={28} aria-hidden />}
        title={onClearFilters ? t('list.emptyFiltered') : t(`list.empty.${filter}`)}
        action={
          onClearFilters ? (
            <Button variant="light" onClick={onClearFilters}>
              {t('list.clearFilters')}
            </Button>
          ) : undefined
        }
      />
    );
  }
  return (
    <Stack gap="sm">
      {nodes.map((event) => (
        <EventCard
          key={event.id}
          event={event}
          timeZone={timeZone}
          ranks={ranks?.ranks}
          signedIn={!!viewer}
        />
      ))}
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
    </Stack>
  );
}
