import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconBulb, IconPlus, IconX } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useViewer } from '../../app/session';
import type { FeedbackBoardFieldsFragment } from '../../gql/graphql';
import { errorCodeOf, errorMessage, toAppError } from '../../ui/errors';
import { useSignInHref } from '../auth/SignInPrompt';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import {
  FeedbackBoardDocument,
  FeedbackBoardsDocument,
  IDEAS_PAGE_SIZE,
  IdeasDocument,
} from './graphql';
import { boardFilters, IDEA_STATUSES, localName, sortsFor, votesLeft } from './logic';
import { IdeaCard } from './parts';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

const description = (board: { descriptionJa: string; descriptionEn: string }, lang: string) =>
  lang.startsWith('en') && board.descriptionEn ? board.descriptionEn : board.descriptionJa;

/** The community's feedback boards (feature requests, bug reports, product ideas…). */
export function BoardsPage() {
  const { t, i18n } = useTranslation(['feedback', 'common']);
  const { data, error, refetch } = useQuery(FeedbackBoardsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Page
      title={t('boards.title')}
      description={t('boards.lead')}
      actions={
        <Group gap="xs">
          <Button component={Link} to="/roadmap" variant="default">
            {t('roadmap.title')}
          </Button>
          <Button component={Link} to="/changelog" variant="default">
            {t('changelog.title')}
          </Button>
        </Group>
      }
    >
      {error && !data ? (
        <ErrorPanel error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <ListSkeleton rows={3} height={96} />
      ) : data.feedbackBoards.length === 0 ? (
        <EmptyPanel icon={<IconBulb size={28} aria-hidden />} title={t('boards.empty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {[...data.feedbackBoards]
            .sort((a, b) => a.position - b.position)
            .map((board) => (
              <Paper
                key={board.id}
                withBorder
                radius="md"
                p="md"
                component="article"
                data-testid="board-card"
                aria-labelledby={`board-${board.id}`}
              >
                <Stack gap={6}>
                  <Anchor
                    component={Link}
                    to={`/feedback/${board.slug}`}
                    id={`board-${board.id}`}
                    fw={700}
                    size="lg"
                    c="inherit"
                  >
                    {localName(board, i18n.language)}
                  </Anchor>
                  {description(board, i18n.language) ? (
                    <Text size="sm" c="dimmed">
                      {description(board, i18n.language)}
                    </Text>
                  ) : null}
                  <Group gap={6}>
                    <Badge variant="light" color="gray">
                      {t('boards.ideas', { count: board.ideaCount })}
                    </Badge>
                    {board.requiresApproval ? (
                      <Badge variant="outline" color="orange">
                        {t('boards.approval')}
                      </Badge>
                    ) : null}
                  </Group>
                </Stack>
              </Paper>
            ))}
        </SimpleGrid>
      )}
    </Page>
  );
}

/** One board: its ideas with sort and filters, and the way to add one. */
export function BoardPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation(['feedback', 'common']);
  const { data, error, refetch } = useQuery(FeedbackBoardDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const board = data?.feedbackBoard.slug === slug ? data.feedbackBoard : undefined;
  usePageTitle(board ? localName(board, i18n.language) : error ? t('board.notFound') : null);
  if (error && !board) {
    return errorCodeOf(error) === ErrorCode.NOT_FOUND ? (
      <Center py={64}>
        <Notice
          order={1}
          icon={<IconBulb size={30} aria-hidden />}
          title={t('board.notFound')}
          actions={
            <Button component={Link} to="/feedback" variant="light">
              {t('board.back')}
            </Button>
          }
        />
      </Center>
    ) : (
      <Center py="xl">
        <ErrorPanel error={error} onRetry={() => refetch()} />
      </Center>
    );
  }
  if (!board) return <LoadingState minHeight={320} />;
  return <Board board={board} onBudget={() => void refetch()} />;
}

function Board({ board, onBudget }: { board: FeedbackBoardFieldsFragment; onBudget: () => void }) {
  const { t, i18n } = useTranslation(['feedback', 'common']);
  const { viewer } = useViewer();
  const sorts = sortsFor(viewer?.role);
  const [params, setParams] = useSearchParams();
  const { sort, status, tag } = boardFilters(params, sorts);
  const [tagDraft, setTagDraft] = useState(tag ?? '');
  const left = viewer ? votesLeft(board) : null;
  const signIn = useSignInHref();

  const setParam = (name: string, value: string | null, fallback?: string) => {
    const next = new URLSearchParams(params);
    if (!value || value === fallback) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  return (
    <Page
      title={localName(board, i18n.language)}
      description={description(board, i18n.language) || undefined}
      actions={
        !viewer || board.viewerCanPost ? (
          <Button
            component={Link}
            to={viewer ? `/feedback/${board.slug}/new` : signIn}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('board.new')}
          </Button>
        ) : null
      }
    >
      <Anchor component={Link} to="/feedback" size="sm">
        {t('board.back')}
      </Anchor>
      {left !== null ? (
        <Text size="sm" c="dimmed" data-testid="votes-left">
          {t('board.votesLeft', { count: left, budget: board.voteBudget ?? 0 })}
        </Text>
      ) : null}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('board.sort')}
          data={sorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
          value={sort}
          onChange={(value) => setParam('sort', value?.toLowerCase() ?? null, 'votes')}
          allowDeselect={false}
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label={t('board.status')}
          placeholder={t('board.allStatuses')}
          data={IDEA_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={(value) => setParam('status', value?.toLowerCase() ?? null)}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setParam('tag', tagDraft.trim().replace(/^#+/, '') || null);
          }}
        >
          <TextInput
            label={t('board.tag')}
            placeholder={t('board.tagPlaceholder')}
            value={tagDraft}
            onChange={(event) => setTagDraft(event.currentTarget.value)}
            onBlur={() => setParam('tag', tagDraft.trim().replace(/^#+/, '') || null)}
            w={{ base: '100%', xs: 200 }}
          />
        </form>
        {status || tag ? (
          <Button
            variant="subtle"
            leftSection={<IconX size={14} aria-hidden />}
            onClick={() => {
              const next = new URLSearchParams(params);
              next.delete('status');
              next.delete('tag');
              setTagDraft('');
              setParams(next, { replace: true });
            }}
          >
            {t('board.clearFilters')}
          </Button>
        ) : null}
      </Group>
      <IdeaList
        boardId={board.id}
        sort={sort}
        status={status}
        tag={tag}
        filtered={!!status || !!tag}
        onBudget={board.voteBudget != null ? onBudget : undefined}
      />
    </Page>
  );
}

function IdeaList({
  boardId,
  sort,
  status,
  tag,
  filtered,
  onBudget,
}: {
  boardId: string;
  sort: ReturnType<typeof boardFilters>['sort'];
  status: ReturnType<typeof boardFilters>['status'];
  tag: string | null;
  filtered: boolean;
  onBudget?: () => void;
}) {
  const { t } = useTranslation(['feedback', 'common']);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(IdeasDocument, {
    variables: { boardId, sort, status: status ? [status] : null, tag, first: IDEAS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={4} height={84} />;
  const { nodes, pageInfo } = data.ideas;
  if (nodes.length === 0) {
    return (
      <EmptyPanel
        icon={<IconBulb size={28} aria-hidden />}
        title={filtered ? t('board.emptyFiltered') : t('board.empty')}
      />
    );
  }
  return (
    <Stack gap="sm" component="section" aria-label={t('board.ideas')}>
      {nodes.map((idea) => (
        <IdeaCard key={idea.id} idea={idea} onBudget={onBudget} />
      ))}
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={(after) =>
          fetchMore({ variables: { after } }).catch((e: unknown) =>
            notifications.show({ color: 'red', message: errorMessage(t, toAppError(e)) }),
          )
        }
      />
    </Stack>
  );
}
