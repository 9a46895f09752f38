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
    <article
      className={classes.card}
      data-testid="post-card"
      aria-labelledby={`post-${post.id}-title`}
    >
      <div className={`${classes.row} ${classes.above}`}>
        <Link to={`/members/${post.author.handle}`} aria-label={post.author.displayName}>
          <MemberAvatar
            displayName={post.author.displayName}
            avatarUrl={post.author.avatarUrl}
            size={28}
          />
        </Link>
        <Link to={`/members/${post.author.handle}`} className={classes.author}>
          {post.author.displayName}
        </Link>
        <RankChip rank={post.author.rank} size="xs" />
        {post.author.role !== 'MEMBER' ? <RoleBadge role={post.author.role} /> : null}
        {showSpace ? (
          <>
            <span className={classes.dimmed} aria-hidden>
              ·
            </span>
            <SpaceLink space={post.space} />
          </>
        ) : null}
        <span className={classes.dimmed} aria-hidden>
          ·
        </span>
        <span className={classes.dimmed}>
          <RelativeTime iso={post.createdAt} />
        </span>
      </div>
      <div className={classes.row}>
        <KindBadge kind={post.kind} solved={post.solved} />
        <StateMarks pinned={!!post.pinnedAt} locked={!!post.lockedAt} hidden={!!post.hiddenAt} />
      </div>
      <div className={classes.main}>
        <div className={classes.text}>
          <h2 className={classes.heading} id={`post-${post.id}-title`}>
            <Link to={`/posts/${post.id}`} className={classes.title}>
              {post.title}
            </Link>
          </h2>
          {post.excerpt ? <p className={classes.excerpt}>{post.excerpt}</p> : null}
        </div>
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
      </div>
      <div className={classes.foot}>
        <div className={`${classes.tags} ${classes.above}`}>
          <TagList tags={post.tags} size="xs" />
        </div>
        <div className={classes.counts}>
          <Tooltip label={reacted ? t('card.youReacted') : t('card.reactions')} withArrow>
            <span className={classes.count}>
              <span className={classes.hidden}>
                {t('card.reactionCount', { count: post.reactionCount })}
              </span>
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
              <span aria-hidden>{formatNumber(post.reactionCount, i18n.language)}</span>
            </span>
          </Tooltip>
          <span className={classes.count}>
            <span className={classes.hidden}>
              {t('card.commentCount', { count: post.commentCount })}
            </span>
            <IconMessageCircle size={16} aria-hidden />
            <span aria-hidden>{formatNumber(post.commentCount, i18n.language)}</span>
          </span>
        </div>
      </div>
    </article>
  );
}
