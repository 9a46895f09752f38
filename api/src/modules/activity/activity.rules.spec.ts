import { ActivityRules } from './activity.rules.js';
import { ACTIONS } from './activity.actions.js';
import { ACTIVITY_ACTIONS } from '@kizuna/shared';

const post = { postId: 'p1', authorId: 'author', spaceId: 's1' };
const reaction = {
  targetType: 'post' as const,
  targetId: 'p1',
  targetAuthorId: 'author',
  reactorId: 'fan',
  spaceId: 's1',
};
const answer = {
  commentId: 'c1',
  answerAuthorId: 'answerer',
  questionAuthorId: 'asker',
  chooserId: 'asker',
  spaceId: 's1',
};

describe('who did what: the activity rules', () => {
  it('records ideas: votes by others only, milestones for the author on planned and released', () => {
    const vote = { ideaId: 'i1', memberId: 'fan', authorId: 'author' };
    expect(ActivityRules.ideaVoted(vote).record).toEqual([
      expect.objectContaining({ memberId: 'fan', action: 'idea_voted', counterpartId: 'author' }),
    ]);
    expect(ActivityRules.ideaVoted({ ...vote, memberId: 'author' })).toEqual({
      record: [],
      retract: [],
    });
    const milestone = (status: string) =>
      ActivityRules.ideaMilestone({ ideaId: 'i1', authorId: 'author', status }).record;
    expect(milestone('planned')).toEqual([
      expect.objectContaining({ memberId: 'author', action: 'idea_planned', subjectId: 'i1' }),
    ]);
    expect(milestone('released')).toEqual([
      expect.objectContaining({ memberId: 'author', action: 'idea_released' }),
    ]);
    expect(milestone('in_progress')).toEqual([]);
    expect(milestone('declined')).toEqual([]);
  });

  it('records a reaction as given by the reactor and received by the author', () => {
    expect(ActivityRules.reactionAdded(reaction).record).toEqual([
      expect.objectContaining({
        memberId: 'fan',
        action: 'reaction_given',
        counterpartId: 'author',
      }),
      expect.objectContaining({
        memberId: 'author',
        action: 'reaction_received',
        counterpartId: 'fan',
      }),
    ]);
  });

  it('does not count reacting to your own post or comment, either way', () => {
    const own = { ...reaction, reactorId: 'author' };
    expect(ActivityRules.reactionAdded(own)).toEqual({ record: [], retract: [] });
    expect(ActivityRules.reactionWithdrawn(own, 0)).toEqual({ record: [], retract: [] });
  });

  it('takes a reaction back only once none of the member’s kinds is left on the target', () => {
    expect(ActivityRules.reactionWithdrawn(reaction, 1)).toEqual({ record: [], retract: [] });
    expect(ActivityRules.reactionWithdrawn(reaction, 0).retract).toEqual([
      expect.objectContaining({ action: 'reaction_given', memberId: 'fan' }),
      expect.objectContaining({ action: 'reaction_received', counterpartId: 'fan' }),
    ]);
  });

  it('does not count choosing your own answer to your own question', () => {
    expect(ActivityRules.bestAnswerChosen({ ...answer, answerAuthorId: 'asker' })).toEqual({
      record: [],
      retract: [],
    });
    expect(
      ActivityRules.bestAnswerChosen(answer).record.map((a) => [a.memberId, a.action]),
    ).toEqual([
      ['asker', 'best_answer_given'],
      ['answerer', 'best_answer_received'],
    ]);
    expect(ActivityRules.bestAnswerDropped('c1').retract.map((k) => k.action)).toEqual([
      'best_answer_given',
      'best_answer_received',
    ]);
  });

  it('counts a profile once it has a name, a photo and a few words', () => {
    const m = { id: 'm', displayName: '佐藤', avatarUrl: null, bio: '珈琲好き' };
    expect(ActivityRules.profileSaved(m).record).toEqual([]);
    expect(ActivityRules.profileSaved({ ...m, avatarUrl: 'https://x/a.png' }).record).toEqual([
      expect.objectContaining({ action: 'profile_completed', memberId: 'm' }),
    ]);
    expect(ActivityRules.profileSaved({ ...m, avatarUrl: 'https://x', bio: '  ' }).record).toEqual(
      [],
    );
  });

  it('names the other person of a comment, unless it is on your own post', () => {
    const c = { commentId: 'c', authorId: 'fan', postAuthorId: 'author', spaceId: 's' };
    expect(ActivityRules.commentCreated(c).record[0].counterpartId).toBe('author');
    expect(
      ActivityRules.commentCreated({ ...c, authorId: 'author' }).record[0].counterpartId,
    ).toBeNull();
    expect(ActivityRules.postRemoved(post).retract).toEqual([
      { action: 'post_created', subjectType: 'post', subjectId: 'p1' },
    ]);
  });

  it('files every action under a stable key, the ledger sources points always used', () => {
    const key = (change: ReturnType<typeof ActivityRules.postCreated>, i = 0) => {
      const a = change.record[i];
      return ACTIONS[a.action].source({
        subjectType: a.subjectType,
        subjectId: a.subjectId,
        counterpartId: a.counterpartId ?? null,
      });
    };
    expect(key(ActivityRules.postCreated(post))).toBe('post:p1');
    expect(key(ActivityRules.reactionAdded(reaction), 0)).toBe('reaction:post:p1');
    expect(key(ActivityRules.reactionAdded(reaction), 1)).toBe('reaction:post:p1:fan');
    expect(key(ActivityRules.bestAnswerChosen(answer), 1)).toBe('best_answer:c1');
    expect(key(ActivityRules.visited('m', '2026-12-02'))).toBe('visit:2026-12-02');
    expect(key(ActivityRules.joined('m'))).toBe('joined');
    // Every action is declared.
    expect(Object.keys(ACTIONS).sort()).toEqual([...ACTIVITY_ACTIONS].sort());
  });
});
