import { lazy, Suspense, type ReactNode } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Container,
  Grid,
  Group,
  Image,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconCalendarEvent,
  IconCalendarPlus,
  IconCircleCheck,
  IconClock,
  IconEdit,
  IconExternalLink,
  IconMapPin,
  IconVideo,
} from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { hasAnyRole } from '../../app/access';
import { useViewer } from '../../app/session';
import type { EventQuery } from '../../gql/graphql';
import { errorCodeOf } from '../../ui/errors';
import { HtmlContent } from '../../ui/HtmlContent';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { Notice } from '../../ui/Notice';
import { ErrorPanel, LoadingState } from '../../ui/states';
import { Tooltip } from '../../ui/Tooltip';
import { usePageTitle } from '../../ui/usePageTitle';
import { RanksDocument } from '../points/graphql';
import { CommentsSection } from '../posts/Comments';
import { usePostLive } from '../posts/usePostLive';
import { SpaceLink } from '../spaces/SpaceBadge';
import { CancelledBadge, LockedBadge, RsvpStateBadge, SeatsBadge } from './EventBadges';
import { EventDocument } from './graphql';
import { sameWallClock } from './logic';
import { RsvpPanel } from './RsvpPanel';
import { formatRange, formatWhen, useViewerTimeZone } from './time';
import { useEventLive } from './useEventLive';

const TicketQr = lazy(async () => ({ default: (await import('./TicketQr')).TicketQr }));

export type EventDetail = EventQuery['event'];

/** One event: when and where, the viewer's answer and ticket, and who is going, kept live. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['events', 'common']);
  const { data, error, refetch } = useQuery(EventDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const event = data?.event && data.event.id === id ? data.event : undefined;
  usePageTitle(event ? event.title : error ? t('detail.notFound') : null);
  useEventLive(event ?? null);
  // Comments and reactions on the event's discussion, live as on a post's page.
  usePostLive(event?.discussion?.id ?? null, refetch);

  if (error && !event) {
    if (errorCodeOf(error) === ErrorCode.NOT_FOUND) {
      return (
        <Container size="sm" py={64}>
          <Notice
            order={1}
            icon={<IconCalendarEvent size={30} aria-hidden />}
            title={t('detail.notFound')}
            actions={
              <Button component={Link} to="/events" variant="light">
                {t('detail.back')}
              </Button>
            }
          />
        </Container>
      );
    }
    return (
      <Container size="sm" py="xl">
        <ErrorPanel error={error} onRetry={() => refetch()} />
      </Container>
    );
  }
  if (!event) return <LoadingState minHeight={320} />;
  return <EventDetails event={event} />;
}

function EventDetails({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation(['events', 'common']);
  const { viewer } = useViewer();
  const timeZone = useViewerTimeZone();
  const { data: ranks } = useQuery(RanksDocument);
  const staff = hasAnyRole(viewer?.role, ['MODERATOR']);
  const cancelled = event.status === 'CANCELLED';
  const online = event.kind === 'ONLINE';
  const lang = i18n.language;
  const locked = !cancelled && (viewer ? !event.viewerCanRegister : !!event.minRankPosition);

  return (
    <Container size="lg" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      <Stack gap="lg">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Anchor component={Link} to="/events" size="sm">
            <Group gap={4} wrap="nowrap">
              <IconArrowLeft size={16} aria-hidden />
              {t('detail.back')}
            </Group>
          </Anchor>
          {staff ? (
            <Button
              component={Link}
              to={`/manage/events/${event.id}/edit`}
              variant="light"
              size="xs"
              leftSection={<IconEdit size={14} aria-hidden />}
            >
              {t('detail.edit')}
            </Button>
          ) : null}
        </Group>
        {event.coverUrl ? (
          <Image
            src={event.coverUrl}
            alt=""
            radius="md"
            mah={320}
            fit="cover"
            data-testid="event-cover"
          />
        ) : null}
        <Stack gap="xs">
          <Group gap={6} wrap="wrap">
            {cancelled ? <CancelledBadge /> : null}
            <Badge variant="outline" color="gray">
              {t(`kinds.${event.kind}`)}
            </Badge>
            <RsvpStateBadge rsvp={event.viewerRsvp} />
            {locked ? (
              <LockedBadge minRankPosition={event.minRankPosition} ranks={ranks?.ranks} />
            ) : null}
          </Group>
          <Title
            order={1}
            style={{ overflowWrap: 'anywhere' }}
            td={cancelled ? 'line-through' : undefined}
          >
            {event.title}
          </Title>
        </Stack>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
            <Stack gap="lg">
              <Paper withBorder radius="md" p="md">
                <Stack gap="md">
                  <Fact icon={<IconClock size={20} aria-hidden />} label={t('detail.when')}>
                    <Text fw={600} data-testid="event-when">
                      {formatRange(event.startsAt, event.endsAt, lang, timeZone)}
                    </Text>
                    {!sameWallClock(event.startsAt, event.timeZone, timeZone) ? (
                      <Text size="sm" c="dimmed">
                        {t('detail.eventZone', {
                          time: formatRange(event.startsAt, event.endsAt, lang, event.timeZone),
                          zone: event.timeZone,
                        })}
                      </Text>
                    ) : null}
                    <Text size="sm" c="dimmed">
                      {event.rsvpDeadline
                        ? `${t('detail.deadline')}: ${formatWhen(event.rsvpDeadline, lang, timeZone)}`
                        : t('detail.deadlineAtStart')}
                    </Text>
                  </Fact>
                  <Fact
                    icon={
                      online ? (
                        <IconVideo size={20} aria-hidden />
                      ) : (
                        <IconMapPin size={20} aria-hidden />
                      )
                    }
                    label={t('detail.where')}
                  >
                    {online ? null : (
                      <>
                        <Text fw={600}>{event.venueName}</Text>
                        {event.venueAddress ? <Text size="sm">{event.venueAddress}</Text> : null}
                        {event.mapUrl ? (
                          <Anchor
                            href={event.mapUrl}
                            target="_blank"
                            rel="noopener noreferrer"
                            size="sm"
                          >
                            <Group gap={4} wrap="nowrap">
                              {t('detail.map')}
                              <IconExternalLink size={14} aria-hidden />
                            </Group>
                          </Anchor>
                        ) : null}
                      </>
                    )}
                    {event.kind !== 'IN_PERSON' ? (
                      event.joinUrl ? (
                        <Button
                          component="a"
                          href={event.joinUrl}
                          target="_blank"
                          rel="noopener noreferrer"
                          size="xs"
                          variant="light"
                          leftSection={<IconVideo size={14} aria-hidden />}
                          w="fit-content"
                        >
                          {t('detail.join')}
                        </Button>
                      ) : (
                        <>
                          <Text fw={online ? 600 : undefined}>{t('detail.online')}</Text>
                          {!cancelled ? (
                            <Text size="sm" c="dimmed">
                              {t('detail.joinHint')}
                            </Text>
                          ) : null}
                        </>
                      )
                    ) : null}
                  </Fact>
                  {!cancelled ? (
                    <Fact
                      icon={<IconCircleCheck size={20} aria-hidden />}
                      label={t('detail.capacity')}
                    >
                      <SeatsBadge event={event} />
                    </Fact>
                  ) : null}
                  {event.space ? (
                    <Fact
                      icon={<IconCalendarEvent size={20} aria-hidden />}
                      label={t('detail.space')}
                    >
                      <SpaceLink space={event.space} />
                    </Fact>
                  ) : null}
                </Stack>
              </Paper>
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {t('detail.description')}
                </Title>
                {event.descriptionHtml ? (
                  <HtmlContent html={event.descriptionHtml} testId="event-description" />
                ) : (
                  <Text c="dimmed">{t('detail.noDescription')}</Text>
                )}
              </Stack>
              <Attendees event={event} signedIn={!!viewer} />
              {event.discussion ? (
                <CommentsSection
                  post={{
                    id: event.discussion.id,
                    isQuestion: false,
                    locked: !!event.discussion.lockedAt,
                    canChooseAnswer: false,
                    isStaff: staff,
                    bestAnswerId: null,
                    viewerId: viewer?.id ?? null,
                  }}
                  count={event.discussion.commentCount}
                />
              ) : null}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
            <Stack gap="lg">
              <RsvpPanel event={event} ranks={ranks?.ranks} />
              {event.series.length > 1 ? (
                <Paper withBorder radius="md" p="md" data-testid="event-series">
                  <Stack gap="xs">
                    <Title order={2} size="h5">
                      {t('detail.series')}
                    </Title>
                    <Stack
                      gap={4}
                      component="ul"
                      style={{ listStyle: 'none', padding: 0, margin: 0 }}
                    >
                      {event.series.map((o) => (
                        <li key={o.id}>
                          {o.id === event.id ? (
                            <Text size="sm" fw={700} aria-current="page">
                              {formatWhen(o.startsAt, lang, timeZone)}
                            </Text>
                          ) : (
                            <Anchor
                              component={Link}
                              to={`/events/${o.id}`}
                              size="sm"
                              td={o.status === 'CANCELLED' ? 'line-through' : undefined}
                            >
                              {formatWhen(o.startsAt, lang, timeZone)}
                            </Anchor>
                          )}
                        </li>
                      ))}
                    </Stack>
                  </Stack>
                </Paper>
              ) : null}
              {event.viewerTicket ? <Ticket ticket={event.viewerTicket} /> : null}
              {!cancelled ? (
                <Paper withBorder radius="md" p="md">
                  <Stack gap="xs">
                    <Title order={2} size="h5">
                      {t('detail.addToCalendar')}
                    </Title>
                    <Group gap="xs">
                      <Button
                        component="a"
                        href={event.calendarFileUrl}
                        download
                        variant="default"
                        size="xs"
                        leftSection={<IconCalendarPlus size={14} aria-hidden />}
                      >
                        {t('detail.icsFile')}
                      </Button>
                      <Button
                        component="a"
                        href={event.googleCalendarUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        variant="default"
                        size="xs"
                        leftSection={<IconExternalLink size={14} aria-hidden />}
                      >
                        {t('detail.google')}
                      </Button>
                    </Group>
                  </Stack>
                </Paper>
              ) : null}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <Text c="dimmed" mt={2}>
        {icon}
      </Text>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed" fw={700} tt="uppercase">
          {label}
        </Text>
        {children}
      </Stack>
    </Group>
  );
}

function Ticket({ ticket }: { ticket: NonNullable<EventDetail['viewerTicket']> }) {
  const { t, i18n } = useTranslation('events');
  const timeZone = useViewerTimeZone();
  return (
    <Paper withBorder radius="md" p="md" data-testid="event-ticket">
      <Stack gap="sm" align="center">
        <Title order={2} size="h4">
          {t('ticket.title')}
        </Title>
        <Suspense fallback={<Skeleton width={200} height={200} />}>
          <TicketQr code={ticket.code} label={t('ticket.qr', { code: ticket.code })} />
        </Suspense>
        <Stack gap={0} align="center">
          <Text size="xs" c="dimmed" fw={700}>
            {t('ticket.code')}
          </Text>
          <Text
            ff="monospace"
            fz={{ base: 28, sm: 34 }}
            fw={800}
            lts={2}
            data-testid="ticket-code"
            style={{ userSelect: 'all' }}
          >
            {ticket.code}
          </Text>
        </Stack>
        {ticket.checkedInAt ? (
          <Badge
            color="kizuna"
            size="lg"
            leftSection={<IconCircleCheck size={14} aria-hidden />}
            data-testid="ticket-checked-in"
          >
            {t('ticket.checkedIn', {
              time: formatWhen(ticket.checkedInAt, i18n.language, timeZone),
            })}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('ticket.notCheckedIn')}
          </Text>
        )}
        <Text size="sm" c="dimmed" ta="center">
          {t('ticket.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}

function Attendees({ event, signedIn }: { event: EventDetail; signedIn: boolean }) {
  const { t } = useTranslation('events');
  const people = event.attendeesPreview;
  return (
    <Stack gap="xs" data-testid="event-attendees">
      <Title order={2} size="h4">
        {t('detail.attendees')}
      </Title>
      {!signedIn ? (
        <Text c="dimmed" size="sm">
          {t('detail.attendeesSignIn')}
        </Text>
      ) : people.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('detail.attendeesNone')}
        </Text>
      ) : (
        <Group gap="xs" wrap="wrap">
          <Group
            gap={4}
            wrap="wrap"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {people.map((m) => (
              <li key={m.id}>
                <Tooltip label={m.displayName} withArrow>
                  <Anchor component={Link} to={`/members/${m.handle}`} aria-label={m.displayName}>
                    <MemberAvatar displayName={m.displayName} avatarUrl={m.avatarUrl} size={36} />
                  </Anchor>
                </Tooltip>
              </li>
            ))}
          </Group>
          <Text size="sm" c="dimmed">
            {t('detail.attendeesCount', { count: event.seatsTaken })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
