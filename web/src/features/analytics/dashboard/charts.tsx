import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart, LineChart, SankeyChart } from '@mantine/charts';
import {
  Anchor,
  Group,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import {
  ENGAGEMENT_TIER_INFO,
  MATRIX_CELL_INFO,
  RFM_SEGMENT_INFO,
  type MatrixCell as MatrixKey,
  type RfmSegment as SegmentKey,
} from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../../ui/format';
import type {
  AnalyticsDashboardQuery,
  EngagementTier,
  MatrixCell,
  RfmSegment,
} from '../../../gql/graphql';
import { ANALYTICS_PATHS, tierName } from '../engagement/logic';
import { MemberCell, TierBadge, Trend } from '../engagement/parts';
import { ChartCard, Figure, NoData } from './ChartCard';
import {
  activityRows,
  cohortWidth,
  flowMatrix,
  flowMonths,
  flowSankey,
  flowSummary,
  formatCount,
  formatMinutes,
  formatShare,
  formatSigned,
  formatYen,
  heatLevel,
  monthLabel,
  periodLabel,
  TIER_COLORS,
  tierCounts,
  TIERS,
} from './logic';
import classes from './dashboard.module.css';

type Dashboard = AnalyticsDashboardQuery['analyticsDashboard'];

const COLORS = {
  dau: 'kizuna.8',
  wau: 'blue.6',
  mau: 'grape.6',
  posts: 'kizuna.7',
  comments: 'orange.6',
  accent: 'kizuna.8',
  attended: 'teal.8',
  noShows: 'red.7',
  seats: 'gray.6',
} as const;

/** Daily, weekly and monthly active members, day by day. */
export function ActiveMembersChart({ activity }: { activity: Dashboard['activity'] }) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const rows = activityRows(activity, lang);
  const last = rows[rows.length - 1];
  return (
    <ChartCard
      title={t('active.title')}
      summary={
        last
          ? t('active.summary', {
              day: last.label,
              dau: formatCount(last.dau, lang),
              wau: formatCount(last.wau, lang),
              mau: formatCount(last.mau, lang),
            })
          : t('chart.noData')
      }
      testId="active-members"
      table={{
        columns: [
          { label: t('chart.day') },
          { label: t('active.dau'), numeric: true },
          { label: t('active.wau'), numeric: true },
          { label: t('active.mau'), numeric: true },
          { label: t('active.stickiness'), numeric: true },
        ],
        rows: rows.map((r) => ({
          key: r.day,
          cells: [
            r.day,
            formatCount(r.dau, lang),
            formatCount(r.wau, lang),
            formatCount(r.mau, lang),
            r.stickiness === null ? '—' : formatShare(r.stickiness / 100, lang),
          ],
        })),
      }}
    >
      {rows.length === 0 ? (
        <NoData text={t('chart.noData')} />
      ) : (
        <LineChart
          h={240}
          data={rows}
          dataKey="label"
          withLegend
          withDots={rows.length <= 31}
          curveType="linear"
          gridAxis="y"
          lineChartProps={{ accessibilityLayer: false }}
          valueFormatter={(v) => formatCount(v, lang)}
          series={[
            { name: 'dau', label: t('active.dau'), color: COLORS.dau },
            { name: 'wau', label: t('active.wau'), color: COLORS.wau },
            { name: 'mau', label: t('active.mau'), color: COLORS.mau },
          ]}
        />
      )}
    </ChartCard>
  );
}

/** DAU ÷ MAU day by day: how much of the month's crowd comes on a given day. */
export function StickinessChart({
  activity,
  stickiness,
}: {
  activity: Dashboard['activity'];
  stickiness: number | null | undefined;
}) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const rows = activityRows(activity, lang);
  return (
    <ChartCard
      title={t('stickiness.title')}
      summary={
        stickiness == null
          ? t('chart.noData')
          : t('stickiness.summary', { share: formatShare(stickiness, lang) })
      }
      testId="stickiness"
    >
      {rows.length === 0 ? (
        <NoData text={t('chart.noData')} />
      ) : (
        <LineChart
          h={160}
          data={rows}
          dataKey="label"
          withDots={false}
          gridAxis="y"
          connectNulls
          lineChartProps={{ accessibilityLayer: false }}
          yAxisProps={{ domain: [0, 100], unit: '%', width: 48 }}
          valueFormatter={(v) => formatShare(v / 100, lang)}
          series={[{ name: 'stickiness', label: t('active.stickiness'), color: COLORS.accent }]}
        />
      )}
    </ChartCard>
  );
}

/** New posts and comments per day. */
export function ContentChart({ activity }: { activity: Dashboard['activity'] }) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const rows = activityRows(activity, lang);
  const posts = rows.reduce((s, r) => s + r.posts, 0);
  const comments = rows.reduce((s, r) => s + r.comments, 0);
  return (
    <ChartCard
      title={t('content.title')}
      summary={
        rows.length === 0
          ? t('chart.noData')
          : t('content.summary', {
              posts: formatCount(posts, lang),
              comments: formatCount(comments, lang),
              days: rows.length,
            })
      }
      testId="posts-comments"
      table={{
        columns: [
          { label: t('chart.day') },
          { label: t('content.posts'), numeric: true },
          { label: t('content.comments'), numeric: true },
        ],
        rows: rows.map((r) => ({
          key: r.day,
          cells: [r.day, formatCount(r.posts, lang), formatCount(r.comments, lang)],
        })),
      }}
    >
      {rows.length === 0 ? (
        <NoData text={t('chart.noData')} />
      ) : (
        <BarChart
          h={220}
          data={rows}
          dataKey="label"
          type="stacked"
          withLegend
          gridAxis="y"
          barChartProps={{ accessibilityLayer: false }}
          valueFormatter={(v) => formatCount(v, lang)}
          series={[
            { name: 'posts', label: t('content.posts'), color: COLORS.posts },
            { name: 'comments', label: t('content.comments'), color: COLORS.comments },
          ]}
        />
      )}
    </ChartCard>
  );
}

/** Questions asked in the range, the share answered and how long the first answer took. */
export function QuestionsCard({ questions }: { questions: Dashboard['questions'] }) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const share = questions.answeredShare;
  return (
    <ChartCard
      title={t('questions.title')}
      summary={
        questions.asked === 0
          ? t('questions.none')
          : t('questions.summary', {
              asked: formatCount(questions.asked, lang),
              answered: formatCount(questions.answered, lang),
              share: formatShare(share, lang),
              median: formatMinutes(questions.medianFirstAnswerMinutes, lang),
            })
      }
      testId="questions"
    >
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <Figure
            label={t('questions.answeredShare')}
            value={formatShare(share, lang)}
            hint={t('questions.ofAsked', {
              answered: formatCount(questions.answered, lang),
              asked: formatCount(questions.asked, lang),
            })}
            testId="questions-answered"
          />
          <Figure
            label={t('questions.median')}
            value={formatMinutes(questions.medianFirstAnswerMinutes, lang)}
            testId="questions-median"
          />
        </SimpleGrid>
        <Progress value={(share ?? 0) * 100} color={COLORS.attended} size="lg" aria-hidden />
      </Stack>
    </ChartCard>
  );
}

/** Seats held at events in the range, how many came and how many did not. */
export function EventsCard({ events }: { events: Dashboard['events'] }) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  return (
    <ChartCard
      title={t('events.title')}
      summary={
        events.seats === 0
          ? t('events.none')
          : t('events.summary', {
              seats: formatCount(events.seats, lang),
              attended: formatCount(events.attended, lang),
              noShows: formatCount(events.noShows, lang),
              attendance: formatShare(events.attendanceRate, lang),
              noShowRate: formatShare(events.noShowRate, lang),
            })
      }
      testId="events"
    >
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <Figure
            label={t('events.attendanceRate')}
            value={formatShare(events.attendanceRate, lang)}
            testId="events-attendance"
          />
          <Figure
            label={t('events.noShowRate')}
            value={formatShare(events.noShowRate, lang)}
            testId="events-no-show"
          />
        </SimpleGrid>
        {events.seats === 0 ? null : (
          <BarChart
            h={110}
            data={[
              {
                label: t('events.seatsAxis'),
                attended: events.attended,
                noShows: events.noShows,
                other: Math.max(0, events.seats - events.attended - events.noShows),
              },
            ]}
            dataKey="label"
            orientation="vertical"
            type="stacked"
            withLegend
            gridAxis="none"
            yAxisProps={{ width: 70 }}
            barChartProps={{ accessibilityLayer: false }}
            valueFormatter={(v) => formatCount(v, lang)}
            series={[
              { name: 'attended', label: t('events.attended'), color: COLORS.attended },
              { name: 'noShows', label: t('events.noShows'), color: COLORS.noShows },
              { name: 'other', label: t('events.other'), color: COLORS.seats },
            ]}
          />
        )}
      </Stack>
    </ChartCard>
  );
}

/** NPS period by period (community-wide, whatever the space filter). */
export function NpsTrendChart({ trend }: { trend: Dashboard['npsTrend'] }) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const rows = [...trend]
    .sort((a, b) => (a.period < b.period ? -1 : 1))
    .map((p) => ({ ...p, label: periodLabel(p.period, lang) }));
  const scored = rows.filter((r) => r.nps !== null);
  const first = scored[0];
  const last = scored[scored.length - 1];
  return (
    <ChartCard
      title={t('nps.title')}
      summary={
        first && last
          ? t('nps.summary', {
              first: `${first.label} ${formatSigned(first.nps, lang)}`,
              last: `${last.label} ${formatSigned(last.nps, lang)}`,
            })
          : t('nps.none')
      }
      testId="nps-trend"
      table={{
        columns: [
          { label: t('nps.period') },
          { label: t('nps.score'), numeric: true },
          { label: t('nps.responses'), numeric: true },
        ],
        rows: rows.map((r) => ({
          key: r.period,
          cells: [r.label, formatSigned(r.nps, lang), formatCount(r.responses, lang)],
        })),
      }}
    >
      {scored.length === 0 ? (
        <NoData text={t('nps.none')} />
      ) : (
        <LineChart
          h={220}
          data={rows}
          dataKey="label"
          gridAxis="y"
          connectNulls
          lineChartProps={{ accessibilityLayer: false }}
          yAxisProps={{ domain: [-100, 100], ticks: [-100, -50, 0, 50, 100], width: 44 }}
          referenceLines={[{ y: 0, color: 'gray.5' }]}
          valueFormatter={(v) => formatSigned(v, lang)}
          series={[{ name: 'nps', label: t('nps.score'), color: COLORS.accent }]}
        />
      )}
    </ChartCard>
  );
}

/** How members moved between levels into a month: a Sankey of last month → this month. */
export function TierFlowCard({ flows }: { flows: Dashboard['tierFlow'] }) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const months = flowMonths(flows);
  const [picked, setPicked] = useState<string | null>(null);
  const month = picked && months.includes(picked) ? picked : (months[0] ?? null);
  const label = (tier: (typeof TIERS)[number]) => tierName(tier, lang);
  const summary = month ? flowSummary(flows, month) : null;
  const matrix = month ? flowMatrix(flows, month) : [];
  const sankey = month ? flowSankey(flows, month, label) : null;
  return (
    <ChartCard
      title={t('flow.title')}
      summary={
        month && summary
          ? t('flow.summary', {
              month: monthLabel(month, lang),
              up: formatCount(summary.up, lang),
              same: formatCount(summary.same, lang),
              down: formatCount(summary.down, lang),
            })
          : t('flow.none')
      }
      testId="tier-flow"
      actions={
        months.length > 0 ? (
          <Select
            size="xs"
            w={150}
            aria-label={t('flow.month')}
            allowDeselect={false}
            value={month}
            onChange={setPicked}
            data={months.map((m) => ({ value: m, label: monthLabel(m, lang) }))}
          />
        ) : null
      }
      table={
        month
          ? {
              columns: [
                { label: t('flow.fromTo') },
                ...TIERS.map((to) => ({ label: label(to), numeric: true })),
              ],
              rows: TIERS.map((from, i) => ({
                key: from,
                cells: [label(from), ...matrix[i].map((n) => formatCount(n, lang))],
              })),
            }
          : undefined
      }
    >
      {!sankey || sankey.links.length === 0 ? (
        <NoData text={t('flow.none')} />
      ) : (
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('flow.before')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('flow.after')}
            </Text>
          </Group>
          <SankeyChart data={sankey} height={240} valueFormatter={(v) => formatCount(v, lang)} />
        </Stack>
      )}
    </ChartCard>
  );
}

/** Each join month's share still active 0, 1, 2… months later, as a heatmap table. */
export function CohortTable({ cohorts }: { cohorts: Dashboard['cohorts'] }) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const width = cohortWidth(cohorts);
  const rows = [...cohorts].sort((a, b) => (a.month < b.month ? -1 : 1));
  const withMonth1 = rows.filter((c) => c.retained.length > 1);
  const average =
    withMonth1.length > 0
      ? withMonth1.reduce((s, c) => s + c.retained[1], 0) / withMonth1.length
      : null;
  return (
    <ChartCard
      title={t('cohorts.title')}
      summary={
        rows.length === 0
          ? t('cohorts.none')
          : t('cohorts.summary', {
              count: rows.length,
              share: formatShare(average, lang),
            })
      }
      testId="cohorts"
      graphic={false}
    >
      {rows.length === 0 ? (
        <NoData text={t('cohorts.none')} />
      ) : (
        <Table.ScrollContainer minWidth={Math.max(360, 160 + width * 56)}>
          <Table
            fz="xs"
            verticalSpacing={4}
            horizontalSpacing={4}
            className={classes.cohorts}
            aria-label={t('cohorts.title')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cohorts.joined')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('cohorts.size')}
                </Table.Th>
                {Array.from({ length: width }, (_, k) => (
                  <Table.Th scope="col" ta="center" key={k}>
                    {t('cohorts.monthN', { n: k })}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.month} data-testid="cohort-row">
                  <Table.Th scope="row" fw={600}>
                    {monthLabel(c.month, lang)}
                  </Table.Th>
                  <Table.Td ta="right">{formatCount(c.size, lang)}</Table.Td>
                  {Array.from({ length: width }, (_, k) => {
                    const share = c.retained[k];
                    return (
                      <Table.Td
                        key={k}
                        ta="center"
                        className={classes.heat}
                        data-level={share === undefined ? undefined : heatLevel(share)}
                      >
                        {share === undefined ? '' : formatShare(share, lang)}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </ChartCard>
  );
}

/** The most engaged members now, linked to their pages. */
export function TopContributors({ members }: { members: Dashboard['topContributors'] }) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  return (
    <ChartCard
      title={t('top.title')}
      summary={members.length === 0 ? t('top.none') : t('top.summary', { count: members.length })}
      testId="top-contributors"
      graphic={false}
      actions={
        <Anchor component={Link} to={ANALYTICS_PATHS.engagement} size="sm">
          {t('top.all')}
        </Anchor>
      }
    >
      {members.length === 0 ? (
        <NoData text={t('top.none')} />
      ) : (
        <Table verticalSpacing="xs" aria-label={t('top.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('engagement.columns.member')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('engagement.columns.score')}
              </Table.Th>
              <Table.Th scope="col">{t('engagement.columns.tier')}</Table.Th>
              <Table.Th scope="col">{t('engagement.columns.trend')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => (
              <Table.Tr key={m.memberId}>
                <Table.Td>
                  <MemberCell member={m.member} />
                </Table.Td>
                <Table.Td ta="right" fw={700}>
                  {formatCount(m.engagementScore, lang)}
                </Table.Td>
                <Table.Td>
                  <TierBadge tier={m.engagementTier} />
                </Table.Td>
                <Table.Td>
                  <Trend trend={m.trend} previous={m.previousScore} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </ChartCard>
  );
}

const cellName = (cell: MatrixCell, lang: string) => {
  const info = MATRIX_CELL_INFO[cell.toLowerCase() as MatrixKey];
  return lang === 'en' ? info.en : info.ja;
};

/** Rows high LTV then low, columns detractor → passive → promoter. */
const MATRIX_GRID: MatrixCell[][] = [
  ['CHURN_RISK', 'LOYAL_CANDIDATE', 'LOYAL'],
  ['UNCOOPERATIVE', 'ORDINARY', 'ADVOCATE'],
];
const CELL_COLORS: Partial<Record<MatrixCell, string>> = {
  CHURN_RISK: 'red',
  LOYAL_CANDIDATE: 'yellow',
  LOYAL: 'teal',
  UNCOOPERATIVE: 'orange',
  ORDINARY: 'gray',
  ADVOCATE: 'blue',
};

/** The loyalty matrix in brief: LTV × NPS class, with what the churn-risk cell costs. */
export function MatrixSummary({ matrix }: { matrix: Dashboard['matrix'] }) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  if (!matrix) {
    return (
      <ChartCard
        title={t('matrix.title')}
        summary={t('matrix.none')}
        testId="matrix"
        graphic={false}
      >
        <NoData text={t('matrix.none')} />
      </ChartCard>
    );
  }
  const byCell = new Map(matrix.cells.map((c) => [c.cell, c]));
  const tile = (cell: MatrixCell) => {
    const c = byCell.get(cell);
    return (
      <Paper
        key={cell}
        withBorder
        radius="sm"
        p="xs"
        className={classes.cell}
        data-color={CELL_COLORS[cell] ?? 'gray'}
        data-testid={`matrix-${cell.toLowerCase()}`}
      >
        <Text size="xs" fw={700}>
          {cellName(cell, lang)}
        </Text>
        <Text fw={800} fz="lg">
          {formatCount(c?.count ?? 0, lang)}
        </Text>
        <Text size="xs" c="dimmed">
          {formatShare(c?.share ?? 0, lang)}
        </Text>
      </Paper>
    );
  };
  return (
    <ChartCard
      title={t('matrix.title')}
      summary={t('matrix.summary', {
        asOf: formatDay(matrix.asOf, lang),
        customers: formatCount(matrix.customers, lang),
        cutoff: formatYen(matrix.highLtvCutoff, lang),
      })}
      testId="matrix"
      graphic={false}
    >
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <Figure
            label={t('matrix.atRiskDetractors')}
            value={formatYen(matrix.revenueAtRiskDetractors, lang)}
            testId="revenue-at-risk"
          />
          <Figure
            label={t('matrix.atRiskPassives')}
            value={formatYen(matrix.revenueAtRiskPassives, lang)}
          />
        </SimpleGrid>
        <div className={classes.matrix}>
          <span />
          {(['DETRACTOR', 'PASSIVE', 'PROMOTER'] as const).map((cls) => (
            <Text key={cls} size="xs" c="dimmed" ta="center" fw={700}>
              {t(`npsClass.${cls}`)}
            </Text>
          ))}
          {MATRIX_GRID.map((row, i) => [
            <Text key={`h${i}`} size="xs" c="dimmed" fw={700} className={classes.rowHead}>
              {i === 0 ? t('matrix.highLtv') : t('matrix.lowLtv')}
            </Text>,
            ...row.map(tile),
          ])}
        </div>
        <SimpleGrid cols={2} spacing="sm">
          {tile('NO_NPS')}
          {tile('NO_ORDERS')}
        </SimpleGrid>
        <VisuallyHidden>{t('matrix.gridNote')}</VisuallyHidden>
      </Stack>
    </ChartCard>
  );
}

const segmentName = (segment: RfmSegment, lang: string) => {
  const info = RFM_SEGMENT_INFO[segment.toLowerCase() as SegmentKey];
  return lang === 'en' ? info.en : info.ja;
};

/** Customers per RFM segment, largest first. */
export function RfmChart({ segments }: { segments: Dashboard['rfm'] }) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const rows = [...segments].sort((a, b) => b.count - a.count);
  const total = rows.reduce((s, r) => s + r.count, 0);
  const top = rows[0];
  return (
    <ChartCard
      title={t('rfm.title')}
      summary={
        !top || total === 0
          ? t('rfm.none')
          : t('rfm.summary', {
              total: formatCount(total, lang),
              segment: segmentName(top.segment, lang),
              share: formatShare(top.share, lang),
            })
      }
      testId="rfm-segments"
      table={{
        columns: [
          { label: t('rfm.segment') },
          { label: t('rfm.customers'), numeric: true },
          { label: t('rfm.share'), numeric: true },
          { label: t('rfm.revenueShare'), numeric: true },
          { label: t('rfm.averageMonetary'), numeric: true },
        ],
        rows: rows.map((r) => ({
          key: r.segment,
          cells: [
            segmentName(r.segment, lang),
            formatCount(r.count, lang),
            formatShare(r.share, lang),
            formatShare(r.revenueShare, lang),
            formatYen(r.averageMonetary, lang),
          ],
        })),
      }}
    >
      {total === 0 ? (
        <NoData text={t('rfm.none')} />
      ) : (
        <BarChart
          h={Math.max(160, rows.length * 30)}
          data={rows.map((r) => ({ label: segmentName(r.segment, lang), customers: r.count }))}
          dataKey="label"
          orientation="vertical"
          gridAxis="none"
          yAxisProps={{ width: 130, interval: 0 }}
          barChartProps={{ accessibilityLayer: false }}
          valueFormatter={(v) => formatCount(v, lang)}
          series={[{ name: 'customers', label: t('rfm.customers'), color: COLORS.accent }]}
        />
      )}
    </ChartCard>
  );
}

/** How many members are at each level, with the score each level starts at. */
export function TierDistributionChart({
  distribution,
}: {
  distribution: readonly { tier: EngagementTier; count: number }[];
}) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const counts = tierCounts(distribution);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const largest = [...counts].sort((a, b) => b.count - a.count)[0];
  const minOf = (tier: EngagementTier) =>
    ENGAGEMENT_TIER_INFO[tier.toLowerCase() as keyof typeof ENGAGEMENT_TIER_INFO].min;
  return (
    <ChartCard
      title={t('tiers.title')}
      summary={
        total === 0
          ? t('chart.noData')
          : t('tiers.summary', {
              total: formatCount(total, lang),
              tier: tierName(largest.tier, lang),
              share: formatShare(largest.count / total, lang),
            })
      }
      testId="tier-distribution"
      table={{
        columns: [
          { label: t('tiers.tier') },
          { label: t('tiers.from'), numeric: true },
          { label: t('tiers.members'), numeric: true },
          { label: t('tiers.share'), numeric: true },
        ],
        rows: counts.map((c) => ({
          key: c.tier,
          cells: [
            tierName(c.tier, lang),
            formatCount(minOf(c.tier), lang),
            formatCount(c.count, lang),
            formatShare(total ? c.count / total : null, lang),
          ],
        })),
      }}
    >
      <BarChart
        h={200}
        barChartProps={{ accessibilityLayer: false }}
        data={counts.map((c) => ({
          label: t('tiers.axis', { tier: tierName(c.tier, lang), min: minOf(c.tier) }),
          members: c.count,
          color: TIER_COLORS[c.tier],
        }))}
        dataKey="label"
        gridAxis="y"
        valueFormatter={(v) => formatCount(v, lang)}
        series={[{ name: 'members', label: t('tiers.members'), color: 'gray.6' }]}
      />
    </ChartCard>
  );
}
