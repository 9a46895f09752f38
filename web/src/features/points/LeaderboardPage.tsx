import { Anchor, Button, Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { IconAward, IconTrophy } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../app/session';
import type { LeaderboardPeriod, LeaderboardEntryFieldsFragment } from '../../gql/graphql';
import { formatNumber } from '../../ui/format';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { LeaderboardDocument } from './graphql';
import { placeViewerRow } from './logic';
import { RankChip } from './RankChip';
import { LazyPointsBarChart } from './LazyChart';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

const PERIODS: LeaderboardPeriod[] = ['WEEK', 'MONTH', 'ALL'];
export const LEADERBOARD_PAGE_SIZE = 20;

/** Who earned the most points this week, this month or ever; the viewer's own place stands out. */
export function LeaderboardPage() {
  const { t } = useTranslation(['points', 'common', 'badges']);
  const [params, setParams] = useSearchParams();
  const raw = params.get('period')?.toUpperCase();
  const period: LeaderboardPeriod = (PERIODS as string[]).includes(raw ?? '')
    ? (raw as LeaderboardPeriod)
    : 'WEEK';
  return (
    <Page
      title={t('leaderboard.title')}
      description={t('leaderboard.lead')}
      size="md"
      actions={
        <Button
          component={Link}
          to="/badges"
          variant="light"
          leftSection={<IconAward size={16} aria-hidden />}
        >
          {t('badges:list.link')}
        </Button>
      }
    >
      <Tabs
        value={period}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (!value || value === 'WEEK') next.delete('period');
          else next.set('period', value.toLowerCase());
          setParams(next, { replace: true });
        }}
        keepMounted={false}
        variant="pills"
        radius="xl"
      >
        <Tabs.List mb="md" aria-label={t('leaderboard.tabsLabel')}>
          {PERIODS.map((p) => (
            <Tabs.Tab key={p} value={p} fw={600}>
              {t(`leaderboard.periods.${p}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {PERIODS.map((p) => (
          <Tabs.Panel key={p} value={p}>
            <Board period={p} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}

function Board({ period }: { period: LeaderboardPeriod }) {
  const { t, i18n } = useTranslation(['points', 'common']);
  const { viewer } = useViewer();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(LeaderboardDocument, {
    variables: { period, first: LEADERBOARD_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={6} height={52} />;
  const board = data.leaderboard;
  const entries = board.entries.nodes;
  if (entries.length === 0) {
    return (
      <EmptyPanel icon={<IconTrophy size={28} aria-hidden />} title={t('leaderboard.empty')} />
    );
  }
  const { rows, viewerIndex, pinned } = placeViewerRow(entries, board.viewer);
  const num = (n: number) => formatNumber(n, i18n.language);
  const top = entries.slice(0, 10).map((e) => ({ name: e.member.displayName, points: e.points }));
  const pageInfo = board.entries.pageInfo;

  const row = (e: LeaderboardEntryFieldsFragment, mine: boolean) => (
    <Table.Tr
      key={e.member.id}
      data-testid="leaderboard-row"
      data-viewer={mine || undefined}
      bg={mine ? 'var(--mantine-color-kizuna-light)' : undefined}
      aria-current={mine ? 'true' : undefined}
    >
      <Table.Td w={64}>
        <Text fw={800} size="lg" ta="center">
          {e.rank}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <MemberAvatar
            displayName={e.member.displayName}
            avatarUrl={e.member.avatarUrl}
            size={36}
          />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={6} wrap="wrap">
              <Anchor component={Link} to={`/members/${e.member.handle}`} fw={600} size="sm">
                {e.member.displayName}
              </Anchor>
              {mine ? (
                <Text size="xs" fw={700} c="kizuna.8">
                  {t('leaderboard.you')}
                </Text>
              ) : null}
            </Group>
            <RankChip rank={e.member.rank} size="xs" />
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td ta="right">
        <Text fw={700}>{t('standing.points', { points: num(e.points) })}</Text>
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Stack gap="lg">
      {top.length > 1 ? (
        <Paper withBorder radius="lg" p="md">
          <Stack gap="xs">
            <Title order={2} size="h5" id={`leaderboard-chart-${period}`}>
              {t('leaderboard.chartTitle')}
            </Title>
            <LazyPointsBarChart
              data={top}
              dataKey="name"
              axisWidth={120}
              label={t('leaderboard.chartLabel')}
              labelledBy={`leaderboard-chart-${period}`}
            />
          </Stack>
        </Paper>
      ) : null}
      <Paper withBorder radius="lg" p={0}>
        <Table verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="center">{t('leaderboard.position')}</Table.Th>
              <Table.Th>{t('leaderboard.member')}</Table.Th>
              <Table.Th ta="right">{t('leaderboard.points')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e, i) => row(e, i === viewerIndex))}
            {pinned ? (
              <>
                <Table.Tr aria-hidden>
                  <Table.Td colSpan={3} ta="center" c="dimmed" py={2}>
                    ⋮
                  </Table.Td>
                </Table.Tr>
                {row(pinned, true)}
              </>
            ) : null}
          </Table.Tbody>
        </Table>
      </Paper>
      {!board.viewer && viewer ? (
        <Text size="sm" c="dimmed" ta="center" data-testid="leaderboard-not-ranked">
          {t('leaderboard.notRanked')}
        </Text>
      ) : null}
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
    </Stack>
  );
}
