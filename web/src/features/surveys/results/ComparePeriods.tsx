import { useState } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { NpsSummaryFieldsFragment } from '../../../gql/graphql';
import { DateField } from '../../../ui/DateFields';
import { formatNumber, formatPercent } from '../../../ui/format';
import { ErrorPanel } from '../../../ui/states';
import { SurveyNpsComparisonDocument } from './graphql';
import {
  ANONYMOUS_GROUP_MIN,
  dayRange,
  formatNps,
  formatPValue,
  formatZ,
  marginOf,
  significanceOf,
} from './logic';

type Range = { from: string | null; to: string | null };

const complete = (r: Range): r is { from: string; to: string } =>
  !!r.from && !!r.to && r.from <= r.to;

/** Two periods side by side, and whether their difference is more than chance (95%, two-sided). */
export function ComparePeriods({ surveyId, zone }: { surveyId: string; zone: string }) {
  const { t, i18n } = useTranslation('surveyResults');
  const [a, setA] = useState<Range>({ from: null, to: null });
  const [b, setB] = useState<Range>({ from: null, to: null });
  const [touched, setTouched] = useState(false);
  const [compare, { data, loading, error, refetch }] = useLazyQuery(SurveyNpsComparisonDocument);
  const ready = complete(a) && complete(b);

  const run = () => {
    setTouched(true);
    if (!complete(a) || !complete(b)) return;
    const ra = dayRange(a.from, a.to, zone) as { from: string; to: string };
    const rb = dayRange(b.from, b.to, zone) as { from: string; to: string };
    void compare({ variables: { surveyId, a: ra, b: rb } }).catch(() => undefined);
  };

  const result = data?.npsComparison;
  const verdict = result ? significanceOf(result) : null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="compare-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="compare-title">
          {t('compare.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('compare.lead')}
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            run();
          }}
        >
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <PeriodFields label={t('compare.periodA')} value={a} onChange={setA} />
              <PeriodFields label={t('compare.periodB')} value={b} onChange={setB} />
            </SimpleGrid>
            {touched && !ready ? (
              <Text size="sm" c="red" role="alert">
                {t('compare.incomplete')}
              </Text>
            ) : null}
            <Group>
              <Button
                type="submit"
                loading={loading}
                leftSection={<IconScale size={16} aria-hidden />}
              >
                {t('compare.run')}
              </Button>
            </Group>
          </Stack>
        </form>
        {error ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
        {result && verdict ? (
          <Stack gap="sm" data-testid="comparison" aria-live="polite">
            <Table fz="sm" verticalSpacing={4} aria-label={t('compare.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" />
                  <Table.Th scope="col" ta="right">
                    {t('compare.periodA')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('compare.periodB')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <SummaryRow label={t('nps.score')} a={result.a} b={result.b} pick="score" />
                <SummaryRow label={t('nps.marginColumn')} a={result.a} b={result.b} pick="margin" />
                <SummaryRow label={t('chart.answers')} a={result.a} b={result.b} pick="n" />
                <SummaryRow label={t('class.PROMOTER')} a={result.a} b={result.b} pick="p" />
                <SummaryRow label={t('class.DETRACTOR')} a={result.a} b={result.b} pick="d" />
              </Table.Tbody>
            </Table>
            <Group gap="xl">
              <Stat label={t('compare.delta')} value={formatNps(result.delta, i18n.language)} />
              <Stat label={t('compare.z')} value={formatZ(result.z, i18n.language)} />
              <Stat label={t('compare.p')} value={formatPValue(result.pValue, i18n.language)} />
            </Group>
            <Alert
              color={
                verdict === 'significant'
                  ? 'teal'
                  : verdict === 'notSignificant'
                    ? 'yellow'
                    : 'gray'
              }
              title={t(`compare.verdict.${verdict}.title`)}
              data-testid="comparison-verdict"
              data-verdict={verdict}
            >
              {t(`compare.verdict.${verdict}.body`, {
                delta: formatNps(result.delta, i18n.language),
                p: formatPValue(result.pValue, i18n.language),
                min: ANONYMOUS_GROUP_MIN,
              })}
            </Alert>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

function PeriodFields({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Range;
  onChange: (r: Range) => void;
}) {
  const { t } = useTranslation('surveyResults');
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm" mb={4}>
        {label}
      </Text>
      <Group gap="xs" grow>
        <DateField
          label={t('filters.from')}
          value={value.from}
          onChange={(from) => onChange({ ...value, from })}
          clearable
        />
        <DateField
          label={t('filters.to')}
          value={value.to}
          onChange={(to) => onChange({ ...value, to })}
          clearable
        />
      </Group>
    </fieldset>
  );
}

function SummaryRow({
  label,
  a,
  b,
  pick,
}: {
  label: string;
  a: NpsSummaryFieldsFragment;
  b: NpsSummaryFieldsFragment;
  pick: 'score' | 'margin' | 'n' | 'p' | 'd';
}) {
  const { t, i18n } = useTranslation('surveyResults');
  const cell = (s: NpsSummaryFieldsFragment) => {
    // A period hidden for anonymity is not one without answers: its counts say nothing.
    if (s.suppressed) return pick === 'n' ? t('hidden.cell', { min: ANONYMOUS_GROUP_MIN }) : '—';
    switch (pick) {
      case 'score':
        return formatNps(s.score, i18n.language);
      case 'margin': {
        const m = marginOf(s, i18n.language);
        return m.enough ? m.text : t('nps.notEnoughShort');
      }
      case 'n':
        return formatNumber(s.responses, i18n.language);
      case 'p':
        return `${formatNumber(s.promoters, i18n.language)} (${formatPercent(s.promoterShare, i18n.language)})`;
      case 'd':
        return `${formatNumber(s.detractors, i18n.language)} (${formatPercent(s.detractorShare, i18n.language)})`;
    }
  };
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td ta="right">{cell(a)}</Table.Td>
      <Table.Td ta="right">{cell(b)}</Table.Td>
    </Table.Tr>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={700}>
        {label}
      </Text>
      <Text fw={800} fz="lg">
        {value}
      </Text>
    </Stack>
  );
}
