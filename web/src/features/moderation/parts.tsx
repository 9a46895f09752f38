import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  ReviewSource,
  ReviewStatus,
  ReviewTargetType,
  SanctionFieldsFragment,
  SanctionKind,
} from '../../gql/graphql';
import { formatDateTime, formatNumber, formatPercent } from '../../ui/format';
import { useViewerTimeZone } from '../events/time';

interface FlagAccuracy {
  agreed: number;
  disagreed: number;
  rate?: number | null;
}

interface ReviewHistory {
  agreed: number;
  disagreed: number;
  ignored: number;
  pending: number;
}

const SANCTION_COLORS: Record<SanctionKind, string> = {
  WARNING: 'yellow',
  SILENCE: 'orange',
  SUSPENSION: 'red',
};

const STATUS_COLORS: Record<ReviewStatus, string> = {
  PENDING: 'blue',
  AGREED: 'red',
  DISAGREED: 'green',
  IGNORED: 'gray',
};

export function TargetTypeBadge({ type }: { type: ReviewTargetType }) {
  const { t } = useTranslation('moderation');
  return (
    <Badge variant="light" color="gray" radius="sm">
      {t(`targetType.${type}`)}
    </Badge>
  );
}

export function SourceBadge({ source }: { source: ReviewSource }) {
  const { t } = useTranslation('moderation');
  return (
    <Badge variant="outline" color={source === 'FLAGS' ? 'gray' : 'grape'} radius="sm">
      {t(`source.${source}`)}
    </Badge>
  );
}

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation('moderation');
  return (
    <Badge variant="dot" color={STATUS_COLORS[status]} radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

export function SanctionBadge({ kind }: { kind: SanctionKind }) {
  const { t } = useTranslation('moderation');
  return (
    <Badge variant="light" color={SANCTION_COLORS[kind]} radius="sm">
      {t(`sanctionKind.${kind}`)}
    </Badge>
  );
}

/** "Right 80% of the time (4 of 5)", or that none of their flags was decided yet. */
export function AccuracyText({
  accuracy,
  size = 'xs',
}: {
  accuracy: FlagAccuracy;
  size?: 'xs' | 'sm';
}) {
  const { t, i18n } = useTranslation('moderation');
  const decided = accuracy.agreed + accuracy.disagreed;
  return (
    <Text size={size} c="dimmed" span>
      {accuracy.rate == null || decided === 0
        ? t('accuracy.none')
        : t('accuracy.rate', {
            rate: formatPercent(accuracy.rate, i18n.language),
            agreed: formatNumber(accuracy.agreed, i18n.language),
            decided: formatNumber(decided, i18n.language),
          })}
    </Text>
  );
}

const HISTORY_KEYS = ['agreed', 'disagreed', 'ignored', 'pending'] as const;

/** How earlier reviews of someone's content ended, as four figures. */
export function HistoryFigures({ history }: { history: ReviewHistory }) {
  const { t, i18n } = useTranslation('moderation');
  return (
    <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" component="dl" m={0}>
      {HISTORY_KEYS.map((key) => (
        <Stack key={key} gap={0} data-testid={`history-${key}`}>
          <Text component="dt" size="xs" c="dimmed">
            {t(`history.${key}`)}
          </Text>
          <Text component="dd" m={0} fw={700}>
            {formatNumber(history[key], i18n.language)}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** A warning, silence or suspension: kind, when, until when, why, and by whom. */
export function SanctionLine({ sanction }: { sanction: SanctionFieldsFragment }) {
  const { t, i18n } = useTranslation('moderation');
  const zone = useViewerTimeZone();
  const at = (iso: string) => formatDateTime(iso, i18n.language, zone);
  return (
    <Stack gap={2} data-testid="sanction" data-kind={sanction.kind}>
      <Group gap="xs" wrap="wrap">
        <SanctionBadge kind={sanction.kind} />
        <Text size="sm">
          <time dateTime={sanction.createdAt}>{at(sanction.createdAt)}</time>
        </Text>
        {sanction.kind !== 'WARNING' ? (
          <Text size="sm" c="dimmed">
            {sanction.endsAt
              ? t('sanction.until', { date: at(sanction.endsAt) })
              : t('sanction.untilRestored')}
          </Text>
        ) : null}
        {sanction.createdBy ? (
          <Text size="sm" c="dimmed">
            {t('sanction.by')}{' '}
            <Anchor component={Link} to={`/members/${sanction.createdBy.handle}`} size="sm">
              {sanction.createdBy.displayName}
            </Anchor>
          </Text>
        ) : null}
      </Group>
      {sanction.reason ? (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('sanction.reason', { reason: sanction.reason })}
        </Text>
      ) : null}
      {sanction.message ? (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {t('sanction.message', { message: sanction.message })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Someone's warnings, silences and suspensions, newest first; a line when there are none. */
export function SanctionList({ sanctions }: { sanctions: readonly SanctionFieldsFragment[] }) {
  const { t } = useTranslation('moderation');
  if (sanctions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('sanction.none')}
      </Text>
    );
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {sanctions.map((s) => (
        <li key={s.id}>
          <SanctionLine sanction={s} />
        </li>
      ))}
    </Stack>
  );
}
