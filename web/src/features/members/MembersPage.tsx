import { useState } from 'react';
import {
  Anchor,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUsers } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole } from '../../app/access';
import { useViewer } from '../../app/session';
import type { MemberStatus, Role } from '../../gql/graphql';
import { RoleBadge, StatusBadge } from '../../ui/badges';
import { RankChip } from '../points/RankChip';
import { formatDate } from '../../ui/format';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { CommunityDocument } from '../community/graphql';
import { MembersDocument } from './graphql';
import { MemberActions, ROLE_ORDER } from './MemberActions';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

const PAGE_SIZE = 20;
const STATUSES: MemberStatus[] = ['ACTIVE', 'PENDING', 'SUSPENDED'];

export function MembersPage() {
  const { t, i18n } = useTranslation(['members', 'common']);
  const { viewer } = useViewer();
  const isAdmin = hasAnyRole(viewer?.role, ['ADMIN']);
  const { data: communityData } = useQuery(CommunityDocument);
  // Admins change roles and suspend anyone; moderators suspend members when the community lets them.
  const modsSuspend = !!communityData?.community.moderatorsCanSuspend;
  const canSuspend = isAdmin || (hasAnyRole(viewer?.role, ['MODERATOR']) && modsSuspend);
  const actionsFor = (m: { id: string; role: Role; status: MemberStatus | null }) =>
    m.id !== viewer?.id &&
    (isAdmin || (canSuspend && m.role === 'MEMBER' && m.status !== 'PENDING'));
  // The moderation record is for the people the viewer moderates: members (admins: anyone else).
  const hasRecordFor = (m: { id: string; role: Role }) =>
    m.id !== viewer?.id && (isAdmin || m.role === 'MEMBER');
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [status, setStatus] = useState<MemberStatus | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 300);

  const { data, error, refetch, fetchMore, networkStatus } = useQuery(MembersDocument, {
    variables: { first: PAGE_SIZE, search: debounced || null, role, status },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const members = data?.members.nodes ?? [];
  const pageInfo = data?.members.pageInfo;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const filtered = !!(debounced || role || status);

  return (
    <Page title={t('list.title')} description={t('list.lead')} size="xl">
      <Paper withBorder radius="lg" p="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('list.search')}
            placeholder={t('list.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: '1 1 260px' }}
            type="search"
          />
          <Select
            label={t('list.role')}
            placeholder={t('list.allRoles')}
            data={ROLE_ORDER.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
            value={role}
            onChange={(v) => setRole(v as Role | null)}
            clearable
            w={{ base: '100%', xs: 200 }}
          />
          <Select
            label={t('list.status')}
            placeholder={t('list.allStatuses')}
            data={STATUSES.map((s) => ({ value: s, label: t(`common:memberStatus.${s}`) }))}
            value={status}
            onChange={(v) => setStatus(v as MemberStatus | null)}
            clearable
            w={{ base: '100%', xs: 200 }}
          />
        </Group>
      </Paper>

      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={6} /> : null}
      {data && members.length === 0 ? (
        <EmptyPanel
          icon={<IconUsers size={28} aria-hidden />}
          title={filtered ? t('list.noMatchTitle') : t('list.emptyTitle')}
          description={filtered ? t('list.noMatchBody') : t('list.emptyBody')}
        />
      ) : null}
      {members.length > 0 ? (
        <Paper withBorder radius="lg">
          <Table.ScrollContainer minWidth={760}>
            <Table
              verticalSpacing="sm"
              horizontalSpacing="md"
              highlightOnHover
              aria-label={t('list.title')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.colMember')}</Table.Th>
                  <Table.Th>{t('list.colEmail')}</Table.Th>
                  <Table.Th>{t('list.colRole')}</Table.Th>
                  <Table.Th>{t('list.colStatus')}</Table.Th>
                  <Table.Th>{t('list.colJoined')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('list.colActions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.map((m) => (
                  <Table.Tr key={m.id} data-testid="member-row">
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <MemberAvatar
                          displayName={m.displayName}
                          avatarUrl={m.avatarUrl}
                          size={36}
                        />
                        <Stack gap={0} style={{ minWidth: 0 }}>
                          <Anchor component={Link} to={`/members/${m.handle}`} fw={600} size="sm">
                            {m.displayName}
                          </Anchor>
                          <Group gap={6} wrap="nowrap">
                            <Text size="xs" c="dimmed">
                              @{m.handle}
                            </Text>
                            <RankChip rank={m.rank} size="xs" />
                          </Group>
                        </Stack>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{m.email ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <RoleBadge role={m.role} />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <StatusBadge status={m.status} />
                        {m.status === 'SUSPENDED' && m.suspensionReason ? (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {t('list.reason', { reason: m.suspensionReason })}
                          </Text>
                        ) : null}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(m.joinedAt, i18n.language)}</Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {hasRecordFor(m) ? (
                        <MemberActions
                          member={m}
                          canChangeRole={isAdmin}
                          canSuspend={actionsFor(m)}
                        />
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={loadingMore}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
    </Page>
  );
}
