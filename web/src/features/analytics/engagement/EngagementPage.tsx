import { Anchor, Group, Progress, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { ENGAGEMENT_DEFAULTS } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../../ui/states';
import { TierDistributionChart } from '../dashboard/charts';
import { formatDay } from '../../../ui/format';
import { formatCount, TIER_COLORS, TIERS } from '../dashboard/logic';
import { EngagementPageDocument } from './graphql';
import { ANALYTICS_PATHS, PAGE_SIZE, pageParam, tierName, tierParam } from './logic';
import { ListPagination, MemberCell, TierBadge, Trend, WhyList } from './parts';

/** Members by engagement score: the levels' sizes, then who is where and why. */
export default function EngagementPage() {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const tier = tierParam(params);
  const page = pageParam(params);
  const { data, previousData, error, loading, refetch } = useQuery(EngagementPageDocument, {
    variables: { tier, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const loaded = data ?? previousData;
  const shown = loaded?.engagement;
  const settings = loaded?.analyticsSettings;

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    if (name !== 'page') next.delete('page');
    setParams(next, { replace: name !== 'page' });
  };

  return (
    <Page
      title={t('engagement.title')}
      description={t('engagement.lead', {
        window: settings?.windowDays ?? ENGAGEMENT_DEFAULTS.windowDays,
        halfLife: settings?.halfLifeDays ?? ENGAGEMENT_DEFAULTS.halfLifeDays,
      })}
      actions={
        <Anchor component={Link} to={ANALYTICS_PATHS.dashboard} size="sm">
          {t('nav.backToDashboard')}
        </Anchor>
      }
    >
      {error && !shown ? (
        <ErrorPanel error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <ListSkeleton rows={6} />
      ) : (
        <Stack gap="lg" aria-busy={loading}>
          <TierDistributionChart distribution={shown.distribution} />
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <SegmentedControl
              value={tier ?? 'ALL'}
              onChange={(v) => setParam('tier', v === 'ALL' ? null : v.toLowerCase())}
              data={[
                { value: 'ALL', label: t('engagement.allTiers') },
                ...TIERS.map((tr) => ({ value: tr, label: tierName(tr, lang) })),
              ]}
              aria-label={t('engagement.tierFilter')}
              data-testid="tier-filter"
            />
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('engagement.count', {
                count: shown.totalCount,
                n: formatCount(shown.totalCount, lang),
              })}
            </Text>
          </Group>
          {shown.nodes.length === 0 ? (
            <EmptyPanel
              icon={<IconUsers size={28} aria-hidden />}
              title={tier ? t('engagement.emptyTier') : t('engagement.empty')}
              description={t('engagement.emptyHint')}
            />
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table
                verticalSpacing="sm"
                aria-label={t('engagement.listLabel')}
                data-testid="engagement-list"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" ta="right">
                      {t('engagement.columns.position')}
                    </Table.Th>
                    <Table.Th scope="col">{t('engagement.columns.member')}</Table.Th>
                    <Table.Th scope="col">{t('engagement.columns.score')}</Table.Th>
                    <Table.Th scope="col">{t('engagement.columns.tier')}</Table.Th>
                    <Table.Th scope="col">{t('engagement.columns.trend')}</Table.Th>
                    <Table.Th scope="col">{t('engagement.columns.why')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('engagement.columns.activeDays')}
                    </Table.Th>
                    <Table.Th scope="col">{t('engagement.columns.lastActive')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.nodes.map((row, i) => (
                    <Table.Tr key={row.memberId} data-testid="engagement-row">
                      <Table.Td ta="right">
                        {formatCount((page - 1) * PAGE_SIZE + i + 1, lang)}
                      </Table.Td>
                      <Table.Td>
                        <MemberCell member={row.member} />
                      </Table.Td>
                      <Table.Td miw={120}>
                        <Stack gap={4}>
                          <Text fw={700} data-testid="engagement-score">
                            {formatCount(row.engagementScore, lang)}
                          </Text>
                          <Progress
                            value={row.engagementScore}
                            size="sm"
                            color={TIER_COLORS[row.engagementTier]}
                            aria-hidden
                          />
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <TierBadge tier={row.engagementTier} />
                      </Table.Td>
                      <Table.Td>
                        <Trend trend={row.trend} previous={row.previousScore} />
                      </Table.Td>
                      <Table.Td>
                        <WhyList why={row.why} />
                      </Table.Td>
                      <Table.Td ta="right">{formatCount(row.activeDays90, lang)}</Table.Td>
                      <Table.Td>
                        {row.lastActiveOn ? formatDay(row.lastActiveOn, lang) : t('common.never')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <ListPagination
            total={shown.totalCount}
            page={page}
            onPage={(p) => setParam('page', p === 1 ? null : String(p))}
          />
        </Stack>
      )}
    </Page>
  );
}
