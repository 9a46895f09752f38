import { Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarCheck, IconCoins, IconFlame, IconTrophy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readableOnWhite } from '../../ui/contrast';
import { formatNumber } from '../../ui/format';
import type { StandingFieldsFragment } from '../../gql/graphql';
import { progressToNextRank, rankName, rankPerks } from './logic';
import { LabelledProgress } from '../../ui/LabelledProgress';

function Stat({
  label,
  value,
  icon,
  testId,
}: {
  label: string;
  value: ReactNode;
  icon?: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Group gap="sm" wrap="nowrap">
        {icon ? (
          <ThemeIcon variant="light" radius="md" size="lg" aria-hidden>
            {icon}
          </ThemeIcon>
        ) : null}
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={700} size="lg" data-testid={testId}>
            {value}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

const RING = { size: 120, thickness: 10 };

/** The share of the way to the next rank as a ring around the rank's icon (decorative). */
function ProgressRing({ percent, color, icon }: { percent: number; color: string; icon: string }) {
  const { size, thickness } = RING;
  const r = (size - thickness) / 2;
  const circumference = 2 * Math.PI * r;
  const filled = (Math.min(100, Math.max(0, percent)) / 100) * circumference;
  return (
    <div aria-hidden style={{ position: 'relative', width: size, height: size, flex: 'none' }}>
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`}>
        <g transform={`rotate(-90 ${size / 2} ${size / 2})`} fill="none" strokeWidth={thickness}>
          <circle cx={size / 2} cy={size / 2} r={r} stroke="var(--mantine-color-gray-2)" />
          {filled > 0 ? (
            <circle
              cx={size / 2}
              cy={size / 2}
              r={r}
              stroke={color}
              strokeLinecap="round"
              strokeDasharray={`${filled} ${circumference}`}
            />
          ) : null}
        </g>
      </svg>
      <Text
        ta="center"
        fz={36}
        lh={1}
        style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center' }}
      >
        {icon}
      </Text>
    </div>
  );
}

/** A member's rank, how far the next one is, their points, streak and activity. */
export function StandingPanel({ standing }: { standing: StandingFieldsFragment }) {
  const { t, i18n } = useTranslation('points');
  const lang = i18n.language;
  const num = (n: number) => formatNumber(n, lang);
  const { rank, nextRank } = standing;
  const progress = progressToNextRank(standing.lifetime, rank, nextRank);
  const perks = rankPerks(rank, lang);
  const requirements = nextRank
    ? [
        t('standing.requirements', { points: num(nextRank.threshold) }),
        nextRank.minActiveDays > 0
          ? t('standing.requirementsDays', { count: nextRank.minActiveDays })
          : null,
        nextRank.minBestAnswers > 0
          ? t('standing.requirementsBest', { count: nextRank.minBestAnswers })
          : null,
      ].filter(Boolean)
    : [];

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} data-testid="standing-panel">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('standing.title')}
        </Title>
        <Group gap="lg" wrap="wrap" align="center">
          <ProgressRing percent={progress.percent} color={rank.color} icon={rank.icon} />
          <Stack gap={6} style={{ flex: 1, minWidth: 220 }}>
            <Text size="xs" c="dimmed">
              {t('standing.rank')}
            </Text>
            <Text fw={800} size="xl" c={readableOnWhite(rank.color)} data-testid="standing-rank">
              {rankName(rank, lang)}
            </Text>
            {nextRank ? (
              <>
                <Group justify="space-between" gap="xs">
                  <Text size="sm">
                    {t('standing.next', { name: `${nextRank.icon} ${rankName(nextRank, lang)}` })}
                  </Text>
                  <Text size="sm" fw={700} data-testid="rank-to-go">
                    {progress.remaining > 0
                      ? t('standing.toGo', { points: num(progress.remaining) })
                      : t('standing.reachedPoints')}
                  </Text>
                </Group>
                <LabelledProgress
                  value={progress.percent}
                  color={rank.color}
                  size="lg"
                  radius="xl"
                  label={t('standing.progressLabel')}
                  valueText={t('standing.toGo', { points: num(progress.remaining) })}
                />
                <Text size="xs" c="dimmed">
                  {requirements.join(' · ')}
                </Text>
              </>
            ) : (
              <Text size="sm" fw={600}>
                {t('standing.top')}
              </Text>
            )}
          </Stack>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Stat
            label={t('standing.lifetime')}
            value={t('standing.points', { points: num(standing.lifetime) })}
            icon={<IconTrophy size={20} />}
            testId="standing-lifetime"
          />
          <Stat
            label={t('standing.balance')}
            value={t('standing.points', { points: num(standing.balance) })}
            icon={<IconCoins size={20} />}
            testId="standing-balance"
          />
          <Stat
            label={t('standing.streak')}
            value={t('standing.streakValue', {
              current: num(standing.currentStreak),
              best: num(standing.bestStreak),
            })}
            icon={<IconFlame size={20} />}
          />
          <Stat
            label={t('standing.activeDays')}
            value={t('standing.activeDaysValue', { count: standing.activeDays })}
            icon={<IconCalendarCheck size={20} />}
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Text size="sm" fw={700}>
            {t('standing.activity')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
            <Stat label={t('standing.posts')} value={num(standing.posts)} />
            <Stat label={t('standing.comments')} value={num(standing.comments)} />
            <Stat label={t('standing.bestAnswers')} value={num(standing.bestAnswers)} />
            <Stat label={t('standing.reactionsReceived')} value={num(standing.reactionsReceived)} />
            <Stat
              label={t('standing.eventsAttended')}
              value={num(standing.eventsAttended)}
              testId="standing-events-attended"
            />
          </SimpleGrid>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            {t('standing.perks')}
          </Text>
          <Text size="sm" c={perks ? undefined : 'dimmed'} className="kizuna-pre">
            {perks || t('standing.noPerks')}
          </Text>
        </Stack>
      </Stack>
    </Paper>
  );
}
