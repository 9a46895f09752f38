import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconMapPin, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventCardFieldsFragment, RankChipFieldsFragment } from '../../gql/graphql';
import { SpaceLink } from '../spaces/SpaceBadge';
import { CancelledBadge, LockedBadge, RsvpStateBadge, SeatsBadge } from './EventBadges';
import { formatRange } from './time';

/** One event in the list: when (in the viewer's zone), where, seats and the viewer's answer. */
export function EventCard({
  event,
  timeZone,
  ranks,
  signedIn,
}: {
  event: EventCardFieldsFragment;
  timeZone: string;
  ranks: readonly RankChipFieldsFragment[] | undefined;
  signedIn: boolean;
}) {
  const { t, i18n } = useTranslation('events');
  const cancelled = event.status === 'CANCELLED';
  const online = event.kind === 'ONLINE';
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      data-testid="event-card"
      data-event-id={event.id}
      aria-labelledby={`event-${event.id}-title`}
      style={cancelled ? { opacity: 0.75 } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" c="dimmed" fw={600}>
              <time dateTime={event.startsAt}>
                {formatRange(event.startsAt, event.endsAt, i18n.language, timeZone)}
              </time>
            </Text>
            <Anchor
              component={Link}
              to={`/events/${event.id}`}
              id={`event-${event.id}-title`}
              fw={700}
              size="lg"
              c="inherit"
              td={cancelled ? 'line-through' : undefined}
              style={{ overflowWrap: 'anywhere' }}
            >
              {event.title}
            </Anchor>
          </Stack>
          <RsvpStateBadge rsvp={event.viewerRsvp} />
        </Group>
        <Group gap="xs" wrap="wrap">
          {online ? <IconWorld size={16} aria-hidden /> : <IconMapPin size={16} aria-hidden />}
          <Text size="sm">{online ? t('card.online') : event.venueName}</Text>
          {event.space ? <SpaceLink space={event.space} size="xs" /> : null}
        </Group>
        <Group gap={6} wrap="wrap">
          {cancelled ? <CancelledBadge /> : null}
          {event.status === 'DRAFT' ? (
            <Badge color="gray" variant="outline">
              {t('card.draft')}
            </Badge>
          ) : null}
          <Badge variant="outline" color="gray">
            {t(`kinds.${event.kind}`)}
          </Badge>
          {!cancelled ? <SeatsBadge event={event} /> : null}
          {!cancelled && (signedIn ? !event.viewerCanRegister : !!event.minRankPosition) ? (
            <LockedBadge minRankPosition={event.minRankPosition} ranks={ranks} />
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
