import {
  afterVote,
  boardFilters,
  BULK_STATUSES,
  cleanTags,
  demandRows,
  ideasCsvUrl,
  IDEA_STATUSES,
  isClosed,
  isIsoDay,
  similarQuery,
  sortsFor,
  STATUS_COLORS,
  todayIso,
  votesLeft,
  voteRefusal,
} from './logic';
import { mergeTargetProblem, triageVariables } from './staff/logic';
import { formatDay } from '../../ui/format';
import { resources } from '../../locales';
import { feedbackArea } from './routes';

describe('statuses', () => {
  it('give every status its own colour and a name in both languages', () => {
    const colours = IDEA_STATUSES.map((s) => STATUS_COLORS[s]);
    expect(new Set(colours).size).toBe(IDEA_STATUSES.length);
    for (const status of IDEA_STATUSES) {
      expect(resources.ja.feedback.status[status]).toBeTruthy();
      expect(resources.en.feedback.status[status]).toBeTruthy();
    }
    expect(resources.ja.feedback.status.OPEN).toBe('未対応');
    expect(resources.ja.feedback.status.RELEASED).toBe('リリース済み');
  });

  it('close released, declined and merged ideas to votes', () => {
    expect(IDEA_STATUSES.filter(isClosed)).toEqual(['RELEASED', 'DECLINED', 'DUPLICATE']);
  });

  it('never offer "duplicate" as a status to set: merging makes duplicates', () => {
    expect(BULK_STATUSES).not.toContain('DUPLICATE');
    expect(BULK_STATUSES).toHaveLength(IDEA_STATUSES.length - 1);
  });
});

describe('sorts and filters', () => {
  it('keep the customer-value sorts for the feedback team', () => {
    expect(sortsFor('MEMBER')).toEqual(['VOTES', 'TRENDING', 'NEWEST']);
    expect(sortsFor(null)).toEqual(['VOTES', 'TRENDING', 'NEWEST']);
    for (const role of ['PRODUCT', 'MODERATOR', 'ADMIN'] as const) {
      expect(sortsFor(role)).toEqual(
        expect.arrayContaining(['TOP_RANK_VOTES', 'LOYAL_DEMAND', 'VOTES']),
      );
    }
  });

  it('read the board page address, ignoring what the viewer may not choose', () => {
    const member = sortsFor('MEMBER');
    expect(
      boardFilters(new URLSearchParams('sort=trending&status=planned&tag=%20app%20'), member),
    ).toEqual({ sort: 'TRENDING', status: 'PLANNED', tag: 'app' });
    expect(boardFilters(new URLSearchParams('sort=loyal_demand&status=nope&tag='), member)).toEqual(
      { sort: 'VOTES', status: null, tag: null },
    );
    expect(boardFilters(new URLSearchParams('sort=loyal_demand'), sortsFor('PRODUCT')).sort).toBe(
      'LOYAL_DEMAND',
    );
  });
});

describe('afterVote', () => {
  const idea = { id: 'i', voteCount: 4, viewerVoted: false, viewerFollows: false };

  it('counts a vote at once and follows the idea', () => {
    expect(afterVote(idea, true)).toEqual({
      id: 'i',
      voteCount: 5,
      viewerVoted: true,
      viewerFollows: true,
    });
  });

  it('takes a vote back but keeps the follow', () => {
    const voted = { ...idea, voteCount: 5, viewerVoted: true, viewerFollows: true };
    expect(afterVote(voted, false)).toEqual({ ...voted, voteCount: 4, viewerVoted: false });
  });

  it('changes nothing when the state is already the one asked for', () => {
    expect(afterVote(idea, false)).toBe(idea);
    expect(afterVote({ ...idea, voteCount: 0, viewerVoted: true }, false).voteCount).toBe(0);
  });
});

describe('votesLeft', () => {
  it('is null without a budget and never below zero', () => {
    expect(votesLeft({ voteBudget: null, viewerOpenVotes: 3 })).toBeNull();
    expect(votesLeft({ voteBudget: 10, viewerOpenVotes: 3 })).toBe(7);
    expect(votesLeft({ voteBudget: 2, viewerOpenVotes: 5 })).toBe(0);
  });
});

describe('similarQuery', () => {
  it('asks only once a title means something', () => {
    expect(similarQuery('  ')).toBeNull();
    expect(similarQuery('ダー')).toBeNull();
    expect(similarQuery(' ダーク ')).toBe('ダーク');
    expect(similarQuery('🌙🌙🌙')).toBe('🌙🌙🌙');
  });
});

describe('demandRows', () => {
  const buckets = [
    { key: '3', labelJa: 'ゴールド', labelEn: 'Gold', votes: 2 },
    { key: '2', labelJa: 'シルバー', labelEn: '', votes: 0 },
  ];
  it('labels each bucket in the reader language, keeping the api order and zeros', () => {
    expect(demandRows(buckets, 'en')).toEqual([
      { label: 'Gold', votes: 2 },
      { label: 'シルバー', votes: 0 },
    ]);
    expect(demandRows(buckets, 'ja').map((r) => r.label)).toEqual(['ゴールド', 'シルバー']);
  });
});

describe('ideasCsvUrl', () => {
  it('carries the filters the list shows', () => {
    expect(ideasCsvUrl({})).toBe('/feedback/ideas.csv');
    expect(ideasCsvUrl({ boardId: 'b 1', status: ['PLANNED'] })).toBe(
      '/feedback/ideas.csv?boardId=b+1&status=PLANNED',
    );
    expect(ideasCsvUrl({ status: ['OPEN', 'PLANNED'] })).toBe(
      '/feedback/ideas.csv?status=OPEN%2CPLANNED',
    );
    expect(ideasCsvUrl({ boardId: null, status: [] })).toBe('/feedback/ideas.csv');
  });
});

describe('form helpers', () => {
  it('clean tags as the api keeps them', () => {
    expect(cleanTags(['#App', 'app', ' ｱﾌﾟﾘ ', ''])).toEqual(['app', 'アプリ']);
  });

  it('check release dates', () => {
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(isIsoDay('2026-12-03')).toBe(true);
    expect(isIsoDay('2026-13-03')).toBe(false);
    expect(isIsoDay('3/12/2026')).toBe(false);
  });
});

describe('triage', () => {
  const none = { boardId: null, status: null, tag: null, minVoterRankPosition: null };

  it('asks for pending ideas, new open ideas, or every approved idea', () => {
    expect(triageVariables('PENDING', { ...none, status: 'PLANNED' })).toMatchObject({
      approval: 'PENDING',
      status: null,
      sort: 'NEWEST',
    });
    expect(triageVariables('NEW', none)).toMatchObject({
      approval: 'APPROVED',
      status: ['OPEN'],
    });
    expect(
      triageVariables('ALL', {
        boardId: 'b',
        status: 'PLANNED',
        tag: 'app',
        minVoterRankPosition: 3,
      }),
    ).toEqual({
      boardId: 'b',
      tag: 'app',
      minVoterRankPosition: 3,
      approval: 'APPROVED',
      status: ['PLANNED'],
      sort: 'VOTES',
    });
    expect(
      triageVariables('ALL', { ...none, minVoterRankPosition: Number.NaN }).minVoterRankPosition,
    ).toBeNull();
  });

  it('refuses a merge into nothing, into itself or into a merged idea', () => {
    const b = { id: 'b' };
    expect(mergeTargetProblem(b, null)).toBe('none');
    expect(mergeTargetProblem(b, { id: 'b', status: 'OPEN' })).toBe('self');
    expect(mergeTargetProblem(b, { id: 'a', status: 'DUPLICATE' })).toBe('duplicate');
    expect(mergeTargetProblem(b, { id: 'a', status: 'PLANNED' })).toBeNull();
  });
});

describe('feedbackArea', () => {
  it('tells the member areas and the console areas apart', () => {
    expect(feedbackArea('/feedback')).toBe('feedback');
    expect(feedbackArea('/feedback/requests/new')).toBe('feedback');
    expect(feedbackArea('/ideas/42/edit')).toBe('ideas');
    expect(feedbackArea('/roadmap')).toBe('roadmap');
    expect(feedbackArea('/manage/feedback/ideas/42')).toBe('manage/feedback');
    expect(feedbackArea('/manage/changelog/new')).toBe('manage/changelog');
  });
});

describe('voteRefusal', () => {
  it('explains a spent budget and a closed idea, and leaves other errors to the general text', () => {
    const field = (issue: string, params?: Record<string, unknown>) => ({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'ideaId', issue, params }],
    });
    expect(voteRefusal(field('OUT_OF_RANGE', { max: 10 }))).toEqual({
      key: 'vote.budgetSpent',
      max: 10,
    });
    expect(voteRefusal(field('INVALID_VALUE'))).toEqual({ key: 'vote.closed' });
    expect(voteRefusal({ code: 'FORBIDDEN', fields: [] })).toBeNull();
    expect(resources.ja.feedback.vote.budgetSpent).toContain('{{max}}');
  });
});

describe('formatDay', () => {
  it('writes the release day as given, in the reader language', () => {
    expect(formatDay('2026-12-03', 'en')).toBe('December 3, 2026');
    expect(formatDay('2026-12-03', 'ja')).toBe('2026年12月3日');
  });
});
