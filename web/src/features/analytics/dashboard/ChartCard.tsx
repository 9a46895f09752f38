import type { ComponentProps } from 'react';
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard as BaseChartCard } from '../../../ui/ChartCard';

type ChartCardProps = Omit<
  ComponentProps<typeof BaseChartCard>,
  'showTableLabel' | 'hideTableLabel'
>;

/** A dashboard chart (see ui/ChartCard), with the table button in the dashboard's words. */
export function ChartCard(props: ChartCardProps) {
  const { t } = useTranslation('analytics');
  return (
    <BaseChartCard
      {...props}
      showTableLabel={t('chart.showTable')}
      hideTableLabel={t('chart.hideTable')}
    />
  );
}

/** A boxed headline figure with its label and an optional line under it. */
export function Figure({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  testId?: string;
}) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={700}>
        {label}
      </Text>
      <Text fw={800} fz="xl" data-testid="figure-value">
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}

/** Said where a chart would be when the range has nothing to draw. */
export function NoData({ text }: { text: string }) {
  return (
    <Text c="dimmed" size="sm" py="lg" ta="center">
      {text}
    </Text>
  );
}
