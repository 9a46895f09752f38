/** What earns points; admins set each rule's points, daily cap and whether it is on. */
export const PointRule = {
  JOINED: 'joined',
  DAILY_VISIT: 'daily_visit',
  POST_CREATED: 'post_created',
  COMMENT_CREATED: 'comment_created',
  REACTION_GIVEN: 'reaction_given',
  REACTION_RECEIVED: 'reaction_received',
  BEST_ANSWER: 'best_answer',
  PROFILE_COMPLETED: 'profile_completed',
  EVENT_RSVPED: 'event_rsvped',
  EVENT_ATTENDED: 'event_attended',
  IDEA_SUBMITTED: 'idea_submitted',
  /** To the author, once per idea. */
  IDEA_PLANNED: 'idea_planned',
  /** To the author, once per idea. */
  IDEA_RELEASED: 'idea_released',
  /** Once per survey answered. */
  SURVEY_ANSWERED: 'survey_answered',
} as const;
export type PointRule = (typeof PointRule)[keyof typeof PointRule];
export const POINT_RULES = Object.values(PointRule);

/** Ledger entries that do not come from a rule. */
export const LedgerSource = { ADJUSTMENT: 'adjustment', MISSION: 'mission' } as const;

export const BadgeCriterion = {
  FIRST_POST: 'first_post',
  POSTS: 'posts',
  BEST_ANSWERS: 'best_answers',
  REACTIONS_RECEIVED: 'reactions_received',
  STREAK: 'streak',
  MEMBER_SINCE: 'member_since',
  EVENTS_ATTENDED: 'events_attended',
  /** Submitted a first idea that shows on its board. */
  FIRST_IDEA: 'first_idea',
  /** Ideas of the member's that were released. */
  IDEAS_SHIPPED: 'ideas_shipped',
  MANUAL: 'manual',
} as const;
export type BadgeCriterion = (typeof BadgeCriterion)[keyof typeof BadgeCriterion];

export const MissionAction = {
  POST: 'post',
  COMMENT: 'comment',
  REACTION: 'reaction',
  BEST_ANSWER: 'best_answer',
  VISIT: 'visit',
  PROFILE_COMPLETED: 'profile_completed',
  ATTEND_EVENT: 'attend_event',
  SUBMIT_IDEA: 'submit_idea',
  VOTE_IDEA: 'vote_idea',
  ANSWER_SURVEY: 'answer_survey',
} as const;
export type MissionAction = (typeof MissionAction)[keyof typeof MissionAction];

export const LeaderboardPeriod = { WEEK: 'week', MONTH: 'month', ALL: 'all' } as const;
export type LeaderboardPeriod = (typeof LeaderboardPeriod)[keyof typeof LeaderboardPeriod];

export const GAMIFICATION_LIMITS = {
  adjustMax: 100_000,
  reasonMax: 500,
  ranksMax: 30,
  rankNameMax: 40,
  perksMax: 1000,
  badgeNameMax: 60,
  badgeDescriptionMax: 500,
  missionTitleMax: 100,
  missionStepsMax: 10,
  missionCountMax: 1000,
} as const;
