import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../ui/format';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { PointHistoryDocument } from './graphql';
import { LazyPointsBarChart } from './LazyChart';
import { pointReasonLabel, pointsByRule, POINT_RULES } from './logic';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

export const HISTORY_PAGE_SIZE = 20;

/** A member's changes of points, newest first, with a chart of where they came from. */
export function PointHistory({ handle }: { handle: string }) {
  const { t, i18n } = useTranslation(['points', 'common']);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(PointHistoryDocument, {
    variables: { handle, first: HISTORY_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  let body;
  if (error && !data) body = <ErrorPanel error={error} onRetry={() => refetch()} />;
  else if (!data) body = <ListSkeleton rows={3} height={48} />;
  else if (data.pointHistory.nodes.length === 0) {
    body = <EmptyPanel icon={<IconHistory size={28} aria-hidden />} title={t('history.empty')} />;
  } else {
    const entries = data.pointHistory.nodes;
    const pageInfo = data.pointHistory.pageInfo;
    const chart = pointsByRule(entries).map((r) => ({
      rule: (POINT_RULES as readonly string[]).includes(r.rule)
        ? t(`reasons.${r.rule as (typeof POINT_RULES)[number]}`)
        : r.rule,
      points: r.points,
    }));
    body = (
      <Stack gap="md">
        {chart.length > 1 ? (
          <Stack gap={4}>
            <Text size="sm" fw={700} id="points-by-rule">
              {t('history.chartTitle')}
            </Text>
            <LazyPointsBarChart
              data={chart}
              dataKey="rule"
              axisWidth={190}
              label={t('history.chartLabel')}
              labelledBy="points-by-rule"
            />
          </Stack>
        ) : null}
        <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((e) => (
            <Group
              key={e.id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              py="xs"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              data-testid="point-entry"
              data-rule={e.rule}
            >
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {pointReasonLabel(t, e)}
                  </Text>
                  {e.reversal ? (
                    <Badge size="xs" color="gray" variant="light">
                      {t('history.reversal')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.createdAt, i18n.language)}
                  {e.actor ? ` · ${t('history.by', { name: e.actor.displayName })}` : ''}
                </Text>
              </Stack>
              <Text
                fw={700}
                c={e.points < 0 ? 'red.9' : 'kizuna.8'}
                style={{ whiteSpace: 'nowrap' }}
              >
                {e.points > 0 ? '+' : ''}
                {formatNumber(e.points, i18n.language)} pt
              </Text>
            </Group>
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

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} data-testid="point-history">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('history.title')}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
