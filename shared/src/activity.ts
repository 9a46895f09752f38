/**
 * What members do, as the activity stream records it. Each action happens once per subject,
 * member and counterpart; an undone action is retracted, not deleted.
 */
export const ActivityAction = {
  JOINED: 'joined',
  PROFILE_COMPLETED: 'profile_completed',
  /** The member used the community on a day (in the community's time zone). */
  VISIT_DAY: 'visit_day',
  POST_CREATED: 'post_created',
  COMMENT_CREATED: 'comment_created',
  REACTION_GIVEN: 'reaction_given',
  /** The author whose post or comment someone else reacted to. */
  REACTION_RECEIVED: 'reaction_received',
  /** Whoever chose the best answer of a question. */
  BEST_ANSWER_GIVEN: 'best_answer_given',
  BEST_ANSWER_RECEIVED: 'best_answer_received',
  /** The member holds a seat at an event (going, or seated from the waitlist). */
  EVENT_RSVPED: 'event_rsvped',
  /** Checked in at an event (a check-in undone retracts it). */
  EVENT_ATTENDED: 'event_attended',
  /** Held a seat and was not checked in by the time check-in closed. */
  EVENT_NO_SHOW: 'event_no_show',
  /** Submitted an idea that shows on its board (approved, or on a board without approval). */
  IDEA_SUBMITTED: 'idea_submitted',
  /** Voted for an idea (a vote withdrawn retracts it). */
  IDEA_VOTED: 'idea_voted',
  /** The author's idea reached planned (once, whatever happens after). */
  IDEA_PLANNED: 'idea_planned',
  /** The author's idea was released (once). */
  IDEA_RELEASED: 'idea_released',
  /** Submitted a survey's answers (once per survey; editing them later is not another). */
  SURVEY_ANSWERED: 'survey_answered',
} as const;
export type ActivityAction = (typeof ActivityAction)[keyof typeof ActivityAction];
export const ACTIVITY_ACTIONS = Object.values(ActivityAction);

export const ActivitySubject = {
  MEMBER: 'member',
  DAY: 'day',
  POST: 'post',
  COMMENT: 'comment',
  EVENT: 'event',
  IDEA: 'idea',
  SURVEY: 'survey',
} as const;
export type ActivitySubject = (typeof ActivitySubject)[keyof typeof ActivitySubject];
