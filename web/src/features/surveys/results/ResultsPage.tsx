import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconChartBar, IconDownload, IconEyeOff, IconFileImport } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { canAccess, STAFF } from '../../../app/access';
import { useViewer } from '../../../app/session';
import type { NpsSummaryFieldsFragment, SurveyResultsPageQuery } from '../../../gql/graphql';
import { DateField } from '../../../ui/DateFields';
import { formatNumber } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, LoadingState } from '../../../ui/states';
import { RanksDocument } from '../../points/graphql';
import {
  BreakdownChart,
  ChoiceResultCard,
  ClassShares,
  DistributionChart,
  Figure,
  NpsScore,
  ScaleResultCard,
  TouchpointChart,
  TrendChart,
} from './charts';
import { ComparePeriods } from './ComparePeriods';
import {
  SurveyResultsPageDocument,
  SurveyResultsZoneDocument,
  SurveySegmentChoicesDocument,
} from './graphql';
import {
  anonymityRefusal,
  breakdownRows,
  exportUrl,
  isTextQuestion,
  localLabel,
  localPrompt,
  localText,
  localTitle,
  resultsChoices,
  resultsFilter,
  trendRows,
  type ResultsChoices,
} from './logic';
import { TextAnswers } from './TextAnswers';

type Results = SurveyResultsPageQuery['surveyResults'];

/** A survey's results for moderators and the product team: NPS, its trend and drivers, and every answer. */
export function ResultsPage() {
  const { t, i18n } = useTranslation('surveyResults');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const choices = resultsChoices(params);
  // Days start on the community's clocks: the filter waits for its time zone.
  const zoneQuery = useQuery(SurveyResultsZoneDocument);
  const zone = zoneQuery.data?.community.timezone ?? null;
  const filter = resultsFilter(choices, zone ?? 'UTC');
  const { viewer } = useViewer();
  const { data, previousData, error, refetch, loading } = useQuery(SurveyResultsPageDocument, {
    variables: { surveyId: id, filter, period: choices.period },
    fetchPolicy: 'cache-and-network',
    skip: !zone,
  });
  // Filters keeping too few answers of an anonymous survey are refused: say so by the filters,
  // and show no older results under filters they do not match.
  const refusedMin = anonymityRefusal(error);
  const failed = error ?? (zoneQuery.error && !zone ? zoneQuery.error : undefined);
  const shown = refusedMin === null ? (data ?? previousData) : undefined;

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (!value) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  const title = shown ? localTitle(shown.surveyResults.survey, i18n.language) : t('title');
  return (
    <Page
      title={title}
      description={
        <Anchor component={Link} to="/manage/surveys" size="sm">
          {t('backToList')}
        </Anchor>
      }
      actions={
        <>
          {canAccess(STAFF, viewer) ? (
            <Button
              component={Link}
              to={`/manage/surveys/import?surveyId=${encodeURIComponent(id)}`}
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
            >
              {t('importAction')}
            </Button>
          ) : null}
          <Button
            component="a"
            href={exportUrl(id, 'responses', filter)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('responsesCsv')}
          </Button>
        </>
      }
    >
      <Filters choices={choices} setParam={setParam} />
      {refusedMin !== null ? (
        <Alert
          color="yellow"
          icon={<IconEyeOff size={18} aria-hidden />}
          role="alert"
          data-testid="results-filter-refused"
        >
          {t('filters.refused', { min: refusedMin })}
        </Alert>
      ) : failed && !shown ? (
        <ErrorPanel
          error={failed}
          onRetry={() => void (zone ? refetch() : zoneQuery.refetch()).catch(() => undefined)}
        />
      ) : !shown ? (
        <LoadingState minHeight={320} label={t('loading')} />
      ) : (
        <Stack gap="lg" aria-busy={loading} style={{ opacity: loading && !data ? 0.6 : 1 }}>
          <ResultsBody
            results={shown.surveyResults}
            surveyId={id}
            choices={choices}
            zone={zone ?? 'UTC'}
            setParam={setParam}
          />
        </Stack>
      )}
    </Page>
  );
}

function Filters({
  choices,
  setParam,
}: {
  choices: ResultsChoices;
  setParam: (name: string, value: string | null) => void;
}) {
  const { t, i18n } = useTranslation('surveyResults');
  const ranks = useQuery(RanksDocument);
  const segments = useQuery(SurveySegmentChoicesDocument);
  const filtered =
    choices.from || choices.to || choices.rank !== null || choices.segment || choices.source;
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t('filters.label')}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <DateField
          label={t('filters.from')}
          value={choices.from}
          onChange={(v) => setParam('from', v)}
          clearable
          w={{ base: '100%', xs: 170 }}
        />
        <DateField
          label={t('filters.to')}
          value={choices.to}
          onChange={(v) => setParam('to', v)}
          clearable
          w={{ base: '100%', xs: 170 }}
        />
        <Select
          label={t('filters.rank')}
          placeholder={t('filters.anyRank')}
          data={(ranks.data?.ranks ?? []).map((r) => ({
            value: String(r.position),
            label: t('filters.rankOrAbove', {
              rank: `${r.icon} ${localText(r.nameJa, r.nameEn, i18n.language)}`,
            }),
          }))}
          value={choices.rank === null ? null : String(choices.rank)}
          onChange={(v) => setParam('rank', v)}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
        <Select
          label={t('filters.segment')}
          placeholder={t('filters.anySegment')}
          data={(segments.data?.surveySegments ?? []).map((s) => ({
            value: s.key,
            label: localLabel(s, i18n.language),
          }))}
          value={choices.segment}
          onChange={(v) => setParam('segment', v)}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
        <Select
          label={t('filters.source')}
          placeholder={t('filters.anySource')}
          data={[
            { value: 'in_app', label: t('source.IN_APP') },
            { value: 'import', label: t('source.IMPORT') },
          ]}
          value={choices.source?.toLowerCase() ?? null}
          onChange={(v) => setParam('source', v)}
          clearable
          w={{ base: '100%', xs: 170 }}
        />
        {filtered ? (
          <Button
            variant="subtle"
            onClick={() => {
              for (const name of ['from', 'to', 'rank', 'segment', 'source']) setParam(name, null);
            }}
          >
            {t('filters.clear')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}

function ResultsBody({
  results,
  surveyId,
  choices,
  zone,
  setParam,
}: {
  results: Results;
  surveyId: string;
  choices: ResultsChoices;
  zone: string;
  setParam: (name: string, value: string | null) => void;
}) {
  const { t, i18n } = useTranslation('surveyResults');
  const filter = resultsFilter(choices, zone);
  const lang = i18n.language;
  const csv = (table: Parameters<typeof exportUrl>[1], extra?: Record<string, string>) =>
    exportUrl(surveyId, table, filter, extra);
  const npsQuestions = results.questions.filter((q) => q.question.type === 'NPS' && q.nps);
  const textQuestions = results.questions
    .filter((q) => isTextQuestion(q.question))
    .map((q) => ({ id: q.question.id, label: localPrompt(q.question, lang) }));

  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure
          label={t('header.responses')}
          value={formatNumber(results.responses, lang)}
          testId="results-responses"
        />
        <Figure
          label={t('header.partial')}
          value={formatNumber(results.partial, lang)}
          testId="results-partial"
        />
        <Stack gap={4} justify="center">
          <Badge variant="light">{t(`status.${results.survey.status}`)}</Badge>
          {results.survey.anonymous ? (
            <Badge variant="outline" color="gray">
              {t('header.anonymous')}
            </Badge>
          ) : null}
        </Stack>
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('header.partialHint')}
      </Text>

      {results.responses === 0 ? (
        <EmptyPanel
          icon={<IconChartBar size={28} aria-hidden />}
          title={t('empty.title')}
          description={t('empty.body')}
        />
      ) : null}

      {results.nps ? (
        <NpsCard title={t('nps.title')} summary={results.nps} csvHref={csv('nps')} />
      ) : null}

      {results.nps ? (
        <TrendChart
          rows={trendRows(results.npsTrend, choices.period, lang)}
          csvHref={csv('trend', { period: choices.period.toLowerCase() })}
          period={choices.period}
          onPeriod={(p) => setParam('period', p === 'MONTH' ? null : 'week')}
        />
      ) : null}

      {results.nps ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <BreakdownChart
            title={t('breakdown.byRank')}
            rows={breakdownRows(results.npsByRank, lang)}
            csvHref={csv('by-rank')}
            testId="nps-by-rank"
          />
          <BreakdownChart
            title={t('breakdown.bySegment')}
            rows={breakdownRows(results.npsBySegment, lang)}
            csvHref={csv('by-segment')}
            testId="nps-by-segment"
          />
        </SimpleGrid>
      ) : null}

      {results.nps ? <ComparePeriods surveyId={surveyId} zone={zone} /> : null}

      {results.questions.map((q) => {
        const prompt = localPrompt(q.question, lang);
        if (q.question.type === 'NPS') {
          // The first NPS question is the headline above; further ones get a card of their own.
          return q.nps && npsQuestions.indexOf(q) > 0 ? (
            <NpsCard
              key={q.question.id}
              title={prompt}
              summary={q.nps}
              csvHref={csv('questions')}
            />
          ) : null;
        }
        if (q.question.type === 'TOUCHPOINTS') {
          return <TouchpointChart key={q.question.id} result={q} csvHref={csv('touchpoints')} />;
        }
        if (q.scale) {
          return (
            <ScaleResultCard
              key={q.question.id}
              result={q}
              prompt={prompt}
              csvHref={csv('questions')}
            />
          );
        }
        if (q.choices) {
          return (
            <ChoiceResultCard
              key={q.question.id}
              result={q}
              prompt={prompt}
              csvHref={csv('questions')}
            />
          );
        }
        return null;
      })}

      <TextAnswers
        surveyId={surveyId}
        questions={textQuestions}
        anonymous={results.survey.anonymous}
        filter={filter}
      />
    </>
  );
}

function NpsCard({
  title,
  summary,
  csvHref,
}: {
  title: string;
  summary: NpsSummaryFieldsFragment;
  csvHref: string;
}) {
  const { t, i18n } = useTranslation('surveyResults');
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label={title}
      data-testid="nps-card"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('chart.answersCount', {
              count: summary.responses,
              formatted: formatNumber(summary.responses, i18n.language),
            })}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <NpsScore summary={summary} />
          <ClassShares summary={summary} />
        </SimpleGrid>
        <DistributionChart distribution={summary.distribution} csvHref={csvHref} />
      </Stack>
    </Paper>
  );
}
