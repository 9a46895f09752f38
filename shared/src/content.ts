export const PostKind = {
  TALK: 'talk',
  QUESTION: 'question',
  ANNOUNCEMENT: 'announcement',
  /** An event's discussion: created with the event, never written or listed as a post. */
  EVENT: 'event',
  /** A feedback idea: submitted on a board, never written or listed as a post. */
  IDEA: 'idea',
} as const;
export type PostKind = (typeof PostKind)[keyof typeof PostKind];

/** The kinds members and staff write themselves. */
export const WRITTEN_POST_KINDS = [PostKind.TALK, PostKind.QUESTION, PostKind.ANNOUNCEMENT];

export const ReactionTarget = {
  POST: 'post',
  COMMENT: 'comment',
} as const;
export type ReactionTarget = (typeof ReactionTarget)[keyof typeof ReactionTarget];

export const CONTENT_LIMITS = {
  titleMax: 200,
  bodyMax: 50_000,
  commentMax: 10_000,
  tagsMax: 5,
  tagMax: 30,
  spaceNameMax: 40,
  spaceDescriptionMax: 500,
  searchQueryMax: 100,
  hideReasonMax: 500,
} as const;

/** Posts and comments a member may write per hour; members who joined today get the smaller number. */
export const POSTING_LIMITS = {
  postsPerHour: 10,
  postsPerHourNew: 3,
  commentsPerHour: 60,
  commentsPerHourNew: 15,
} as const;

export const SPACE_SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;
/** Tags: letters (any script), digits, - and _, no spaces. */
export const TAG_PATTERN = /^[\p{L}\p{N}_-]{1,30}$/u;
