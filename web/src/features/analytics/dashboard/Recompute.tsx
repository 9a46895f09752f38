import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { canAccess, STAFF } from '../../../app/access';
import { useViewer } from '../../../app/session';
import { usePush } from '../../../app/socket';
import { errorMessage, toAppError } from '../../../ui/errors';
import { LabelledProgress } from '../../../ui/LabelledProgress';
import { AnalyticsRunDocument, RecomputeAnalyticsDocument } from './graphql';
import { runPercent } from './logic';

/** A missed push must not leave the bar stuck: the run's record is read again meanwhile. */
const POLL_MS = 2_000;

interface Live {
  id: string;
  done: number;
  total: number;
  finished: boolean;
}

/**
 * The latest computation: a progress bar while one runs (from the socket's `job:progress` for
 * its id), and for moderators and admins a button that starts a full one.
 */
export function RecomputeControl({ onFinished }: { onFinished: () => void }) {
  const { t, i18n } = useTranslation('analytics');
  const { viewer } = useViewer();
  const mayRecompute = canAccess(STAFF, viewer);
  const { data, refetch, startPolling, stopPolling } = useQuery(AnalyticsRunDocument, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const [recompute, { loading }] = useMutation(RecomputeAnalyticsDocument, {
    update(cache, { data: d }) {
      if (d)
        cache.writeQuery({
          query: AnalyticsRunDocument,
          data: { analyticsRun: d.recomputeAnalytics },
        });
    },
  });
  const [live, setLive] = useState<Live | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = data?.analyticsRun ?? null;
  const running = run?.status === 'RUNNING';

  usePush(
    'job:progress',
    (push) => {
      if (!run || push.id !== run.id) return;
      setLive(push);
      if (push.finished) void refetch().catch(() => undefined);
    },
    running,
  );

  useEffect(() => {
    if (!running) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  // A run seen running and then over: the figures are new (or the run failed).
  const seenRunning = useRef<string | null>(null);
  const finished = useEffectEvent((ok: boolean) => {
    notifications.show(
      ok
        ? { color: 'kizuna', message: t('recompute.done') }
        : { color: 'red', message: t('recompute.failed') },
    );
    if (ok) onFinished();
  });
  useEffect(() => {
    if (!run) return;
    if (run.status === 'RUNNING') {
      seenRunning.current = run.id;
      return;
    }
    if (seenRunning.current !== run.id) return;
    seenRunning.current = null;
    finished(run.status === 'DONE');
  }, [run]);

  const start = async () => {
    setMessage(null);
    try {
      const { data: d } = await recompute();
      if (d) seenRunning.current = d.recomputeAnalytics.id;
    } catch (error) {
      const info = toAppError(error);
      // Someone else's run is under way: follow that one.
      if (info.code === ErrorCode.CONFLICT) {
        setMessage(t('recompute.alreadyRunning'));
        void refetch().catch(() => undefined);
      } else {
        setMessage(errorMessage(t, info));
      }
    }
  };

  const percent = run
    ? runPercent(live && live.id === run.id ? live : { done: 0, total: 0, progress: run.progress })
    : 0;

  return (
    <Stack gap={6} miw={260} data-testid="recompute">
      {mayRecompute ? (
        <Group justify="flex-end">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => void start()}
            loading={loading}
            disabled={running}
          >
            {running ? t('recompute.running') : t('recompute.action')}
          </Button>
        </Group>
      ) : null}
      {running ? (
        <Stack gap={2}>
          <LabelledProgress
            value={percent}
            label={t('recompute.progressLabel')}
            valueText={t('recompute.progressText', {
              percent: Math.round(percent),
            })}
            size="lg"
          />
          <Text size="xs" c="dimmed" ta="right" aria-hidden>
            {new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(percent / 100)}
          </Text>
        </Stack>
      ) : null}
      {message ? (
        <Alert color="yellow" variant="light" role="alert" p="xs">
          {message}
        </Alert>
      ) : null}
    </Stack>
  );
}
