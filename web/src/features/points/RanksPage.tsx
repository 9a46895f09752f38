import { useEffect, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  ColorInput,
  Group,
  NumberInput,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { usePush } from '../../app/socket';
import { errorMessage, toAppError } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { JobProgressDocument, RanksDocument, UpdateRanksDocument } from './graphql';
import { RankChip } from './RankChip';
import { rankProblems, toRankInput, type EditableRank } from './logic';

interface Job {
  id: string;
  done: number;
  total: number;
  finished: boolean;
  failed?: string | null;
}

const POLL_MS = 1_000;

/** Admins edit the ranks; saving recomputes every member's rank, with its progress shown. */
export function RanksPage() {
  const { t } = useTranslation(['points', 'common']);
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(RanksDocument, { fetchPolicy: 'cache-and-network' });
  const [save, { loading }] = useMutation(UpdateRanksDocument);
  const [edits, setEdits] = useState<EditableRank[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const ranks: EditableRank[] | null =
    edits ??
    (data
      ? data.ranks.map((r) => ({
          nameJa: r.nameJa,
          nameEn: r.nameEn,
          color: r.color,
          icon: r.icon,
          threshold: r.threshold,
          minActiveDays: r.minActiveDays,
          minBestAnswers: r.minBestAnswers,
          perksJa: r.perksJa,
          perksEn: r.perksEn,
        }))
      : null);
  const problems = ranks ? rankProblems(ranks) : [];
  const change = (i: number, patch: Partial<EditableRank>) =>
    setEdits(ranks!.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  // The job reports through the socket (to staff); polling covers a missed push.
  usePush(
    'job:progress',
    (push) => {
      if (push.id === job?.id) setJob((j) => (j ? { ...j, ...push } : j));
    },
    !!job && !job.finished,
  );
  useEffect(() => {
    if (!job || job.finished) return;
    const timer = setInterval(() => {
      void client
        .query({ query: JobProgressDocument, variables: { id: job.id }, fetchPolicy: 'no-cache' })
        .then(({ data: d }) => {
          if (d?.jobProgress) setJob(d.jobProgress);
        })
        .catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [client, job]);
  const finished = !!job?.finished;
  useEffect(() => {
    if (finished) void refetch().catch(() => undefined);
  }, [finished, refetch]);

  const submit = async () => {
    setMessage(null);
    if (problems.some((p) => Object.keys(p).length > 0)) return setMessage(t('ranks.fixRows'));
    try {
      const { data: d } = await save({ variables: { ranks: ranks!.map(toRankInput) } });
      if (d) setJob(d.updateRanks);
      setEdits(null);
      notifications.show({ color: 'kizuna', message: t('ranks.saved') });
    } catch (e) {
      setMessage(errorMessage(t, toAppError(e)));
    }
  };

  const err = (i: number, field: keyof (typeof problems)[number]) => {
    const p = problems[i]?.[field];
    return p ? t(`ranks.errors.${p}`) : undefined;
  };

  return (
    <Page title={t('ranks.title')} description={t('ranks.lead')} size="lg">
      {job ? <JobStatus job={job} /> : null}
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!ranks && !error ? <ListSkeleton rows={4} height={120} /> : null}
      {ranks && ranks.length === 0 ? <EmptyPanel title={t('ranks.empty')} /> : null}
      {ranks ? (
        <Stack gap="md">
          <FormAlert message={message} />
          {ranks.map((r, i) => (
            <Paper key={i} withBorder radius="md" p="md" data-testid="rank-row">
              <Stack gap="sm">
                <Group justify="space-between">
                  <Group gap="sm">
                    <Title order={2} size="h5">
                      {t('ranks.position', { position: i + 1 })}
                    </Title>
                    {r.nameJa && r.nameEn && /^#[0-9a-f]{6}$/i.test(r.color) ? (
                      <RankChip rank={{ ...r, position: i + 1 }} />
                    ) : null}
                  </Group>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    disabled={ranks.length <= 1}
                    aria-label={t('ranks.remove', { position: i + 1 })}
                    onClick={() => setEdits(ranks.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
                  <TextInput
                    label={t('ranks.nameJa')}
                    required
                    value={r.nameJa}
                    maxLength={40}
                    error={err(i, 'nameJa')}
                    onChange={(e) => change(i, { nameJa: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t('ranks.nameEn')}
                    required
                    value={r.nameEn}
                    maxLength={40}
                    error={err(i, 'nameEn')}
                    onChange={(e) => change(i, { nameEn: e.currentTarget.value })}
                  />
                  <ColorInput
                    label={t('ranks.color')}
                    required
                    format="hex"
                    value={r.color}
                    error={err(i, 'color')}
                    onChange={(v) => change(i, { color: v })}
                  />
                  <TextInput
                    label={t('ranks.icon')}
                    required
                    value={r.icon}
                    maxLength={8}
                    error={err(i, 'icon')}
                    onChange={(e) => change(i, { icon: e.currentTarget.value })}
                  />
                  <NumberInput
                    label={t('ranks.threshold')}
                    required
                    min={0}
                    allowDecimal={false}
                    thousandSeparator=","
                    value={r.threshold}
                    error={err(i, 'threshold')}
                    onChange={(v) => change(i, { threshold: v })}
                  />
                  <NumberInput
                    label={t('ranks.minActiveDays')}
                    min={0}
                    allowDecimal={false}
                    value={r.minActiveDays}
                    onChange={(v) => change(i, { minActiveDays: v })}
                  />
                  <NumberInput
                    label={t('ranks.minBestAnswers')}
                    min={0}
                    allowDecimal={false}
                    value={r.minBestAnswers}
                    onChange={(v) => change(i, { minBestAnswers: v })}
                  />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Textarea
                    label={t('ranks.perksJa')}
                    autosize
                    minRows={1}
                    maxLength={500}
                    value={r.perksJa}
                    onChange={(e) => change(i, { perksJa: e.currentTarget.value })}
                  />
                  <Textarea
                    label={t('ranks.perksEn')}
                    autosize
                    minRows={1}
                    maxLength={500}
                    value={r.perksEn}
                    onChange={(e) => change(i, { perksEn: e.currentTarget.value })}
                  />
                </SimpleGrid>
              </Stack>
            </Paper>
          ))}
          <Group justify="space-between">
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => {
                const last = ranks[ranks.length - 1];
                const base = typeof last?.threshold === 'number' ? last.threshold : 0;
                setEdits([
                  ...ranks,
                  {
                    nameJa: '',
                    nameEn: '',
                    color: '#2f7d57',
                    icon: '⭐',
                    threshold: ranks.length === 0 ? 0 : base + 1000,
                    minActiveDays: 0,
                    minBestAnswers: 0,
                    perksJa: '',
                    perksEn: '',
                  },
                ]);
              }}
            >
              {t('ranks.add')}
            </Button>
            <Group gap="sm">
              <Button variant="default" disabled={!edits} onClick={() => setEdits(null)}>
                {t('common:actions.reset')}
              </Button>
              <Button
                loading={loading}
                disabled={!!job && !job.finished}
                onClick={() => void submit()}
              >
                {t('common:actions.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      ) : null}
    </Page>
  );
}

function JobStatus({ job }: { job: Job }) {
  const { t } = useTranslation('points');
  const percent = job.total > 0 ? (job.done / job.total) * 100 : job.finished ? 100 : 0;
  if (job.failed) {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('ranks.failed', { reason: job.failed })}
      </Alert>
    );
  }
  return (
    <Alert
      color={job.finished ? 'kizuna' : 'blue'}
      variant="light"
      role="status"
      aria-live="polite"
      data-testid="rank-job"
    >
      <Stack gap="xs">
        <Text size="sm">
          {job.finished
            ? t('ranks.recomputed')
            : t('ranks.recomputing', { done: job.done, total: job.total })}
        </Text>
        <Progress
          value={percent}
          animated={!job.finished}
          striped={!job.finished}
          aria-label={t('ranks.recomputing', { done: job.done, total: job.total })}
        />
      </Stack>
    </Alert>
  );
}
