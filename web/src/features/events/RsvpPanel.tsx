import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconClock, IconInfoCircle, IconLock, IconTicket } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../../app/session';
import type { RankChipFieldsFragment, RsvpChoice } from '../../gql/graphql';
import { toAppError } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { useServerErrors } from '../../ui/useServerErrors';
import { rankName } from '../points/rankNames';
import type { EventDetail } from './EventPage';
import { RsvpEventDocument } from './graphql';
import { pressedChoice, rankAt, rsvpAvailability, rsvpState, seats } from './logic';
import { formatWhen, useViewerTimeZone } from './time';

const CHOICES: RsvpChoice[] = ['GOING', 'INTERESTED', 'NOT_GOING'];
const CHOICE_LABEL = { GOING: 'going', INTERESTED: 'interested', NOT_GOING: 'notGoing' } as const;

/**
 * Going, interested or not going, with guests where the event takes them. When the event is full
 * "going" joins the waitlist; when it takes no answers the panel says why.
 */
export function RsvpPanel({
  event,
  ranks,
}: {
  event: EventDetail;
  ranks: readonly RankChipFieldsFragment[] | undefined;
}) {
  const { t, i18n } = useTranslation(['events', 'common']);
  const { viewer } = useViewer();
  const timeZone = useViewerTimeZone();
  const location = useLocation();
  const [rsvp, { loading }] = useMutation(RsvpEventDocument);
  const form = useForm({ initialValues: { guests: String(event.viewerRsvp?.guests ?? 0) } });
  const server = useServerErrors(form);
  const availability = rsvpAvailability(event, !!viewer);
  const state = rsvpState(event.viewerRsvp);
  const pressed = pressedChoice(event.viewerRsvp);
  const full = seats(event).kind === 'full';
  const guests = Number(form.values.guests);

  const answer = async (status: RsvpChoice) => {
    server.clear();
    form.clearErrors();
    try {
      await rsvp({
        variables: {
          input: { eventId: event.id, status, guests: status === 'GOING' ? guests : 0 },
        },
      });
      notifications.show({ color: 'kizuna', message: t('rsvp.saved') });
    } catch (error) {
      // The event closed (or its gates changed) since the page loaded: say so, show it as it is.
      if (toAppError(error).fields.some((f) => f.field === 'eventId')) {
        server.show(t('rsvp.closedNow'));
      } else {
        server.report(error);
      }
    }
  };

  const rank = rankAt(ranks, event.minRankPosition);
  const why =
    availability === 'locked'
      ? rank
        ? t('rsvp.why.locked', { rank: `${rank.icon} ${rankName(rank, i18n.language)}` })
        : t('rsvp.why.lockedRoles')
      : availability !== 'open'
        ? t(`rsvp.why.${availability}`)
        : null;

  return (
    <Paper withBorder radius="md" p="md" data-testid="rsvp-panel" data-state={state}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('rsvp.title')}
        </Title>
        {state === 'going' ? (
          <Alert
            color="kizuna"
            variant="light"
            icon={<IconTicket aria-hidden />}
            data-testid="rsvp-going"
          >
            <Text fw={700}>{t('state.going')}</Text>
            <Text size="sm">{t('rsvp.goingNote')}</Text>
          </Alert>
        ) : state === 'offered' && event.viewerRsvp?.offeredUntil ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconClock aria-hidden />}
            data-testid="rsvp-offered"
          >
            <Stack gap="xs" align="flex-start">
              <Text fw={700}>{t('state.offered')}</Text>
              <Text size="sm">
                {t('rsvp.offered', {
                  time: formatWhen(event.viewerRsvp.offeredUntil, i18n.language, timeZone),
                })}
              </Text>
              {availability === 'open' ? (
                <Group gap="xs">
                  <Button onClick={() => void answer('GOING')} loading={loading}>
                    {t('rsvp.accept')}
                  </Button>
                  <Button
                    variant="default"
                    onClick={() => void answer('NOT_GOING')}
                    loading={loading}
                  >
                    {t('rsvp.decline')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Alert>
        ) : state === 'waitlisted' ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconClock aria-hidden />}
            data-testid="rsvp-waitlisted"
          >
            <Text fw={700}>
              {event.viewerRsvp?.waitlistPosition
                ? t('state.waitlisted', { position: event.viewerRsvp.waitlistPosition })
                : t('state.waitlistedNoPosition')}
            </Text>
            {event.viewerRsvp?.waitlistPosition ? (
              <Text size="sm">
                {t('rsvp.waitlisted', { position: event.viewerRsvp.waitlistPosition })}
              </Text>
            ) : null}
          </Alert>
        ) : null}
        {why ? (
          <Alert
            color={availability === 'locked' ? 'grape' : 'gray'}
            variant="light"
            icon={
              availability === 'locked' ? <IconLock aria-hidden /> : <IconInfoCircle aria-hidden />
            }
            data-testid="rsvp-closed"
            data-reason={availability}
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{why}</Text>
              {availability === 'signIn' ? (
                <Button
                  component={Link}
                  to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}
                  size="xs"
                >
                  {t('rsvp.signIn')}
                </Button>
              ) : null}
            </Stack>
          </Alert>
        ) : (
          <>
            {event.guestsAllowed > 0 ? (
              <Select
                label={t('rsvp.guests')}
                description={t('rsvp.guestsHint', { count: event.guestsAllowed })}
                data={Array.from({ length: event.guestsAllowed + 1 }, (_, n) => ({
                  value: String(n),
                  label: n === 0 ? t('rsvp.noGuests') : t('rsvp.guestsCount', { count: n }),
                }))}
                allowDeselect={false}
                {...form.getInputProps('guests')}
              />
            ) : null}
            <Group gap="xs" role="group" aria-label={t('rsvp.choices')}>
              {CHOICES.map((choice) => {
                const active = pressed === choice;
                const label =
                  choice === 'GOING' && full && !active
                    ? t('rsvp.joinWaitlist')
                    : t(`rsvp.${CHOICE_LABEL[choice]}`);
                return (
                  <Button
                    key={choice}
                    variant={active ? 'filled' : 'default'}
                    aria-pressed={active}
                    loading={loading}
                    onClick={() => void answer(choice)}
                    data-choice={choice}
                  >
                    {label}
                  </Button>
                );
              })}
            </Group>
            {state === 'going' && guests !== event.viewerRsvp?.guests ? (
              <Button variant="light" onClick={() => void answer('GOING')} loading={loading}>
                {t('rsvp.updateGuests')}
              </Button>
            ) : null}
          </>
        )}
        <FormAlert message={server.message} />
      </Stack>
    </Paper>
  );
}
