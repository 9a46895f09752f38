import { useState, type ReactNode } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconArrowUp, IconNews } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { usePush } from '../../app/socket';
import type { PostsQueryVariables } from '../../gql/graphql';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { LoadMoreButton } from '../../ui/LoadMoreButton';
import { PostCard } from './PostCard';
import { PostsDocument } from './graphql';
import { noteNewPost } from './newPosts';
import { useViewer } from '../../app/session';
import { useSlices } from '../../ui/useSlices';

export const FEED_PAGE_SIZE = 20;

interface Props {
  variables: Omit<PostsQueryVariables, 'first' | 'after'>;
  emptyTitle: string;
  emptyBody?: string;
  emptyAction?: ReactNode;
  showSpace?: boolean;
  /** Hides the whole list (no empty state) when there is nothing: for the pinned strip. */
  hideWhenEmpty?: boolean;
  /** Ids to leave out (pinned posts already shown above). */
  exclude?: Set<string>;
  pageSize?: number;
  label?: string;
  /**
   * Counts posts published since the list was loaded (live, from `post:new`) and offers to show
   * them: for one space with `spaceId`, for every space the viewer reads without.
   */
  newPosts?: { spaceId?: string | null };
}

/** A cursor-paginated list of posts with loading, empty and error states and "load more". */
export function PostFeed({
  variables,
  emptyTitle,
  emptyBody,
  emptyAction,
  showSpace = true,
  hideWhenEmpty = false,
  exclude,
  pageSize = FEED_PAGE_SIZE,
  label,
  newPosts,
}: Props) {
  const { t } = useTranslation(['posts', 'common']);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(PostsDocument, {
    variables: { ...variables, first: pageSize },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const posts = (data?.posts.nodes ?? []).filter((p) => !exclude?.has(p.id));
  const shown = useSlices(posts);
  const pageInfo = data?.posts.pageInfo;
  const [fresh, setFresh] = useState<readonly string[]>([]);
  const { viewer } = useViewer();
  usePush(
    'post:new',
    (push) => {
      const listed = new Set((data?.posts.nodes ?? []).map((p) => p.id));
      setFresh((pending) =>
        noteNewPost(pending, push, { spaceId: newPosts?.spaceId, listed, viewerId: viewer?.id }),
      );
    },
    !!newPosts,
  );

  const banner =
    fresh.length > 0 ? (
      <Button
        variant="light"
        fullWidth
        radius="xl"
        leftSection={<IconArrowUp size={16} aria-hidden />}
        title={t('feed.newPostsHint')}
        data-testid="new-posts-banner"
        onClick={() => {
          setFresh([]);
          void refetch().catch(() => undefined);
        }}
      >
        {t('feed.newPosts', { count: fresh.length })}
      </Button>
    ) : null;
  // Announced politely to screen readers; present (empty) from the start so changes are heard.
  const live = newPosts ? (
    <div role="status" aria-live="polite">
      {banner}
    </div>
  ) : null;

  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return hideWhenEmpty ? null : <ListSkeleton rows={4} height={132} />;
  if (posts.length === 0) {
    if (hideWhenEmpty) return null;
    return (
      <Stack gap="sm">
        {live}
        <EmptyPanel
          icon={<IconNews size={28} aria-hidden />}
          title={emptyTitle}
          description={emptyBody}
          action={emptyAction}
        />
      </Stack>
    );
  }
  return (
    <Stack gap="sm" component="section" aria-label={label}>
      {live}
      {shown.map((post) => (
        <PostCard key={post.id} post={post} showSpace={showSpace} />
      ))}
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
    </Stack>
  );
}
