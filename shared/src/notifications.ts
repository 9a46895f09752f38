export const NotificationKind = {
  REPLY_TO_POST: 'reply_to_post',
  REPLY_TO_COMMENT: 'reply_to_comment',
  MENTION: 'mention',
  REACTIONS: 'reactions',
  BEST_ANSWER: 'best_answer',
  MODERATOR_MESSAGE: 'moderator_message',
  ANNIVERSARY: 'anniversary',
  POINTS: 'points',
  RANK: 'rank',
  BADGE: 'badge',
  EVENT_REMINDER: 'event_reminder',
  WAITLIST_PROMOTION: 'waitlist_promotion',
  EVENT_UPDATED: 'event_updated',
  EVENT_CANCELLED: 'event_cancelled',
  EVENT_MESSAGE: 'event_message',
  EVENT_NEW: 'event_new',
  FEEDBACK_STATUS: 'feedback_status',
  SURVEY_INVITATION: 'survey_invitation',
  CONTENT_HIDDEN: 'content_hidden',
  CONTENT_RESTORED: 'content_restored',
  POINTS_ADJUSTED: 'points_adjusted',
  /** Members' flags hid what the member posted, until a moderator reviews it. */
  CONTENT_FLAGGED: 'content_flagged',
  FLAG_AGREED: 'flag_agreed',
  FLAG_DISAGREED: 'flag_disagreed',
  MODERATOR_WARNING: 'moderator_warning',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
export const NOTIFICATION_KINDS = Object.values(NotificationKind);

export const NotificationChannel = {
  /** In the notification center only. */
  IN_APP: 'in_app',
  /** In the notification center and by email. */
  EMAIL: 'email',
  OFF: 'off',
} as const;
export type NotificationChannel = (typeof NotificationChannel)[keyof typeof NotificationChannel];

export const EmailFrequency = { IMMEDIATE: 'immediate', DAILY: 'daily' } as const;
export type EmailFrequency = (typeof EmailFrequency)[keyof typeof EmailFrequency];

/** What a member gets until they choose otherwise: mail for what needs an answer from them. */
export const DEFAULT_CHANNELS: Record<NotificationKind, NotificationChannel> = {
  reply_to_post: 'email',
  reply_to_comment: 'email',
  mention: 'email',
  reactions: 'in_app',
  best_answer: 'email',
  moderator_message: 'email',
  anniversary: 'in_app',
  points: 'in_app',
  rank: 'in_app',
  badge: 'in_app',
  event_reminder: 'email',
  waitlist_promotion: 'email',
  event_updated: 'email',
  event_cancelled: 'email',
  event_message: 'email',
  event_new: 'in_app',
  feedback_status: 'in_app',
  survey_invitation: 'email',
  content_hidden: 'email',
  content_restored: 'in_app',
  points_adjusted: 'in_app',
  content_flagged: 'email',
  flag_agreed: 'in_app',
  flag_disagreed: 'in_app',
  moderator_warning: 'email',
};

export const NOTIFICATION_LIMITS = { messageMax: 2000 } as const;

/** What a notification is about, besides the post and comment it may link to. */
export const NotificationSubjectType = {
  POST: 'post',
  COMMENT: 'comment',
  RANK: 'rank',
  BADGE: 'badge',
  MISSION: 'mission',
  EVENT: 'event',
  IDEA: 'idea',
  SURVEY: 'survey',
} as const;
export type NotificationSubjectType =
  (typeof NotificationSubjectType)[keyof typeof NotificationSubjectType];

/**
 * The values a notification's sentence needs besides its actors and post, stored with it:
 * names come in both languages so each reader sees their own, never a sentence.
 */
export interface NotificationParams {
  /** A moderator's message (or reason), as they wrote it. */
  message?: string;
  /** The post's title when it was written, for a post its reader may no longer open. */
  title?: string;
  years?: number;
  points?: number;
  /** A rank's position. */
  position?: number;
  nameJa?: string;
  nameEn?: string;
  icon?: string;
  /** Hours until an event starts (a reminder). */
  hours?: number;
  /** An idea's new status (FEEDBACK_STATUS); its name comes in nameJa / nameEn. */
  status?: string;
  /** The idea a merged idea's votes went to: its title. */
  into?: string;
  /** Where in the web app the notice is about (what a flag's verdict concerns). */
  path?: string;
}

/** The subject's name in a language, with its icon: 「🌱 はじめまして」. */
export const subjectName = (p: NotificationParams, lang: string): string | undefined => {
  const name = lang.startsWith('en') ? p.nameEn : p.nameJa;
  return name ? `${p.icon ? `${p.icon} ` : ''}${name}` : undefined;
};
