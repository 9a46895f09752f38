import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconTicket } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@kizuna/shared';
import type { InvitesQuery } from '../../gql/graphql';
import { InviteStatusBadge } from '../../ui/badges';
import { FormAlert } from '../../ui/FormAlert';
import { errorMessage, toAppError } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { useServerErrors } from '../../ui/useServerErrors';
import { intRange, maxLen, rule } from '../../ui/validators';
import { CreateInviteDocument, InvitesDocument, RevokeInviteDocument } from './graphql';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

type Invite = InvitesQuery['invites']['nodes'][number];
const PAGE_SIZE = 20;
const EXPIRY_DAYS = ['never', '1', '7', '30', '90'] as const;

/** The ISO time `days` days from now (called when the form is sent, not while rendering). */
function expiryAfter(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

function CreateInviteForm() {
  const { t } = useTranslation(['community', 'common']);
  const [create, { loading }] = useMutation(CreateInviteDocument, {
    refetchQueries: [{ query: InvitesDocument, variables: { first: PAGE_SIZE } }],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    initialValues: { note: '', maxUses: '' as string | number, expiresIn: '7' as string },
    validate: {
      note: rule(t, 'note', maxLen(200)),
      maxUses: rule(t, 'maxUses', intRange(1, LIMITS.inviteMaxUses)),
    },
  });
  const server = useServerErrors(form, { expiresAt: 'expiresIn' });

  const submit = form.onSubmit(async (values) => {
    server.clear();
    const days = values.expiresIn === 'never' ? null : Number(values.expiresIn);
    try {
      const { data } = await create({
        variables: {
          input: {
            note: values.note.trim() || null,
            maxUses: values.maxUses === '' ? null : Number(values.maxUses),
            expiresAt: days ? expiryAfter(days) : null,
          },
        },
      });
      form.reset();
      notifications.show({
        color: 'kizuna',
        title: t('invites.created'),
        message: data ? t('invites.createdCode', { code: data.createInvite.code }) : '',
      });
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('invites.createTitle')}
          </Title>
          <FormAlert message={server.message} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              label={t('invites.note')}
              description={t('invites.noteHint')}
              maxLength={200}
              {...form.getInputProps('note')}
            />
            <NumberInput
              label={t('invites.maxUses')}
              description={t('invites.maxUsesHint')}
              min={1}
              max={LIMITS.inviteMaxUses}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('maxUses')}
            />
            <Select
              label={t('invites.expiresIn')}
              description={t('invites.expiresInHint')}
              data={EXPIRY_DAYS.map((d) => ({
                value: d,
                label: d === 'never' ? t('invites.never') : t('invites.days', { count: Number(d) }),
              }))}
              allowDeselect={false}
              {...form.getInputProps('expiresIn')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={loading}
              leftSection={<IconTicket size={18} aria-hidden />}
            >
              {t('invites.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RevokeModal({ invite, onClose }: { invite: Invite; onClose: () => void }) {
  const { t } = useTranslation(['community', 'common']);
  const [revoke, { loading }] = useMutation(RevokeInviteDocument);
  const confirm = async () => {
    try {
      await revoke({ variables: { id: invite.id } });
      notifications.show({ color: 'kizuna', message: t('invites.revoked') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    }
  };
  return (
    <Modal opened onClose={onClose} centered title={t('invites.revokeTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('invites.revokeBody', { code: invite.code })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {t('invites.revoke')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CopyCode({ code }: { code: string }) {
  const { t } = useTranslation(['community', 'common']);
  return (
    <CopyButton value={code} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('invites.copied') : t('invites.copy')} withArrow>
          <ActionIcon
            variant="subtle"
            color={copied ? 'kizuna' : 'gray'}
            onClick={copy}
            aria-label={copied ? t('invites.copied') : t('invites.copyCode', { code })}
          >
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

export function InvitesPage() {
  const { t, i18n } = useTranslation(['community', 'common']);
  const [revoking, setRevoking] = useState<Invite | null>(null);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(InvitesDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const invites = data?.invites.nodes ?? [];
  const pageInfo = data?.invites.pageInfo;

  return (
    <Page title={t('invites.title')} description={t('invites.lead')} size="xl">
      <CreateInviteForm />
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={3} /> : null}
      {data && invites.length === 0 ? (
        <EmptyPanel
          icon={<IconTicket size={28} aria-hidden />}
          title={t('invites.emptyTitle')}
          description={t('invites.emptyBody')}
        />
      ) : null}
      {invites.length > 0 ? (
        <Paper withBorder radius="lg">
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('invites.listLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('invites.colCode')}</Table.Th>
                  <Table.Th>{t('invites.colNote')}</Table.Th>
                  <Table.Th>{t('invites.colStatus')}</Table.Th>
                  <Table.Th>{t('invites.colUses')}</Table.Th>
                  <Table.Th>{t('invites.colExpires')}</Table.Th>
                  <Table.Th>{t('invites.colCreated')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invites.map((inv) => (
                  <Table.Tr key={inv.id} data-testid="invite-row">
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Code fz="sm">{inv.code}</Code>
                        <CopyCode code={inv.code} />
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {inv.note || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <InviteStatusBadge status={inv.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {inv.maxUses == null
                          ? t('invites.usesUnlimited', { uses: inv.uses })
                          : t('invites.usesOf', { uses: inv.uses, max: inv.maxUses })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {inv.expiresAt
                          ? formatDateTime(inv.expiresAt, i18n.language)
                          : t('invites.never')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(inv.createdAt, i18n.language)}</Text>
                      {inv.createdBy ? (
                        <Text size="xs" c="dimmed">
                          {inv.createdBy.displayName}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td ta="right">
                      {inv.status === 'ACTIVE' ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setRevoking(inv)}
                        >
                          {t('invites.revoke')}
                        </Button>
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
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
      {revoking ? <RevokeModal invite={revoking} onClose={() => setRevoking(null)} /> : null}
    </Page>
  );
}
