import { useDeferredValue, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Grid,
  Group,
  Menu,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowsMove,
  IconAward,
  IconDots,
  IconEdit,
  IconEye,
  IconEyeOff,
  IconHistory,
  IconLock,
  IconLockOpen,
  IconMessageQuestion,
  IconPin,
  IconPinnedOff,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorCode } from '@kizuna/shared';
import { hasAnyRole } from '../../app/access';
import { useViewer } from '../../app/session';
import type { PostQuery } from '../../gql/graphql';
import { RoleBadge } from '../../ui/badges';
import { RankChip } from '../points/RankChip';
import { errorCodeOf, errorMessage, toAppError } from '../../ui/errors';
import { formatDateTime, formatNumber } from '../../ui/format';
import { HtmlContent } from '../../ui/HtmlContent';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { MenuOnClick } from '../../ui/MenuOnClick';
import { Notice } from '../../ui/Notice';
import { RelativeTime } from '../../ui/RelativeTime';
import { ErrorPanel, ListSkeleton, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { SpaceLink } from '../spaces/SpaceBadge';
import { SpacesDocument, SPACES_PAGE_SIZE } from '../spaces/graphql';
import { spaceName } from '../spaces/spaceText';
import { useFlagAction } from '../flags/FlagAction';
import { KindBadge, StateMarks, TagList } from './badges';
import { CommentItem, CommentsSection, type PostContext } from './Comments';
import {
  DeletePostDocument,
  ModeratePostDocument,
  PostDocument,
  PostRevisionsDocument,
} from './graphql';
import { ReactionsBar } from './Reactions';
import { HideModal } from './HideModal';
import { usePostLive } from './usePostLive';

type Post = PostQuery['post'];
type Dialog = 'delete' | 'hide' | 'move' | 'revisions' | null;

function HidePostModal({ post, onClose }: { post: Post; onClose: () => void }) {
  const { t } = useTranslation('posts');
  const [moderate, { loading }] = useMutation(ModeratePostDocument);
  return (
    <HideModal
      title={t('moderation.hideTitle')}
      body={t('moderation.hideBody')}
      confirmLabel={t('moderation.hide')}
      doneMessage={t('moderation.hiddenDone')}
      loading={loading}
      hide={(hiddenReason) =>
        moderate({ variables: { input: { id: post.id, hidden: true, hiddenReason } } })
      }
      onClose={onClose}
    />
  );
}

function MovePostModal({ post, onClose }: { post: Post; onClose: () => void }) {
  const { t, i18n } = useTranslation(['posts', 'common']);
  const spaces = useQuery(SpacesDocument, { variables: { first: SPACES_PAGE_SIZE } });
  const [spaceId, setSpaceId] = useState<string | null>(post.space?.id ?? null);
  const [moderate, { loading }] = useMutation(ModeratePostDocument, { refetchQueries: ['Posts'] });
  const confirm = async () => {
    if (!spaceId || spaceId === post.space?.id) return onClose();
    try {
      await moderate({ variables: { input: { id: post.id, spaceId } } });
      notifications.show({ color: 'kizuna', message: t('moderation.moved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    }
  };
  return (
    <Modal opened onClose={onClose} centered title={t('moderation.moveTitle')}>
      <Stack gap="md">
        <Select
          label={t('moderation.moveTo')}
          data={(spaces.data?.spaces.nodes ?? [])
            .filter((s) => !s.archivedAt)
            .map((s) => ({ value: s.id, label: `${s.icon} ${spaceName(s, i18n.language)}` }))}
          value={spaceId}
          onChange={setSpaceId}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button loading={loading} onClick={() => void confirm()}>
            {t('moderation.move')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function DeletePostModal({ post, onClose }: { post: Post; onClose: () => void }) {
  const { t } = useTranslation(['posts', 'common']);
  const navigate = useNavigate();
  const [remove, { loading }] = useMutation(DeletePostDocument, { refetchQueries: ['Posts'] });
  const confirm = async () => {
    try {
      await remove({ variables: { id: post.id } });
      notifications.show({ color: 'kizuna', message: t('post.deleted') });
      void navigate(post.space ? `/s/${post.space.slug}` : '/', { replace: true });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    }
  };
  return (
    <Modal opened onClose={onClose} centered title={t('post.deleteTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('post.deleteBody', { title: post.title })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {t('post.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RevisionsModal({ post, onClose }: { post: Post; onClose: () => void }) {
  const { t, i18n } = useTranslation(['posts', 'common']);
  const { data, error, refetch } = useQuery(PostRevisionsDocument, {
    variables: { postId: post.id, first: 50 },
    fetchPolicy: 'network-only',
  });
  const revisions = data?.postRevisions.nodes ?? [];
  return (
    <Modal opened onClose={onClose} centered size="lg" title={t('revisions.title')}>
      <Stack gap="md">
        {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
        {!data && !error ? <ListSkeleton rows={2} /> : null}
        {data && revisions.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('revisions.none')}
          </Text>
        ) : null}
        {revisions.map((r) => (
          <Paper key={r.id} withBorder radius="md" p="sm">
            <Stack gap={4}>
              <Group justify="space-between">
                <Text fw={700} size="sm">
                  {t('revisions.number', { n: r.revision })}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(r.createdAt, i18n.language)}
                </Text>
              </Group>
              <Text fw={600}>{r.title}</Text>
              <Text size="sm" className="kizuna-pre" c="gray.7" lineClamp={12}>
                {r.body}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Modal>
  );
}

function PostMenu({
  post,
  isStaff,
  viewerId,
}: {
  post: Post;
  isStaff: boolean;
  viewerId: string | null;
}) {
  const { t } = useTranslation('posts');
  const [dialog, setDialog] = useState<Dialog>(null);
  const flag = useFlagAction(
    {
      type: 'POST',
      id: post.id,
      viewerFlagged: post.viewerFlagged,
      own: !!viewerId && post.author.id === viewerId,
    },
    !!viewerId,
  );
  const [moderate] = useMutation(ModeratePostDocument, { refetchQueries: ['Posts'] });
  const run = async (
    input: { pinned?: boolean; locked?: boolean; hidden?: boolean },
    done: string,
  ) => {
    try {
      await moderate({ variables: { input: { id: post.id, ...input } } });
      notifications.show({ color: 'kizuna', message: done });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    }
  };
  if (!post.viewerCanEdit && !isStaff && !flag.item) return null;
  return (
    <>
      <MenuOnClick
        position="bottom-end"
        shadow="md"
        width={240}
        target={
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('post.menuLabel')}
            data-testid="post-menu"
          >
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        }
      >
        {post.viewerCanEdit ? (
          <Menu.Item
            component={Link}
            to={`/posts/${post.id}/edit`}
            leftSection={<IconEdit size={16} aria-hidden />}
          >
            {t('post.edit')}
          </Menu.Item>
        ) : null}
        {flag.item}
        {isStaff ? (
          <>
            <Menu.Label>{t('moderation.title')}</Menu.Label>
            <Menu.Item
              leftSection={
                post.pinnedAt ? (
                  <IconPinnedOff size={16} aria-hidden />
                ) : (
                  <IconPin size={16} aria-hidden />
                )
              }
              onClick={() =>
                void run(
                  { pinned: !post.pinnedAt },
                  post.pinnedAt ? t('moderation.unpinned') : t('moderation.pinnedDone'),
                )
              }
            >
              {post.pinnedAt ? t('moderation.unpin') : t('moderation.pin')}
            </Menu.Item>
            <Menu.Item
              leftSection={
                post.lockedAt ? (
                  <IconLockOpen size={16} aria-hidden />
                ) : (
                  <IconLock size={16} aria-hidden />
                )
              }
              onClick={() =>
                void run(
                  { locked: !post.lockedAt },
                  post.lockedAt ? t('moderation.unlocked') : t('moderation.lockedDone'),
                )
              }
            >
              {post.lockedAt ? t('moderation.unlock') : t('moderation.lock')}
            </Menu.Item>
            {post.hiddenAt ? (
              <Menu.Item
                leftSection={<IconEye size={16} aria-hidden />}
                onClick={() => void run({ hidden: false }, t('moderation.unhidden'))}
              >
                {t('moderation.unhide')}
              </Menu.Item>
            ) : (
              <Menu.Item
                leftSection={<IconEyeOff size={16} aria-hidden />}
                onClick={() => setDialog('hide')}
              >
                {t('moderation.hide')}
              </Menu.Item>
            )}
            <Menu.Item
              leftSection={<IconArrowsMove size={16} aria-hidden />}
              onClick={() => setDialog('move')}
            >
              {t('moderation.move')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconHistory size={16} aria-hidden />}
              onClick={() => setDialog('revisions')}
            >
              {t('revisions.open')}
            </Menu.Item>
          </>
        ) : null}
        {post.viewerCanEdit || isStaff ? (
          <>
            <Menu.Divider />
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setDialog('delete')}
            >
              {t('post.delete')}
            </Menu.Item>
          </>
        ) : null}
      </MenuOnClick>
      {dialog === 'hide' ? <HidePostModal post={post} onClose={() => setDialog(null)} /> : null}
      {dialog === 'move' ? <MovePostModal post={post} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? <DeletePostModal post={post} onClose={() => setDialog(null)} /> : null}
      {dialog === 'revisions' ? (
        <RevisionsModal post={post} onClose={() => setDialog(null)} />
      ) : null}
      {flag.dialog}
    </>
  );
}

function AuthorCard({ post }: { post: Post }) {
  const { t } = useTranslation('posts');
  return (
    <Paper withBorder radius="lg" p="md">
      <Stack gap="sm">
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('post.author')}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <MemberAvatar
            displayName={post.author.displayName}
            avatarUrl={post.author.avatarUrl}
            size={48}
          />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Anchor
              component={Link}
              to={`/members/${post.author.handle}`}
              fw={700}
              c="gray.9"
              lineClamp={1}
            >
              {post.author.displayName}
            </Anchor>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                @{post.author.handle}
              </Text>
              {post.author.role !== 'MEMBER' ? <RoleBadge role={post.author.role} /> : null}
            </Group>
            <RankChip rank={post.author.rank} size="xs" />
          </Stack>
        </Group>
        <Button component={Link} to={`/members/${post.author.handle}`} variant="light" size="xs">
          {t('post.viewProfile')}
        </Button>
      </Stack>
    </Paper>
  );
}

export function PostPage() {
  const { t, i18n } = useTranslation(['posts', 'common', 'flags']);
  const { id = '' } = useParams();
  const { hash } = useLocation();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(PostDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  // Rendered as a transition, in slices of main-thread time, once the post arrives (and never
  // another post's while the address changes).
  const deferred = useDeferredValue(data?.post);
  const post = deferred && deferred.id === data?.post?.id ? deferred : undefined;
  usePageTitle(post ? post.title : error ? t('post.notFoundTitle') : null);
  // Live: new comments, reactions and changes appear without a reload.
  usePostLive(post ? post.id : null, refetch);

  if (error && !post) {
    if (errorCodeOf(error) === ErrorCode.NOT_FOUND) {
      return (
        <Container size="sm" py={64}>
          <Notice
            order={1}
            icon={<IconMessageQuestion size={30} aria-hidden />}
            title={t('post.notFoundTitle')}
            actions={
              <Button component={Link} to="/" variant="light">
                {t('common:actions.backHome')}
              </Button>
            }
          >
            {t('post.notFoundBody')}
          </Notice>
        </Container>
      );
    }
    return (
      <Container size="sm" py="xl">
        <ErrorPanel error={error} onRetry={() => refetch()} />
      </Container>
    );
  }
  if (!post) return <LoadingState minHeight={320} />;
  // An idea's post (reached from a notice about a comment on it) is read on the idea's page.
  if (post.kind === 'IDEA') return <Navigate to={`/ideas/${post.id}${hash}`} replace />;

  const isStaff = hasAnyRole(viewer?.role, ['MODERATOR']);
  const isQuestion = post.kind === 'QUESTION';
  const context: PostContext = {
    id: post.id,
    isQuestion,
    locked: !!post.lockedAt,
    canChooseAnswer: post.viewerCanEdit || isStaff,
    isStaff,
    bestAnswerId: post.bestAnswer?.id ?? null,
    viewerId: viewer?.id ?? null,
  };
  // Its author reads a hidden post too (others cannot): it waits for a moderator.
  const ownHidden = !!post.hiddenAt && !isStaff && !!viewer && post.author.id === viewer.id;

  return (
    <Container size="xl" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {ownHidden ? (
              <Alert
                color="orange"
                variant="light"
                icon={<IconEyeOff aria-hidden />}
                title={t('flags:hidden.postTitle')}
                data-testid="own-hidden-banner"
              >
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('flags:hidden.postBody')}</Text>
                  {post.hiddenReason ? (
                    <Text size="sm">
                      {t('moderation.hiddenReason', { reason: post.hiddenReason })}
                    </Text>
                  ) : null}
                  {post.viewerCanEdit ? (
                    <Button
                      component={Link}
                      to={`/posts/${post.id}/edit`}
                      variant="white"
                      color="orange"
                      size="xs"
                      leftSection={<IconEdit size={14} aria-hidden />}
                    >
                      {t('post.edit')}
                    </Button>
                  ) : null}
                </Stack>
              </Alert>
            ) : post.hiddenAt ? (
              <Alert
                color="red"
                variant="light"
                icon={<IconEyeOff aria-hidden />}
                title={t('moderation.hiddenBanner')}
                data-testid="hidden-banner"
              >
                {post.hiddenReason
                  ? t('moderation.hiddenReason', { reason: post.hiddenReason })
                  : t('moderation.noReason')}
              </Alert>
            ) : null}
            <Paper
              withBorder
              radius="lg"
              p={{ base: 'md', sm: 'xl' }}
              component="article"
              aria-labelledby="post-title"
            >
              <Stack gap="md">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Group gap="xs" wrap="wrap">
                    <SpaceLink space={post.space} />
                    <KindBadge kind={post.kind} solved={post.solved} />
                    <StateMarks
                      pinned={!!post.pinnedAt}
                      locked={!!post.lockedAt}
                      hidden={!!post.hiddenAt}
                    />
                  </Group>
                  <PostMenu post={post} isStaff={isStaff} viewerId={viewer?.id ?? null} />
                </Group>
                <Title order={1} id="post-title" size="h2">
                  {post.title}
                </Title>
                <Group gap="xs" c="dimmed" wrap="wrap">
                  <MemberAvatar
                    displayName={post.author.displayName}
                    avatarUrl={post.author.avatarUrl}
                    size={26}
                  />
                  <Anchor
                    component={Link}
                    to={`/members/${post.author.handle}`}
                    size="sm"
                    fw={600}
                    c="gray.9"
                  >
                    {post.author.displayName}
                  </Anchor>
                  <RankChip rank={post.author.rank} size="xs" />
                  <Text size="sm">
                    <RelativeTime iso={post.createdAt} />
                  </Text>
                  {post.editedAt ? (
                    <Text
                      size="sm"
                      title={formatDateTime(post.editedAt, i18n.language)}
                      data-testid="edited-mark"
                    >
                      {t('post.edited')}
                    </Text>
                  ) : null}
                  {post.viewCount != null ? (
                    <Badge
                      variant="default"
                      leftSection={<IconEye size={12} aria-hidden />}
                      tt="none"
                      fw={500}
                    >
                      {t('post.views', {
                        count: post.viewCount,
                        formatted: formatNumber(post.viewCount, i18n.language),
                      })}
                    </Badge>
                  ) : null}
                </Group>
                <HtmlContent html={post.bodyHtml} testId="post-body" />
                {post.tags.length > 0 ? (
                  <Group gap={6}>
                    <TagList tags={post.tags} />
                  </Group>
                ) : null}
                <ReactionsBar targetType="POST" targetId={post.id} reactions={post.reactions} />
              </Stack>
            </Paper>
            {isQuestion && post.bestAnswer ? (
              <Stack gap="xs" component="section" aria-labelledby="best-answer-title">
                <Group gap="xs">
                  <IconAward size={20} color="var(--mantine-color-green-7)" aria-hidden />
                  <Title order={2} size="h4" id="best-answer-title">
                    {t('bestAnswer.title')}
                  </Title>
                </Group>
                <CommentItem comment={post.bestAnswer} post={context} highlighted />
              </Stack>
            ) : null}
            <CommentsSection post={context} count={post.commentCount} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <AuthorCard post={post} />
            {post.space ? (
              <Paper withBorder radius="lg" p="md">
                <Stack gap={6}>
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                    {t('post.inSpace')}
                  </Text>
                  <SpaceLink space={post.space} />
                  {post.space.viewerCanPost ? (
                    <Button
                      component={Link}
                      to={`/s/${post.space.slug}/new`}
                      variant="light"
                      size="xs"
                      mt={4}
                    >
                      {t('feed.newPost')}
                    </Button>
                  ) : null}
                </Stack>
              </Paper>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}
