import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaDemandQuery } from '../../../gql/graphql';
import { formatNumber } from '../../../ui/format';
import { demandRows } from '../logic';

type Demand = IdeaDemandQuery['idea']['demand'];

function DemandChart({ title, buckets }: { title: string; buckets: Demand['byRank'] }) {
  const { t, i18n } = useTranslation('feedbackStaff');
  const id = useId();
  const rows = demandRows(buckets, i18n.language);
  return (
    <Stack gap="xs" component="section" aria-labelledby={id} data-testid="demand-chart">
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      <BarChart
        h={Math.max(140, rows.length * 32)}
        data={rows}
        dataKey="label"
        orientation="vertical"
        yAxisProps={{ width: 120, interval: 0 }}
        gridAxis="none"
        series={[{ name: 'votes', label: t('demand.votes'), color: 'kizuna.6' }]}
        role="img"
        aria-labelledby={id}
      />
      <Table fz="sm" verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('demand.group')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('demand.votes')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.votes, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/**
 * Who wants the idea: its voters by rank and by engagement, and by loyalty segment once the
 * analytics provide segments (an empty list until then draws nothing).
 */
export function DemandCharts({ demand }: { demand: Demand }) {
  const { t, i18n } = useTranslation('feedbackStaff');
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: demand.ltvSum != null ? 4 : 3 }} spacing="sm">
        <Figure
          label={t('demand.topRankVotes')}
          value={formatNumber(demand.topRankVotes, i18n.language)}
        />
        <Figure
          label={t('demand.recentVotes')}
          value={formatNumber(demand.recentVotes, i18n.language)}
        />
        <Figure
          label={t('demand.loyalDemand')}
          value={formatNumber(Math.round(demand.loyalDemand * 10) / 10, i18n.language)}
        />
        {demand.ltvSum != null ? (
          <Figure
            label={t('demand.ltvSum')}
            value={formatNumber(Math.round(demand.ltvSum), i18n.language)}
          />
        ) : null}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: demand.bySegment.length > 0 ? 3 : 2 }} spacing="lg">
        <DemandChart title={t('demand.byRank')} buckets={demand.byRank} />
        <DemandChart title={t('demand.byEngagement')} buckets={demand.byEngagement} />
        {demand.bySegment.length > 0 ? (
          <DemandChart title={t('demand.bySegment')} buckets={demand.bySegment} />
        ) : null}
      </SimpleGrid>
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={700}>
        {label}
      </Text>
      <Text fw={800} fz="xl">
        {value}
      </Text>
    </Stack>
  );
}
