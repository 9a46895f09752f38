import { Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Tooltip } from '../../ui/Tooltip';
import { IconHeart, IconHeartFilled, IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostCardFieldsFragment } from '../../gql/graphql';
import { RoleBadge } from '../../ui/badges';
import { RankChip } from '../points/RankChip';
import { formatNumber } from '../../ui/format';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { RelativeTime } from '../../ui/RelativeTime';
import { SpaceLink } from '../spaces/SpaceBadge';
import { KindBadge, StateMarks, TagList } from './badges';
import classes from './PostCard.module.css';

/** One post in a feed: who, where, what, and how much is going on. */
export function PostCard({
  post,
  showSpace = true,
}: {
  post: PostCardFieldsFragment;
  showSpace?: boolean;
}) {
  const { t, i18n } = useTranslation('posts');
  const reacted = post.reactions.some((r) => r.viewerReacted);
  return (
    <Paper
      component="article"
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      className={classes.card}
      data-testid="post-card"
      aria-labelledby={`post-${post.id}-title`}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" className={classes.above}>
          <Link to={`/members/${post.author.handle}`} aria-label={post.author.displayName}>
            <MemberAvatar
              displayName={post.author.displayName}
              avatarUrl={post.author.avatarUrl}
              size={28}
            />
          </Link>
          <Text
            component={Link}
            to={`/members/${post.author.handle}`}
            size="sm"
            fw={600}
            c="gray.9"
            td="none"
          >
            {post.author.displayName}
          </Text>
          <RankChip rank={post.author.rank} size="xs" />
          {post.author.role !== 'MEMBER' ? <RoleBadge role={post.author.role} /> : null}
          {showSpace ? (
            <>
              <Text size="sm" c="dimmed" aria-hidden>
                ·
              </Text>
              <SpaceLink space={post.space} />
            </>
          ) : null}
          <Text size="sm" c="dimmed" aria-hidden>
            ·
          </Text>
          <Text size="sm" c="dimmed">
            <RelativeTime iso={post.createdAt} />
          </Text>
        </Group>
        <Group gap="xs" wrap="wrap">
          <KindBadge kind={post.kind} solved={post.solved} />
          <StateMarks pinned={!!post.pinnedAt} locked={!!post.lockedAt} hidden={!!post.hiddenAt} />
        </Group>
        <Group gap="md" wrap="nowrap" align="flex-start">
          <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
            <Title order={2} size="h4" id={`post-${post.id}-title`}>
              <Link to={`/posts/${post.id}`} className={classes.title}>
                {post.title}
              </Link>
            </Title>
            {post.excerpt ? (
              <Text size="sm" className={classes.excerpt} lineClamp={2}>
                {post.excerpt}
              </Text>
            ) : null}
          </Stack>
          {post.thumbnailUrl ? (
            // The title says what the post is; the picture adds nothing for a screen reader.
            <img
              src={post.thumbnailUrl}
              alt=""
              loading="lazy"
              decoding="async"
              width={96}
              height={72}
              className={classes.thumbnail}
              data-testid="post-card-thumbnail"
            />
          ) : null}
        </Group>
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Group gap={6} className={classes.above}>
            <TagList tags={post.tags} size="xs" />
          </Group>
          <Group gap="md" c="dimmed">
            <Tooltip label={reacted ? t('card.youReacted') : t('card.reactions')} withArrow>
              <Group gap={4}>
                <VisuallyHidden>
                  {t('card.reactionCount', { count: post.reactionCount })}
                </VisuallyHidden>
                {reacted ? (
                  <IconHeartFilled
                    size={16}
                    aria-hidden
                    color="var(--mantine-color-pink-6)"
                    data-testid="viewer-reacted"
                  />
                ) : (
                  <IconHeart size={16} aria-hidden />
                )}
                <Text size="sm" aria-hidden>
                  {formatNumber(post.reactionCount, i18n.language)}
                </Text>
              </Group>
            </Tooltip>
            <Group gap={4}>
              <VisuallyHidden>
                {t('card.commentCount', { count: post.commentCount })}
              </VisuallyHidden>
              <IconMessageCircle size={16} aria-hidden />
              <Text size="sm" aria-hidden>
                {formatNumber(post.commentCount, i18n.language)}
              </Text>
            </Group>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
