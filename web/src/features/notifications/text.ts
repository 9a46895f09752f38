import { notificationSentence, subjectName, type NotificationKind as Kind } from '@kizuna/shared';
import type { NotificationKind } from '../../gql/graphql';

/** What the text and the link of a notification are made from. */
export interface NotificationLike {
  kind: NotificationKind;
  actorCount: number;
  actors: readonly { displayName: string }[];
  post?: { id: string; title: string } | null;
  commentId?: string | null;
  subject?: { type: string; id: string } | null;
  params: {
    message?: string | null;
    title?: string | null;
    years?: number | null;
    points?: number | null;
    position?: number | null;
    hours?: number | null;
    nameJa?: string | null;
    nameEn?: string | null;
    icon?: string | null;
    /** The idea a merged idea's votes went to. */
    into?: string | null;
    /** Where the flagged content is read in the app (a flag's verdict). */
    path?: string | null;
  };
}

/** Any `t` that can read the notifications namespace. */
type PlainT = (key: string) => string;

const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

/**
 * The sentence for a notification in the reader's language, from the shared notification
 * sentences and the notification's own values: 「佐藤さんほか 2 人が『タイトル』にリアクションしました」
 * / “Sato and 2 others reacted to ‘Title’”. Nothing here knows one kind from another.
 */
export function notificationText(t: unknown, n: NotificationLike, lang = 'ja'): string {
  const tr = t as PlainT;
  const params = defined(n.params);
  return notificationSentence(lang, n.kind.toLowerCase() as Kind, {
    ...params,
    actor: n.actors[0]?.displayName || tr('notifications:someone'),
    others: Math.max(0, n.actorCount - 1),
    title: n.post?.title ?? n.params.title ?? tr('notifications:unavailablePost'),
    name: subjectName(params, lang),
  });
}

/** A path inside the app (never another site's address). */
const appPath = (path: string | null | undefined): string | null =>
  path && /^\/(?![/\\])/.test(path) ? path : null;

/**
 * Where a notification leads: its post, at the comment when there is one (the anchor
 * `#comment-<id>` the post page gives every comment), the event, the idea or the survey it is about (a
 * merge's notice: the idea the vote went to), the content a flag was about (its verdict); null
 * when the post is gone or hidden, or the notification is about none of them (a warning).
 */
export function notificationLink(
  n: Pick<NotificationLike, 'post' | 'commentId' | 'subject'> & {
    params?: NotificationLike['params'];
  },
): string | null {
  if (n.subject?.type === 'EVENT') return `/events/${encodeURIComponent(n.subject.id)}`;
  if (n.subject?.type === 'IDEA') return `/ideas/${encodeURIComponent(n.subject.id)}`;
  if (n.subject?.type === 'SURVEY') return `/surveys/${encodeURIComponent(n.subject.id)}`;
  if (!n.post) return appPath(n.params?.path);
  const path = `/posts/${encodeURIComponent(n.post.id)}`;
  return n.commentId ? `${path}#comment-${encodeURIComponent(n.commentId)}` : path;
}
