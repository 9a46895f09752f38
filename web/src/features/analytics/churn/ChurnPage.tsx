import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconMail, IconMoodHappy } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CHURN } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { canAccess, STAFF } from '../../../app/access';
import { useViewer } from '../../../app/session';
import type { ChurnReason, ChurnRisksQuery } from '../../../gql/graphql';
import { FormAlert } from '../../../ui/FormAlert';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../../ui/states';
import { useServerErrors } from '../../../ui/useServerErrors';
import { charLength, maxLen, required, rule } from '../../../ui/validators';
import { formatDay } from '../../../ui/format';
import { formatCount, formatYen } from '../dashboard/logic';
import { ANALYTICS_PATHS, PAGE_SIZE, pageParam } from '../engagement/logic';
import { ListPagination, MemberCell, TierBadge, Trend } from '../engagement/parts';
import { ChurnRisksDocument, MessageMembersDocument } from './graphql';
import {
  MESSAGE_LIMITS,
  MESSAGE_RECIPIENTS_MAX,
  pageSelection,
  reasonParam,
  REASONS,
  select,
} from './logic';

type Risk = ChurnRisksQuery['churnRisks']['nodes'][number];

const REASON_COLORS: Record<ChurnReason, string> = {
  ENGAGEMENT_DROP: 'orange',
  GONE_SILENT: 'gray',
  HIGH_LTV_DETRACTOR: 'red',
};

/** Members drifting away, with why, so that a moderator reaches out before they are gone. */
export default function ChurnPage() {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const reason = reasonParam(params);
  const page = pageParam(params);
  const { viewer } = useViewer();
  const mayMessage = canAccess(STAFF, viewer);
  const { data, previousData, error, loading, refetch } = useQuery(ChurnRisksDocument, {
    variables: { reason, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.churnRisks;
  // Kept across pages and filters: a moderator gathers whom to write to, then writes once.
  const [selected, setSelected] = useState<string[]>([]);
  const [capped, setCapped] = useState(false);
  const [writing, setWriting] = useState(false);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    if (name !== 'page') next.delete('page');
    setParams(next, { replace: name !== 'page' });
  };
  const tick = (ids: string[], on: boolean) => {
    const next = select(selected, ids, on);
    setSelected(next.selected);
    setCapped(next.capped);
  };
  const pageIds = shown?.nodes.map((n) => n.memberId) ?? [];
  const pageState = pageSelection(selected, pageIds);

  return (
    <Page
      title={t('churn.title')}
      description={t('churn.lead', {
        drop: Math.round(CHURN.dropShare * 100),
        days: CHURN.silentDays,
      })}
      actions={
        <Anchor component={Link} to={ANALYTICS_PATHS.dashboard} size="sm">
          {t('nav.backToDashboard')}
        </Anchor>
      }
    >
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <SegmentedControl
          value={reason ?? 'ALL'}
          onChange={(v) => setParam('reason', v === 'ALL' ? null : v.toLowerCase())}
          data={[
            { value: 'ALL', label: t('churn.allReasons') },
            ...REASONS.map((r) => ({ value: r, label: t(`churnReasons.${r}.label`) })),
          ]}
          aria-label={t('churn.reasonFilter')}
          data-testid="reason-filter"
        />
        {shown ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('churn.count', { count: shown.totalCount, n: formatCount(shown.totalCount, lang) })}
          </Text>
        ) : null}
      </Group>
      {mayMessage ? (
        <Paper withBorder radius="md" p="sm" data-testid="selection-bar">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" aria-live="polite" data-testid="selected-count">
              {t('churn.selected', {
                count: selected.length,
                n: formatCount(selected.length, lang),
                max: MESSAGE_RECIPIENTS_MAX,
              })}
            </Text>
            <Group gap="sm">
              {selected.length > 0 ? (
                <Button
                  variant="subtle"
                  onClick={() => {
                    setSelected([]);
                    setCapped(false);
                  }}
                >
                  {t('churn.clearSelection')}
                </Button>
              ) : null}
              <Button
                leftSection={<IconMail size={16} aria-hidden />}
                disabled={selected.length === 0}
                onClick={() => setWriting(true)}
                data-testid="message-selected"
              >
                {t('churn.message')}
              </Button>
            </Group>
          </Group>
          {capped ? (
            <Alert color="yellow" variant="light" mt="xs" role="alert">
              {t('churn.capped', { max: MESSAGE_RECIPIENTS_MAX })}
            </Alert>
          ) : null}
        </Paper>
      ) : null}
      {error && !shown ? (
        <ErrorPanel error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <ListSkeleton rows={6} />
      ) : shown.nodes.length === 0 ? (
        <EmptyPanel
          icon={<IconMoodHappy size={28} aria-hidden />}
          title={reason ? t('churn.emptyReason') : t('churn.empty')}
          description={t('churn.emptyHint')}
        />
      ) : (
        <Stack gap="sm" aria-busy={loading}>
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" aria-label={t('churn.listLabel')} data-testid="churn-list">
              <Table.Thead>
                <Table.Tr>
                  {mayMessage ? (
                    <Table.Th w={40}>
                      <Checkbox
                        aria-label={t('churn.selectPage')}
                        checked={pageState === 'all'}
                        indeterminate={pageState === 'some'}
                        onChange={(e) => tick(pageIds, e.currentTarget.checked)}
                        data-testid="select-page"
                      />
                    </Table.Th>
                  ) : null}
                  <Table.Th scope="col">{t('engagement.columns.member')}</Table.Th>
                  <Table.Th scope="col">{t('churn.columns.reasons')}</Table.Th>
                  <Table.Th scope="col">{t('engagement.columns.score')}</Table.Th>
                  <Table.Th scope="col">{t('engagement.columns.lastActive')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('churn.columns.ltv')}
                  </Table.Th>
                  <Table.Th scope="col">{t('churn.columns.nps')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.nodes.map((row) => (
                  <RiskRow
                    key={row.memberId}
                    row={row}
                    selectable={mayMessage}
                    checked={selected.includes(row.memberId)}
                    onCheck={(on) => tick([row.memberId], on)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination
            total={shown.totalCount}
            page={page}
            onPage={(p) => setParam('page', p === 1 ? null : String(p))}
          />
        </Stack>
      )}
      {writing ? (
        <MessageModal
          memberIds={selected}
          onClose={() => setWriting(false)}
          onSent={() => {
            setWriting(false);
            setSelected([]);
            setCapped(false);
          }}
        />
      ) : null}
    </Page>
  );
}

function RiskRow({
  row,
  selectable,
  checked,
  onCheck,
}: {
  row: Risk;
  selectable: boolean;
  checked: boolean;
  onCheck: (on: boolean) => void;
}) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  return (
    <Table.Tr data-testid="churn-row" data-member={row.member.handle}>
      {selectable ? (
        <Table.Td>
          <Checkbox
            aria-label={t('churn.selectMember', { name: row.member.displayName })}
            checked={checked}
            onChange={(e) => onCheck(e.currentTarget.checked)}
            data-testid="select-member"
          />
        </Table.Td>
      ) : null}
      <Table.Td>
        <MemberCell member={row.member} />
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          {row.churnReasons.map((r) => (
            <Stack gap={0} key={r}>
              <Badge color={REASON_COLORS[r]} variant="light" radius="sm" data-reason={r}>
                {t(`churnReasons.${r}.label`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {t(`churnReasons.${r}.hint`, {
                  drop: Math.round(CHURN.dropShare * 100),
                  days: CHURN.silentDays,
                })}
              </Text>
            </Stack>
          ))}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={700}>{formatCount(row.engagementScore, lang)}</Text>
            <TierBadge tier={row.engagementTier} />
          </Group>
          <Trend trend={row.trend} previous={row.previousScore} />
        </Stack>
      </Table.Td>
      <Table.Td>
        {row.lastActiveOn ? formatDay(row.lastActiveOn, lang) : t('common.never')}
      </Table.Td>
      <Table.Td ta="right">
        {formatYen(row.ltv, lang)}
        {row.highLtv ? (
          <Badge ml={6} size="xs" variant="outline" color="grape">
            {t('churn.highLtv')}
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>
        {row.npsClass ? `${t(`npsClass.${row.npsClass}`)} (${row.npsScore ?? '—'})` : '—'}
      </Table.Td>
    </Table.Tr>
  );
}

/** One message to the chosen members, as a notification (and mail where they chose it). */
function MessageModal({
  memberIds,
  onClose,
  onSent,
}: {
  memberIds: string[];
  onClose: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation(['analytics', 'common']);
  const [send, { loading }] = useMutation(MessageMembersDocument);
  const form = useForm({
    initialValues: { subject: '', body: '' },
    validate: {
      subject: (v: string) =>
        rule(t, 'subject', required, maxLen(MESSAGE_LIMITS.subjectMax))(v.trim()),
      body: (v: string) => rule(t, 'body', required, maxLen(MESSAGE_LIMITS.bodyMax))(v.trim()),
    },
  });
  const server = useServerErrors(form);
  const submit = form.onSubmit(async (v) => {
    server.clear();
    try {
      const { data } = await send({
        variables: { memberIds, subject: v.subject.trim(), body: v.body.trim() },
      });
      notifications.show({
        color: 'kizuna',
        message: t('churn.sent', { count: data?.messageMembers ?? 0 }),
      });
      onSent();
    } catch (error) {
      server.report(error);
    }
  });
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      size="lg"
      title={t('churn.messageTitle', { count: memberIds.length })}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="message-form">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('churn.messageLead')}
          </Text>
          <FormAlert message={server.message} />
          <TextInput
            label={t('churn.subject')}
            required
            maxLength={MESSAGE_LIMITS.subjectMax}
            data-autofocus
            {...form.getInputProps('subject')}
          />
          <Textarea
            label={t('churn.body')}
            description={t('churn.bodyCount', {
              count: charLength(form.values.body),
              max: MESSAGE_LIMITS.bodyMax,
            })}
            required
            autosize
            minRows={5}
            maxRows={14}
            maxLength={MESSAGE_LIMITS.bodyMax}
            {...form.getInputProps('body')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              type="submit"
              loading={loading}
              leftSection={<IconMail size={16} aria-hidden />}
            >
              {t('churn.send', { count: memberIds.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
