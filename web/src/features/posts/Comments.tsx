import { lazy, Suspense, useEffect, useRef, useState, type ComponentProps } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Menu,
  ActionIcon,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowBackUp,
  IconCircleCheck,
  IconDots,
  IconEdit,
  IconEyeOff,
  IconEye,
  IconLock,
  IconMessageCircle,
  IconTrash,
  IconAward,
} from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { CONTENT_LIMITS } from '@kizuna/shared';
import { usePush } from '../../app/socket';
import type { CommentFieldsFragment } from '../../gql/graphql';
import { RoleBadge } from '../../ui/badges';
import { RankChip } from '../points/RankChip';
import { errorMessage, mapErrorToForm, toAppError } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { HtmlContent } from '../../ui/HtmlContent';
import { HideModal } from './HideModal';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { RelativeTime } from '../../ui/RelativeTime';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import {
  CommentRepliesDocument,
  CreateCommentDocument,
  DeleteCommentDocument,
  HideCommentDocument,
  PostCommentsDocument,
  SetBestAnswerDocument,
  UpdateCommentDocument,
} from './graphql';
import { ReactionsBar, ReactionsScope } from './Reactions';
import { MenuOnClick } from '../../ui/MenuOnClick';
import classes from './Comments.module.css';
import { useViewer } from '../../app/session';
import { SignInToJoin, useMemberAction } from '../auth/SignInPrompt';
import { useSlices } from '../../ui/useSlices';
import { useRestrictionTexts } from '../../ui/useServerErrors';
import { useFlagAction } from '../flags/FlagAction';
import { COMMENTS_PAGE_SIZE } from './prefetch';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

/** The api refuses queries costing more than 1000 (page sizes multiply): 6 threads × 3 replies fit. */

const LoadedEditor = lazy(async () => ({
  default: (await import('./MarkdownEditor')).MarkdownEditor,
}));

/** The editor, fetched after the post and its comments: it sits below them. */
function MarkdownEditor(props: ComponentProps<typeof LoadedEditor>) {
  return (
    <Suspense fallback={<Skeleton h={(props.minRows ?? 3) * 28 + 90} radius="md" />}>
      <LoadedEditor {...props} />
    </Suspense>
  );
}

export interface PostContext {
  id: string;
  isQuestion: boolean;
  locked: boolean;
  /** Author or staff: may choose the best answer. */
  canChooseAnswer: boolean;
  isStaff: boolean;
  bestAnswerId: string | null;
  /** The signed-in member (null for a visitor): who may flag what. */
  viewerId: string | null;
}

function CommentForm({
  post,
  parentId,
  onDone,
}: {
  post: PostContext;
  parentId?: string;
  onDone?: () => void;
}) {
  const { t } = useTranslation(['posts', 'common', 'flags']);
  const explain = useRestrictionTexts();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [create, { loading }] = useMutation(CreateCommentDocument, {
    refetchQueries: [PostCommentsDocument, 'Post'],
    awaitRefetchQueries: true,
  });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setFieldError(undefined);
    if (body.trim() === '') {
      setFieldError(t('comments.empty'));
      return;
    }
    try {
      const { data } = await create({
        variables: { input: { postId: post.id, body, parentId: parentId ?? null } },
      });
      setBody('');
      notifications.show({
        color: 'kizuna',
        // Held for a moderator's approval: only its author sees it until then.
        message: data?.createComment.hiddenAt
          ? t('flags:held.comment')
          : parentId
            ? t('comments.replied')
            : t('comments.posted'),
      });
      onDone?.();
    } catch (err) {
      const mapped = mapErrorToForm(t, err, ['body'], {}, explain);
      setFieldError(mapped.fieldErrors.body);
      setError(mapped.formMessage);
    }
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid={parentId ? 'reply-form' : 'comment-form'}
    >
      <Stack gap="xs">
        <FormAlert message={error} />
        <MarkdownEditor
          label={
            parentId
              ? t('comments.replyLabel')
              : post.isQuestion
                ? t('comments.answerLabel')
                : t('comments.commentLabel')
          }
          value={body}
          onChange={setBody}
          error={fieldError}
          maxLength={CONTENT_LIMITS.commentMax}
          placeholder={t('comments.placeholder')}
          minRows={parentId ? 2 : 3}
          compact
          testId={parentId ? 'reply-body' : 'comment-body'}
        />
        <Group justify="flex-end" gap="xs">
          {onDone && parentId ? (
            <Button variant="default" size="xs" onClick={onDone}>
              {t('common:actions.cancel')}
            </Button>
          ) : null}
          <Button type="submit" size={parentId ? 'xs' : 'sm'} loading={loading}>
            {parentId
              ? t('comments.replySubmit')
              : post.isQuestion
                ? t('comments.answerSubmit')
                : t('comments.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditComment({ comment, onDone }: { comment: CommentFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation(['posts', 'common']);
  const explain = useRestrictionTexts();
  const [body, setBody] = useState(comment.body ?? '');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [save, { loading }] = useMutation(UpdateCommentDocument);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await save({ variables: { input: { id: comment.id, body } } });
      onDone();
    } catch (err) {
      const mapped = mapErrorToForm(t, err, ['body'], {}, explain);
      setFieldError(mapped.fieldErrors.body);
      setError(mapped.formMessage);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <FormAlert message={error} />
        <MarkdownEditor
          label={t('comments.editLabel')}
          value={body}
          onChange={setBody}
          error={fieldError}
          maxLength={CONTENT_LIMITS.commentMax}
          minRows={3}
          compact
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={loading}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function HideCommentModal({
  comment,
  onClose,
}: {
  comment: CommentFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation('posts');
  const [hide, { loading }] = useMutation(HideCommentDocument);
  return (
    <HideModal
      title={t('comments.hideTitle')}
      confirmLabel={t('comments.hide')}
      doneMessage={t('comments.hidden')}
      loading={loading}
      hide={(reason) => hide({ variables: { input: { id: comment.id, hidden: true, reason } } })}
      onClose={onClose}
    />
  );
}

function ConfirmDelete({
  comment,
  onClose,
}: {
  comment: CommentFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation(['posts', 'common']);
  const [remove, { loading }] = useMutation(DeleteCommentDocument, {
    refetchQueries: [PostCommentsDocument, 'Post'],
  });
  const confirm = async () => {
    try {
      await remove({ variables: { id: comment.id } });
      notifications.show({ color: 'kizuna', message: t('comments.deleted') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    }
  };
  return (
    <Modal opened onClose={onClose} centered title={t('comments.deleteTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('comments.deleteBody')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {t('comments.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** One comment or reply: author, body, reactions and what the viewer may do with it. */
export function CommentItem({
  comment,
  post,
  onReply,
  highlighted = false,
}: {
  comment: CommentFieldsFragment;
  post: PostContext;
  onReply?: () => void;
  highlighted?: boolean;
}) {
  const { t } = useTranslation(['posts', 'flags']);
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<'delete' | 'hide' | null>(null);
  const [setBest, bestState] = useMutation(SetBestAnswerDocument, { refetchQueries: ['Posts'] });
  const [unhide] = useMutation(HideCommentDocument);
  const deleted = !!comment.deletedAt || comment.bodyHtml === null;
  const isBest = post.bestAnswerId === comment.id;
  const canBest = post.isQuestion && post.canChooseAnswer && !comment.parentId && !deleted;
  const own = !!post.viewerId && comment.author.id === post.viewerId;
  const flag = useFlagAction(
    { type: 'COMMENT', id: comment.id, viewerFlagged: comment.viewerFlagged, own },
    !!post.viewerId,
  );

  const chooseBest = async (commentId: string | null) => {
    try {
      await setBest({ variables: { postId: post.id, commentId } });
      notifications.show({
        color: 'kizuna',
        message: commentId ? t('bestAnswer.marked') : t('bestAnswer.cleared'),
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    }
  };

  if (deleted) {
    return (
      <div className={classes.comment} data-deleted data-testid="comment-deleted">
        {t('comments.deletedPlaceholder')}
      </div>
    );
  }

  // Only its author (and staff) see a hidden comment: the author is told why and may edit it.
  const ownHidden = !!comment.hiddenAt && own && !post.isStaff;
  const showMenu = comment.viewerCanEdit || post.isStaff || !!flag.item;
  return (
    <div
      className={classes.comment}
      data-best={highlighted || undefined}
      data-testid="comment"
      id={`comment-${comment.id}`}
    >
      <div className={classes.head}>
        <div className={classes.meta}>
          <Link to={`/members/${comment.author.handle}`} aria-label={comment.author.displayName}>
            <MemberAvatar
              displayName={comment.author.displayName}
              avatarUrl={comment.author.avatarUrl}
              size={30}
            />
          </Link>
          <Link to={`/members/${comment.author.handle}`} className={classes.author}>
            {comment.author.displayName}
          </Link>
          <RankChip rank={comment.author.rank} size="xs" />
          {comment.author.role !== 'MEMBER' ? <RoleBadge role={comment.author.role} /> : null}
          <span className={classes.small}>
            <RelativeTime iso={comment.createdAt} />
          </span>
          {comment.editedAt ? <span className={classes.small}>{t('post.edited')}</span> : null}
          {isBest ? (
            <Badge
              color="green"
              variant="light"
              leftSection={<IconAward size={13} aria-hidden />}
              data-testid="best-answer-badge"
            >
              {t('bestAnswer.badge')}
            </Badge>
          ) : null}
          {comment.hiddenAt ? (
            <Badge color="red" variant="outline" leftSection={<IconEyeOff size={13} aria-hidden />}>
              {t('badges.hidden')}
            </Badge>
          ) : null}
        </div>
        {showMenu ? (
          <MenuOnClick
            position="bottom-end"
            shadow="md"
            width={220}
            target={
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('comments.menuLabel', { name: comment.author.displayName })}
              >
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            }
          >
            {comment.viewerCanEdit ? (
              <Menu.Item
                leftSection={<IconEdit size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('comments.edit')}
              </Menu.Item>
            ) : null}
            {post.isStaff ? (
              comment.hiddenAt ? (
                <Menu.Item
                  leftSection={<IconEye size={16} aria-hidden />}
                  onClick={() =>
                    void unhide({
                      variables: { input: { id: comment.id, hidden: false } },
                    }).catch((error: unknown) =>
                      notifications.show({
                        color: 'red',
                        message: errorMessage(t, toAppError(error)),
                      }),
                    )
                  }
                >
                  {t('comments.unhide')}
                </Menu.Item>
              ) : (
                <Menu.Item
                  leftSection={<IconEyeOff size={16} aria-hidden />}
                  onClick={() => setDialog('hide')}
                >
                  {t('comments.hide')}
                </Menu.Item>
              )
            ) : null}
            {flag.item}
            {comment.viewerCanEdit || post.isStaff ? (
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setDialog('delete')}
              >
                {t('comments.delete')}
              </Menu.Item>
            ) : null}
          </MenuOnClick>
        ) : null}
      </div>
      {comment.hiddenAt && comment.hiddenReason ? (
        <p className={classes.reason}>
          {t('moderation.hiddenReason', { reason: comment.hiddenReason })}
        </p>
      ) : null}
      {ownHidden ? (
        <p className={classes.reason} data-testid="own-hidden-comment">
          {t('flags:hidden.comment')}
        </p>
      ) : null}
      {editing ? (
        <EditComment comment={comment} onDone={() => setEditing(false)} />
      ) : (
        <HtmlContent html={comment.bodyHtml ?? ''} variant="compact" testId="comment-body-html" />
      )}
      <div className={classes.foot}>
        <ReactionsBar
          targetType="COMMENT"
          targetId={comment.id}
          reactions={comment.reactions}
          size="sm"
        />
        <div className={classes.actions}>
          {canBest ? (
            isBest ? (
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                loading={bestState.loading}
                onClick={() => void chooseBest(null)}
              >
                {t('bestAnswer.clear')}
              </Button>
            ) : (
              <Button
                size="compact-sm"
                variant="light"
                color="green"
                leftSection={<IconCircleCheck size={14} aria-hidden />}
                loading={bestState.loading}
                onClick={() => void chooseBest(comment.id)}
              >
                {post.bestAnswerId ? t('bestAnswer.change') : t('bestAnswer.mark')}
              </Button>
            )
          ) : null}
          {onReply && !post.locked ? (
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              leftSection={<IconArrowBackUp size={14} aria-hidden />}
              onClick={onReply}
            >
              {t('comments.reply')}
            </Button>
          ) : null}
        </div>
      </div>
      {dialog === 'delete' ? (
        <ConfirmDelete comment={comment} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'hide' ? (
        <HideCommentModal comment={comment} onClose={() => setDialog(null)} />
      ) : null}
      {flag.dialog}
    </div>
  );
}

type TopComment = CommentFieldsFragment & {
  replies: {
    nodes: CommentFieldsFragment[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
};

const REPLIES_PAGE_SIZE = 20;

/** Replies past the first few, fetched on demand and kept with the thread. */
function useMoreReplies(comment: TopComment) {
  const client = useApolloClient();
  const [more, setMore] = useState<CommentFieldsFragment[]>([]);
  const [page, setPage] = useState({
    hasNextPage: comment.replies.pageInfo.hasNextPage,
    endCursor: comment.replies.pageInfo.endCursor ?? null,
  });
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const shown = new Set(comment.replies.nodes.map((r) => r.id));
  const replies = [...comment.replies.nodes, ...more.filter((r) => !shown.has(r.id))];
  const fetchAfter = async (after: string | null) => {
    const { data } = await client.query({
      query: CommentRepliesDocument,
      variables: { id: comment.id, first: REPLIES_PAGE_SIZE, after },
      fetchPolicy: 'network-only',
    });
    if (!data) return;
    const { nodes, pageInfo } = data.commentReplies;
    setMore((m) => {
      const have = new Set(m.map((r) => r.id));
      return [...m, ...nodes.filter((r) => !have.has(r.id))];
    });
    // An empty page has no cursor: keep the last one.
    setPage((p) => ({
      hasNextPage: pageInfo.hasNextPage,
      endCursor: pageInfo.endCursor ?? p.endCursor,
    }));
  };
  const load = async () => {
    setLoading(true);
    setFailed(false);
    try {
      await fetchAfter(page.endCursor);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };
  /** A reply was just posted: fetch it, unless older replies are still behind "more replies". */
  const loadNew = () => {
    if (page.hasNextPage) return;
    void fetchAfter(page.endCursor).catch(() => undefined);
  };
  return { replies, hasMore: page.hasNextPage, load, loadNew, loading, failed };
}

function Thread({ comment, post }: { comment: TopComment; post: PostContext }) {
  const { t } = useTranslation(['posts', 'common']);
  const [replying, setReplying] = useState(false);
  const member = useMemberAction();
  const { replies, hasMore, load, loadNew, loading, failed } = useMoreReplies(comment);
  usePush('comment:new', (push) => {
    if (push.parentId === comment.id) loadNew();
  });
  return (
    <div className={classes.thread}>
      <CommentItem
        comment={comment}
        post={post}
        onReply={member.guard(() => setReplying((r) => !r))}
      />
      {member.prompt}
      {replies.length > 0 || replying ? (
        <div className={classes.replies}>
          {replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} post={post} />
          ))}
          {hasMore ? (
            <Group gap="xs">
              <Button
                size="compact-sm"
                variant="subtle"
                loading={loading}
                onClick={() => void load()}
              >
                {t('comments.moreReplies', {
                  count: Math.max(comment.replyCount - replies.length, 1),
                })}
              </Button>
              {failed ? (
                <Text size="xs" c="red" role="alert">
                  {t('common:states.errorTitle')}
                </Text>
              ) : null}
            </Group>
          ) : null}
          {replying && !post.locked ? (
            <CommentForm post={post} parentId={comment.id} onDone={() => setReplying(false)} />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/**
 * Opening `/posts/<id>#comment-<id>` (from a notification) scrolls to that comment once it is on
 * screen; client-side navigation does not do this by itself.
 */
function useScrollToComment(loaded: boolean, count: number) {
  const { hash, key } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!loaded || !hash.startsWith('#comment-') || done.current === key) return;
    // After the layout's own scroll to the top on navigation.
    const timer = window.setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (!target) return;
      done.current = key;
      target.scrollIntoView({ block: 'center' });
    }, 100);
    return () => window.clearTimeout(timer);
  }, [loaded, count, hash, key]);
}

/** The conversation under a post: comments oldest first, one level of replies, the reply box. */
export function CommentsSection({ post, count }: { post: PostContext; count: number }) {
  const { t } = useTranslation(['posts', 'common']);
  const { viewer } = useViewer();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(PostCommentsDocument, {
    variables: { id: post.id, first: COMMENTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const comments = data?.post.comments.nodes ?? [];
  const pageInfo = data?.post.comments.pageInfo;

  // Someone commented: append what follows the last comment loaded (when the list is complete;
  // otherwise it waits behind "load more"). Nothing above moves, and the reply box keeps its text.
  usePush('comment:new', (push) => {
    if (push.postId !== post.id || push.parentId || !data || pageInfo?.hasNextPage) return;
    void fetchMore({ variables: { after: pageInfo?.endCursor ?? null } }).catch(() => undefined);
  });

  // None in the first render: the post above them is painted first, then they come in slices.
  const shown = useSlices(comments, 0, 3);
  // What sits below the list waits for its first slice, rather than being pushed down by it;
  // once shown it stays (the reply box keeps its text while comments arrive).
  const [below, setBelow] = useState(false);
  if (!below && (shown.length > 0 || comments.length === 0)) setBelow(true);
  useScrollToComment(!!data, shown.length);

  return (
    <ReactionsScope>
      <Stack gap="md" component="section" aria-labelledby="comments-title">
        <Title order={2} size="h3" id="comments-title">
          {post.isQuestion ? t('comments.answersTitle', { count }) : t('comments.title', { count })}
        </Title>
        {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
        {!data && !error ? <ListSkeleton rows={2} height={90} /> : null}
        {data && comments.length === 0 ? (
          <EmptyPanel
            icon={<IconMessageCircle size={28} aria-hidden />}
            title={post.isQuestion ? t('comments.noAnswers') : t('comments.none')}
            description={post.locked ? undefined : t('comments.beFirst')}
          />
        ) : null}
        <div className={classes.list}>
          {shown.map((comment) => (
            <Thread key={comment.id} comment={comment} post={post} />
          ))}
        </div>
        {below ? (
          <LoadMoreButton
            pageInfo={pageInfo}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={(after) => fetchMore({ variables: { after } })}
          />
        ) : null}
        {!below ? null : post.locked ? (
          <Alert
            color="gray"
            variant="light"
            icon={<IconLock aria-hidden />}
            data-testid="locked-notice"
          >
            {t('post.lockedNotice')}
          </Alert>
        ) : (
          <Paper withBorder radius="lg" p="md">
            {viewer ? (
              <CommentForm post={post} />
            ) : (
              <SignInToJoin>{t('common:visitor.commentPrompt')}</SignInToJoin>
            )}
          </Paper>
        )}
      </Stack>
    </ReactionsScope>
  );
}
