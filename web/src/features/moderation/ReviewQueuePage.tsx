import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Button, Group, Kbd, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKeyboard, IconShieldCheck } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorCode } from '@kizuna/shared';
import { hasAnyRole } from '../../app/access';
import { usePush } from '../../app/socket';
import { useViewer } from '../../app/session';
import type { ReviewAction } from '../../gql/graphql';
import { errorMessage, toAppError } from '../../ui/errors';
import { formatNumber } from '../../ui/format';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { CommunityDocument } from '../community/graphql';
import {
  ModerationSettingsDocument,
  ResolveReviewItemDocument,
  ReviewQueueCountDocument,
  ReviewQueueDocument,
} from './graphql';
import {
  FLAG_REASONS,
  isTypingTarget,
  moveIndex,
  offeredActions,
  queueFilterFrom,
  reselect,
  REVIEW_SOURCES,
  REVIEW_STATUSES,
  REVIEW_TARGET_TYPES,
  triageKey,
  type ActionLabel,
} from './logic';
import { cardId, ReviewItemCard, type QueueItem } from './ReviewItemCard';
import { DeleteContentDialog, ShortcutsDialog, SuspendAuthorDialog } from './ReviewDialogs';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

const PAGE = 20;
/** Pushes arriving together (a burst of flags) refetch the queue once. */
const PUSH_SETTLE_MS = 400;

type Dialog =
  | { kind: 'suspend'; item: QueueItem }
  | { kind: 'delete'; item: QueueItem }
  | { kind: 'help' }
  | null;

/**
 * The review queue: flagged and held content, newest activity first, with everything needed to
 * decide (flags and flaggers' accuracy, the author's record) and the decisions, by button or by
 * key (j/k to move, a/x/s/n/i to decide, ? for the list). Live: another moderator's decision or
 * a new flag refetches it.
 */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation(['moderation', 'common']);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = queueFilterFrom(params);
  const { viewer } = useViewer();
  const community = useQuery(CommunityDocument);
  const canSuspend =
    hasAnyRole(viewer?.role, ['ADMIN']) || !!community.data?.community.moderatorsCanSuspend;
  const settings = useQuery(ModerationSettingsDocument);
  const count = useQuery(ReviewQueueCountDocument);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ReviewQueueDocument, {
    variables: { ...filter, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [resolve] = useMutation(ResolveReviewItemDocument, {
    refetchQueries: [ReviewQueueDocument, ReviewQueueCountDocument],
    awaitRefetchQueries: true,
  });
  const items = data?.reviewQueue.nodes ?? [];
  const pageInfo = data?.reviewQueue.pageInfo;
  const ids = items.map((i) => i.id);

  const [selection, setSelection] = useState<{ id: string | null; index: number }>({
    id: null,
    index: 0,
  });
  const current = reselect(ids, selection.id, selection.index);
  const currentIndex = current ? ids.indexOf(current) : -1;
  const currentItem = currentIndex >= 0 ? items[currentIndex] : undefined;
  const select = (id: string) => {
    const index = ids.indexOf(id);
    if (id !== selection.id || index !== selection.index) setSelection({ id, index });
  };
  const [busy, setBusy] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  /** After a decision the decided card leaves: the focus goes to the next one. */
  const refocus = useRef(false);

  const focusCard = (id: string) => {
    const card = document.getElementById(cardId(id));
    card?.focus({ preventScroll: true });
    card?.scrollIntoView({ block: 'nearest' });
  };

  useEffect(() => {
    if (!refocus.current || !current || dialog) return;
    const active = document.activeElement;
    if (!active || active === document.body) {
      refocus.current = false;
      focusCard(current);
    }
  }, [current, dialog]);

  const setFilter = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
    setSelection({ id: null, index: 0 });
  };

  // Live: refetch once a burst of pushes has settled.
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  usePush('review:changed', () => {
    if (settle.current) clearTimeout(settle.current);
    settle.current = setTimeout(() => {
      settle.current = null;
      void refetch().catch(() => undefined);
    }, PUSH_SETTLE_MS);
  });
  useEffect(
    () => () => {
      if (settle.current) clearTimeout(settle.current);
    },
    [],
  );

  /** Decides an item; rejects with the api's error unless another moderator decided first. */
  const run = async (
    item: QueueItem,
    action: ReviewAction,
    label: ActionLabel,
    extra: { reason?: string | null; suspendDays?: number | null } = {},
  ): Promise<void> => {
    setBusy(item.id);
    // Set before the queue refetches (inside the mutation): the card leaves while it awaits.
    refocus.current = true;
    try {
      await resolve({
        variables: {
          input: {
            itemId: item.id,
            action,
            reason: extra.reason ?? null,
            suspendDays: extra.suspendDays ?? null,
          },
        },
      });
      notifications.show({
        color: 'kizuna',
        message: t(`queue.done.${label}`, { label: item.content?.label ?? t('queue.gone') }),
      });
    } catch (e) {
      if (toAppError(e).code !== ErrorCode.CONFLICT) {
        refocus.current = false;
        throw e;
      }
      notifications.show({ color: 'yellow', message: t('queue.conflict') });
      await refetch().catch(() => undefined);
    } finally {
      setBusy(null);
    }
  };

  const decide = (item: QueueItem, action: ReviewAction, label: ActionLabel) => {
    if (busy) return;
    if (action === 'AGREE_SUSPEND') return setDialog({ kind: 'suspend', item });
    if (action === 'AGREE_DELETE') return setDialog({ kind: 'delete', item });
    void run(item, action, label).catch((e: unknown) =>
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(e)) }),
    );
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTypingTarget(event.target) || document.querySelector('[role="dialog"]')) return;
    const key = triageKey(event.key);
    if (!key) return;
    if (key.kind === 'help') {
      event.preventDefault();
      setDialog({ kind: 'help' });
      return;
    }
    if (key.kind === 'move') {
      const next = ids[moveIndex(currentIndex, key.step, ids.length)];
      if (!next) return;
      event.preventDefault();
      setSelection({ id: next, index: ids.indexOf(next) });
      focusCard(next);
      return;
    }
    if (!currentItem) return;
    if (key.kind === 'open') {
      if (!currentItem.content) return;
      event.preventDefault();
      void navigate(currentItem.content.path);
      return;
    }
    if (currentItem.status !== 'PENDING') return;
    const offered = offeredActions(currentItem, canSuspend).find((o) => o.action === key.action);
    if (!offered) return;
    event.preventDefault();
    decide(currentItem, offered.action, offered.label);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const filtered = !!(filter.targetType || filter.source || filter.reason);
  const pendingCount = count.data?.reviewQueueCount;
  const threshold = settings.data?.moderationSettings.hideThreshold ?? null;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const dialogItem = (item: QueueItem) => ({
    id: item.id,
    label: item.content?.label ?? t('queue.gone'),
    authorName: item.author?.displayName ?? null,
  });

  return (
    <Page
      title={t('queue.title')}
      description={
        pendingCount === undefined
          ? t('queue.lead')
          : `${t('queue.lead')} ${t('queue.pendingCount', {
              count: pendingCount,
              formatted: formatNumber(pendingCount, i18n.language),
            })}`
      }
      size="lg"
      actions={
        <Button
          variant="default"
          leftSection={<IconKeyboard size={16} aria-hidden />}
          onClick={() => setDialog({ kind: 'help' })}
          aria-keyshortcuts="?"
        >
          {t('queue.shortcuts.button')}
        </Button>
      }
    >
      <Paper withBorder radius="lg" p="md">
        <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('queue.filters')}>
          <Select
            label={t('queue.filter.status')}
            data={REVIEW_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            value={filter.status}
            onChange={(v) => setFilter('status', v === 'PENDING' ? null : v)}
            allowDeselect={false}
            w={{ base: '100%', xs: 160 }}
          />
          <Select
            label={t('queue.filter.targetType')}
            placeholder={t('queue.filter.all')}
            data={REVIEW_TARGET_TYPES.map((v) => ({ value: v, label: t(`targetType.${v}`) }))}
            value={filter.targetType}
            onChange={(v) => setFilter('type', v)}
            clearable
            w={{ base: '100%', xs: 160 }}
          />
          <Select
            label={t('queue.filter.source')}
            placeholder={t('queue.filter.all')}
            data={REVIEW_SOURCES.map((v) => ({ value: v, label: t(`source.${v}`) }))}
            value={filter.source}
            onChange={(v) => setFilter('source', v)}
            clearable
            w={{ base: '100%', xs: 180 }}
          />
          <Select
            label={t('queue.filter.reason')}
            placeholder={t('queue.filter.all')}
            data={FLAG_REASONS.map((v) => ({ value: v, label: t(`reason.${v}`) }))}
            value={filter.reason}
            onChange={(v) => setFilter('reason', v)}
            clearable
            w={{ base: '100%', xs: 180 }}
          />
        </Group>
        <Text size="xs" c="dimmed" mt="sm">
          {t('queue.shortcuts.hintBefore')} <Kbd size="xs">j</Kbd> <Kbd size="xs">k</Kbd>{' '}
          {t('queue.shortcuts.hintMiddle')} <Kbd size="xs">?</Kbd> {t('queue.shortcuts.hintAfter')}
        </Text>
      </Paper>

      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={4} height={160} /> : null}
      {data && items.length === 0 ? (
        <EmptyPanel
          icon={<IconShieldCheck size={28} aria-hidden />}
          title={
            filtered
              ? t('queue.noMatchTitle')
              : filter.status === 'PENDING'
                ? t('queue.emptyTitle')
                : t('queue.noneDecidedTitle')
          }
          description={
            filtered
              ? t('queue.noMatchBody')
              : filter.status === 'PENDING'
                ? t('queue.emptyBody')
                : undefined
          }
        />
      ) : null}
      {items.length > 0 ? (
        <Stack
          gap="md"
          component="ul"
          aria-label={t('queue.listLabel')}
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
          data-testid="review-queue"
        >
          {items.map((item) => (
            <li key={item.id}>
              <ReviewItemCard
                item={item}
                selected={item.id === current}
                threshold={threshold}
                canSuspend={canSuspend}
                busy={busy === item.id}
                onSelect={() => select(item.id)}
                onDecide={(action, label) => decide(item, action, label)}
              />
            </li>
          ))}
        </Stack>
      ) : null}
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={loadingMore}
        onLoadMore={(after) =>
          fetchMore({
            variables: { after },
            updateQuery: (prev, { fetchMoreResult }) => ({
              reviewQueue: {
                ...fetchMoreResult.reviewQueue,
                nodes: [
                  ...prev.reviewQueue.nodes,
                  ...fetchMoreResult.reviewQueue.nodes.filter(
                    (n) => !prev.reviewQueue.nodes.some((p) => p.id === n.id),
                  ),
                ],
              },
            }),
          })
        }
      />

      {dialog?.kind === 'suspend' ? (
        <SuspendAuthorDialog
          item={dialogItem(dialog.item)}
          onClose={() => setDialog(null)}
          onConfirm={async ({ suspendDays, reason }) => {
            await run(dialog.item, 'AGREE_SUSPEND', 'AGREE_SUSPEND', { suspendDays, reason });
            setDialog(null);
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteContentDialog
          item={dialogItem(dialog.item)}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await run(dialog.item, 'AGREE_DELETE', 'AGREE_DELETE');
            setDialog(null);
          }}
        />
      ) : null}
      {dialog?.kind === 'help' ? <ShortcutsDialog onClose={() => setDialog(null)} /> : null}
    </Page>
  );
}
