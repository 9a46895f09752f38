import type { NotificationKind } from '../../gql/graphql';

/** What the text and the link of a notification are made from. */
export interface NotificationLike {
  kind: NotificationKind;
  actorCount: number;
  actors: readonly { displayName: string }[];
  post?: { id: string; title: string } | null;
  commentId?: string | null;
  message?: string | null;
  years?: number | null;
  rankPosition?: number | null;
}

/** Any `t` that can read the notifications namespace; keys here are built from the kind. */
type PlainT = (key: string, options?: Record<string, unknown>) => string;

/** Kinds for features still to come: one translated line, plus their message when they have one. */
export const GENERIC_KINDS = [
  'POINTS',
  'EVENT_REMINDER',
  'WAITLIST_PROMOTION',
  'FEEDBACK_STATUS',
  'SURVEY_INVITATION',
] as const satisfies readonly NotificationKind[];

/**
 * The sentence for a notification in the reader's language: 「佐藤さんほか 2 人が『タイトル』に
 * リアクションしました」 / “Sato and 2 others reacted to ‘Title’”.
 */
export function notificationText(t: unknown, n: NotificationLike, lang = 'ja'): string {
  const tr = t as PlainT;
  const actor = n.actors[0]?.displayName || tr('notifications:someone');
  const title = n.post?.title ?? tr('notifications:unavailablePost');
  const others = Math.max(0, n.actorCount - 1);
  switch (n.kind) {
    case 'REPLY_TO_POST':
    case 'REPLY_TO_COMMENT':
    case 'MENTION':
    case 'BEST_ANSWER':
      return tr(`notifications:text.${n.kind}`, { actor, title });
    case 'REACTIONS':
      return others > 0
        ? tr('notifications:text.REACTIONS_OTHERS', { actor, title, count: others })
        : tr('notifications:text.REACTIONS', { actor, title });
    case 'MODERATOR_MESSAGE':
      return tr('notifications:text.MODERATOR_MESSAGE', { message: n.message ?? '' });
    case 'RANK':
      return n.message
        ? tr('notifications:text.RANK', { rank: localizedName(n.message, lang) })
        : tr('notifications:text.RANK_POSITION', { position: n.rankPosition ?? '?' });
    case 'BADGE':
      return n.message
        ? tr('notifications:text.BADGE', { badge: localizedName(n.message, lang) })
        : tr('notifications:text.BADGE_ANY');
    case 'ANNIVERSARY':
      return tr('notifications:text.ANNIVERSARY', { count: n.years ?? 1 });
    default: {
      const kind = tr(`notifications:kinds.${n.kind}`);
      return n.message
        ? tr('notifications:text.genericWithMessage', { kind, message: n.message })
        : tr('notifications:text.generic', { kind });
    }
  }
}

/**
 * Rank and badge notifications carry 「🌱 はじめまして / Newcomer」: the icon and the name in the
 * reader's language. Anything else is shown as it is.
 */
export function localizedName(message: string, lang: string): string {
  const m = /^(\S+)\s+(.+?)\s+\/\s+(.+)$/u.exec(message.trim());
  if (!m) return message;
  return `${m[1]} ${lang.startsWith('en') ? m[3] : m[2]}`;
}

/**
 * Where a notification leads: its post, at the comment when there is one (the anchor
 * `#comment-<id>` the post page gives every comment); null when the post is gone or hidden, or
 * the notification is about no post.
 */
export function notificationLink(n: Pick<NotificationLike, 'post' | 'commentId'>): string | null {
  if (!n.post) return null;
  const path = `/posts/${encodeURIComponent(n.post.id)}`;
  return n.commentId ? `${path}#comment-${encodeURIComponent(n.commentId)}` : path;
}
