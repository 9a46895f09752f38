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
  FEEDBACK_STATUS: 'feedback_status',
  SURVEY_INVITATION: 'survey_invitation',
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
  feedback_status: 'in_app',
  survey_invitation: 'email',
};

export const NOTIFICATION_LIMITS = { messageMax: 2000 } as const;
