import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MatrixCell, NpsClass, RfmSegment } from '../../../gql/graphql';
import { DateField } from '../../../ui/DateFields';
import { formatDay } from '../../../ui/format';
import { asOfParam, CELL_COLORS, cellText, NPS_CLASS_COLORS, segmentText } from './logic';

/**
 * The analysis date, kept in the address (`?asOf=`) so a figure can be shared and found again;
 * empty means today in the community's time zone. `shownAsOf` is the date the api answered for.
 */
export function AsOfField({ shownAsOf }: { shownAsOf?: string | null }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const [params, setParams] = useSearchParams();
  const asOf = asOfParam(params);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <DateField
        label={t('asOf.label')}
        placeholder={t('asOf.today')}
        value={asOf}
        onChange={(v) => {
          const next = new URLSearchParams(params);
          if (v) next.set('asOf', v);
          else next.delete('asOf');
          next.delete('page');
          setParams(next, { replace: true });
        }}
        clearable
        w={{ base: '100%', xs: 200 }}
        data-testid="as-of"
      />
      {shownAsOf ? (
        <Text size="sm" c="dimmed" pb={6} data-testid="as-of-shown">
          {t('asOf.shown', { date: formatDay(shownAsOf, i18n.language) })}
        </Text>
      ) : null}
    </Group>
  );
}

export function CellBadge({ cell }: { cell: MatrixCell }) {
  const { i18n } = useTranslation();
  return (
    <Badge
      variant="light"
      color={CELL_COLORS[cell]}
      data-cell={cell}
      style={{ textTransform: 'none' }}
    >
      {cellText(cell, i18n.language).name}
    </Badge>
  );
}

export function SegmentBadge({ segment }: { segment: RfmSegment }) {
  const { i18n } = useTranslation();
  return (
    <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
      {segmentText(segment, i18n.language).name}
    </Badge>
  );
}

export function NpsBadge({ score, npsClass }: { score: number | null; npsClass: NpsClass | null }) {
  const { t } = useTranslation('analyticsCustomers');
  if (score == null || !npsClass) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Badge variant="light" color={NPS_CLASS_COLORS[npsClass]} style={{ textTransform: 'none' }}>
      {t('nps.scoreClass', { score, cls: t(`nps.one.${npsClass}`) })}
    </Badge>
  );
}

/** A figure with its label, for the rows of numbers above a table or a grid. */
export function Stat({
  label,
  value,
  hint,
  testId,
  tone,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  testId?: string;
  tone?: 'danger' | 'warning';
}) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      style={
        tone
          ? { borderColor: `var(--mantine-color-${tone === 'danger' ? 'red' : 'yellow'}-6)` }
          : undefined
      }
    >
      <Stack gap={2}>
        <Text size="xs" c="dimmed" fw={700}>
          {label}
        </Text>
        <Text fw={800} fz="xl" data-testid={testId}>
          {value}
        </Text>
        {hint ? (
          <Text size="xs" c="dimmed" component="div">
            {hint}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
