import { lazy, Suspense } from 'react';
import {
  Anchor,
  Code,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconChartDots3 } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { RfmPageQuery } from '../../../gql/graphql';
import { formatNumber } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, LoadingState } from '../../../ui/states';
import { RfmPageDocument } from './graphql';
import {
  asOfParam,
  customersHref,
  formatShare,
  formatYen,
  heatColors,
  paretoRows,
  RFM_SEGMENT_ENUMS,
  rfmHeatmap,
  segmentText,
} from './logic';
import { AsOfField, Stat } from './parts';
import classes from './analytics.module.css';

const ParetoChart = lazy(() => import('./RfmCharts'));

type Summary = RfmPageQuery['rfmSummary'];

/** Recency, frequency and money: who the customers are by how they buy, and what to do for each. */
export function RfmPage() {
  const { t } = useTranslation('analyticsCustomers');
  const [params] = useSearchParams();
  const asOf = asOfParam(params);
  const { data, previousData, error, loading, refetch } = useQuery(RfmPageDocument, {
    variables: { asOf },
    fetchPolicy: 'cache-and-network',
  });
  const summary = (data ?? previousData)?.rfmSummary;
  return (
    <Page title={t('rfm.title')} description={t('rfm.lead')} size="xl">
      <AsOfField shownAsOf={summary?.asOf} />
      {error && !summary ? (
        <ErrorPanel error={error} onRetry={() => refetch()} />
      ) : !summary ? (
        <LoadingState minHeight={320} />
      ) : summary.customers === 0 ? (
        <EmptyPanel
          icon={<IconChartDots3 size={28} aria-hidden />}
          title={t('rfm.empty')}
          description={t('rfm.emptyBody')}
        />
      ) : (
        <Stack gap="lg" aria-busy={loading} style={{ opacity: loading && !data ? 0.6 : 1 }}>
          <RfmBody summary={summary} asOf={asOf} />
        </Stack>
      )}
      <RfmRules />
    </Page>
  );
}

function RfmBody({ summary, asOf }: { summary: Summary; asOf: string | null }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  const pareto = paretoRows(summary.segments);
  const bySegment = new Map(summary.segments.map((s) => [s.segment, s]));
  const segments = RFM_SEGMENT_ENUMS.map(
    (segment) =>
      bySegment.get(segment) ?? {
        segment,
        count: 0,
        share: 0,
        revenue: 0,
        revenueShare: 0,
        averageMonetary: 0,
      },
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Stat
          label={t('rfm.customers')}
          value={formatNumber(summary.customers, lang)}
          testId="rfm-customers"
        />
        <Stat label={t('rfm.revenue')} value={formatYen(summary.revenue, lang)} />
        <Stat
          label={t('rfm.topFifth')}
          value={formatShare(summary.topFifthRevenueShare, lang)}
          hint={t('rfm.topFifthHint')}
          testId="rfm-top-fifth"
        />
      </SimpleGrid>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rfm-segments">
        <Stack gap="sm">
          <Title order={2} size="h4" id="rfm-segments">
            {t('rfm.segments')}
          </Title>
          <Table.ScrollContainer minWidth={860}>
            <Table fz="sm" verticalSpacing="xs" striped data-testid="rfm-segments">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('rfm.segment')}</Table.Th>
                  <Table.Th scope="col">R</Table.Th>
                  <Table.Th scope="col">F</Table.Th>
                  <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('rfm.size')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('rfm.revenueShare')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('rfm.averageM')}
                  </Table.Th>
                  <Table.Th scope="col">{t('rfm.action')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {segments.map((s) => {
                  const text = segmentText(s.segment, lang);
                  return (
                    <Table.Tr key={s.segment} data-segment={s.segment}>
                      <Table.Th scope="row">
                        <Anchor component={Link} to={customersHref({ segment: s.segment }, asOf)}>
                          {text.name}
                        </Anchor>
                      </Table.Th>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{text.r}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{text.f}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {formatNumber(s.count, lang)}
                        <Text span size="xs" c="dimmed" ml={4}>
                          ({formatShare(s.share, lang)})
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{formatShare(s.revenueShare, lang)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {s.count > 0 ? formatYen(s.averageMonetary, lang) : '—'}
                      </Table.Td>
                      <Table.Td>{text.action}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Paper>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rfm-pareto">
          <Stack gap="sm">
            <Title order={2} size="h4" id="rfm-pareto">
              {t('rfm.pareto.title')}
            </Title>
            <div
              role="img"
              aria-labelledby="rfm-pareto"
              aria-describedby="rfm-pareto-summary"
              data-testid="rfm-pareto"
            >
              {pareto.length === 0 ? (
                <Text c="dimmed" size="sm" py="lg" ta="center">
                  {t('rfm.pareto.none')}
                </Text>
              ) : (
                <Suspense fallback={<Skeleton height={320} radius="md" />}>
                  <ParetoChart rows={pareto} />
                </Suspense>
              )}
            </div>
            <Text size="xs" c="dimmed" id="rfm-pareto-summary">
              {t('rfm.pareto.summary', {
                share: formatShare(summary.topFifthRevenueShare, lang),
                segments: pareto
                  .slice(0, 3)
                  .map(
                    (r) =>
                      `${segmentText(r.segment, lang).name} ${formatShare(r.revenueShare, lang)}`,
                  )
                  .join(lang === 'en' ? ', ' : '、'),
              })}
            </Text>
          </Stack>
        </Paper>
        <Heatmap grid={summary.grid} />
      </SimpleGrid>
    </>
  );
}

/** R (rows) × F (columns): how many customers in each pair of scores, darker for more. */
function Heatmap({ grid }: { grid: Summary['grid'] }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  const rows = rfmHeatmap(grid);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rfm-heat">
      <Stack gap="sm">
        <Title order={2} size="h4" id="rfm-heat">
          {t('rfm.heat.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('rfm.heat.hint')}
        </Text>
        <Table className={classes.heat} aria-labelledby="rfm-heat" data-testid="rfm-heatmap">
          <Table.Thead>
            <Table.Tr>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  R \ F
                </Text>
              </Table.Td>
              {[1, 2, 3, 4, 5].map((f) => (
                <Table.Th key={f} scope="col" ta="center">
                  F{f}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row[0].r}>
                <Table.Th scope="row">R{row[0].r}</Table.Th>
                {row.map((c) => {
                  const { bg, fg } = heatColors(c.intensity);
                  const segment = segmentText(c.segment, lang).name;
                  return (
                    <Table.Td
                      key={c.f}
                      style={{ background: bg, color: fg }}
                      title={`R${c.r} F${c.f} · ${segment}`}
                      data-r={c.r}
                      data-f={c.f}
                    >
                      {formatNumber(c.count, lang)}
                      <Text span display="block" fz={10} fw={400} style={{ color: 'inherit' }}>
                        {segment}
                      </Text>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

/** How the scores and segments are made, written where they are read. */
function RfmRules() {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rfm-rules">
      <Stack gap="sm">
        <Title order={2} size="h5" id="rfm-rules">
          {t('rfm.rules.title')}
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>{t('rfm.rules.r')}</List.Item>
          <List.Item>{t('rfm.rules.f')}</List.Item>
          <List.Item>{t('rfm.rules.m')}</List.Item>
          <List.Item>
            {t('rfm.rules.score')} <Code>min(5, 1 + ⌊5 · b / N⌋)</Code>
          </List.Item>
          <List.Item>{t('rfm.rules.ties')}</List.Item>
          <List.Item>{t('rfm.rules.segments')}</List.Item>
        </List>
        <Table fz="sm" verticalSpacing={2} data-testid="rfm-rules-map">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rfm.segment')}</Table.Th>
              <Table.Th scope="col">R</Table.Th>
              <Table.Th scope="col">F</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {RFM_SEGMENT_ENUMS.map((segment) => {
              const s = segmentText(segment, lang);
              return (
                <Table.Tr key={segment}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{s.r}</Table.Td>
                  <Table.Td>{s.f}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          {t('rfm.rules.hibernating')}
        </Text>
      </Stack>
    </Paper>
  );
}
