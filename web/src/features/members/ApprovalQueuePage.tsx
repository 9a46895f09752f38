import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconUserCheck, IconX } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MembersQuery } from '../../gql/graphql';
import { errorMessage, toAppError } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import {
  ApproveMemberDocument,
  MembersDocument,
  PendingApprovalCountDocument,
  RejectMemberDocument,
} from './graphql';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

type Member = MembersQuery['members']['nodes'][number];
type Decision = { member: Member; kind: 'approve' | 'reject' };

const QUEUE_VARIABLES = { first: 50, status: 'PENDING' as const };

function ConfirmDecision({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const { t } = useTranslation(['members', 'common']);
  const { member, kind } = decision;
  const refetch = {
    refetchQueries: [
      { query: MembersDocument, variables: QUEUE_VARIABLES },
      { query: PendingApprovalCountDocument },
    ],
  };
  const [approve, approving] = useMutation(ApproveMemberDocument, refetch);
  const [reject, rejecting] = useMutation(RejectMemberDocument, {
    ...refetch,
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Member', id: data.rejectMember }) });
      cache.gc();
    },
  });

  const confirm = async () => {
    try {
      if (kind === 'approve') await approve({ variables: { memberId: member.id } });
      else await reject({ variables: { memberId: member.id } });
      notifications.show({
        color: 'kizuna',
        message: t(kind === 'approve' ? 'queue.approved' : 'queue.rejected', {
          name: member.displayName,
        }),
      });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t(kind === 'approve' ? 'queue.approveTitle' : 'queue.rejectTitle', {
        name: member.displayName,
      })}
    >
      <Stack gap="md">
        <Text size="sm">
          {t(kind === 'approve' ? 'queue.approveBody' : 'queue.rejectBody', {
            name: member.displayName,
          })}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color={kind === 'approve' ? 'kizuna' : 'red'}
            loading={approving.loading || rejecting.loading}
            onClick={() => void confirm()}
          >
            {t(kind === 'approve' ? 'queue.approve' : 'queue.reject')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function ApprovalQueuePage() {
  const { t, i18n } = useTranslation(['members', 'common']);
  const [decision, setDecision] = useState<Decision | null>(null);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(MembersDocument, {
    variables: QUEUE_VARIABLES,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const members = data?.members.nodes ?? [];
  const pageInfo = data?.members.pageInfo;

  return (
    <Page title={t('queue.title')} description={t('queue.lead')} size="md">
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={3} height={88} /> : null}
      {data && members.length === 0 ? (
        <EmptyPanel
          icon={<IconUserCheck size={28} aria-hidden />}
          title={t('queue.emptyTitle')}
          description={t('queue.emptyBody')}
        />
      ) : null}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {members.map((m) => (
          <Paper key={m.id} withBorder radius="lg" p="md" component="li" data-testid="queue-item">
            <Group justify="space-between" gap="md">
              <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
                <MemberAvatar displayName={m.displayName} avatarUrl={m.avatarUrl} size={44} />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fw={700}>{m.displayName}</Text>
                  <Text size="sm" c="dimmed">
                    @{m.handle}
                    {m.email ? ` · ${m.email}` : ''}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('queue.requestedAt', { date: formatDateTime(m.joinedAt, i18n.language) })}
                  </Text>
                </Stack>
              </Group>
              <Group gap="xs">
                <Button
                  variant="default"
                  color="red"
                  leftSection={<IconX size={16} aria-hidden />}
                  onClick={() => setDecision({ member: m, kind: 'reject' })}
                  aria-label={t('queue.rejectNamed', { name: m.displayName })}
                >
                  {t('queue.reject')}
                </Button>
                <Button
                  leftSection={<IconCheck size={16} aria-hidden />}
                  onClick={() => setDecision({ member: m, kind: 'approve' })}
                  aria-label={t('queue.approveNamed', { name: m.displayName })}
                >
                  {t('queue.approve')}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
      {decision ? <ConfirmDecision decision={decision} onClose={() => setDecision(null)} /> : null}
    </Page>
  );
}
