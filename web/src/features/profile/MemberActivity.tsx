import { Anchor, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconMessageCircle, IconNews } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HtmlContent } from '../../ui/HtmlContent';
import { RelativeTime } from '../../ui/RelativeTime';
import { EmptyPanel, ErrorPanel, ListSkeleton } from '../../ui/states';
import { useSlices } from '../../ui/useSlices';
import { PostFeed } from '../posts/PostFeed';
import { MemberCommentsDocument } from '../posts/graphql';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

function MemberComments({ handle }: { handle: string }) {
  const { t } = useTranslation(['profile', 'posts', 'common']);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(MemberCommentsDocument, {
    variables: { handle, first: 20 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const comments = data?.memberComments.nodes ?? [];
  const shown = useSlices(comments);
  if (error && !data) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <ListSkeleton rows={3} height={80} />;
  if (comments.length === 0) {
    return (
      <EmptyPanel
        icon={<IconMessageCircle size={28} aria-hidden />}
        title={t('activity.noComments')}
      />
    );
  }
  const pageInfo = data.memberComments.pageInfo;
  return (
    <Stack gap="sm">
      {shown.map((c) => (
        <Paper key={c.id} withBorder radius="md" p="md" data-testid="member-comment">
          <Stack gap={6}>
            <Text size="xs" c="dimmed">
              <RelativeTime iso={c.createdAt} />
            </Text>
            {c.bodyHtml ? (
              <HtmlContent html={c.bodyHtml} variant="compact" />
            ) : (
              <Text size="sm" c="dimmed" fs="italic">
                {t('posts:comments.deletedPlaceholder')}
              </Text>
            )}
            <Anchor component={Link} to={`/posts/${c.postId}#comment-${c.id}`} size="sm">
              {t('activity.openPost')}
            </Anchor>
          </Stack>
        </Paper>
      ))}
      <LoadMoreButton
        pageInfo={pageInfo}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
      />
    </Stack>
  );
}

/** The member's posts and comments, under their profile. */
export function MemberActivity({ handle, name }: { handle: string; name: string }) {
  const { t } = useTranslation('profile');
  return (
    <Tabs defaultValue="posts" keepMounted={false}>
      <Tabs.List mb="md" aria-label={t('activity.label', { name })}>
        <Tabs.Tab value="posts" leftSection={<IconNews size={16} aria-hidden />}>
          {t('activity.posts')}
        </Tabs.Tab>
        <Tabs.Tab value="comments" leftSection={<IconMessageCircle size={16} aria-hidden />}>
          {t('activity.comments')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="posts">
        <PostFeed
          variables={{ authorHandle: handle, sort: 'LATEST' }}
          emptyTitle={t('activity.noPosts')}
        />
      </Tabs.Panel>
      <Tabs.Panel value="comments">
        <MemberComments handle={handle} />
      </Tabs.Panel>
    </Tabs>
  );
}
