import type { Locale, NotificationKind } from '@kizuna/shared';

export interface TextVars {
  actor: string;
  others: number;
  title: string;
  years: number;
  message: string;
}

type Texts = Record<NotificationKind, (v: TextVars) => string>;

const ja: Texts = {
  reply_to_post: (v) => `${v.actor} さんが「${v.title}」にコメントしました`,
  reply_to_comment: (v) => `${v.actor} さんが「${v.title}」であなたのコメントに返信しました`,
  mention: (v) => `${v.actor} さんが「${v.title}」であなたをメンションしました`,
  reactions: (v) =>
    v.others > 0
      ? `${v.actor} さんほか ${v.others} 人が「${v.title}」にリアクションしました`
      : `${v.actor} さんが「${v.title}」にリアクションしました`,
  best_answer: (v) => `「${v.title}」であなたのコメントがベストアンサーに選ばれました`,
  moderator_message: (v) => `モデレーターからのメッセージ: ${v.message}`,
  anniversary: (v) => `参加 ${v.years} 周年です。いつもありがとうございます！`,
  points: (v) => v.message,
  rank: (v) => v.message,
  badge: (v) => v.message,
  event_reminder: (v) => v.message,
  waitlist_promotion: (v) => v.message,
  feedback_status: (v) => v.message,
  survey_invitation: (v) => v.message,
};

const en: Texts = {
  reply_to_post: (v) => `${v.actor} commented on “${v.title}”`,
  reply_to_comment: (v) => `${v.actor} replied to your comment on “${v.title}”`,
  mention: (v) => `${v.actor} mentioned you in “${v.title}”`,
  reactions: (v) =>
    v.others > 0
      ? `${v.actor} and ${v.others} ${v.others === 1 ? 'other' : 'others'} reacted to “${v.title}”`
      : `${v.actor} reacted to “${v.title}”`,
  best_answer: (v) => `Your comment was chosen as the best answer to “${v.title}”`,
  moderator_message: (v) => `A message from the moderators: ${v.message}`,
  anniversary: (v) =>
    `${v.years} ${v.years === 1 ? 'year' : 'years'} since you joined. Thank you for being here!`,
  points: (v) => v.message,
  rank: (v) => v.message,
  badge: (v) => v.message,
  event_reminder: (v) => v.message,
  waitlist_promotion: (v) => v.message,
  feedback_status: (v) => v.message,
  survey_invitation: (v) => v.message,
};

/** One line describing a notification, for mail (the web renders its own, translated). */
export const describe = (kind: NotificationKind, locale: Locale, vars: TextVars) =>
  (locale === 'en' ? en : ja)[kind](vars);
