import { Anchor, Badge, Group, Pagination, Stack, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { ENGAGEMENT_WEIGHTED_ACTIONS, type EngagementWeightedAction } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EngagementTier } from '../../../gql/graphql';
import { MemberAvatar } from '../../../ui/MemberAvatar';
import { formatCount, formatSigned, TIER_COLORS } from '../dashboard/logic';
import { memberPath, pageCount, tierName, trendDirection } from './logic';

interface MemberLike {
  id: string;
  handle: string;
  displayName: string;
  avatarUrl?: string | null;
}

/** A member in an analytics list: their name opens their member 360 page. */
export function MemberCell({ member }: { member: MemberLike }) {
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      <MemberAvatar displayName={member.displayName} avatarUrl={member.avatarUrl} size="sm" />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor
          component={Link}
          to={memberPath(member.id)}
          fw={600}
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
          data-testid="member-link"
        >
          {member.displayName}
        </Anchor>
        <Text size="xs" c="dimmed">
          @{member.handle}
        </Text>
      </Stack>
    </Group>
  );
}

export function TierBadge({ tier }: { tier: EngagementTier }) {
  const { i18n } = useTranslation();
  return (
    <Badge color={TIER_COLORS[tier].split('.')[0]} variant="light" radius="sm" data-tier={tier}>
      {tierName(tier, i18n.language)}
    </Badge>
  );
}

/** The change of a score against the window before, with the score it came from in words. */
export function Trend({ trend, previous }: { trend: number; previous: number }) {
  const { t, i18n } = useTranslation('analytics');
  const direction = trendDirection(trend);
  const Icon =
    direction === 'up'
      ? IconArrowUpRight
      : direction === 'down'
        ? IconArrowDownRight
        : IconArrowRight;
  const color = direction === 'up' ? 'teal.8' : direction === 'down' ? 'red.7' : 'dimmed';
  return (
    <Group gap={4} wrap="nowrap" data-trend={direction}>
      <Icon size={16} aria-hidden color={`var(--mantine-color-${color.replace('.', '-')})`} />
      <Text size="sm" c={color} fw={600}>
        {formatSigned(trend, i18n.language)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('trend.from', { score: formatCount(previous, i18n.language) })}
      </Text>
    </Group>
  );
}

const isWeighted = (action: string): action is EngagementWeightedAction =>
  (ENGAGEMENT_WEIGHTED_ACTIONS as readonly string[]).includes(action);

/** An action of the activity stream in words. */
export function useActionLabel() {
  const { t } = useTranslation('analytics');
  return (action: string) => (isWeighted(action) ? t(`actions.${action}`) : action);
}

/** The top contributions behind a score: what, how often, and the points it brought. */
export function WhyList({
  why,
}: {
  why: readonly { action: string; count: number; points: number }[];
}) {
  const { t, i18n } = useTranslation('analytics');
  const label = useActionLabel();
  if (why.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('why.none')}
      </Text>
    );
  }
  return (
    <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {why.map((w) => (
        <Text component="li" size="xs" key={w.action} data-testid="why-item">
          {t('why.item', {
            action: label(w.action),
            count: w.count,
            n: formatCount(w.count, i18n.language),
            points: formatCount(Math.round(w.points), i18n.language),
          })}
        </Text>
      ))}
    </Stack>
  );
}

/** Pages of a list, with every control named for screen readers. */
export function ListPagination({
  total,
  page,
  onPage,
  size,
}: {
  total: number;
  page: number;
  onPage: (page: number) => void;
  size?: number;
}) {
  const { t } = useTranslation('analytics');
  const pages = pageCount(total, size);
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('pagination.label')}>
      <Group justify="center">
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPage}
          getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          getItemProps={(p) => ({
            'aria-label': t('pagination.page', { page: p }),
            'aria-current': p === page ? 'page' : undefined,
          })}
        />
      </Group>
    </nav>
  );
}
