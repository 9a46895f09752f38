import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  FileInput,
  Group,
  List,
  Modal,
  Paper,
  Progress,
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
import { Link } from 'react-router';
import { ORDER_IMPORT } from '@kizuna/shared';
import { usePush } from '../../../app/socket';
import type { DataImportStatus, OrderImportFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../ui/errors';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { LabelledProgress } from '../../../ui/LabelledProgress';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton, LoadingState } from '../../../ui/states';
import { UploadError } from '../../posts/upload';
import { OrderImportDetailDocument, OrderImportListDocument } from './graphql';
import {
  cancellable,
  checkOrdersCsv,
  errorsCapped,
  importPercent,
  onProgressPush,
  ORDER_COLUMNS,
  rowErrorOf,
  rowsPerSecond,
  SAMPLE_CSV_HREF,
  spokenPercent,
  type ImportStage,
  type OrderImportResult,
  type OrderRowError,
} from './importLogic';
import { uploadOrdersCsv } from './upload';

const STATUS_COLORS: Record<DataImportStatus, string> = {
  RUNNING: 'blue',
  DONE: 'teal',
  FAILED: 'red',
};

/** Brings the brand's orders in (CSV), for LTV, RFM and the loyalty matrix. */
export function ImportPage() {
  const { t, i18n } = useTranslation(['analyticsCustomers', 'errors']);
  const lang = i18n.language;
  const list = useQuery(OrderImportListDocument, { fetchPolicy: 'cache-and-network' });
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [stage, setStage] = useState<ImportStage>({ stage: 'idle' });
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<OrderImportResult | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const running = stage.stage === 'uploading' || stage.stage === 'processing';
  usePush(
    'job:progress',
    (push) => setStage((s) => onProgressPush(s, push, jobId, Date.now())),
    running && !!jobId,
  );
  // Another moderator's import (or one from the command line) finishing updates the list.
  usePush('job:progress', (push) => {
    if (push.finished && list.data?.orderImports.some((i) => i.id === push.id)) {
      void list.refetch().catch(() => undefined);
    }
  });

  const choose = (next: File | null) => {
    setResult(null);
    setProblem(null);
    setFailure(null);
    setFile(next);
    const p = next ? checkOrdersCsv(next) : null;
    if (p) {
      setProblem(
        t(`import.problems.${p}`, {
          max: formatNumber(ORDER_IMPORT.maxBytes / 1024 / 1024, lang),
        }),
      );
    }
  };

  const start = async () => {
    if (!file || checkOrdersCsv(file)) return;
    const id = crypto.randomUUID();
    const controller = new AbortController();
    abort.current = controller;
    setJobId(id);
    setResult(null);
    setFailure(null);
    setStage({ stage: 'uploading', sent: 0 });
    try {
      const done = await uploadOrdersCsv(
        { file, jobId: id },
        (sent) =>
          setStage((s) =>
            s.stage === 'uploading' || s.stage === 'processing' ? { ...s, sent } : s,
          ),
        controller.signal,
      );
      setResult(done);
      setStage({ stage: 'finished' });
      void list.refetch().catch(() => undefined);
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

  const percent = importPercent(stage);
  const phase = stage.stage;
  const rate = stage.stage === 'processing' ? rowsPerSecond(stage.samples) : null;
  const progressText = [
    t(`import.phase.${phase}`),
    `${percent}%`,
    stage.stage === 'processing'
      ? t('import.rowsRead', { count: stage.done, formatted: formatNumber(stage.done, lang) })
      : null,
    rate !== null ? t('import.rate', { rate: formatNumber(Math.round(rate), lang) }) : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Page title={t('import.title')} description={t('import.lead')} size="lg">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="orders-format">
        <Stack gap="sm">
          <Title order={2} size="h4" id="orders-format">
            {t('import.format.title')}
          </Title>
          <Text size="sm">{t('import.format.intro')}</Text>
          <Table fz="sm" verticalSpacing={4} aria-labelledby="orders-format">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('import.format.column')}</Table.Th>
                <Table.Th scope="col">{t('import.format.meaning')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ORDER_COLUMNS.map((c) => (
                <Table.Tr key={c}>
                  <Table.Td>
                    <Code>{c}</Code>
                  </Table.Td>
                  <Table.Td>{t(`import.format.columns.${c}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <List size="sm" spacing={4}>
            <List.Item>{t('import.format.header')}</List.Item>
            <List.Item>{t('import.format.encoding')}</List.Item>
            <List.Item>{t('import.format.dates')}</List.Item>
            <List.Item>{t('import.format.matching')}</List.Item>
            <List.Item>{t('import.format.idempotent')}</List.Item>
            <List.Item>
              {t('import.format.limits', {
                rows: formatNumber(ORDER_IMPORT.maxRows, lang),
                mb: formatNumber(ORDER_IMPORT.maxBytes / 1024 / 1024, lang),
              })}
            </List.Item>
            <List.Item>
              {t('import.format.cli')} <Code>npm run import:orders -- FILE</Code>
            </List.Item>
          </List>
          <Group>
            <Button
              component="a"
              href={SAMPLE_CSV_HREF}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t('import.sample')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="orders-upload">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <Stack gap="md">
            <Title order={2} size="h4" id="orders-upload">
              {t('import.upload')}
            </Title>
            <FileInput
              label={t('import.file')}
              description={t('import.fileHint', {
                max: formatNumber(ORDER_IMPORT.maxBytes / 1024 / 1024, lang),
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
              <Stack gap={4} data-testid="import-progress">
                {stage.stage === 'processing' && stage.sent >= 1 ? (
                  // All sent, the server still writing: a moving bar, the rows and rate below.
                  <Progress.Root>
                    <Progress.Section
                      value={100}
                      striped
                      animated
                      withAria={false}
                      role="progressbar"
                      aria-label={t('import.progressLabel')}
                      aria-valuetext={progressText}
                    />
                  </Progress.Root>
                ) : (
                  <LabelledProgress
                    value={percent}
                    label={t('import.progressLabel')}
                    valueText={progressText}
                    color={stage.stage === 'finished' ? 'teal' : undefined}
                  />
                )}
                <Text size="sm" c="dimmed" data-testid="import-progress-text">
                  {progressText}
                </Text>
                <VisuallyHidden role="status" aria-live="polite">
                  {`${t(`import.phase.${phase}`)} ${spokenPercent(percent)}%`}
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
                disabled={!file || !!checkOrdersCsv(file)}
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

      {result ? <ImportReport result={result} /> : null}

      <RecentImports
        imports={list.data?.orderImports ?? null}
        error={list.error}
        onRetry={() => void list.refetch().catch(() => undefined)}
      />
    </Page>
  );
}

function Counts({ result }: { result: OrderImportResult }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const items = [
    ['read', result.rowsRead],
    ['imported', result.rowsImported],
    ['updated', result.rowsUpdated],
    ['unchanged', result.rowsUnchanged],
    ['failed', result.rowsFailed],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
      {items.map(([key, value]) => (
        <Paper key={key} withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed" fw={700}>
            {t(`import.result.${key}`)}
          </Text>
          <Text fw={800} fz="xl" data-testid={`import-${key}`}>
            {formatNumber(value, i18n.language)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function ImportReport({ result }: { result: OrderImportResult }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  const failed = result.status === 'FAILED';
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="orders-result"
      data-testid="import-result"
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="orders-result">
          {t('import.result.title')}
        </Title>
        {failed ? (
          <Alert
            color="red"
            role="alert"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={t('import.result.failedTitle')}
          >
            {t('import.result.failedBody')}
          </Alert>
        ) : (
          <Alert
            color={result.rowsFailed > 0 ? 'yellow' : 'teal'}
            role="status"
            icon={
              result.rowsFailed > 0 ? (
                <IconAlertTriangle size={18} aria-hidden />
              ) : (
                <IconCircleCheck size={18} aria-hidden />
              )
            }
          >
            {t('import.result.summary', {
              imported: formatNumber(result.rowsImported, lang),
              updated: formatNumber(result.rowsUpdated, lang),
              unchanged: formatNumber(result.rowsUnchanged, lang),
              failed: formatNumber(result.rowsFailed, lang),
            })}
          </Alert>
        )}
        <Counts result={result} />
        <RowErrors result={result} />
        {!failed ? (
          <Group gap="md">
            <Anchor component={Link} to="/manage/analytics/matrix">
              {t('import.result.seeMatrix')}
            </Anchor>
            <Anchor component={Link} to="/manage/analytics/rfm">
              {t('import.result.seeRfm')}
            </Anchor>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Bad rows by line, with the reason in the reader's language. */
function RowErrors({ result }: { result: Pick<OrderImportResult, 'errors' | 'rowsFailed'> }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  if (result.errors.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('import.result.errors')}
      </Title>
      {errorsCapped(result) ? (
        <Text size="xs" c="dimmed">
          {t('import.result.errorsCapped', {
            shown: formatNumber(result.errors.length, lang),
            count: result.rowsFailed,
            formatted: formatNumber(result.rowsFailed, lang),
          })}
        </Text>
      ) : null}
      <Table.ScrollContainer minWidth={420} mah={420}>
        <Table fz="sm" verticalSpacing={4} striped stickyHeader data-testid="import-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" ta="right" w={90}>
                {t('import.result.line')}
              </Table.Th>
              <Table.Th scope="col" w={140}>
                {t('import.result.column')}
              </Table.Th>
              <Table.Th scope="col">{t('import.result.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.errors.map((e, i) => (
              <Table.Tr key={`${e.line}-${i}`}>
                <Table.Td ta="right">{formatNumber(e.line, lang)}</Table.Td>
                <Table.Td>{e.column ? <Code>{e.column}</Code> : '—'}</Table.Td>
                <Table.Td>
                  <RowReason error={e} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function RowReason({ error }: { error: OrderRowError }) {
  const { t } = useTranslation('analyticsCustomers');
  if (!error.issue) return <>{error.raw ?? t('import.issues.unknown')}</>;
  return (
    <>
      {t(`import.issues.${error.issue}`, {
        max: ORDER_IMPORT.idMax,
      })}
    </>
  );
}

function RecentImports({
  imports,
  error,
  onRetry,
}: {
  imports: OrderImportFieldsFragment[] | null;
  error: unknown;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  const [openId, setOpenId] = useState<string | null>(null);
  let body;
  if (error && !imports) body = <ErrorPanel error={error} onRetry={onRetry} />;
  else if (!imports) body = <ListSkeleton rows={3} height={40} />;
  else if (imports.length === 0)
    body = (
      <EmptyPanel
        icon={<IconFileTypeCsv size={28} aria-hidden />}
        title={t('import.recent.empty')}
        description={t('import.recent.emptyBody')}
      />
    );
  else
    body = (
      <Table.ScrollContainer minWidth={760}>
        <Table fz="sm" verticalSpacing="xs" data-testid="recent-imports">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('import.recent.file')}</Table.Th>
              <Table.Th scope="col">{t('import.recent.status')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('import.result.read')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('import.result.imported')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('import.result.updated')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('import.result.failed')}
              </Table.Th>
              <Table.Th scope="col">{t('import.recent.started')}</Table.Th>
              <Table.Th scope="col">{t('import.recent.by')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('import.recent.details')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {imports.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{i.fileName || '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLORS[i.status]}>
                    {t(`import.status.${i.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(i.rowsRead, lang)}</Table.Td>
                <Table.Td ta="right">{formatNumber(i.rowsImported, lang)}</Table.Td>
                <Table.Td ta="right">{formatNumber(i.rowsUpdated, lang)}</Table.Td>
                <Table.Td ta="right">{formatNumber(i.rowsFailed, lang)}</Table.Td>
                <Table.Td>{formatDateTime(i.createdAt, lang)}</Table.Td>
                <Table.Td>{i.actor ? i.actor.displayName : t('import.recent.cli')}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => setOpenId(i.id)}
                    aria-label={t('import.recent.detailsOf', { file: i.fileName })}
                  >
                    {t('import.recent.details')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="orders-recent">
      <Stack gap="sm">
        <Title order={2} size="h4" id="orders-recent">
          {t('import.recent.title')}
        </Title>
        {body}
      </Stack>
      <Modal
        opened={openId !== null}
        onClose={() => setOpenId(null)}
        title={t('import.recent.detailsTitle')}
        size="xl"
      >
        {openId ? <ImportDetail id={openId} /> : null}
      </Modal>
    </Paper>
  );
}

function ImportDetail({ id }: { id: string }) {
  const { t } = useTranslation('analyticsCustomers');
  const { data, error, refetch } = useQuery(OrderImportDetailDocument, { variables: { id } });
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <LoadingState />;
  const i = data.orderImport;
  if (!i) return <EmptyPanel title={t('import.recent.gone')} />;
  const result: OrderImportResult = {
    id: i.id,
    fileName: i.fileName,
    status: i.status,
    rowsRead: i.rowsRead,
    rowsImported: i.rowsImported,
    rowsUpdated: i.rowsUpdated,
    rowsUnchanged: i.rowsUnchanged,
    rowsFailed: i.rowsFailed,
    failure: i.failure ?? null,
    errors: i.errors.flatMap((e) => {
      const row = rowErrorOf(e);
      return row ? [row] : [];
    }),
  };
  return (
    <Stack gap="md">
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {i.fileName}
      </Text>
      {i.failure ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />}>
          {t('import.result.failedBody')}
        </Alert>
      ) : null}
      <Counts result={result} />
      <RowErrors result={result} />
    </Stack>
  );
}
