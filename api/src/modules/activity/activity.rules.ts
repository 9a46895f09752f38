import type { ActivityAction, ActivitySubject, ReactionTarget } from '@kizuna/shared';

/** An activity to record (or record again, if it was retracted). */
export interface NewActivity {
  memberId: string;
  action: ActivityAction;
  subjectType: ActivitySubject;
  subjectId: string;
  spaceId?: string | null;
  counterpartId?: string | null;
  /** When it happened; now by default. */
  occurredAt?: Date;
  metadata?: Record<string, unknown>;
}

/** Activities to retract: every member's unless `memberId` is given. */
export interface ActivityKey {
  action: ActivityAction;
  subjectType: ActivitySubject;
  subjectId: string;
  memberId?: string;
  counterpartId?: string;
}

export interface Changes {
  record: NewActivity[];
  retract: ActivityKey[];
}

const none: Changes = { record: [], retract: [] };
const record = (...r: NewActivity[]): Changes => ({ record: r, retract: [] });
const retract = (...k: ActivityKey[]): Changes => ({ record: [], retract: k });

export interface PostFacts {
  postId: string;
  authorId: string;
  spaceId: string | null;
  at?: Date;
}

export interface CommentFacts {
  commentId: string;
  authorId: string;
  postAuthorId: string;
  spaceId: string | null;
  at?: Date;
}

export interface ReactionFacts {
  targetType: ReactionTarget;
  targetId: string;
  targetAuthorId: string;
  reactorId: string;
  spaceId: string | null;
  /** The target is an event's discussion itself, which its organiser did not write as a post. */
  targetIsDiscussion?: boolean;
  at?: Date;
}

export interface BestAnswerFacts {
  commentId: string;
  answerAuthorId: string;
  questionAuthorId: string;
  chooserId: string;
  spaceId: string | null;
  at?: Date;
}

/**
 * Every rule about who did what, in one place: domain changes in, activities and retractions
 * out. Nothing else decides, for instance, that reacting to your own post or choosing your own
 * answer to your own question is not an activity.
 */
export const ActivityRules = {
  joined: (memberId: string, at?: Date): Changes =>
    record({
      memberId,
      action: 'joined',
      subjectType: 'member',
      subjectId: memberId,
      occurredAt: at,
    }),

  /** A profile counts as complete with a name, a photo and a few words about the member. */
  profileSaved(m: {
    id: string;
    displayName: string;
    avatarUrl: string | null;
    bio: string;
  }): Changes {
    if (!m.displayName.trim() || !m.avatarUrl || !m.bio.trim()) return none;
    return record({
      memberId: m.id,
      action: 'profile_completed',
      subjectType: 'member',
      subjectId: m.id,
    });
  },

  /** `day` is the community's calendar day (YYYY-MM-DD). */
  visited: (memberId: string, day: string, at?: Date): Changes =>
    record({ memberId, action: 'visit_day', subjectType: 'day', subjectId: day, occurredAt: at }),

  postCreated: (p: PostFacts): Changes =>
    record({
      memberId: p.authorId,
      action: 'post_created',
      subjectType: 'post',
      subjectId: p.postId,
      spaceId: p.spaceId,
      occurredAt: p.at,
    }),

  /** Deleted, or hidden by a moderator. */
  postRemoved: (p: Pick<PostFacts, 'postId'>): Changes =>
    retract({ action: 'post_created', subjectType: 'post', subjectId: p.postId }),

  commentCreated: (c: CommentFacts): Changes =>
    record({
      memberId: c.authorId,
      action: 'comment_created',
      subjectType: 'comment',
      subjectId: c.commentId,
      spaceId: c.spaceId,
      counterpartId: c.postAuthorId === c.authorId ? null : c.postAuthorId,
      occurredAt: c.at,
    }),

  commentRemoved: (c: Pick<CommentFacts, 'commentId'>): Changes =>
    retract({ action: 'comment_created', subjectType: 'comment', subjectId: c.commentId }),

  /** Given by the reactor and received by the author, once per target whatever the kinds. */
  reactionAdded(r: ReactionFacts): Changes {
    if (r.reactorId === r.targetAuthorId || r.targetIsDiscussion) return none;
    const common = {
      subjectType: r.targetType,
      subjectId: r.targetId,
      spaceId: r.spaceId,
      occurredAt: r.at,
    };
    return record(
      {
        ...common,
        memberId: r.reactorId,
        action: 'reaction_given',
        counterpartId: r.targetAuthorId,
      },
      {
        ...common,
        memberId: r.targetAuthorId,
        action: 'reaction_received',
        counterpartId: r.reactorId,
      },
    );
  },

  /** Undone once none of the reactor's reactions is left on the target. */
  reactionWithdrawn(r: ReactionFacts, reactionsLeft: number): Changes {
    if (r.reactorId === r.targetAuthorId || r.targetIsDiscussion || reactionsLeft > 0) return none;
    const common = { subjectType: r.targetType, subjectId: r.targetId };
    return retract(
      { ...common, action: 'reaction_given', memberId: r.reactorId },
      { ...common, action: 'reaction_received', counterpartId: r.reactorId },
    );
  },

  /** Choosing your own answer to your own question is not an activity, for either side. */
  bestAnswerChosen(b: BestAnswerFacts): Changes {
    if (b.answerAuthorId === b.questionAuthorId) return none;
    const common = {
      subjectType: 'comment' as const,
      subjectId: b.commentId,
      spaceId: b.spaceId,
      occurredAt: b.at,
    };
    return record(
      {
        ...common,
        memberId: b.chooserId,
        action: 'best_answer_given',
        counterpartId: b.answerAuthorId,
      },
      {
        ...common,
        memberId: b.answerAuthorId,
        action: 'best_answer_received',
        counterpartId: b.chooserId,
      },
    );
  },

  /** Going to an event, or seated from its waitlist. */
  seatTaken: (e: { eventId: string; memberId: string; spaceId: string | null }): Changes =>
    record({
      memberId: e.memberId,
      action: 'event_rsvped',
      subjectType: 'event',
      subjectId: e.eventId,
      spaceId: e.spaceId,
    }),

  /** No longer going (the seat is given up). */
  seatLeft: (e: { eventId: string; memberId: string }): Changes =>
    retract({
      action: 'event_rsvped',
      subjectType: 'event',
      subjectId: e.eventId,
      memberId: e.memberId,
    }),

  /** Checked in at an event. */
  attended: (e: { eventId: string; memberId: string; spaceId: string | null }): Changes =>
    record({
      memberId: e.memberId,
      action: 'event_attended',
      subjectType: 'event',
      subjectId: e.eventId,
      spaceId: e.spaceId,
    }),

  /** Members who held a seat and did not come, as check-in closed. */
  noShows: (
    e: { eventId: string; spaceId: string | null; endedAt: Date },
    memberIds: string[],
  ): Changes =>
    record(
      ...memberIds.map((memberId) => ({
        memberId,
        action: 'event_no_show' as const,
        subjectType: 'event' as const,
        subjectId: e.eventId,
        spaceId: e.spaceId,
        occurredAt: e.endedAt,
      })),
    ),

  attendanceUndone: (e: { eventId: string; memberId: string }): Changes =>
    retract({
      action: 'event_attended',
      subjectType: 'event',
      subjectId: e.eventId,
      memberId: e.memberId,
    }),

  /** An idea that shows on its board: submitted to one without approval, or approved. */
  ideaSubmitted: (i: { ideaId: string; authorId: string; at?: Date }): Changes =>
    record({
      memberId: i.authorId,
      action: 'idea_submitted',
      subjectType: 'idea',
      subjectId: i.ideaId,
      occurredAt: i.at,
    }),

  /** Rejected after approval (taken down): its submission no longer counts. */
  ideaRejected: (i: { ideaId: string }): Changes =>
    retract({ action: 'idea_submitted', subjectType: 'idea', subjectId: i.ideaId }),

  /** Voting for your own idea is not an activity (as reacting to your own post is not). */
  ideaVoted(v: { ideaId: string; memberId: string; authorId: string }): Changes {
    if (v.memberId === v.authorId) return none;
    return record({
      memberId: v.memberId,
      action: 'idea_voted',
      subjectType: 'idea',
      subjectId: v.ideaId,
      counterpartId: v.authorId,
    });
  },

  /** Each idea the member's votes were withdrawn from (the ideas they were cast on). */
  ideaVotesWithdrawn: (v: { ideaIds: string[]; memberId: string }): Changes =>
    retract(
      ...v.ideaIds.map((ideaId) => ({
        action: 'idea_voted' as const,
        subjectType: 'idea' as const,
        subjectId: ideaId,
        memberId: v.memberId,
      })),
    ),

  /**
   * The author's idea reached planned or released: a milestone, recorded once per idea however
   * often the status moves back and forth, and never retracted.
   */
  ideaMilestone(i: { ideaId: string; authorId: string; status: string }): Changes {
    const action =
      i.status === 'planned' ? 'idea_planned' : i.status === 'released' ? 'idea_released' : null;
    if (!action) return none;
    return record({ memberId: i.authorId, action, subjectType: 'idea', subjectId: i.ideaId });
  },

  /** A survey's answers submitted for the first time (editing them later records nothing). */
  surveyAnswered: (s: { surveyId: string; memberId: string; at?: Date }): Changes =>
    record({
      memberId: s.memberId,
      action: 'survey_answered',
      subjectType: 'survey',
      subjectId: s.surveyId,
      occurredAt: s.at,
    }),

  /** Cleared, another answer chosen, or the answer deleted or hidden. */
  bestAnswerDropped: (commentId: string): Changes =>
    retract(
      { action: 'best_answer_given', subjectType: 'comment', subjectId: commentId },
      { action: 'best_answer_received', subjectType: 'comment', subjectId: commentId },
    ),
};
