import type { ServerPushes } from '@kizuna/shared';

type NewPostPush = ServerPushes['post:new'];

export interface FeedScope {
  /** Only this space's posts count (a space page); every space when absent (the home feed). */
  spaceId?: string | null;
  /** Posts the feed already shows. */
  listed: ReadonlySet<string>;
  /** The viewer's own posts are not news to them. */
  viewerId?: string | null;
}

/**
 * The posts announced by the "N new posts" banner: each new post once, only for the spaces the
 * feed shows, none it already lists, none the viewer wrote. Returns the same array when nothing changes.
 */
export function noteNewPost(
  pending: readonly string[],
  push: NewPostPush,
  scope: FeedScope,
): readonly string[] {
  if (scope.spaceId && push.spaceId !== scope.spaceId) return pending;
  if (scope.viewerId && push.authorId === scope.viewerId) return pending;
  if (scope.listed.has(push.postId) || pending.includes(push.postId)) return pending;
  return [...pending, push.postId];
}
