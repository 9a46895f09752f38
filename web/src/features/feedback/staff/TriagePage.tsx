import { useState } from 'react';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDownload, IconInbox, IconSettings, IconX } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ADMIN, canAccess } from '../../../app/access';
import { useViewer } from '../../../app/session';
import type { IdeaCardFieldsFragment, IdeaStatus } from '../../../gql/graphql';
import { errorMessage, toAppError } from '../../../ui/errors';
import { Page } from '../../../ui/Page';
import { PillTabs } from '../../../ui/PillTabs';
import { RelativeTime } from '../../../ui/RelativeTime';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../../ui/states';
import { RanksDocument } from '../../points/graphql';
import { FeedbackBoardsDocument, IdeasDocument } from '../graphql';
import { IDEA_STATUSES, ideasCsvUrl, isProductTeam, localName } from '../logic';
import { IdeaStatusBadge } from '../parts';
import { triageVariables, TRIAGE_TABS, type TriageTab } from './logic';
import { StatusForm, useReviewIdea } from './StatusForm';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';

const PAGE = 50;

/** New ideas to approve or answer, and every idea by board, status, tag and voters' rank. */
export function TriagePage() {
  const { t, i18n } = useTranslation(['feedbackStaff', 'feedback', 'common']);
  const [params, setParams] = useSearchParams();
  const tab: TriageTab = (TRIAGE_TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as TriageTab)
    : 'PENDING';
  const boardId = params.get('board');
  const status = (IDEA_STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as IdeaStatus)
    : null;
  const tag = params.get('tag');
  const rank = params.get('rank') ? Number(params.get('rank')) : null;
  const boards = useQuery(FeedbackBoardsDocument);
  const ranks = useQuery(RanksDocument);
  const [tagDraft, setTagDraft] = useState(tag ?? '');
  const { viewer } = useViewer();

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (!value) next.delete(name);
    else next.set(name, value);
    // The status filter shows on "every idea" only: it must not narrow another tab unseen.
    if (name === 'tab') next.delete('status');
    setParams(next, { replace: true });
  };
  const variables = triageVariables(tab, { boardId, status, tag, minVoterRankPosition: rank });

  return (
    <Page
      title={t('triage.title')}
      description={t('triage.lead')}
      actions={
        <>
          {canAccess(ADMIN, viewer) ? (
            <Button
              component={Link}
              to="/manage/feedback/boards"
              variant="default"
              leftSection={<IconSettings size={16} aria-hidden />}
            >
              {t('triage.boards')}
            </Button>
          ) : null}
          <Button
            component="a"
            href={ideasCsvUrl({ boardId: variables.boardId, status: variables.status })}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('triage.csv')}
          </Button>
        </>
      }
    >
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('triage.board')}
          placeholder={t('triage.allBoards')}
          data={(boards.data?.feedbackBoards ?? []).map((b) => ({
            value: b.id,
            label: localName(b, i18n.language),
          }))}
          value={boardId}
          onChange={(value) => setParam('board', value)}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
        {tab === 'ALL' ? (
          <Select
            label={t('triage.status')}
            placeholder={t('triage.allStatuses')}
            data={IDEA_STATUSES.map((s) => ({ value: s, label: t(`feedback:status.${s}`) }))}
            value={status}
            onChange={(value) => setParam('status', value)}
            clearable
            w={{ base: '100%', xs: 180 }}
          />
        ) : null}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setParam('tag', tagDraft.trim().replace(/^#+/, '') || null);
          }}
        >
          <TextInput
            label={t('triage.tag')}
            value={tagDraft}
            onChange={(event) => setTagDraft(event.currentTarget.value)}
            onBlur={() => setParam('tag', tagDraft.trim().replace(/^#+/, '') || null)}
            w={{ base: '100%', xs: 160 }}
          />
        </form>
        <Select
          label={t('triage.rank')}
          placeholder={t('triage.anyRank')}
          data={(ranks.data?.ranks ?? []).map((r) => ({
            value: String(r.position),
            label: t('triage.rankOrAbove', { rank: `${r.icon} ${localName(r, i18n.language)}` }),
          }))}
          value={rank === null ? null : String(rank)}
          onChange={(value) => setParam('rank', value)}
          clearable
          w={{ base: '100%', xs: 220 }}
        />
      </Group>
      {tag || rank !== null || tab === 'PENDING' ? (
        <Text size="xs" c="dimmed">
          {t('triage.csvFilters')}
        </Text>
      ) : null}
      <PillTabs
        label={t('triage.tabsLabel')}
        tabs={TRIAGE_TABS.map((value) => ({ value, label: t(`triage.tabs.${value}`) }))}
        value={tab}
        onChange={(next) => setParam('tab', next === 'PENDING' ? null : next)}
      >
        <TriageList
          key={`${tab}-${boardId}-${status}-${tag}-${rank}`}
          variables={{ ...variables, first: PAGE }}
          pending={tab === 'PENDING'}
        />
      </PillTabs>
    </Page>
  );
}

function TriageList({
  variables,
  pending,
}: {
  variables: ReturnType<typeof triageVariables> & { first: number };
  pending: boolean;
}) {
  const { t, i18n } = useTranslation(['feedbackStaff', 'feedback', 'common']);
  const { viewer } = useViewer();
  const product = isProductTeam(viewer?.role);
  const { data, error, refetch, fetchMore, loading } = useQuery(IdeasDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [selected, setSelected] = useState<string[]>([]);
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={5} height={48} />;
  const { nodes, pageInfo, totalCount } = data.ideas;
  if (nodes.length === 0) {
    return (
      <EmptyPanel
        icon={<IconInbox size={28} aria-hidden />}
        title={pending ? t('triage.emptyPending') : t('triage.empty')}
      />
    );
  }
  const allChosen = nodes.every((n) => selected.includes(n.id));
  const toggle = (id: string) =>
    setSelected((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('triage.count', { count: totalCount })}
      </Text>
      {product && !pending ? (
        <StatusForm bulk ids={selected} onDone={() => setSelected([])} />
      ) : null}
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" highlightOnHover data-testid="triage-table">
          <Table.Thead>
            <Table.Tr>
              {product && !pending ? (
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t('triage.selectAll')}
                    checked={allChosen}
                    indeterminate={!allChosen && selected.length > 0}
                    onChange={() => setSelected(allChosen ? [] : nodes.map((n) => n.id))}
                  />
                </Table.Th>
              ) : null}
              <Table.Th>{t('triage.columns.title')}</Table.Th>
              <Table.Th>{t('triage.columns.status')}</Table.Th>
              <Table.Th ta="right">{t('triage.columns.votes')}</Table.Th>
              <Table.Th>{t('triage.columns.board')}</Table.Th>
              <Table.Th>{t('triage.columns.created')}</Table.Th>
              {pending ? <Table.Th>{t('triage.columns.review')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nodes.map((idea) => (
              <Table.Tr key={idea.id} data-testid="triage-row" data-idea-id={idea.id}>
                {product && !pending ? (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('triage.select', { title: idea.title })}
                      checked={selected.includes(idea.id)}
                      onChange={() => toggle(idea.id)}
                    />
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <Anchor component={Link} to={`/manage/feedback/ideas/${idea.id}`} fw={600}>
                    {idea.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <IdeaStatusBadge status={idea.status} />
                </Table.Td>
                <Table.Td ta="right">{idea.voteCount}</Table.Td>
                <Table.Td>{localName(idea.board, i18n.language)}</Table.Td>
                <Table.Td>
                  <RelativeTime iso={idea.createdAt} />
                </Table.Td>
                {pending ? (
                  <Table.Td>
                    <ReviewButtons idea={idea} />
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={loading}
        onLoadMore={(after) =>
          fetchMore({ variables: { after } }).catch((e: unknown) =>
            notifications.show({ color: 'red', message: errorMessage(t, toAppError(e)) }),
          )
        }
      />
    </Stack>
  );
}

function ReviewButtons({ idea }: { idea: IdeaCardFieldsFragment }) {
  const { t } = useTranslation(['feedbackStaff', 'common']);
  const { run, loading } = useReviewIdea();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        leftSection={<IconCheck size={14} aria-hidden />}
        loading={loading}
        aria-label={t('triage.approveIdea', { title: idea.title })}
        onClick={() => void run(idea.id, true)}
      >
        {t('triage.approve')}
      </Button>
      <Button
        size="xs"
        variant="default"
        color="red"
        leftSection={<IconX size={14} aria-hidden />}
        disabled={loading}
        aria-label={t('triage.rejectIdea', { title: idea.title })}
        onClick={() => void run(idea.id, false)}
      >
        {t('triage.reject')}
      </Button>
    </Group>
  );
}
