import { useState } from 'react';
import { Button, Select, Stack, Table } from '@mantine/core';
import { IconArrowLeft, IconFileSpreadsheet, IconMail, IconQrcode } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RsvpStatus } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/format';
import { MemberIdentity } from '../../../ui/MemberIdentity';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../../ui/states';
import { rankName } from '../../points/rankNames';
import { EventAttendeesDocument, StaffEventDocument } from './graphql';
import { EventCounts, EventWhen, RsvpBadge } from './parts';
import { MessageAttendeesModal } from './MessageAttendeesModal';
import { useEventLive } from '../useEventLive';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

const PAGE = 50;
const STATUSES: RsvpStatus[] = ['GOING', 'OFFERED', 'WAITLISTED', 'INTERESTED', 'NOT_GOING'];

/** `/manage/events/:id/attendees`: every RSVP, with rank, guests and check-in, by status. */
export function AttendeesPage() {
  const { t, i18n } = useTranslation(['eventsStaff', 'common']);
  const { id = '' } = useParams();
  const [status, setStatus] = useState<RsvpStatus | null>(null);
  /** The message dialog, open with whether the event had started when it was opened. */
  const [writing, setWriting] = useState<{ started: boolean } | null>(null);
  const event = useQuery(StaffEventDocument, { variables: { id } });
  const { data, error, refetch, fetchMore, loading } = useQuery(EventAttendeesDocument, {
    variables: { eventId: id, status, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  useEventLive(event.data?.event ?? null, () => void refetch().catch(() => undefined));
  const nodes = data?.eventAttendees.nodes ?? [];
  const lang = i18n.language;
  return (
    <Page
      title={t('attendees.title')}
      description={event.data?.event.title}
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
          {event.data?.event.attendeesCsvUrl ? (
            <Button
              variant="default"
              component="a"
              href={event.data.event.attendeesCsvUrl}
              download
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            >
              {t('attendees.exportCsv')}
            </Button>
          ) : null}
          {event.data && event.data.event.status !== 'DRAFT' ? (
            <Button
              variant="default"
              onClick={() =>
                setWriting({ started: Date.parse(event.data!.event.startsAt) <= Date.now() })
              }
              leftSection={<IconMail size={16} aria-hidden />}
            >
              {t('message.open')}
            </Button>
          ) : null}
          {event.data?.event.status === 'PUBLISHED' ? (
            <Button
              variant="light"
              component={Link}
              to={`/manage/events/${id}/check-in`}
              leftSection={<IconQrcode size={16} aria-hidden />}
            >
              {t('list.checkIn')}
            </Button>
          ) : null}
        </>
      }
    >
      {event.error && !event.data ? (
        <ErrorPanel error={event.error} onRetry={() => event.refetch()} />
      ) : null}
      {event.data ? (
        <MessageAttendeesModal
          eventId={id}
          started={writing?.started ?? false}
          opened={!!writing}
          onClose={() => setWriting(null)}
        />
      ) : null}
      {event.data ? (
        <Stack gap={4}>
          <EventWhen event={event.data.event} />
          <EventCounts event={event.data.event} />
        </Stack>
      ) : null}
      <Select
        label={t('attendees.filter')}
        value={status ?? 'ALL'}
        onChange={(v) => setStatus(!v || v === 'ALL' ? null : (v as RsvpStatus))}
        allowDeselect={false}
        maw={260}
        data={[
          { value: 'ALL', label: t('attendees.all') },
          ...STATUSES.map((s) => ({ value: s, label: t(`rsvp.${s}`) })),
        ]}
        data-testid="attendee-filter"
      />
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={6} /> : null}
      {data && nodes.length === 0 ? (
        <EmptyPanel title={status ? t('attendees.emptyFiltered') : t('attendees.empty')} />
      ) : null}
      {nodes.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attendees.member')}</Table.Th>
                <Table.Th>{t('attendees.status')}</Table.Th>
                <Table.Th>{t('attendees.rank')}</Table.Th>
                <Table.Th>{t('attendees.guests')}</Table.Th>
                <Table.Th>{t('attendees.respondedAt')}</Table.Th>
                <Table.Th>{t('attendees.checkedIn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {nodes.map((a) => (
                <Table.Tr key={a.member.id} data-testid="attendee-row">
                  <Table.Td>
                    <MemberIdentity member={a.member} />
                  </Table.Td>
                  <Table.Td>
                    <RsvpBadge status={a.status} waitlistPosition={a.waitlistPosition} />
                  </Table.Td>
                  <Table.Td>{rankName(a.member.rank, lang)}</Table.Td>
                  <Table.Td>{a.guests}</Table.Td>
                  <Table.Td>{formatDateTime(a.respondedAt, lang)}</Table.Td>
                  <Table.Td data-testid="attendee-checked-in">
                    {a.checkedInAt
                      ? formatDateTime(a.checkedInAt, lang)
                      : t('attendees.notCheckedIn')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMoreButton
        pageInfo={data?.eventAttendees.pageInfo}
        loading={loading}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
    </Page>
  );
}
