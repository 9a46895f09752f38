import type { ActivityAction, ActivitySubject, MissionAction, PointRule } from '@kizuna/shared';

/** An activity as the stream stores it. */
export interface ActivityRow {
  id: string;
  memberId: string;
  action: ActivityAction;
  subjectType: ActivitySubject;
  subjectId: string;
  spaceId: string | null;
  counterpartId: string | null;
  occurredAt: Date;
  retractedAt: Date | null;
  metadata: Record<string, unknown>;
}

/** Counters of member_stats that move with activities. */
export type StatsCounter =
  | 'posts'
  | 'comments'
  | 'bestAnswers'
  | 'reactionsGiven'
  | 'reactionsReceived'
  | 'eventsAttended'
  | 'ideas'
  | 'ideasShipped';

/**
 * What each action means to the rest of the product. The consumers read this table, so a new
 * domain declares its actions here and points, missions and counters follow without new code.
 */
export interface ActionDeclaration {
  /**
   * The key an action's effects are filed under (the ledger's source, a mission's counted
   * source): stable, and the same wherever the action is seen.
   */
  source(a: Pick<ActivityRow, 'subjectType' | 'subjectId' | 'counterpartId'>): string;
  pointRule?: PointRule;
  missionAction?: MissionAction;
  counter?: StatsCounter;
}

export const ACTIONS: Record<ActivityAction, ActionDeclaration> = {
  joined: { source: () => 'joined', pointRule: 'joined' },
  profile_completed: {
    source: () => 'profile',
    pointRule: 'profile_completed',
    missionAction: 'profile_completed',
  },
  visit_day: {
    source: (a) => `visit:${a.subjectId}`,
    pointRule: 'daily_visit',
    missionAction: 'visit',
  },
  post_created: {
    source: (a) => `post:${a.subjectId}`,
    pointRule: 'post_created',
    missionAction: 'post',
    counter: 'posts',
  },
  comment_created: {
    source: (a) => `comment:${a.subjectId}`,
    pointRule: 'comment_created',
    missionAction: 'comment',
    counter: 'comments',
  },
  reaction_given: {
    source: (a) => `reaction:${a.subjectType}:${a.subjectId}`,
    pointRule: 'reaction_given',
    missionAction: 'reaction',
    counter: 'reactionsGiven',
  },
  reaction_received: {
    source: (a) => `reaction:${a.subjectType}:${a.subjectId}:${a.counterpartId}`,
    pointRule: 'reaction_received',
    counter: 'reactionsReceived',
  },
  best_answer_given: { source: (a) => `best_answer_given:${a.subjectId}` },
  best_answer_received: {
    source: (a) => `best_answer:${a.subjectId}`,
    pointRule: 'best_answer',
    missionAction: 'best_answer',
    counter: 'bestAnswers',
  },
  event_rsvped: { source: (a) => `event:${a.subjectId}`, pointRule: 'event_rsvped' },
  event_attended: {
    source: (a) => `attended:${a.subjectId}`,
    pointRule: 'event_attended',
    missionAction: 'attend_event',
    counter: 'eventsAttended',
  },
  event_no_show: { source: (a) => `no_show:${a.subjectId}` },
  idea_submitted: {
    source: (a) => `idea:${a.subjectId}`,
    pointRule: 'idea_submitted',
    missionAction: 'submit_idea',
    counter: 'ideas',
  },
  idea_voted: { source: (a) => `idea_vote:${a.subjectId}`, missionAction: 'vote_idea' },
  idea_planned: { source: (a) => `idea_planned:${a.subjectId}`, pointRule: 'idea_planned' },
  idea_released: {
    source: (a) => `idea_released:${a.subjectId}`,
    pointRule: 'idea_released',
    counter: 'ideasShipped',
  },
  survey_answered: {
    source: (a) => `survey:${a.subjectId}`,
    pointRule: 'survey_answered',
    missionAction: 'answer_survey',
  },
};

export const sourceOf = (a: ActivityRow) => ACTIONS[a.action].source(a);
