/** Why a member flags something. */
export const FlagReason = {
  SPAM: 'spam',
  INAPPROPRIATE: 'inappropriate',
  HARASSMENT: 'harassment',
  OFF_TOPIC: 'off_topic',
  OTHER: 'other',
} as const;
export type FlagReason = (typeof FlagReason)[keyof typeof FlagReason];
export const FLAG_REASONS = Object.values(FlagReason);

/** What can be flagged. An event's comments are comments. */
export const ReviewTargetType = {
  POST: 'post',
  COMMENT: 'comment',
  IDEA: 'idea',
  MEMBER: 'member',
} as const;
export type ReviewTargetType = (typeof ReviewTargetType)[keyof typeof ReviewTargetType];

export const ReviewStatus = {
  PENDING: 'pending',
  AGREED: 'agreed',
  DISAGREED: 'disagreed',
  IGNORED: 'ignored',
} as const;
export type ReviewStatus = (typeof ReviewStatus)[keyof typeof ReviewStatus];

/** Why an item is in the queue: members' flags, or a rule that held new content. */
export const ReviewSource = {
  FLAGS: 'flags',
  WATCHED_WORD: 'watched_word',
  APPROVAL: 'approval',
  DUPLICATE: 'duplicate',
} as const;
export type ReviewSource = (typeof ReviewSource)[keyof typeof ReviewSource];

/** A moderator's decision on a review item; each resolves every flag on it. */
export const ReviewAction = {
  /** Agree: the content stays hidden (or is hidden now). */
  AGREE_HIDE: 'agree_hide',
  AGREE_DELETE: 'agree_delete',
  /** Agree, hide the content and suspend its author. */
  AGREE_SUSPEND: 'agree_suspend',
  /** Disagree: the content is shown (again); flaggers' accuracy falls. */
  DISAGREE: 'disagree',
  /** Close without a verdict: accuracy unchanged, content left as it is. */
  IGNORE: 'ignore',
} as const;
export type ReviewAction = (typeof ReviewAction)[keyof typeof ReviewAction];

export const WatchedWordAction = {
  /** The post is refused with a message naming the word. */
  BLOCK: 'block',
  /** The post waits hidden until a moderator approves it. */
  APPROVE: 'approve',
  /** The post is published and put in the review queue. */
  FLAG: 'flag',
} as const;
export type WatchedWordAction = (typeof WatchedWordAction)[keyof typeof WatchedWordAction];

export const SanctionKind = {
  WARNING: 'warning',
  SUSPENSION: 'suspension',
  /** Can read, cannot post, comment, react or flag. */
  SILENCE: 'silence',
} as const;
export type SanctionKind = (typeof SanctionKind)[keyof typeof SanctionKind];

export interface ModerationSettings {
  /** Lowest rank position that may flag. */
  flagMinRank: number;
  /** Flags a member may raise per hour. */
  flagsPerHour: number;
  /** Weighted flag score at which content is hidden pending review. */
  hideThreshold: number;
  /** Days after joining during which the new-member limits apply. */
  newMemberDays: number;
  /** New members at or above this rank position are not limited. */
  trustedRank: number;
  newMemberMaxLinks: number;
  newMemberMaxImages: number;
  newMemberMaxMentions: number;
  /** Hold new members' content with links for approval. */
  holdNewMemberLinks: boolean;
}

export const DEFAULT_MODERATION_SETTINGS: ModerationSettings = {
  flagMinRank: 1,
  flagsPerHour: 20,
  hideThreshold: 3,
  newMemberDays: 7,
  trustedRank: 3,
  newMemberMaxLinks: 2,
  newMemberMaxImages: 3,
  newMemberMaxMentions: 5,
  holdNewMemberLinks: false,
};

/**
 * A flag's weight: 1 for a member of the first rank, +0.25 per rank above it (at most 2), times
 * their accuracy factor once they have 3 decided flags: 0.5 (never right) to 1.5 (always right).
 */
export function flagWeight(rankPosition: number, agreed: number, disagreed: number): number {
  const rank = Math.min(2, 1 + 0.25 * Math.max(0, rankPosition - 1));
  const decided = agreed + disagreed;
  const accuracy = decided >= 3 ? 0.5 + agreed / decided : 1;
  return Math.round(rank * accuracy * 100) / 100;
}

export const MODERATION_LIMITS = {
  flagNoteMax: 500,
  reasonMax: 1000,
  watchedWordMax: 100,
  watchedWordsMax: 2000,
  /** The longest suspension or silence, in days. */
  sanctionDaysMax: 3650,
} as const;
