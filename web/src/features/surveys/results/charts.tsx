import '@mantine/charts/styles.css';
import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import {
  Badge,
  getThemeColor,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  useMantineTheme,
} from '@mantine/core';
import {
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { NPS_MIN_RESPONSES_FOR_MARGIN } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import type {
  NpsSummaryFieldsFragment,
  SurveyQuestionType,
  SurveyResultsPageQuery,
} from '../../../gql/graphql';
import { formatNumber, formatPercent } from '../../../ui/format';
import { ChartFigure } from './ChartFigure';
import {
  ANONYMOUS_GROUP_MIN,
  CHART_COLORS,
  distributionRows,
  divergingRows,
  formatMean,
  formatNps,
  localLabel,
  marginOf,
  NPS_CLASS_COLORS,
  NPS_CLASSES,
  scaleRows,
  TOUCHPOINT_GROUPS,
  type BreakdownRow,
  type TouchpointGroup,
  type TrendRow,
} from './logic';

type QuestionResult = SurveyResultsPageQuery['surveyResults']['questions'][number];

/** The score with its margin of error, or why there is none. */
export function NpsScore({ summary }: { summary: NpsSummaryFieldsFragment }) {
  const { t, i18n } = useTranslation('surveyResults');
  const margin = marginOf(summary, i18n.language);
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={700}>
        {t('nps.score')}
      </Text>
      <Group gap="xs" align="baseline">
        <Text fw={800} fz={40} lh={1} data-testid="nps-score">
          {formatNps(summary.score, i18n.language)}
        </Text>
        {summary.score != null ? (
          margin.enough ? (
            <Text fw={600} c="dimmed" data-testid="nps-margin">
              {margin.text}
              <Text span size="xs" ml={4}>
                {t('nps.margin95')}
              </Text>
            </Text>
          ) : (
            <Text size="sm" c="orange" data-testid="nps-margin">
              {t('nps.notEnough', { count: margin.needed })}
            </Text>
          )
        ) : null}
      </Group>
    </Stack>
  );
}

/** Promoters, passives and detractors as one bar, with their counts and shares in words. */
export function ClassShares({ summary }: { summary: NpsSummaryFieldsFragment }) {
  const { t, i18n } = useTranslation('surveyResults');
  const parts = [
    { cls: 'PROMOTER', count: summary.promoters, share: summary.promoterShare },
    { cls: 'PASSIVE', count: summary.passives, share: summary.passiveShare },
    { cls: 'DETRACTOR', count: summary.detractors, share: summary.detractorShare },
  ] as const;
  return (
    <Stack gap="xs">
      <Progress.Root size={18} aria-hidden>
        {parts.map((p) => (
          <Progress.Section key={p.cls} value={p.share * 100} color={NPS_CLASS_COLORS[p.cls]} />
        ))}
      </Progress.Root>
      <SimpleGrid cols={3} spacing="xs">
        {parts.map((p) => (
          <Stack gap={0} key={p.cls} data-testid={`nps-${p.cls.toLowerCase()}`}>
            <Group gap={6} wrap="nowrap">
              <Badge size="xs" circle color={NPS_CLASS_COLORS[p.cls]} aria-hidden>
                {' '}
              </Badge>
              <Text size="sm" fw={600}>
                {t(`class.${p.cls}`)}
              </Text>
            </Group>
            <Text size="sm">
              {t('nps.countShare', {
                count: p.count,
                n: formatNumber(p.count, i18n.language),
                share: formatPercent(p.share, i18n.language),
              })}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** The 0–10 answers, coloured by class: Japanese scores run low, so the spread says more. */
export function DistributionChart({
  distribution,
  csvHref,
}: {
  distribution: readonly number[];
  csvHref?: string;
}) {
  const { t, i18n } = useTranslation('surveyResults');
  const rows = distributionRows(distribution);
  const total = distribution.reduce((a, b) => a + b, 0);
  const mode = distribution.indexOf(Math.max(...distribution));
  return (
    <ChartFigure
      title={t('nps.distribution')}
      summary={
        total === 0
          ? t('chart.noAnswers')
          : t('nps.distributionSummary', {
              total: formatNumber(total, i18n.language),
              mode,
            })
      }
      csvHref={csvHref}
      testId="nps-distribution"
      table={{
        columns: [
          { label: t('nps.scoreColumn') },
          { label: t('nps.classColumn') },
          { label: t('chart.answers'), numeric: true },
        ],
        rows: distribution.map((count, score) => ({
          key: String(score),
          cells: [
            score,
            t(`class.${score >= 9 ? 'PROMOTER' : score >= 7 ? 'PASSIVE' : 'DETRACTOR'}`),
            formatNumber(count, i18n.language),
          ],
        })),
      }}
    >
      <BarChart
        barChartProps={{ accessibilityLayer: false }}
        h={220}
        data={rows}
        dataKey="score"
        type="stacked"
        withLegend
        gridAxis="y"
        xAxisLabel={t('nps.scoreAxis')}
        series={NPS_CLASSES.map((cls) => ({
          name: cls,
          label: t(`class.${cls}`),
          color: NPS_CLASS_COLORS[cls],
        }))}
      />
    </ChartFigure>
  );
}

/** The score by week or month, each point with its 95% margin of error as an error bar. */
export function TrendChart({
  rows,
  csvHref,
  period,
  onPeriod,
}: {
  rows: TrendRow[];
  csvHref: string;
  period: 'WEEK' | 'MONTH';
  onPeriod: (p: 'WEEK' | 'MONTH') => void;
}) {
  const { t, i18n } = useTranslation('surveyResults');
  const theme = useMantineTheme();
  const withScore = rows.filter((r) => r.score !== null);
  const first = withScore[0];
  const last = withScore[withScore.length - 1];
  const line = getThemeColor(CHART_COLORS.accent, theme);
  const withBars = rows.some((r) => r.errorBar !== null);
  const hollow = withScore.some((r) => !r.enough);
  const hidden = rows.some((r) => r.hidden);
  const min = ANONYMOUS_GROUP_MIN;
  return (
    <ChartFigure
      title={t('trend.title')}
      summary={
        first && last
          ? `${t('trend.summary', {
              count: rows.length,
              first: `${first.label} ${formatNps(first.score, i18n.language)}`,
              last: `${last.label} ${formatNps(last.score, i18n.language)}`,
            })} ${
              withBars
                ? t('trend.bars', { min: NPS_MIN_RESPONSES_FOR_MARGIN })
                : t('trend.noBars', { min: NPS_MIN_RESPONSES_FOR_MARGIN })
            }${hidden ? ` ${t('hidden.note', { min })}` : ''}`
          : hidden
            ? t('hidden.allHidden', { min })
            : t('chart.noAnswers')
      }
      csvHref={csvHref}
      testId="nps-trend"
      actions={
        <SegmentedControl
          size="xs"
          value={period}
          onChange={(v) => onPeriod(v === 'WEEK' ? 'WEEK' : 'MONTH')}
          data={[
            { value: 'WEEK', label: t('trend.week') },
            { value: 'MONTH', label: t('trend.month') },
          ]}
          aria-label={t('trend.period')}
        />
      }
      table={{
        columns: [
          { label: t('trend.periodColumn') },
          { label: t('nps.score'), numeric: true },
          { label: t('nps.marginColumn'), numeric: true },
          { label: t('chart.answers'), numeric: true },
        ],
        rows: rows.map((r) => ({
          key: r.periodStart,
          cells: r.hidden
            ? [r.label, '—', '—', t('hidden.cell', { min })]
            : [
                r.label,
                formatNps(r.score, i18n.language),
                r.margin !== null
                  ? `±${formatMean(r.margin, i18n.language)}`
                  : t('nps.notEnoughShort'),
                formatNumber(r.responses, i18n.language),
              ],
        })),
      }}
    >
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm" py="lg" ta="center">
          {t('chart.noAnswers')}
        </Text>
      ) : (
        <div style={{ width: '100%', height: 260 }}>
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart
              data={rows}
              margin={{ top: 10, right: 16, bottom: 0, left: 0 }}
              accessibilityLayer={false}
            >
              <CartesianGrid
                vertical={false}
                strokeDasharray="4 4"
                stroke="var(--mantine-color-default-border)"
              />
              <XAxis dataKey="label" tickLine={false} fontSize={12} />
              <YAxis
                domain={[-100, 100]}
                ticks={[-100, -50, 0, 50, 100]}
                fontSize={12}
                width={40}
              />
              <ReferenceLine y={0} stroke="var(--mantine-color-gray-5)" />
              <Tooltip
                formatter={(value, _name, item) => {
                  const row = item.payload as TrendRow;
                  if (row.hidden) return [t('hidden.cell', { min }), t('nps.score')];
                  const margin =
                    row.margin !== null
                      ? ` ±${formatMean(row.margin, i18n.language)}`
                      : ` (${t('nps.notEnoughShort')})`;
                  const n = t('chart.n', { n: formatNumber(row.responses, i18n.language) });
                  return [
                    `${formatNps(Number(value), i18n.language)}${margin} · ${n}`,
                    t('nps.score'),
                  ];
                }}
              />
              <Line
                type="monotone"
                dataKey="score"
                stroke={line}
                strokeWidth={2}
                // Hollow where there are too few answers for a margin of error.
                dot={(props: { cx?: number; cy?: number; index?: number; payload?: TrendRow }) =>
                  props.cx == null || props.cy == null || props.payload?.score == null ? (
                    <g key={props.index} />
                  ) : (
                    <circle
                      key={props.index}
                      cx={props.cx}
                      cy={props.cy}
                      r={4}
                      stroke={line}
                      strokeWidth={2}
                      fill={props.payload.enough ? line : 'var(--mantine-color-body)'}
                    />
                  )
                }
                connectNulls
                isAnimationActive={false}
              >
                <ErrorBar dataKey="errorBar" width={6} strokeWidth={1.5} stroke={line} />
              </Line>
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
      {hollow ? (
        <Group gap={6} wrap="nowrap" data-testid="trend-few-note">
          <svg width={12} height={12} aria-hidden>
            <circle cx={6} cy={6} r={4} stroke={line} strokeWidth={2} fill="none" />
          </svg>
          <Text size="xs" c="dimmed">
            {t('trend.fewNote', { min: NPS_MIN_RESPONSES_FOR_MARGIN })}
          </Text>
        </Group>
      ) : null}
    </ChartFigure>
  );
}

/** NPS by rank or by segment, one bar per group with its number of answers. */
export function BreakdownChart({
  title,
  rows,
  csvHref,
  testId,
}: {
  title: string;
  rows: BreakdownRow[];
  csvHref: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation('surveyResults');
  const min = ANONYMOUS_GROUP_MIN;
  const hidden = rows.some((r) => r.hidden);
  // A group without answers, or hidden for anonymity, keeps its row with no bar: a 0 would read
  // as a score.
  const data = rows.map((r) => {
    const n = t('chart.n', { n: formatNumber(r.responses, i18n.language) });
    return {
      label: r.hidden
        ? t('breakdown.axisHidden', { label: r.label, min })
        : r.score === null
          ? t('breakdown.axisNone', { label: r.label, n })
          : r.few
            ? t('breakdown.axisFew', { label: r.label, n })
            : t('breakdown.axis', { label: r.label, n }),
      score: r.score,
    };
  });
  const best = [...rows]
    .filter((r) => r.score !== null)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
  return (
    <ChartFigure
      title={title}
      summary={
        best
          ? `${t('breakdown.summary', {
              count: rows.length,
              best: best.label,
              score: formatNps(best.score, i18n.language),
            })}${hidden ? ` ${t('hidden.note', { min })}` : ''}`
          : hidden
            ? t('hidden.allHidden', { min })
            : t('chart.noAnswers')
      }
      csvHref={csvHref}
      testId={testId}
      table={{
        columns: [
          { label: t('breakdown.group') },
          { label: t('nps.score'), numeric: true },
          { label: t('chart.answers'), numeric: true },
        ],
        rows: rows.map((r) => ({
          key: r.key,
          cells: r.hidden
            ? [r.label, '—', t('hidden.cell', { min })]
            : [
                r.label,
                r.score !== null && r.few
                  ? `${formatNps(r.score, i18n.language)} (${t('nps.notEnoughShort')})`
                  : formatNps(r.score, i18n.language),
                formatNumber(r.responses, i18n.language),
              ],
        })),
      }}
    >
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm" py="lg" ta="center">
          {t('chart.noAnswers')}
        </Text>
      ) : (
        <BarChart
          barChartProps={{ accessibilityLayer: false }}
          h={Math.max(140, rows.length * 34)}
          data={data}
          dataKey="label"
          orientation="vertical"
          gridAxis="none"
          xAxisProps={{ domain: [-100, 100] }}
          yAxisProps={{ width: 160, interval: 0 }}
          valueFormatter={(v) => formatNps(v, i18n.language)}
          getBarColor={(v) => (v >= 0 ? CHART_COLORS.positive : CHART_COLORS.negative)}
          referenceLines={[{ x: 0, color: CHART_COLORS.axis }]}
          series={[{ name: 'score', label: t('nps.score'), color: CHART_COLORS.accent }]}
        />
      )}
    </ChartFigure>
  );
}

/**
 * Each touchpoint's negative answers to the left of zero and positive ones to the right, for
 * promoters, passives, detractors or everyone, the ones that lift promoters most on top.
 */
export function TouchpointChart({ result, csvHref }: { result: QuestionResult; csvHref: string }) {
  const { t, i18n } = useTranslation('surveyResults');
  const [group, setGroup] = useState<TouchpointGroup>('overall');
  const rows = divergingRows(result.touchpoints ?? [], group, i18n.language);
  const top = rows[0];
  const pct = (v: number) => formatPercent(Math.abs(v) / 100, i18n.language);
  return (
    <ChartFigure
      title={t('touchpoints.title')}
      summary={
        top
          ? t('touchpoints.summary', {
              group: t(`touchpoints.groups.${group}`),
              top: top.label,
              positive: pct(top.positive),
              negative: pct(top.negative),
            })
          : t('chart.noAnswers')
      }
      csvHref={csvHref}
      testId="touchpoint-chart"
      actions={
        <SegmentedControl
          size="xs"
          value={group}
          onChange={(v) => setGroup(v as TouchpointGroup)}
          data={TOUCHPOINT_GROUPS.map((g) => ({ value: g, label: t(`touchpoints.groups.${g}`) }))}
          aria-label={t('touchpoints.groupLabel')}
        />
      }
      table={{
        columns: [
          { label: t('touchpoints.touchpoint') },
          { label: t('touchpoints.negative'), numeric: true },
          { label: t('touchpoints.positive'), numeric: true },
          { label: t('touchpoints.mean'), numeric: true },
          { label: t('touchpoints.lift'), numeric: true },
          { label: t('chart.answers'), numeric: true },
        ],
        rows: rows.map((r) => ({
          key: r.key,
          cells: [
            r.label,
            pct(r.negative),
            pct(r.positive),
            formatMean(r.mean, i18n.language, true),
            formatMean(r.lift, i18n.language, true),
            formatNumber(r.responses, i18n.language),
          ],
        })),
      }}
    >
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm" py="lg" ta="center">
          {t('chart.noAnswers')}
        </Text>
      ) : (
        <Stack gap="xs">
          <BarChart
            h={Math.max(160, rows.length * 36)}
            data={rows.map((r) => ({
              ...r,
              label: `${r.label} (${formatMean(r.mean, i18n.language, true)})`,
            }))}
            dataKey="label"
            orientation="vertical"
            type="stacked"
            withLegend
            gridAxis="x"
            barChartProps={{ stackOffset: 'sign', accessibilityLayer: false }}
            xAxisProps={{ domain: [-100, 100], ticks: [-100, -50, 0, 50, 100] }}
            yAxisProps={{ width: 180, interval: 0 }}
            valueFormatter={(v) => pct(v)}
            referenceLines={[{ x: 0, color: CHART_COLORS.axis }]}
            series={[
              { name: 'negative', label: t('touchpoints.negative'), color: CHART_COLORS.negative },
              { name: 'positive', label: t('touchpoints.positive'), color: CHART_COLORS.positive },
            ]}
          />
          <Text size="xs" c="dimmed">
            {t('touchpoints.howToRead')}
          </Text>
        </Stack>
      )}
    </ChartFigure>
  );
}

const SCALE_TITLE: Partial<Record<SurveyQuestionType, 'csat' | 'ces' | 'rating'>> = {
  CSAT: 'csat',
  CES: 'ces',
  RATING: 'rating',
};

/** CSAT (% satisfied), CES (mean effort) and ratings: the headline figure and the spread. */
export function ScaleResultCard({
  result,
  prompt,
  csvHref,
}: {
  result: QuestionResult;
  prompt: string;
  csvHref: string;
}) {
  const { t, i18n } = useTranslation('surveyResults');
  const scale = result.scale;
  if (!scale) return null;
  const kind = SCALE_TITLE[result.question.type] ?? 'rating';
  const rows = scaleRows(result.question.type, scale.distribution);
  const headline =
    kind === 'csat' && scale.satisfiedShare != null
      ? t('scale.satisfied', { share: formatPercent(scale.satisfiedShare, i18n.language) })
      : t(`scale.mean.${kind}`, { mean: formatMean(scale.mean, i18n.language) });
  return (
    <ChartFigure
      title={t('chart.titleWithPrompt', { kind: t(`scale.title.${kind}`), prompt })}
      summary={
        scale.responses === 0
          ? t('chart.noAnswers')
          : `${headline} · ${t('chart.answersCount', {
              count: scale.responses,
              formatted: formatNumber(scale.responses, i18n.language),
            })}`
      }
      csvHref={csvHref}
      testId={`scale-${kind}`}
      table={{
        columns: [{ label: t('scale.point') }, { label: t('chart.answers'), numeric: true }],
        rows: rows.map((r) => ({
          key: r.point,
          cells: [r.point, formatNumber(r.answers, i18n.language)],
        })),
      }}
    >
      <Stack gap="xs">
        <Group gap="lg">
          <Text fw={800} fz="xl" data-testid="scale-headline">
            {headline}
          </Text>
          {kind === 'csat' && scale.mean != null ? (
            <Text size="sm" c="dimmed">
              {t('scale.mean.csat', { mean: formatMean(scale.mean, i18n.language) })}
            </Text>
          ) : null}
        </Group>
        <BarChart
          barChartProps={{ accessibilityLayer: false }}
          h={180}
          data={rows}
          dataKey="point"
          gridAxis="y"
          series={[{ name: 'answers', label: t('chart.answers'), color: CHART_COLORS.accent }]}
        />
        {kind === 'ces' ? (
          <Text size="xs" c="dimmed">
            {t('scale.cesHint')}
          </Text>
        ) : null}
      </Stack>
    </ChartFigure>
  );
}

/** How often each choice was picked. */
export function ChoiceResultCard({
  result,
  prompt,
  csvHref,
}: {
  result: QuestionResult;
  prompt: string;
  csvHref: string;
}) {
  const { t, i18n } = useTranslation('surveyResults');
  const choices = result.choices ?? [];
  const data = choices.map((c) => ({ label: localLabel(c, i18n.language), count: c.count }));
  const top = [...choices].sort((a, b) => b.count - a.count)[0];
  return (
    <ChartFigure
      title={t('chart.titleWithPrompt', { kind: t('choices.title'), prompt })}
      summary={
        top && top.count > 0
          ? t('choices.summary', {
              top: localLabel(top, i18n.language),
              share: formatPercent(top.share, i18n.language),
              count: result.answered,
              formatted: formatNumber(result.answered, i18n.language),
            })
          : t('chart.noAnswers')
      }
      csvHref={csvHref}
      testId="choice-chart"
      table={{
        columns: [
          { label: t('choices.choice') },
          { label: t('chart.answers'), numeric: true },
          { label: t('choices.share'), numeric: true },
        ],
        rows: choices.map((c) => ({
          key: c.key,
          cells: [
            localLabel(c, i18n.language),
            formatNumber(c.count, i18n.language),
            formatPercent(c.share, i18n.language),
          ],
        })),
      }}
    >
      <BarChart
        barChartProps={{ accessibilityLayer: false }}
        h={Math.max(120, data.length * 32)}
        data={data}
        dataKey="label"
        orientation="vertical"
        gridAxis="none"
        yAxisProps={{ width: 160, interval: 0 }}
        series={[{ name: 'count', label: t('chart.answers'), color: CHART_COLORS.accent }]}
      />
    </ChartFigure>
  );
}

/** A boxed figure with a label, for the header's counts. */
export function Figure({
  label,
  value,
  testId,
}: {
  label: string;
  value: string;
  testId?: string;
}) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" fw={700}>
        {label}
      </Text>
      <Text fw={800} fz="xl" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}
