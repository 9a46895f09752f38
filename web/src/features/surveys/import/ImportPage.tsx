import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Code,
  FileInput,
  Group,
  List,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDownload,
  IconFileTypeCsv,
  IconUpload,
} from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SURVEY_LIMITS } from '@kizuna/shared';
import { usePush } from '../../../app/socket';
import { errorMessage } from '../../../ui/errors';
import { formatNumber } from '../../../ui/format';
import { LabelledProgress } from '../../../ui/LabelledProgress';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, LoadingState } from '../../../ui/states';
import { UploadError } from '../../posts/upload';
import { localTitle } from '../results/logic';
import { SurveyImportChoicesDocument } from './graphql';
import {
  cancellable,
  checkCsv,
  IMPORT_COLUMNS,
  importableSurveys,
  importIssueOf,
  importProgress,
  sampleCsvBlob,
  spokenPercent,
  touchpointKeysOf,
  type ImportResult,
  type ImportRowError,
  type ImportStage,
} from './logic';
import { uploadNpsCsv } from './upload';

/** Brings NPS answers collected outside the community (by email, at the till) into a survey. */
export function ImportPage() {
  const { t, i18n } = useTranslation(['surveyResults', 'errors']);
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(SurveyImportChoicesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const surveys = importableSurveys(data?.surveys.nodes ?? []);
  const surveyId = params.get('surveyId');
  const survey = surveys.find((s) => s.id === surveyId) ?? null;
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [stage, setStage] = useState<ImportStage>({ stage: 'idle' });
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const running = stage.stage === 'uploading' || stage.stage === 'processing';
  usePush(
    'job:progress',
    (push) => {
      if (push.id !== jobId) return;
      setStage((s) =>
        s.stage === 'uploading' || s.stage === 'processing'
          ? { stage: 'processing', sent: s.sent, done: push.done, total: push.total }
          : s,
      );
    },
    running && !!jobId,
  );

  const choose = (next: File | null) => {
    setResult(null);
    setProblem(null);
    setFailure(null);
    setFile(next);
    const p = next ? checkCsv(next) : null;
    if (p) {
      setProblem(
        t(`import.problems.${p}`, {
          max: formatNumber(SURVEY_LIMITS.importBytesMax / 1024 / 1024, i18n.language),
        }),
      );
    }
  };

  const start = async () => {
    if (!file || !survey || checkCsv(file)) return;
    const id = crypto.randomUUID();
    const controller = new AbortController();
    abort.current = controller;
    setJobId(id);
    setResult(null);
    setFailure(null);
    setStage({ stage: 'uploading', sent: 0 });
    try {
      const done = await uploadNpsCsv(
        { file, surveyId: survey.id, jobId: id },
        (sent) =>
          setStage((s) =>
            s.stage === 'uploading'
              ? { stage: 'uploading', sent }
              : s.stage === 'processing'
                ? { ...s, sent }
                : s,
          ),
        controller.signal,
      );
      setResult(done);
      setStage({ stage: 'finished' });
    } catch (err) {
      setStage({ stage: 'idle' });
      if (err instanceof DOMException && err.name === 'AbortError') return;
      setFailure(
        err instanceof UploadError ? errorMessage(t, err.info) : t('errors:codes.NETWORK'),
      );
    } finally {
      abort.current = null;
    }
  };

  const downloadSample = () => {
    const url = URL.createObjectURL(sampleCsvBlob(survey ? touchpointKeysOf(survey) : []));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'nps-import-sample.csv';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const progress = importProgress(stage);
  const spoken = spokenPercent(progress.percent);
  return (
    <Page title={t('import.title')} description={t('import.lead')} size="md">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="import-format">
        <Stack gap="sm">
          <Title order={2} size="h4" id="import-format">
            {t('import.format.title')}
          </Title>
          <Text size="sm">{t('import.format.intro')}</Text>
          <Table fz="sm" verticalSpacing={4} aria-labelledby="import-format">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('import.format.column')}</Table.Th>
                <Table.Th scope="col">{t('import.format.meaning')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...IMPORT_COLUMNS, 'tp'].map((c) => (
                <Table.Tr key={c}>
                  <Table.Td>
                    <Code>{c === 'tp' ? 'tp:<key>' : c}</Code>
                  </Table.Td>
                  <Table.Td>
                    {t(`import.format.columns.${c as (typeof IMPORT_COLUMNS)[number] | 'tp'}`)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <List size="sm" spacing={4}>
            <List.Item>{t('import.format.encoding')}</List.Item>
            <List.Item>{t('import.format.matching')}</List.Item>
            <List.Item>{t('import.format.idempotent')}</List.Item>
            <List.Item>{t('import.format.badRows')}</List.Item>
          </List>
          {survey && touchpointKeysOf(survey).length > 0 ? (
            <Text size="sm">
              {t('import.format.touchpointsOfSurvey')}{' '}
              {touchpointKeysOf(survey).map((k, i) => (
                <span key={k}>
                  {i > 0 ? ', ' : ''}
                  <Code>{`tp:${k}`}</Code>
                </span>
              ))}
            </Text>
          ) : null}
          <Group>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={downloadSample}
            >
              {t('import.sample')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {error && !data ? (
        <ErrorPanel error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : surveys.length === 0 ? (
        <EmptyPanel
          icon={<IconFileTypeCsv size={28} aria-hidden />}
          title={t('import.noSurveys')}
          description={t('import.noSurveysBody')}
          action={
            <Button component={Link} to="/manage/surveys" variant="light">
              {t('backToList')}
            </Button>
          }
        />
      ) : (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="import-upload">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void start();
            }}
          >
            <Stack gap="md">
              <Title order={2} size="h4" id="import-upload">
                {t('import.upload')}
              </Title>
              <Select
                label={t('import.survey')}
                placeholder={t('import.surveyPlaceholder')}
                data={surveys.map((s) => ({
                  value: s.id,
                  label: `${localTitle(s, i18n.language)} (${t(`status.${s.status}`)})`,
                }))}
                value={survey?.id ?? null}
                onChange={(v) => {
                  const next = new URLSearchParams(params);
                  if (v) next.set('surveyId', v);
                  else next.delete('surveyId');
                  setParams(next, { replace: true });
                }}
                searchable
                required
                disabled={running}
              />
              <FileInput
                label={t('import.file')}
                description={t('import.fileHint', {
                  max: formatNumber(SURVEY_LIMITS.importBytesMax / 1024 / 1024, i18n.language),
                })}
                placeholder={t('import.filePlaceholder')}
                accept=".csv,text/csv"
                value={file}
                onChange={choose}
                clearable
                required
                disabled={running}
                leftSection={<IconFileTypeCsv size={16} aria-hidden />}
                error={problem ?? undefined}
              />
              {running || stage.stage === 'finished' ? (
                <Stack gap={4}>
                  {progress.percent === null ? (
                    // The server has not said how far it is: a moving bar, no number.
                    <Progress.Root>
                      <Progress.Section
                        value={100}
                        striped
                        animated
                        withAria={false}
                        role="progressbar"
                        aria-label={t('import.progressLabel')}
                        aria-valuetext={t(`import.phase.${progress.phase}`)}
                      />
                    </Progress.Root>
                  ) : (
                    <LabelledProgress
                      value={progress.percent}
                      label={t('import.progressLabel')}
                      valueText={`${t(`import.phase.${progress.phase}`)} ${progress.percent}%`}
                      color={stage.stage === 'finished' ? 'teal' : undefined}
                    />
                  )}
                  <Text size="sm" c="dimmed">
                    {t(`import.phase.${progress.phase}`)}
                    {progress.percent !== null ? ` ${progress.percent}%` : ''}
                    {stage.stage === 'processing' && stage.total === 0
                      ? ` · ${t('import.doneCount', {
                          count: stage.done,
                          formatted: formatNumber(stage.done, i18n.language),
                        })}`
                      : ''}
                  </Text>
                  <VisuallyHidden role="status" aria-live="polite">
                    {t(`import.phase.${progress.phase}`)}
                    {spoken !== null ? ` ${spoken}%` : ''}
                  </VisuallyHidden>
                  {running && !cancellable(stage) ? (
                    <Text size="xs" c="dimmed">
                      {t('import.processingNoCancel')}
                    </Text>
                  ) : null}
                </Stack>
              ) : null}
              {failure ? (
                <Alert color="red" role="alert" icon={<IconAlertTriangle size={18} aria-hidden />}>
                  {failure}
                </Alert>
              ) : null}
              <Group>
                <Button
                  type="submit"
                  loading={running}
                  disabled={!file || !survey || !!checkCsv(file)}
                  leftSection={<IconUpload size={16} aria-hidden />}
                >
                  {t('import.start')}
                </Button>
                {cancellable(stage) ? (
                  <Button variant="default" onClick={() => abort.current?.abort()}>
                    {t('import.cancel')}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </form>
        </Paper>
      )}

      {result ? <ImportReport result={result} surveyId={survey?.id ?? null} /> : null}
    </Page>
  );
}

function ImportReport({ result, surveyId }: { result: ImportResult; surveyId: string | null }) {
  const { t, i18n } = useTranslation('surveyResults');
  const lang = i18n.language;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="import-result"
      data-testid="import-result"
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="import-result">
          {t('import.result.title')}
        </Title>
        {result.stoppedAt !== null ? (
          <Alert
            color="red"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={
              result.stoppedAt > 0
                ? t('import.stopped.title', { line: formatNumber(result.stoppedAt, lang) })
                : t('import.stopped.titleNoLine')
            }
            role="alert"
            data-testid="import-stopped"
          >
            <Stack gap={4}>
              <Text size="sm">
                {t('import.stopped.sofar', {
                  imported: formatNumber(result.imported, lang),
                  skipped: formatNumber(result.skipped, lang),
                  failed: formatNumber(result.failed, lang),
                })}
              </Text>
              <Text size="sm">{t('import.stopped.again')}</Text>
            </Stack>
          </Alert>
        ) : (
          <Alert
            color={result.failed > 0 ? 'yellow' : 'teal'}
            icon={
              result.failed > 0 ? (
                <IconAlertTriangle size={18} aria-hidden />
              ) : (
                <IconCircleCheck size={18} aria-hidden />
              )
            }
            role="status"
          >
            {t('import.result.summary', {
              imported: formatNumber(result.imported, lang),
              skipped: formatNumber(result.skipped, lang),
              failed: formatNumber(result.failed, lang),
            })}
          </Alert>
        )}
        <SimpleGrid cols={3} spacing="sm">
          <Count label={t('import.result.imported')} value={result.imported} testId="imported" />
          <Count label={t('import.result.skipped')} value={result.skipped} testId="skipped" />
          <Count label={t('import.result.failed')} value={result.failed} testId="failed" />
        </SimpleGrid>
        {result.errors.length > 0 ? (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('import.result.errors')}
            </Title>
            {result.failed > result.errors.length ? (
              <Text size="xs" c="dimmed">
                {t('import.result.errorsCapped', {
                  shown: formatNumber(result.errors.length, lang),
                  count: result.failed,
                  formatted: formatNumber(result.failed, lang),
                })}
              </Text>
            ) : null}
            <Table.ScrollContainer minWidth={420} mah={420}>
              <Table fz="sm" verticalSpacing={4} striped stickyHeader data-testid="import-errors">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" ta="right" w={80}>
                      {t('import.result.line')}
                    </Table.Th>
                    <Table.Th scope="col">{t('import.result.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.errors.map((e, i) => (
                    <Table.Tr key={`${e.line}-${i}`}>
                      <Table.Td ta="right">{formatNumber(e.line, lang)}</Table.Td>
                      <Table.Td>
                        <RowReason error={e} />
                        {e.code ? (
                          <Text span size="xs" c="dimmed" ml={6}>
                            ({e.code})
                          </Text>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        ) : null}
        {surveyId ? (
          <Anchor component={Link} to={`/manage/surveys/${surveyId}/results`}>
            {t('import.result.seeResults')}
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** A bad row's reason in the reader's language, or the api's words for a reason it does not know. */
function RowReason({ error }: { error: ImportRowError }) {
  const { t, i18n } = useTranslation('surveyResults');
  const issue = importIssueOf(error);
  if (!issue) return <>{error.message}</>;
  const { max, ...params } = issue.params;
  return (
    <>
      {t(`import.issues.${issue.code}`, {
        ...params,
        ...(max !== undefined ? { max: formatNumber(max, i18n.language) } : {}),
      })}
    </>
  );
}

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  const { i18n } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" fw={700}>
        {label}
      </Text>
      <Text fw={800} fz="xl" data-testid={`import-${testId}`}>
        {formatNumber(value, i18n.language)}
      </Text>
    </Paper>
  );
}
