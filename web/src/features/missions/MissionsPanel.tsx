import { useEffect, useState } from 'react';
import { Badge, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconClock, IconTarget } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { usePush } from '../../app/socket';
import type { MissionFieldsFragment } from '../../gql/graphql';
import { formatDate, formatDateTime, formatNumber } from '../../ui/format';
import { ErrorPanel } from '../../ui/states';
import { badgeName } from '../badges/logic';
import { spaceName } from '../spaces/spaceText';
import { MissionsDocument } from './graphql';
import {
  missionDescription,
  missionProgress,
  missionTimeLeft,
  missionTitle,
  stepCounter,
  stepLabel,
  visibleMissions,
} from './logic';
import { LabelledProgress } from '../../ui/LabelledProgress';

const TICK_MS = 60_000;

/** The current time, moving on every minute (for "time left"). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The viewer's missions on the home page: the onboarding checklist and the timeboxed ones, with
 * their progress; a `mission:progress` push refreshes them (and a completion is congratulated).
 * Hidden when there are no missions. `onSettled` is told once it knows its size (shown, hidden or
 * failed), so what sits below it can wait and not be pushed down.
 */
export function MissionsPanel({ onSettled }: { onSettled?: () => void }) {
  const { t, i18n } = useTranslation('missions');
  const { data, error, refetch } = useQuery(MissionsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const now = useNow();
  const settled = !!data || !!error;
  useEffect(() => {
    if (settled) onSettled?.();
  }, [settled, onSettled]);

  usePush('mission:progress', (push) => {
    void refetch()
      .then(({ data: d }) => {
        if (!push.completed) return;
        const mission = d?.missions.find((m) => m.id === push.missionId);
        if (!mission) return;
        notifications.show({
          color: 'kizuna',
          title: t('panel.toastTitle'),
          message: t('panel.toast', { title: missionTitle(mission, i18n.language) }),
          icon: <IconTarget size={18} aria-hidden />,
        });
      })
      .catch(() => undefined);
  });

  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data || data.missions.length === 0) return null;
  const { active, completed } = visibleMissions(data.missions);

  return (
    <Paper withBorder radius="lg" p="md" data-testid="missions-panel">
      <Stack gap="md">
        <Group gap="xs">
          <IconTarget size={20} aria-hidden />
          <Title order={2} size="h5">
            {t('panel.title')}
          </Title>
        </Group>
        {active.map((m) => (
          <MissionCard key={m.id} mission={m} now={now} />
        ))}
        {completed.map((m) => (
          <CompletedMission key={m.id} mission={m} />
        ))}
      </Stack>
    </Paper>
  );
}

function Reward({ mission }: { mission: MissionFieldsFragment }) {
  const { t, i18n } = useTranslation('missions');
  const parts = [
    mission.rewardPoints > 0
      ? t('panel.rewardPoints', { points: formatNumber(mission.rewardPoints, i18n.language) })
      : null,
    mission.rewardBadge
      ? `${mission.rewardBadge.icon} ${t('panel.rewardBadge', {
          name: badgeName(mission.rewardBadge, i18n.language),
        })}`
      : null,
  ].filter(Boolean);
  if (!parts.length) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="mission-reward">
      {t('panel.reward')}: {parts.join(' · ')}
    </Text>
  );
}

function TimeLeftLabel({ mission, now }: { mission: MissionFieldsFragment; now: number }) {
  const { t, i18n } = useTranslation('missions');
  const left = missionTimeLeft(mission, now);
  if (left.state === 'none') return null;
  const text =
    left.state === 'open'
      ? t(`timeLeft.${left.unit}`, { count: left.count })
      : left.state === 'upcoming'
        ? t('timeLeft.upcoming', { date: formatDateTime(mission.startsAt!, i18n.language) })
        : t('timeLeft.ended');
  return (
    <Badge
      size="sm"
      variant="light"
      color={left.state === 'open' && left.unit !== 'day' ? 'orange' : 'gray'}
      leftSection={<IconClock size={12} aria-hidden />}
      tt="none"
      data-testid="mission-time-left"
      title={mission.endsAt ? formatDateTime(mission.endsAt, i18n.language) : undefined}
    >
      {text}
    </Badge>
  );
}

function MissionCard({ mission, now }: { mission: MissionFieldsFragment; now: number }) {
  const { t, i18n } = useTranslation('missions');
  const lang = i18n.language;
  const title = missionTitle(mission, lang);
  const description = missionDescription(mission, lang);
  const progress = missionProgress(mission.steps, mission.completed);
  return (
    <Stack gap={8} data-testid="mission" data-mission-id={mission.id} data-kind={mission.kind}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={700} size="sm" style={{ minWidth: 0 }}>
          {title}
        </Text>
        <TimeLeftLabel mission={mission} now={now} />
      </Group>
      {description ? (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {description}
        </Text>
      ) : null}
      <LabelledProgress
        value={progress.percent}
        size="sm"
        radius="xl"
        label={t('panel.progressLabel', { title })}
        valueText={t('panel.progress', { done: progress.done, steps: progress.steps })}
      />
      <Text size="xs" c="dimmed" data-testid="mission-progress">
        {t('panel.progress', { done: progress.done, steps: progress.steps })}
      </Text>
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {mission.steps.map((step, i) => (
          <Group
            key={i}
            component="li"
            gap="xs"
            wrap="nowrap"
            justify="space-between"
            data-testid="mission-step"
            data-action={step.action}
            data-done={step.done || undefined}
          >
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <ThemeIcon
                size={20}
                radius="xl"
                variant={step.done ? 'filled' : 'light'}
                color={step.done ? 'kizuna' : 'gray'}
                aria-label={step.done ? t('panel.stepDone') : t('panel.stepTodo')}
                role="img"
              >
                {step.done ? <IconCheck size={14} aria-hidden /> : null}
              </ThemeIcon>
              <Text
                size="sm"
                td={step.done ? 'line-through' : undefined}
                c={step.done ? 'dimmed' : undefined}
              >
                {stepLabel(t, step, step.space ? spaceName(step.space, lang) : null)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="step-counter">
              {stepCounter(step)}
            </Text>
          </Group>
        ))}
      </Stack>
      <Reward mission={mission} />
    </Stack>
  );
}

function CompletedMission({ mission }: { mission: MissionFieldsFragment }) {
  const { t, i18n } = useTranslation('missions');
  return (
    <Paper
      radius="md"
      p="sm"
      bg="var(--mantine-color-kizuna-light)"
      data-testid="mission-completed"
      data-mission-id={mission.id}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon size={28} radius="xl" color="kizuna" aria-hidden>
          <IconCheck size={18} />
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={700} size="sm">
            {missionTitle(mission, i18n.language)}
          </Text>
          <Text size="sm">{t('panel.completed')}</Text>
          {mission.completedAt ? (
            <Text size="xs" c="dimmed">
              {t('panel.completedOn', { date: formatDate(mission.completedAt, i18n.language) })}
            </Text>
          ) : null}
          <Reward mission={mission} />
        </Stack>
      </Group>
    </Paper>
  );
}
