import { useMemo, useState } from 'react';
import {
  Button,
  Group,
  Input,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EVENT_LIMITS } from '@kizuna/shared';
import type { EventKind, EventStatus, RecurrenceFrequency, Role } from '../../../gql/graphql';
import { WallTimeField } from '../../../ui/DateFields';
import { toAppError, type AnyT } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { formatDateTime } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { ErrorPanel, LoadingState } from '../../../ui/states';
import { TimeZoneSelect } from '../../../ui/TimeZoneSelect';
import { useServerErrors } from '../../../ui/useServerErrors';
import { httpUrl, intRange, maxLen, required, rule } from '../../../ui/validators';
import { rankName } from '../../points/rankNames';
import { spaceName } from '../../spaces/spaceText';
import { SPACES_PAGE_SIZE } from '../../spaces/graphql';
import { MarkdownEditor } from '../../posts/MarkdownEditor';
import { CoverField, type Cover } from './CoverField';
import { browserTimeZone, sameWallClock } from '../logic';
import { useViewerTimeZone } from '../time';
import {
  CreateEventDocument,
  EventFormOptionsDocument,
  PublishEventDocument,
  StaffEventDocument,
  UpdateEventDocument,
} from './graphql';
import { checkTimes, instantToWall, wallToInstant, type TimeIssue } from './time';

export interface EventValues {
  title: string;
  description: string;
  kind: EventKind;
  venueName: string;
  venueAddress: string;
  mapUrl: string;
  joinUrl: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  rsvpDeadline: string;
  capacity: number | '';
  guestsAllowed: number | '';
  minRankPosition: string | null;
  roles: Role[];
  spaceId: string | null;
  cover: Cover | null;
  claimHours: number | '';
  /** New events only: NONE, or how the event repeats and how many times. */
  repeat: 'NONE' | RecurrenceFrequency;
  repeatCount: number | '';
}

const KINDS: EventKind[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
const ROLES: Role[] = ['MEMBER', 'MODERATOR', 'PRODUCT', 'ADMIN'];

const timeIssueText = (t: AnyT, issue: TimeIssue) =>
  issue.issue === 'REQUIRED' || issue.issue === 'INVALID_FORMAT'
    ? t(`eventsStaff:form.issues.${issue.issue}`)
    : t(`eventsStaff:form.issues.${issue.issue}`, { days: EVENT_LIMITS.durationDaysMax });

/** Server texts for the event's own rules, clearer than the general ones. */
type FormIssue = 'beforeStart' | 'tooLong' | 'afterStart' | 'venueRequired' | 'ended';
const SERVER_ISSUES: Record<string, FormIssue> = {
  'endsAt:INVALID_VALUE': 'beforeStart',
  'endsAt:OUT_OF_RANGE': 'tooLong',
  'rsvpDeadline:INVALID_VALUE': 'afterStart',
  'venueName:REQUIRED': 'venueRequired',
};

/** The local time of the viewer, when their clock differs from the event's zone. */
function ViewerTime({ wall, zone }: { wall: string; zone: string }) {
  const { t, i18n } = useTranslation('eventsStaff');
  const iso = wall ? wallToInstant(wall, zone) : null;
  const mine = useViewerTimeZone();
  if (!iso || sameWallClock(iso, zone, mine)) return null;
  return t('form.yourTime', { time: formatDateTime(iso, i18n.language, mine), zone: mine });
}

function EventForm({
  eventId,
  initial,
  isDraft,
}: {
  eventId?: string;
  initial: EventValues;
  /** New events and drafts can be published from the form. */
  isDraft: boolean;
}) {
  const { t, i18n } = useTranslation(['eventsStaff', 'common']);
  const navigate = useNavigate();
  const options = useQuery(EventFormOptionsDocument, { variables: { first: SPACES_PAGE_SIZE } });
  const [create, creating] = useMutation(CreateEventDocument);
  const [update, updating] = useMutation(UpdateEventDocument);
  const [publish, publishState] = useMutation(PublishEventDocument);
  const [publishIntent, setPublishIntent] = useState(false);

  const form = useForm<EventValues>({
    initialValues: initial,
    validate: (v) => {
      const errors: Record<string, string | null> = {
        title: rule(t, 'title', required, maxLen(EVENT_LIMITS.titleMax))(v.title),
        description: rule(t, 'description', maxLen(EVENT_LIMITS.descriptionMax))(v.description),
        venueName:
          v.kind !== 'ONLINE' && v.venueName.trim() === ''
            ? t('eventsStaff:form.issues.venueRequired')
            : rule(t, 'venueName', maxLen(EVENT_LIMITS.venueNameMax))(v.venueName),
        venueAddress: rule(t, 'venueAddress', maxLen(EVENT_LIMITS.venueAddressMax))(v.venueAddress),
        mapUrl: rule(t, 'mapUrl', httpUrl, maxLen(EVENT_LIMITS.urlMax))(v.mapUrl),
        joinUrl: rule(t, 'joinUrl', httpUrl, maxLen(EVENT_LIMITS.urlMax))(v.joinUrl),
        capacity: rule(t, 'capacity', intRange(0, EVENT_LIMITS.capacityMax))(v.capacity),
        claimHours: rule(t, 'claimHours', intRange(1, EVENT_LIMITS.claimHoursMax))(v.claimHours),
        repeatCount:
          v.repeat === 'NONE'
            ? null
            : rule(
                t,
                'repeatCount',
                required,
                intRange(EVENT_LIMITS.recurrenceMin, EVENT_LIMITS.recurrenceMax),
              )(v.repeatCount),
        guestsAllowed: rule(
          t,
          'guestsAllowed',
          intRange(0, EVENT_LIMITS.guestsMax),
        )(v.guestsAllowed),
        timeZone: v.timeZone ? null : t('eventsStaff:form.issues.REQUIRED'),
      };
      for (const issue of checkTimes(v)) errors[issue.field] ??= timeIssueText(t, issue);
      return Object.fromEntries(Object.entries(errors).filter(([, e]) => e));
    },
  });
  const server = useServerErrors(form);

  const reportServer = (error: unknown, publishing = false) => {
    server.report(error);
    for (const f of toAppError(error).fields) {
      const key: FormIssue | undefined =
        publishing && f.field === 'endsAt' ? 'ended' : SERVER_ISSUES[`${f.field}:${f.issue}`];
      if (key && f.field in form.values)
        form.setFieldError(
          f.field,
          t(`eventsStaff:form.issues.${key}`, { days: EVENT_LIMITS.durationDaysMax }),
        );
    }
  };

  const submitAs = (toPublish: boolean) =>
    form.onSubmit(
      async (v) => {
        server.clear();
        const nullable = (s: string) => (s.trim() === '' ? null : s.trim());
        const fields = {
          title: v.title.trim(),
          description: v.description,
          kind: v.kind,
          spaceId: v.spaceId || null,
          venueName: v.kind === 'ONLINE' ? null : nullable(v.venueName),
          venueAddress: v.kind === 'ONLINE' ? null : nullable(v.venueAddress),
          mapUrl: v.kind === 'ONLINE' ? null : nullable(v.mapUrl),
          joinUrl: v.kind === 'IN_PERSON' ? null : nullable(v.joinUrl),
          timeZone: v.timeZone,
          startsAt: wallToInstant(v.startsAt, v.timeZone)!,
          endsAt: wallToInstant(v.endsAt, v.timeZone)!,
          rsvpDeadline: v.rsvpDeadline ? wallToInstant(v.rsvpDeadline, v.timeZone) : null,
          capacity: v.capacity === '' ? null : v.capacity,
          guestsAllowed: v.guestsAllowed === '' ? 0 : v.guestsAllowed,
          minRankPosition: v.minRankPosition ? Number(v.minRankPosition) : null,
          roles: v.roles.length ? v.roles : null,
          // Unchanged: left out, so the cover another organiser chose is not checked again.
          coverImageId: v.cover ? (v.cover.id ?? undefined) : null,
          claimHours: v.claimHours === '' ? null : v.claimHours,
        };
        const recurrence =
          v.repeat === 'NONE' || v.repeatCount === ''
            ? null
            : { frequency: v.repeat, count: v.repeatCount };
        setPublishIntent(toPublish);
        try {
          if (!eventId) {
            await create({
              variables: { input: { ...fields, recurrence, publish: toPublish } },
              refetchQueries: ['StaffEvents'],
            });
          } else {
            await update({
              variables: { input: { id: eventId, ...fields } },
              refetchQueries: ['StaffEvents'],
            });
          }
        } catch (error) {
          reportServer(error);
          return;
        }
        try {
          if (eventId && toPublish)
            await publish({ variables: { id: eventId }, refetchQueries: ['StaffEvents'] });
          notifications.show({
            color: 'kizuna',
            message: t(toPublish ? 'eventsStaff:form.published' : 'eventsStaff:form.saved'),
          });
          void navigate(`/manage/events${toPublish || !isDraft ? '' : '?tab=DRAFTS'}`);
        } catch (error) {
          reportServer(error, true);
        }
      },
      () => server.show(t('eventsStaff:form.fix')),
    );

  const communityZone = options.data?.community.timezone;
  const rankOptions = useMemo(
    () =>
      (options.data?.ranks ?? []).map((r) => ({
        value: String(r.position),
        label: rankName(r, i18n.language),
      })),
    [options.data, i18n.language],
  );
  const spaceOptions = useMemo(
    () =>
      (options.data?.spaces.nodes ?? [])
        .filter((s) => !s.archivedAt || s.id === initial.spaceId)
        .map((s) => ({ value: s.id, label: `${s.icon} ${spaceName(s, i18n.language)}` })),
    [options.data, i18n.language, initial.spaceId],
  );
  const v = form.values;
  const inPerson = v.kind !== 'ONLINE';
  const online = v.kind !== 'IN_PERSON';
  const busy = creating.loading || updating.loading || publishState.loading;

  return (
    <form onSubmit={submitAs(false)} noValidate data-testid="event-form">
      <Stack gap="lg">
        <FormAlert message={server.message} />
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="md">
            <TextInput
              label={t('form.title')}
              withAsterisk
              maxLength={EVENT_LIMITS.titleMax + 20}
              {...form.getInputProps('title')}
            />
            <CoverField
              value={v.cover}
              onChange={(cover) => form.setFieldValue('cover', cover)}
              error={form.errors.coverImageId as string | undefined}
            />
            <MarkdownEditor
              label={t('form.description')}
              value={v.description}
              onChange={(d) => form.setFieldValue('description', d)}
              error={form.errors.description}
              maxLength={EVENT_LIMITS.descriptionMax}
              minRows={6}
              testId="event-description"
            />
            <Stack gap={4}>
              <Input.Label component="span" id="event-kind">
                {t('form.kind')}
              </Input.Label>
              <SegmentedControl
                aria-labelledby="event-kind"
                data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                {...form.getInputProps('kind')}
              />
            </Stack>
            {inPerson ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('form.venueName')}
                  withAsterisk
                  maxLength={EVENT_LIMITS.venueNameMax + 20}
                  {...form.getInputProps('venueName')}
                />
                <TextInput
                  label={t('form.venueAddress')}
                  maxLength={EVENT_LIMITS.venueAddressMax + 20}
                  {...form.getInputProps('venueAddress')}
                />
                <TextInput
                  label={t('form.mapUrl')}
                  type="url"
                  placeholder="https://"
                  {...form.getInputProps('mapUrl')}
                />
              </SimpleGrid>
            ) : null}
            {online ? (
              <TextInput
                label={t('form.joinUrl')}
                description={t('form.joinUrlHint')}
                type="url"
                placeholder="https://"
                {...form.getInputProps('joinUrl')}
              />
            ) : null}
          </Stack>
        </Paper>

        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="md">
            <Title order={2} size="h4">
              {t('form.when')}
            </Title>
            <TimeZoneSelect
              label={t('form.timeZone')}
              description={
                communityZone && communityZone !== v.timeZone
                  ? t('form.communityZone', { zone: communityZone })
                  : undefined
              }
              withAsterisk
              {...form.getInputProps('timeZone')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <WallTimeField
                label={t('form.startsAt', { zone: v.timeZone })}
                withAsterisk
                description={<ViewerTime wall={v.startsAt} zone={v.timeZone} />}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                {...form.getInputProps('startsAt')}
              />
              <WallTimeField
                label={t('form.endsAt', { zone: v.timeZone })}
                withAsterisk
                description={<ViewerTime wall={v.endsAt} zone={v.timeZone} />}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                {...form.getInputProps('endsAt')}
              />
              <WallTimeField
                label={t('form.rsvpDeadline', { zone: v.timeZone })}
                description={t('form.rsvpDeadlineHint')}
                clearable
                {...form.getInputProps('rsvpDeadline')}
              />
            </SimpleGrid>
            {!eventId ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('form.repeat')}
                  description={t('form.repeatHint')}
                  allowDeselect={false}
                  data={(['NONE', 'WEEKLY', 'MONTHLY'] as const).map((r) => ({
                    value: r,
                    label: t(`form.repeats.${r}`),
                  }))}
                  {...form.getInputProps('repeat')}
                />
                {v.repeat !== 'NONE' ? (
                  <NumberInput
                    label={t('form.repeatCount')}
                    min={EVENT_LIMITS.recurrenceMin}
                    max={EVENT_LIMITS.recurrenceMax}
                    allowDecimal={false}
                    allowNegative={false}
                    withAsterisk
                    {...form.getInputProps('repeatCount')}
                  />
                ) : null}
              </SimpleGrid>
            ) : null}
          </Stack>
        </Paper>

        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="md">
            <Title order={2} size="h4">
              {t('form.who')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NumberInput
                label={t('form.capacity')}
                description={t('form.capacityHint')}
                min={0}
                max={EVENT_LIMITS.capacityMax}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('capacity')}
              />
              <NumberInput
                label={t('form.guestsAllowed')}
                description={t('form.guestsAllowedHint')}
                min={0}
                max={EVENT_LIMITS.guestsMax}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('guestsAllowed')}
              />
              <NumberInput
                label={t('form.claimHours')}
                description={t('form.claimHoursHint')}
                placeholder={t('form.claimHoursOff')}
                min={1}
                max={EVENT_LIMITS.claimHoursMax}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('claimHours')}
              />
              <Select
                label={t('form.minRank')}
                placeholder={t('form.anyRank')}
                clearable
                data={rankOptions}
                {...form.getInputProps('minRankPosition')}
              />
              <MultiSelect
                label={t('form.roles')}
                placeholder={v.roles.length ? undefined : t('form.anyRole')}
                clearable
                data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
                {...form.getInputProps('roles')}
              />
              <Select
                label={t('form.space')}
                placeholder={t('form.noSpace')}
                clearable
                data={spaceOptions}
                nothingFoundMessage={t('common:states.nothingFound')}
                {...form.getInputProps('spaceId')}
              />
            </SimpleGrid>
          </Stack>
        </Paper>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" component={Link} to="/manage/events">
            {t('common:actions.cancel')}
          </Button>
          <Button
            type="submit"
            variant={isDraft ? 'default' : 'filled'}
            loading={busy && !publishIntent}
            disabled={busy}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {isDraft ? t('form.saveDraft') : t('common:actions.save')}
          </Button>
          {isDraft ? (
            <Button
              type="button"
              loading={busy && publishIntent}
              disabled={busy}
              leftSection={<IconSend size={18} aria-hidden />}
              onClick={() => submitAs(true)()}
            >
              {t('form.publish')}
            </Button>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed" ta="right">
          {isDraft ? t('form.draftNote') : null}
        </Text>
      </Stack>
    </form>
  );
}

/** `/manage/events/new`: starts in the community's zone (or the browser's). */
export function NewEventPage() {
  const { t } = useTranslation('eventsStaff');
  const options = useQuery(EventFormOptionsDocument, { variables: { first: SPACES_PAGE_SIZE } });
  if (options.error && !options.data)
    return (
      <Page title={t('form.newTitle')} size="md">
        <ErrorPanel error={options.error} onRetry={() => options.refetch()} />
      </Page>
    );
  if (!options.data) return <LoadingState minHeight={320} />;
  return (
    <Page title={t('form.newTitle')} size="md">
      <EventForm
        isDraft
        initial={{
          title: '',
          description: '',
          kind: 'IN_PERSON',
          venueName: '',
          venueAddress: '',
          mapUrl: '',
          joinUrl: '',
          timeZone: options.data.community.timezone || browserTimeZone(),
          startsAt: '',
          endsAt: '',
          rsvpDeadline: '',
          capacity: '',
          guestsAllowed: 0,
          minRankPosition: null,
          roles: [],
          spaceId: null,
          cover: null,
          claimHours: '',
          repeat: 'NONE',
          repeatCount: 4,
        }}
      />
    </Page>
  );
}

/** `/manage/events/:id/edit`: the saved times shown on the clocks of the event's zone. */
export function EditEventPage() {
  const { t } = useTranslation('eventsStaff');
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(StaffEventDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (error && !data)
    return (
      <Page title={t('form.editTitle')} size="md">
        <ErrorPanel error={error} onRetry={() => refetch()} />
      </Page>
    );
  if (!data) return <LoadingState minHeight={320} />;
  const e = data.event;
  const zone = e.timeZone;
  return (
    <Page title={t('form.editTitle')} description={<EventStatusLine status={e.status} />} size="md">
      <EventForm
        key={e.id}
        eventId={e.id}
        isDraft={e.status === 'DRAFT'}
        initial={{
          title: e.title,
          description: e.description,
          kind: e.kind,
          venueName: e.venueName ?? '',
          venueAddress: e.venueAddress ?? '',
          mapUrl: e.mapUrl ?? '',
          joinUrl: e.joinUrl ?? '',
          timeZone: zone,
          startsAt: instantToWall(e.startsAt, zone),
          endsAt: instantToWall(e.endsAt, zone),
          rsvpDeadline: e.rsvpDeadline ? instantToWall(e.rsvpDeadline, zone) : '',
          capacity: e.capacity ?? '',
          guestsAllowed: e.guestsAllowed,
          minRankPosition: e.minRankPosition ? String(e.minRankPosition) : null,
          roles: e.roles ?? [],
          spaceId: e.space?.id ?? null,
          cover: e.coverUrl ? { id: null, url: e.coverUrl } : null,
          claimHours: e.claimHours ?? '',
          repeat: 'NONE',
          repeatCount: 4,
        }}
      />
    </Page>
  );
}

function EventStatusLine({ status }: { status: EventStatus }) {
  const { t } = useTranslation('eventsStaff');
  return <>{t(`form.statusLine.${status}`)}</>;
}
