import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconCamera,
  IconCircleCheck,
  IconClockExclamation,
  IconSearch,
  IconUsers,
} from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EVENT_LIMITS } from '@kizuna/shared';
import type { AttendeeFieldsFragment, StaffEventQuery } from '../../../gql/graphql';
import { errorMessage, fieldErrorMessage, mapErrorToForm, toAppError } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { MemberAvatar } from '../../../ui/MemberAvatar';
import { MemberIdentity } from '../../../ui/MemberIdentity';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton, LoadingState } from '../../../ui/states';
import {
  CheckInAttendeeDocument,
  EventAttendeesDocument,
  StaffEventDocument,
  UndoCheckInDocument,
} from './graphql';
import { codeFromScan, refusalOf, tidyCode, wasEarlier, type CheckInOutcome } from './logic';
import { checkInWindow } from './time';
import { useEventLive } from '../useEventLive';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

const QrScanner = lazy(async () => ({ default: (await import('./QrScanner')).QrScanner }));

const PAGE = 50;
/** The same QR code seen again this soon is the same ticket still in front of the camera. */
const RESCAN_MS = 4000;

type StaffEvent = StaffEventQuery['event'];

interface Result {
  outcome: CheckInOutcome;
  attendee?: AttendeeFieldsFragment;
}

/** `/manage/events/:id/check-in`: the door, on a phone: codes typed or scanned, and the list. */
export function CheckInPage() {
  const { t } = useTranslation(['eventsStaff', 'common']);
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(StaffEventDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [listVersion, setListVersion] = useState(0);
  useEventLive(data?.event ?? null, () => setListVersion((v) => v + 1));
  if (error && !data)
    return (
      <Page title={t('checkIn.title')} size="md">
        <ErrorPanel error={error} onRetry={() => refetch()} />
      </Page>
    );
  if (!data) return <LoadingState minHeight={320} />;
  const event = data.event;
  return (
    <Page
      title={t('checkIn.title')}
      description={event.title}
      size="md"
      actions={
        <>
          <Button
            variant="subtle"
            component={Link}
            to="/manage/events"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
          >
            {t('checkIn.back')}
          </Button>
          <Button
            variant="default"
            component={Link}
            to={`/manage/events/${event.id}/attendees`}
            leftSection={<IconUsers size={16} aria-hidden />}
          >
            {t('checkIn.attendeesLink')}
          </Button>
        </>
      }
    >
      <WindowNotice event={event} />
      <Counters event={event} />
      <CodeEntry event={event} onCheckedIn={() => void refetch()} />
      <AttendeeList eventId={event.id} version={listVersion} onChanged={() => void refetch()} />
    </Page>
  );
}

function WindowNotice({ event }: { event: StaffEvent }) {
  const { t, i18n } = useTranslation('eventsStaff');
  if (event.status !== 'PUBLISHED')
    return (
      <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
        {t('checkIn.notPublished')}
      </Alert>
    );
  const state = checkInWindow(event);
  if (state === 'open') return null;
  const opens = new Date(
    Date.parse(event.startsAt) - EVENT_LIMITS.checkInOpensHoursBefore * 3_600_000,
  ).toISOString();
  return (
    <Alert color="orange" icon={<IconClockExclamation aria-hidden />} data-testid="window-notice">
      {state === 'before'
        ? t('checkIn.windowBefore', {
            hours: EVENT_LIMITS.checkInOpensHoursBefore,
            time: formatDateTime(opens, i18n.language),
          })
        : t('checkIn.windowAfter', { hours: EVENT_LIMITS.checkInClosesHoursAfter })}
    </Alert>
  );
}

function Counters({ event }: { event: StaffEvent }) {
  const { t, i18n } = useTranslation('eventsStaff');
  const n = (v: number) => formatNumber(v, i18n.language);
  const stat = (label: string, value: string, testId: string) => (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} lh={1.2} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
  return (
    <section aria-label={t('checkIn.counters')}>
      <SimpleGrid cols={2} spacing="sm">
        {stat(t('checkIn.checkedIn'), n(event.attendance?.checkedIn ?? 0), 'count-checked-in')}
        {stat(
          t('checkIn.going'),
          event.capacity === null
            ? n(event.seatsTaken)
            : `${n(event.seatsTaken)} / ${n(event.capacity)}`,
          'count-going',
        )}
      </SimpleGrid>
    </section>
  );
}

function CodeEntry({ event, onCheckedIn }: { event: StaffEvent; onCheckedIn: () => void }) {
  const { t } = useTranslation(['eventsStaff', 'common']);
  const [code, setCode] = useState('');
  const [camera, setCamera] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const lastScan = useRef<{ code: string; at: number } | null>(null);
  const busy = useRef(false);
  const [checkIn, { loading }] = useMutation(CheckInAttendeeDocument, {
    refetchQueries: ['EventAttendees'],
  });

  const attempt = async (ticket: string) => {
    if (busy.current) return;
    if (ticket.replace(/[^0-9A-Za-z]/g, '') === '') {
      setResult({ outcome: { kind: 'codeRequired' } });
      return;
    }
    busy.current = true;
    const sentAt = Date.now();
    try {
      const { data } = await checkIn({ variables: { input: { eventId: event.id, code: ticket } } });
      const attendee = data!.checkInAttendee;
      const earlier = !!attendee.checkedInAt && wasEarlier(attendee.checkedInAt, sentAt);
      setResult({ outcome: { kind: earlier ? 'already' : 'checkedIn' }, attendee });
      setCode('');
      onCheckedIn();
    } catch (error) {
      setResult({ outcome: refusalOf(error) });
    } finally {
      busy.current = false;
      // Typing goes on in the field; while scanning, a focused field would raise the keyboard.
      if (!camera) input.current?.focus();
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void attempt(code);
  };

  const onRead = (text: string) => {
    const found = codeFromScan(text);
    if (!found) return;
    const now = Date.now();
    if (lastScan.current?.code === found && now - lastScan.current.at < RESCAN_MS) return;
    lastScan.current = { code: found, at: now };
    setCode(tidyCode(found));
    void attempt(found);
  };

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="md">
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <TextInput
              ref={input}
              label={t('checkIn.codeLabel')}
              description={t('checkIn.codeHint')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              size="xl"
              maxLength={20}
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="characters"
              spellCheck={false}
              enterKeyHint="go"
              styles={{
                input: {
                  fontFamily: 'var(--mantine-font-family-monospace)',
                  letterSpacing: '0.1em',
                },
              }}
              data-autofocus
              data-testid="ticket-code"
            />
            <Group gap="sm" grow>
              <Button type="submit" size="lg" loading={loading}>
                {t('checkIn.submit')}
              </Button>
              <Button
                type="button"
                size="lg"
                variant={camera ? 'filled' : 'light'}
                color={camera ? 'gray' : undefined}
                leftSection={<IconCamera size={20} aria-hidden />}
                aria-pressed={camera}
                onClick={() => setCamera((on) => !on)}
              >
                {camera ? t('checkIn.stopScan') : t('checkIn.scan')}
              </Button>
            </Group>
          </Stack>
        </form>
        {camera ? (
          <Suspense fallback={<LoadingState minHeight={200} label={t('checkIn.cameraStarting')} />}>
            <QrScanner onRead={onRead} />
          </Suspense>
        ) : null}
        <div role="status" aria-live="polite">
          {result ? <ResultPanel result={result} /> : null}
        </div>
      </Stack>
    </Paper>
  );
}

function ResultPanel({ result }: { result: Result }) {
  const { t, i18n } = useTranslation(['eventsStaff', 'common']);
  const { outcome, attendee } = result;
  const good = outcome.kind === 'checkedIn';
  const warn = outcome.kind === 'already';
  let message: string;
  switch (outcome.kind) {
    case 'checkedIn':
      message = t('checkIn.result.checkedIn');
      break;
    case 'already':
      message = t('checkIn.result.already', {
        time: attendee?.checkedInAt ? formatDateTime(attendee.checkedInAt, i18n.language) : '',
      });
      break;
    case 'closed':
      message = t('checkIn.result.closed', {
        before: EVENT_LIMITS.checkInOpensHoursBefore,
        after: EVENT_LIMITS.checkInClosesHoursAfter,
      });
      break;
    case 'failed':
      message = `${t('checkIn.result.failed')} ${errorMessage(t, toAppError(outcome.error))}`;
      break;
    default:
      message = t(`checkIn.result.${outcome.kind}`);
  }
  const color = good ? 'green' : warn ? 'yellow' : 'red';
  return (
    <Paper
      radius="md"
      p="md"
      bg={`var(--mantine-color-${color}-light)`}
      data-testid="check-in-result"
      data-outcome={outcome.kind}
    >
      <Group gap="md" wrap="nowrap" align="center">
        {attendee ? (
          <MemberAvatar
            displayName={attendee.member.displayName}
            avatarUrl={attendee.member.avatarUrl}
            size="lg"
          />
        ) : good ? (
          <IconCircleCheck size={40} aria-hidden />
        ) : (
          <IconAlertTriangle size={40} aria-hidden color={`var(--mantine-color-${color}-7)`} />
        )}
        <Stack gap={2} style={{ minWidth: 0 }}>
          {attendee ? (
            <Title
              order={2}
              size="h3"
              style={{ overflowWrap: 'anywhere' }}
              data-testid="result-name"
            >
              {attendee.member.displayName}
            </Title>
          ) : null}
          <Text fw={600} c={`${color}.9`}>
            {message}
          </Text>
          {attendee && attendee.guests > 0 ? (
            <Text size="sm">{t('checkIn.guests', { count: attendee.guests })}</Text>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}

function AttendeeList({
  eventId,
  version,
  onChanged,
}: {
  eventId: string;
  version: number;
  onChanged: () => void;
}) {
  const { t } = useTranslation(['eventsStaff', 'common']);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, error, refetch, fetchMore, loading } = useQuery(EventAttendeesDocument, {
    variables: { eventId, status: 'GOING', search: debounced || null, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    void refetch().catch(() => undefined);
  }, [version, refetch]);
  const [undoing, setUndoing] = useState<AttendeeFieldsFragment | null>(null);
  const [checkIn] = useMutation(CheckInAttendeeDocument, { refetchQueries: ['EventAttendees'] });
  const [pending, setPending] = useState<string | null>(null);

  const checkInMember = async (a: AttendeeFieldsFragment) => {
    setPending(a.member.id);
    try {
      await checkIn({ variables: { input: { eventId, memberId: a.member.id } } });
      notifications.show({
        color: 'kizuna',
        message: `${a.member.displayName}: ${t('checkIn.result.checkedIn')}`,
      });
      onChanged();
    } catch (e) {
      const outcome = refusalOf(e);
      notifications.show({
        color: 'red',
        message:
          outcome.kind === 'failed'
            ? mapErrorToForm(t, e, []).formMessage
            : outcome.kind === 'closed'
              ? t('checkIn.result.closed', {
                  before: EVENT_LIMITS.checkInOpensHoursBefore,
                  after: EVENT_LIMITS.checkInClosesHoursAfter,
                })
              : t(`checkIn.result.${outcome.kind}`),
      });
    } finally {
      setPending(null);
    }
  };

  const nodes = data?.eventAttendees.nodes ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="check-in-list">
      <Title order={2} size="h4" id="check-in-list">
        {t('checkIn.listTitle')}
      </Title>
      <TextInput
        type="search"
        label={t('checkIn.search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={loading && data ? <Loader size="xs" /> : null}
        data-testid="attendee-search"
      />
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={4} /> : null}
      {data && nodes.length === 0 ? (
        <EmptyPanel title={debounced ? t('checkIn.noneFound') : t('checkIn.noneGoing')} />
      ) : null}
      {nodes.map((a) => (
        <AttendeeRow
          key={a.member.id}
          attendee={a}
          busy={pending === a.member.id}
          onCheckIn={() => void checkInMember(a)}
          onUndo={() => setUndoing(a)}
        />
      ))}
      <LoadMoreButton
        pageInfo={data?.eventAttendees.pageInfo}
        loading={loading}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
      {undoing ? (
        <UndoModal
          eventId={eventId}
          attendee={undoing}
          onClose={() => setUndoing(null)}
          onDone={onChanged}
        />
      ) : null}
    </Stack>
  );
}

function AttendeeRow({
  attendee: a,
  busy,
  onCheckIn,
  onUndo,
}: {
  attendee: AttendeeFieldsFragment;
  busy: boolean;
  onCheckIn: () => void;
  onUndo: () => void;
}) {
  const { t, i18n } = useTranslation('eventsStaff');
  const name = a.member.displayName;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid="check-in-attendee"
      data-checked-in={a.checkedInAt ? 'true' : 'false'}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <MemberIdentity
          member={a.member}
          size="md"
          extra={a.guests > 0 ? t('checkIn.guests', { count: a.guests }) : undefined}
        >
          {a.checkedInAt ? (
            <Text size="xs" c="green.8">
              {t('checkIn.checkedInAt', { time: formatDateTime(a.checkedInAt, i18n.language) })}
            </Text>
          ) : null}
        </MemberIdentity>
        {a.checkedInAt ? (
          <Button
            size="sm"
            variant="subtle"
            color="red"
            aria-label={t('checkIn.undoMember', { name })}
            onClick={onUndo}
          >
            {t('checkIn.undo')}
          </Button>
        ) : (
          <Button
            size="sm"
            loading={busy}
            aria-label={t('checkIn.checkInMember', { name })}
            onClick={onCheckIn}
          >
            {t('checkIn.submit')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

function UndoModal({
  eventId,
  attendee,
  onClose,
  onDone,
}: {
  eventId: string;
  attendee: AttendeeFieldsFragment;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation(['eventsStaff', 'common']);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [undo, { loading }] = useMutation(UndoCheckInDocument, {
    refetchQueries: ['EventAttendees'],
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    if (reason.trim() === '') return setFieldError(t('form.issues.REQUIRED'));
    if ([...reason].length > EVENT_LIMITS.undoReasonMax)
      return setFieldError(
        fieldErrorMessage(t, {
          field: 'reason',
          issue: 'TOO_LONG',
          params: { max: EVENT_LIMITS.undoReasonMax },
        }),
      );
    setFieldError(null);
    try {
      await undo({
        variables: { input: { eventId, memberId: attendee.member.id, reason: reason.trim() } },
      });
      notifications.show({ color: 'kizuna', message: t('checkIn.undone') });
      onDone();
      onClose();
    } catch (error) {
      const mapped = mapErrorToForm(t, error, ['reason']);
      setFieldError(mapped.fieldErrors.reason ?? null);
      setMessage(mapped.formMessage);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('checkIn.undoTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="undo-check-in">
        <Stack gap="md">
          <FormAlert message={message} />
          <Text>{t('checkIn.undoLead', { name: attendee.member.displayName })}</Text>
          <Textarea
            label={t('checkIn.undoReason')}
            description={t('checkIn.undoReasonHint')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={EVENT_LIMITS.undoReasonMax + 20}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('checkIn.undoConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
