import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventStatus, RsvpStatus, StaffEventFieldsFragment } from '../../../gql/graphql';
import { formatDateTime, formatNumber, formatPercent } from '../../../ui/format';
import { useViewerTimeZone } from '../time';

const STATUS_COLORS: Record<EventStatus, string> = {
  DRAFT: 'gray',
  PUBLISHED: 'green',
  CANCELLED: 'red',
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation('eventsStaff');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm" data-testid="event-status">
      {t(`status.${status}`)}
    </Badge>
  );
}

const RSVP_COLORS: Record<RsvpStatus, string> = {
  GOING: 'green',
  OFFERED: 'orange',
  WAITLISTED: 'yellow',
  INTERESTED: 'blue',
  NOT_GOING: 'gray',
};

export function RsvpBadge({
  status,
  waitlistPosition,
}: {
  status: RsvpStatus;
  waitlistPosition?: number | null;
}) {
  const { t } = useTranslation('eventsStaff');
  return (
    <Badge color={RSVP_COLORS[status]} variant="light" radius="sm" data-testid="rsvp-status">
      {status === 'WAITLISTED' && waitlistPosition
        ? t('rsvp.waitlistedAt', { position: waitlistPosition })
        : t(`rsvp.${status}`)}
    </Badge>
  );
}

/** When, in the event's own zone (with the zone named when it is not the viewer's). */
export function EventWhen({
  event,
}: {
  event: Pick<StaffEventFieldsFragment, 'startsAt' | 'timeZone'>;
}) {
  const { i18n } = useTranslation();
  const viewerZone = useViewerTimeZone();
  return (
    <Text size="sm" c="dimmed" data-testid="event-when">
      {formatDateTime(event.startsAt, i18n.language, event.timeZone)}
      {event.timeZone !== viewerZone ? ` (${event.timeZone})` : ''}
    </Text>
  );
}

/** Seats taken of the capacity, the waitlist and check-ins, as short labelled numbers. */
export function EventCounts({
  event,
}: {
  event: Pick<StaffEventFieldsFragment, 'seatsTaken' | 'capacity' | 'waitlistCount' | 'attendance'>;
}) {
  const { t, i18n } = useTranslation('eventsStaff');
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <Group gap="md" wrap="wrap" data-testid="event-counts">
      <Text size="sm">
        {event.capacity === null
          ? t('counts.seatsUnlimited', { taken: n(event.seatsTaken) })
          : t('counts.seats', { taken: n(event.seatsTaken), capacity: n(event.capacity) })}
      </Text>
      {event.waitlistCount > 0 ? (
        <Text size="sm">{t('counts.waitlist', { count: event.waitlistCount })}</Text>
      ) : null}
      <Text size="sm" data-testid="event-checked-in">
        {t('counts.checkedIn', { count: event.attendance?.checkedIn ?? 0 })}
      </Text>
      {event.attendance?.noShowRate != null ? (
        <Text size="sm" data-testid="event-no-shows">
          {t('counts.noShows', {
            count: event.attendance.noShows ?? 0,
            rate: formatPercent(event.attendance.noShowRate, i18n.language),
          })}
        </Text>
      ) : null}
    </Group>
  );
}
