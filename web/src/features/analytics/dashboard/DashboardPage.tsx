import {
  Alert,
  Anchor,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DateField } from '../../../ui/DateFields';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { ErrorPanel, LoadingState } from '../../../ui/states';
import { ANALYTICS_PATHS } from '../engagement/logic';
import { Figure } from './ChartCard';
import {
  ActiveMembersChart,
  CohortTable,
  ContentChart,
  EventsCard,
  MatrixSummary,
  NpsTrendChart,
  QuestionsCard,
  RfmChart,
  StickinessChart,
  TierDistributionChart,
  TierFlowCard,
  TopContributors,
} from './charts';
import {
  AnalyticsDashboardDocument,
  AnalyticsSpacesDocument,
  AnalyticsZoneDocument,
} from './graphql';
import {
  formatCount,
  formatMinutes,
  formatShare,
  lastDays,
  RANGE_PRESETS,
  rangeFromParams,
  todayIn,
  withFrom,
  withTo,
  type DashboardRange,
} from './logic';
import { RecomputeControl } from './Recompute';

/**
 * The moderators' dashboard: who is active, what they write, how questions and events go, how
 * members feel, how they move between engagement levels and stay, and the customer side — for a
 * range of days in the community's time zone, optionally within one space.
 */
export default function DashboardPage() {
  const { t } = useTranslation('analytics');
  // Days start on the community's clocks: the range waits for its time zone.
  const zone = useQuery(AnalyticsZoneDocument);
  const timeZone = zone.data?.community.timezone;
  if (!timeZone) {
    return (
      <Page title={t('dashboard.title')}>
        {zone.error ? (
          <ErrorPanel
            error={zone.error}
            onRetry={() => void zone.refetch().catch(() => undefined)}
          />
        ) : (
          <LoadingState minHeight={320} label={t('dashboard.loading')} />
        )}
      </Page>
    );
  }
  return <Dashboard timeZone={timeZone} />;
}

function Dashboard({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const today = todayIn(timeZone);
  const range = rangeFromParams(params, today);
  const spaceId = params.get('space');
  const { data, previousData, error, loading, refetch } = useQuery(AnalyticsDashboardDocument, {
    variables: { from: range.from, to: range.to, spaceId },
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.analyticsDashboard;

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace: true });
  };

  return (
    <Page
      title={t('dashboard.title')}
      description={
        shown?.computedAt
          ? t('dashboard.computedAt', {
              time: formatDateTime(shown.computedAt, lang, timeZone),
              zone: timeZone,
            })
          : t('dashboard.lead', { zone: timeZone })
      }
      actions={<RecomputeControl onFinished={() => void refetch().catch(() => undefined)} />}
    >
      <Filters
        range={range}
        today={today}
        spaceId={spaceId}
        onRange={(r) => update({ from: r.from, to: r.to })}
        onSpace={(id) => update({ space: id })}
      />
      <Group gap="md">
        <Anchor component={Link} to={ANALYTICS_PATHS.engagement} size="sm">
          {t('nav.engagement')}
        </Anchor>
        <Anchor component={Link} to={ANALYTICS_PATHS.criteria} size="sm">
          {t('nav.criteria')}
        </Anchor>
        <Anchor component={Link} to={ANALYTICS_PATHS.churn} size="sm">
          {t('nav.churn')}
        </Anchor>
      </Group>
      {error && !shown ? (
        <ErrorPanel error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <LoadingState minHeight={320} label={t('dashboard.loading')} />
      ) : (
        <Stack
          gap="lg"
          aria-busy={loading}
          style={{ opacity: loading && !data ? 0.6 : 1 }}
          data-testid="dashboard"
        >
          {!shown.computedAt ? (
            <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} data-testid="not-computed">
              {t('dashboard.notComputed')}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
            <Figure
              label={t('figures.membersTotal')}
              value={formatCount(shown.membersTotal, lang)}
              testId="figure-members-total"
            />
            <Figure
              label={t('figures.membersNew')}
              value={formatCount(shown.membersNew, lang)}
              hint={t('figures.inRange')}
              testId="figure-members-new"
            />
            <Figure
              label={t('figures.stickiness')}
              value={formatShare(shown.stickiness, lang)}
              hint={t('figures.stickinessHint')}
              testId="figure-stickiness"
            />
            <Figure
              label={t('figures.answered')}
              value={formatShare(shown.questions.answeredShare, lang)}
              testId="figure-answered"
            />
            <Figure
              label={t('figures.firstAnswer')}
              value={formatMinutes(shown.questions.medianFirstAnswerMinutes, lang)}
              hint={t('figures.median')}
              testId="figure-first-answer"
            />
            <Figure
              label={t('figures.noShows')}
              value={formatShare(shown.events.noShowRate, lang)}
              testId="figure-no-shows"
            />
          </SimpleGrid>
          <ActiveMembersChart activity={shown.activity} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <StickinessChart activity={shown.activity} stickiness={shown.stickiness} />
            <ContentChart activity={shown.activity} />
            <QuestionsCard questions={shown.questions} />
            <EventsCard events={shown.events} />
            <NpsTrendChart trend={shown.npsTrend} />
            <TierDistributionChart distribution={shown.tiers} />
          </SimpleGrid>
          <TierFlowCard flows={shown.tierFlow} />
          <CohortTable cohorts={shown.cohorts} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <TopContributors members={shown.topContributors} />
            <MatrixSummary matrix={shown.matrix} />
          </SimpleGrid>
          <RfmChart segments={shown.rfm} />
        </Stack>
      )}
    </Page>
  );
}

function Filters({
  range,
  today,
  spaceId,
  onRange,
  onSpace,
}: {
  range: DashboardRange;
  today: string;
  spaceId: string | null;
  onRange: (range: { from: string; to: string }) => void;
  onSpace: (id: string | null) => void;
}) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const spaces = useQuery(AnalyticsSpacesDocument);
  const choices = (spaces.data?.spaces.nodes ?? []).map((s) => ({
    value: s.id,
    label: `${s.icon} ${lang === 'en' ? s.nameEn : s.nameJa}${
      s.archivedAt ? ` ${t('filters.archived')}` : ''
    }`,
  }));
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t('filters.label')}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="analytics-range-label">
              {t('filters.range')}
            </Text>
            <SegmentedControl
              aria-labelledby="analytics-range-label"
              value={range.preset === null ? 'custom' : String(range.preset)}
              onChange={(v) => {
                if (v !== 'custom') onRange(lastDays(Number(v), today));
              }}
              data={[
                ...RANGE_PRESETS.map((days) => ({
                  value: String(days),
                  label: t('filters.lastDays', { count: days }),
                })),
                { value: 'custom', label: t('filters.custom'), disabled: true },
              ]}
              data-testid="range-presets"
            />
          </Stack>
          <DateField
            label={t('filters.from')}
            value={range.from}
            maxDate={today}
            onChange={(v) => {
              if (v) onRange(withFrom(range, v, today));
            }}
            w={{ base: '100%', xs: 170 }}
            data-testid="range-from"
          />
          <DateField
            label={t('filters.to')}
            value={range.to}
            maxDate={today}
            onChange={(v) => {
              if (v) onRange(withTo(range, v, today));
            }}
            w={{ base: '100%', xs: 170 }}
            data-testid="range-to"
          />
          <Select
            label={t('filters.space')}
            placeholder={t('filters.allSpaces')}
            data={choices}
            value={spaceId && choices.some((c) => c.value === spaceId) ? spaceId : null}
            onChange={onSpace}
            clearable
            searchable
            w={{ base: '100%', xs: 220 }}
            data-testid="space-filter"
          />
        </Group>
        <Text size="xs" c="dimmed">
          {spaceId ? t('filters.spaceNote') : t('filters.zoneNote')}
        </Text>
      </Stack>
    </Paper>
  );
}
