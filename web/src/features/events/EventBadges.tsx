import { Badge } from '@mantine/core';
import { IconClock, IconHeart, IconLock, IconTicket, IconUsers, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EventCardFieldsFragment, RankChipFieldsFragment } from '../../gql/graphql';
import { rankName } from '../points/rankNames';
import { rankAt, rsvpState, seats } from './logic';

type SeatFields = Pick<
  EventCardFieldsFragment,
  'capacity' | 'seatsTaken' | 'spotsLeft' | 'waitlistCount'
>;

/** Seats left, full (with the waitlist), or how many are going when seats are not counted. */
export function SeatsBadge({ event }: { event: SeatFields }) {
  const { t } = useTranslation('events');
  const s = seats(event);
  const label =
    s.kind === 'unlimited'
      ? t('card.unlimited', { count: s.taken })
      : s.kind === 'left'
        ? t('card.seatsLeft', { left: s.left, capacity: s.capacity })
        : s.waitlist > 0
          ? t('card.fullWaitlist', { count: s.waitlist })
          : t('card.full');
  return (
    <Badge
      variant="light"
      color={s.kind === 'full' ? 'orange' : 'gray'}
      leftSection={<IconUsers size={12} aria-hidden />}
      data-testid="event-seats"
      data-kind={s.kind}
    >
      {label}
    </Badge>
  );
}

/** The viewer's answer (nothing when they have not answered). */
export function RsvpStateBadge({ rsvp }: { rsvp: EventCardFieldsFragment['viewerRsvp'] }) {
  const { t } = useTranslation('events');
  const state = rsvpState(rsvp);
  if (state === 'none' || state === 'notGoing') return null;
  const [color, Icon] =
    state === 'going'
      ? (['kizuna', IconTicket] as const)
      : state === 'waitlisted' || state === 'offered'
        ? (['orange', IconClock] as const)
        : (['pink', IconHeart] as const);
  return (
    <Badge
      color={color}
      variant={state === 'going' ? 'filled' : 'light'}
      leftSection={<Icon size={12} aria-hidden />}
      data-testid="event-rsvp-state"
      data-state={state}
      style={{ flexShrink: 0 }}
    >
      {state === 'waitlisted'
        ? rsvp?.waitlistPosition
          ? t('state.waitlisted', { position: rsvp.waitlistPosition })
          : t('state.waitlistedNoPosition')
        : t(`state.${state}`)}
    </Badge>
  );
}

export function CancelledBadge() {
  const { t } = useTranslation('events');
  return (
    <Badge color="red" variant="filled" leftSection={<IconX size={12} aria-hidden />}>
      {t('card.cancelled')}
    </Badge>
  );
}

/** A rank- or role-gated event the viewer may not register for, with what opens it. */
export function LockedBadge({
  minRankPosition,
  ranks,
}: {
  minRankPosition: number | null | undefined;
  ranks: readonly RankChipFieldsFragment[] | undefined;
}) {
  const { t, i18n } = useTranslation('events');
  const rank = rankAt(ranks, minRankPosition);
  return (
    <Badge
      color="grape"
      variant="light"
      leftSection={<IconLock size={12} aria-hidden />}
      data-testid="event-locked"
    >
      {rank
        ? t('card.locked', { rank: `${rank.icon} ${rankName(rank, i18n.language)}` })
        : t('card.lockedRoles')}
    </Badge>
  );
}
