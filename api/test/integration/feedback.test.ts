import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  asViewer,
  buildBoard,
  buildIdea,
  buildMember,
  setVisibleToVisitors,
} from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { GqlClient } from '../support/gql-client.js';
import { settle } from '../support/settle.js';
import { Db } from '../../src/core/database/db.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { IdeasService } from '../../src/modules/feedback/ideas.service.js';
import { VotesService } from '../../src/modules/feedback/votes.service.js';
import { NotificationsService } from '../../src/modules/notifications/notifications.service.js';
import { createComment } from '../support/content-api.js';

const IDEA_FIELDS = `id title body bodyHtml tags status approval voteCount followerCount viewerVoted
  viewerFollows viewerCanEdit hiddenFromRoadmap statusChangedAt createdAt
  board { id slug ideaCount viewerOpenVotes viewerCanVote }
  post { id kind commentCount space { id } idea { id } }
  author { id } officialAnswer { body bodyHtml author { id } answeredAt }
  statusHistory { from to note actor { id } at }
  mergedInto { id } mergedIdeas { id }`;
const SUBMIT = `mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { ${IDEA_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateIdeaInput!) { updateIdea(input: $i) { ${IDEA_FIELDS} } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { ${IDEA_FIELDS} } }`;
const VOTE = `mutation($i: VoteIdeaInput!) { voteIdea(input: $i) { id voteCount viewerVoted viewerFollows } }`;
const FOLLOW = `mutation($i: FollowIdeaInput!) { followIdea(input: $i) { id followerCount viewerFollows } }`;
const STATUS = `mutation($i: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $i) { id status statusHistory { from to note } } }`;
const ANSWER = `mutation($i: AnswerIdeaInput!) { answerIdea(input: $i) { id status viewerCanEdit officialAnswer { body bodyHtml author { id } } } }`;
const MERGE = `mutation($i: MergeIdeaInput!) { mergeIdea(input: $i) { id voteCount followerCount mergedIdeas { id } } }`;
const UNMERGE = `mutation($id: ID!) { unmergeIdea(ideaId: $id) { id status voteCount mergedInto { id } } }`;

type Errors = {
  errors?: Array<{ extensions: { code: string; fields?: Array<{ field: string }> } }>;
};
const codeOf = (r: Errors) => r.errors?.[0].extensions.code;
const fieldsOf = (r: Errors) => r.errors?.[0].extensions.fields?.map((f) => f.field);

const LONG_AGO = new Date(Date.now() - 30 * 86_400_000);

let t: TestApp;
let db: Db;
let product: GqlClient;
let productMember: MemberEntity;
let alice: GqlClient;
let aliceMember: MemberEntity;
let bob: GqlClient;
let visitor: GqlClient;
let boardId: string;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  await setVisibleToVisitors(t.app, true);
  productMember = await buildMember(t.app, { role: 'product', joinedAt: LONG_AGO });
  product = await clientFor(t.app, t.url, productMember);
  aliceMember = await buildMember(t.app, { joinedAt: LONG_AGO });
  alice = await clientFor(t.app, t.url, aliceMember);
  bob = await clientFor(t.app, t.url, await buildMember(t.app));
  visitor = new GqlClient(t.url);
  boardId = (await buildBoard(t.app)).id;
});
afterAll(() => t.close());

/** A member who writes an idea where who wrote it does not matter (posting limits are per author). */
const someIdea = async (o: { boardId: string; title?: string; tags?: string[] }) =>
  buildIdea(t.app, await buildMember(t.app, { joinedAt: LONG_AGO }), o);
const members = (n: number) => Promise.all(Array.from({ length: n }, () => buildMember(t.app)));
const votesOn = async (ideaId: string) =>
  (
    await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM idea_votes WHERE counted_idea_id = $1 AND counted`,
      [ideaId],
    )
  )[0].n;
const voteCount = async (ideaId: string) =>
  (await t.app.get(IdeasService).findById(ideaId))!.voteCount;

describe('submitting an idea', () => {
  it('makes a post of kind IDEA without a space, read through the idea', async () => {
    const r = await alice.ok(SUBMIT, {
      i: {
        boardId,
        title: '  豆の定期便  ',
        body: '**毎月**届くと嬉しい',
        tags: ['Subscription', 'subscription'],
      },
    });
    const idea = r.submitIdea;
    expect(idea).toMatchObject({
      title: '豆の定期便',
      tags: ['subscription'],
      status: 'OPEN',
      approval: 'APPROVED',
      voteCount: 0,
      followerCount: 1,
      viewerFollows: true,
      viewerCanEdit: true,
      author: { id: aliceMember.id },
      post: { id: idea.id, kind: 'IDEA', space: null, idea: { id: idea.id } },
      statusHistory: [{ from: null, to: 'OPEN', actor: { id: aliceMember.id } }],
    });
    expect(idea.bodyHtml).toContain('<strong>毎月</strong>');
    expect((await visitor.ok(IDEA, { id: idea.id })).idea.title).toBe('豆の定期便');
  });
});

describe('mentions', () => {
  it('in an idea tell the member mentioned, once', async () => {
    const mentioned = await buildMember(t.app);
    const idea = (
      await alice.ok(SUBMIT, {
        i: { boardId, title: 'ミルの掃除方法', body: `@${mentioned.handle} さんの意見も聞きたい` },
      })
    ).submitIdea;
    await settle(t.app);
    const rows = await db.query<Array<{ kind: string; post_id: string }>>(
      `SELECT kind, post_id FROM notifications WHERE member_id = $1`,
      [mentioned.id],
    );
    expect(rows).toEqual([{ kind: 'mention', post_id: idea.id }]);
  });
});

describe('who sees an idea', () => {
  it('waits for approval on a board that asks for it, seen by its author and reviewers only', async () => {
    const board = await buildBoard(t.app, { requiresApproval: true });
    const idea = (
      await alice.ok(SUBMIT, { i: { boardId: board.id, title: '承認待ちの案', body: '本文' } })
    ).submitIdea;
    expect(idea.approval).toBe('PENDING');
    expect((await product.ok(IDEA, { id: idea.id })).idea.id).toBe(idea.id);
    expect(codeOf(await bob.gql(IDEA, { id: idea.id }))).toBe('NOT_FOUND');
    expect(codeOf(await visitor.gql(IDEA, { id: idea.id }))).toBe('NOT_FOUND');
    expect(codeOf(await bob.gql(`query($id: ID!) { post(id: $id) { id } }`, { id: idea.id }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await bob.gql(VOTE, { i: { ideaId: idea.id, voted: true } }))).toBe('NOT_FOUND');
    const pending = `query($b: ID!) { ideas(boardId: $b, approval: PENDING) { totalCount nodes { id } } }`;
    expect(codeOf(await bob.gql(pending, { b: board.id }))).toBe('FORBIDDEN');
    expect((await product.ok(pending, { b: board.id })).ideas.nodes).toEqual([{ id: idea.id }]);
    const review = `mutation($i: ReviewIdeaInput!) { reviewIdea(input: $i) { id approval } }`;
    expect(codeOf(await bob.gql(review, { i: { id: idea.id, approve: true } }))).toBe('FORBIDDEN');
    expect(
      (await product.ok(review, { i: { id: idea.id, approve: true } })).reviewIdea.approval,
    ).toBe('APPROVED');
    expect((await visitor.ok(IDEA, { id: idea.id })).idea.board.ideaCount).toBe(1);
  });

  it('never shows an idea’s post among posts or in search', async () => {
    const idea = await someIdea({ boardId, title: '焙煎度合いの選択肢' });
    const feed = await bob.ok(`{ posts(first: 100) { nodes { id } } }`);
    expect(feed.posts.nodes.map((n: { id: string }) => n.id)).not.toContain(idea.id);
    const found = await bob.ok(
      `{ search(query: "焙煎度合い", first: 20) { nodes { __typename } } }`,
    );
    expect(found.search.nodes).toEqual([]);
  });
});

describe('bad input', () => {
  it('answers typed errors and writes nothing', async () => {
    const before = (await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ideas`))[0]
      .n;
    const empty = await alice.gql(SUBMIT, { i: { boardId, title: '   ', body: '本文' } });
    expect(codeOf(empty)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(empty)).toEqual(['title']);
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `tag${i}`);
    for (const n of [11, 101]) {
      const r = await alice.gql(SUBMIT, {
        i: { boardId, title: 'タグ多すぎ', body: '本文', tags: tags(n) },
      });
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(r)).toContain('tags');
    }
    const noBoard = await alice.gql(SUBMIT, {
      i: { boardId: '00000000-0000-4000-8000-000000000000', title: 'x', body: 'y' },
    });
    expect(codeOf(noBoard)).toBe('NOT_FOUND');
    expect(
      (await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ideas`))[0].n,
    ).toBe(before);
  });

  it('keeps posting to the board’s rules', async () => {
    const gated = await buildBoard(t.app, { minPostRankPosition: 5, voteRoles: ['admin'] });
    const r = await alice.gql(SUBMIT, {
      i: { boardId: gated.id, title: '上位ランク限定', body: 'b' },
    });
    expect(codeOf(r)).toBe('FORBIDDEN');
    const idea = (
      await product.ok(SUBMIT, { i: { boardId: gated.id, title: '製品チームの案', body: 'b' } })
    ).submitIdea;
    expect(codeOf(await alice.gql(VOTE, { i: { ideaId: idea.id, voted: true } }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('editing', () => {
  it('is the author’s until the product team responds, re-rendering and re-indexing the post', async () => {
    const idea = await buildIdea(t.app, aliceMember, { boardId, title: '最初の題名' });
    expect(codeOf(await bob.gql(UPDATE, { i: { id: idea.id, title: '横取り' } }))).toBe(
      'FORBIDDEN',
    );
    const edited = (
      await alice.ok(UPDATE, {
        i: { id: idea.id, title: 'カフェインレスの豆', body: '_夜にも_ 飲みたい', tags: ['decaf'] },
      })
    ).updateIdea;
    expect(edited).toMatchObject({ title: 'カフェインレスの豆', tags: ['decaf'] });
    expect(edited.bodyHtml).toContain('<em>夜にも</em>');
    const similar = await bob.ok(`query { similarIdeas(title: "カフェインレス") { id title } }`);
    expect(similar.similarIdeas[0]).toEqual({ id: idea.id, title: 'カフェインレスの豆' });
    const empty = await alice.gql(UPDATE, { i: { id: idea.id, title: ' ' } });
    expect(fieldsOf(empty)).toEqual(['title']);

    const answered = (await product.ok(ANSWER, { i: { ideaId: idea.id, body: '**検討します**' } }))
      .answerIdea;
    expect(answered).toMatchObject({
      status: 'UNDER_REVIEW',
      officialAnswer: { body: '**検討します**', author: { id: productMember.id } },
    });
    expect(answered.officialAnswer.bodyHtml).toContain('<strong>検討します</strong>');
    expect((await alice.ok(IDEA, { id: idea.id })).idea.viewerCanEdit).toBe(false);
    expect(codeOf(await alice.gql(UPDATE, { i: { id: idea.id, title: '再編集' } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('ends once the status moves from OPEN, and an answer keeps a status it is given', async () => {
    const idea = await buildIdea(t.app, aliceMember, { boardId });
    await product.ok(STATUS, { i: { ids: [idea.id], status: 'PLANNED' } });
    expect(codeOf(await alice.gql(UPDATE, { i: { id: idea.id, body: '追記' } }))).toBe('FORBIDDEN');
    const other = await someIdea({ boardId });
    const r = await product.ok(ANSWER, {
      i: { ideaId: other.id, body: '見送ります', status: 'DECLINED' },
    });
    expect(r.answerIdea.status).toBe('DECLINED');
  });
});

describe('votes', () => {
  it('30 concurrent toggles from one member leave one state and an exact count', async () => {
    const idea = await someIdea({ boardId });
    const v = asViewer(await buildMember(t.app));
    const wants = Array.from({ length: 30 }, (_, i) => i % 3 !== 0);
    await Promise.all(wants.map((w) => t.app.get(VotesService).vote(v, idea.id, w)));
    const n = await votesOn(idea.id);
    expect([0, 1]).toContain(n);
    expect(await voteCount(idea.id)).toBe(n);
    await t.app.get(VotesService).vote(v, idea.id, true);
    await t.app.get(VotesService).vote(v, idea.id, true);
    expect(await voteCount(idea.id)).toBe(1);
    await t.app.get(VotesService).vote(v, idea.id, false);
    expect(await voteCount(idea.id)).toBe(0);
  });

  it('100 members voting at once are counted exactly, and voting follows', async () => {
    const idea = await someIdea({ boardId });
    const voters = await members(100);
    await Promise.all(voters.map((m) => t.app.get(VotesService).vote(asViewer(m), idea.id, true)));
    expect(await voteCount(idea.id)).toBe(100);
    expect(await votesOn(idea.id)).toBe(100);
    const row = (await t.app.get(IdeasService).findById(idea.id))!;
    expect(row.followerCount).toBe(101);
    const c = await clientFor(t.app, t.url, voters[0]);
    const r = await c.ok(FOLLOW, { i: { ideaId: idea.id, follow: false } });
    expect(r.followIdea).toMatchObject({ followerCount: 100, viewerFollows: false });
    expect((await c.ok(VOTE, { i: { ideaId: idea.id, voted: true } })).voteIdea).toMatchObject({
      voteCount: 100,
      viewerVoted: true,
    });
  });

  it('holds a board’s vote budget under concurrency, freed when an idea closes', async () => {
    const board = await buildBoard(t.app, { voteBudget: 3 });
    const ideas = await Promise.all(
      Array.from({ length: 8 }, () => someIdea({ boardId: board.id })),
    );
    const voter = await buildMember(t.app);
    const results = await Promise.allSettled(
      ideas.map((i) => t.app.get(VotesService).vote(asViewer(voter), i.id, true)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'ideaId', issue: 'OUT_OF_RANGE' }],
    });
    const c = await clientFor(t.app, t.url, voter);
    const board3 = `query($s: String!) { feedbackBoard(slug: $s) { voteBudget viewerOpenVotes } }`;
    expect((await c.ok(board3, { s: board.slug })).feedbackBoard).toEqual({
      voteBudget: 3,
      viewerOpenVotes: 3,
    });
    const votedIds = (
      await db.query<Array<{ id: string }>>(
        `SELECT counted_idea_id AS id FROM idea_votes WHERE member_id = $1`,
        [voter.id],
      )
    ).map((r) => r.id);
    await t.app.get(IdeasService).changeStatus(asViewer(productMember), [votedIds[0]], 'released');
    expect((await c.ok(board3, { s: board.slug })).feedbackBoard.viewerOpenVotes).toBe(2);
    const free = ideas.find((i) => !votedIds.includes(i.id))!;
    expect((await c.ok(VOTE, { i: { ideaId: free.id, voted: true } })).voteIdea.viewerVoted).toBe(
      true,
    );
  });

  it('refuses votes on closed and merged ideas', async () => {
    const closed = await someIdea({ boardId });
    await product.ok(STATUS, { i: { ids: [closed.id], status: 'DECLINED' } });
    const r = await bob.gql(VOTE, { i: { ideaId: closed.id, voted: true } });
    expect(codeOf(r)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(r)).toEqual(['ideaId']);
    const [a, b] = [await someIdea({ boardId }), await someIdea({ boardId })];
    await product.ok(MERGE, { i: { ideaId: b.id, intoId: a.id } });
    expect(codeOf(await bob.gql(VOTE, { i: { ideaId: b.id, voted: true } }))).toBe(
      'VALIDATION_FAILED',
    );
  });
});

describe('the status workflow', () => {
  it('is the product team’s: members and moderators cannot change a status', async () => {
    const idea = await someIdea({ boardId });
    const mod = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    for (const c of [alice, bob, mod])
      expect(codeOf(await c.gql(STATUS, { i: { ids: [idea.id], status: 'PLANNED' } }))).toBe(
        'FORBIDDEN',
      );
    const dup = await product.gql(STATUS, { i: { ids: [idea.id], status: 'DUPLICATE' } });
    expect(fieldsOf(dup)).toEqual(['status']);
    const other = await someIdea({ boardId });
    const r = await product.ok(STATUS, {
      i: { ids: [idea.id, other.id], status: 'PLANNED', note: '  次の四半期に着手します  ' },
    });
    expect(r.changeIdeaStatus.map((i: { status: string }) => i.status)).toEqual([
      'PLANNED',
      'PLANNED',
    ]);
    expect(r.changeIdeaStatus[0].statusHistory).toEqual([
      { from: null, to: 'OPEN', note: null },
      { from: 'OPEN', to: 'PLANNED', note: '次の四半期に着手します' },
    ]);
    const again = await product.ok(STATUS, { i: { ids: [idea.id], status: 'PLANNED' } });
    expect(again.changeIdeaStatus[0].statusHistory).toHaveLength(2);
  });

  it('shows planned, in progress and recently released ideas on the roadmap unless hidden', async () => {
    const [p, q] = [await someIdea({ boardId }), await someIdea({ boardId })];
    await product.ok(STATUS, { i: { ids: [p.id], status: 'IN_PROGRESS' } });
    await product.ok(STATUS, { i: { ids: [q.id], status: 'RELEASED' } });
    const ROADMAP = `{ roadmap { planned { id } inProgress { id } released { id } } }`;
    const road = (await visitor.ok(ROADMAP)).roadmap;
    expect(road.inProgress.map((i: { id: string }) => i.id)).toContain(p.id);
    expect(road.released.map((i: { id: string }) => i.id)).toContain(q.id);
    await product.ok(
      `mutation($i: IdeaRoadmapInput!) { setIdeaRoadmapVisibility(input: $i) { id hiddenFromRoadmap } }`,
      { i: { ideaId: p.id, hidden: true } },
    );
    expect(
      (await visitor.ok(ROADMAP)).roadmap.inProgress.map((i: { id: string }) => i.id),
    ).not.toContain(p.id);
  });
});

describe('merging', () => {
  let writer: MemberEntity;
  beforeAll(async () => {
    writer = await buildMember(t.app, { joinedAt: LONG_AGO });
  });

  async function withVoters(voters: MemberEntity[]) {
    const idea = await buildIdea(t.app, writer, { boardId });
    for (const m of voters) await t.app.get(VotesService).vote(asViewer(m), idea.id, true);
    return idea;
  }

  it('moves B’s votes and followers to A without counting anyone twice; unmerge gives B its own back', async () => {
    const [m1, m2, m3, m4, m5] = await members(5);
    const a = await withVoters([m1, m2, m3]);
    const b = await withVoters([m3, m4, m5]);
    await product.ok(STATUS, { i: { ids: [b.id], status: 'PLANNED' } });
    const follower = await clientFor(t.app, t.url, await buildMember(t.app));
    await follower.ok(FOLLOW, { i: { ideaId: b.id, follow: true } });

    const merged = (await product.ok(MERGE, { i: { ideaId: b.id, intoId: a.id } })).mergeIdea;
    // m1..m5, the author (following both) and the follower of B.
    expect(merged).toMatchObject({
      id: a.id,
      voteCount: 5,
      followerCount: 7,
      mergedIdeas: [{ id: b.id }],
    });
    const bNow = (await visitor.ok(IDEA, { id: b.id })).idea;
    expect(bNow).toMatchObject({ status: 'DUPLICATE', voteCount: 0, mergedInto: { id: a.id } });
    const c4 = await clientFor(t.app, t.url, m4);
    expect((await c4.ok(IDEA, { id: a.id })).idea.viewerVoted).toBe(true);
    // A second vote on A by a voter of B is still one vote.
    expect((await c4.ok(VOTE, { i: { ideaId: a.id, voted: true } })).voteIdea.voteCount).toBe(5);

    const back = (await product.ok(UNMERGE, { id: b.id })).unmergeIdea;
    expect(back).toMatchObject({ id: b.id, status: 'PLANNED', voteCount: 3, mergedInto: null });
    expect(await voteCount(a.id)).toBe(3);
    expect(await votesOn(a.id)).toBe(3);
  });

  it('keeps a vote withdrawn after the merge withdrawn after the unmerge', async () => {
    const [m1, m2, m3] = await members(3);
    const a = await withVoters([m1]);
    const b = await withVoters([m2, m3]);
    await product.ok(MERGE, { i: { ideaId: b.id, intoId: a.id } });
    await t.app.get(VotesService).vote(asViewer(m2), a.id, false);
    expect(await voteCount(a.id)).toBe(2);
    await product.ok(UNMERGE, { id: b.id });
    expect(await voteCount(b.id)).toBe(1);
    expect(await voteCount(a.id)).toBe(1);
  });

  it('moves ideas merged into B on to A when B is merged, and each unmerges from A', async () => {
    const [m1, m2, m3] = await members(3);
    const a = await withVoters([m1]);
    const b = await withVoters([m2]);
    const c = await withVoters([m3, m1]);
    await product.ok(MERGE, { i: { ideaId: c.id, intoId: b.id } });
    expect(await voteCount(b.id)).toBe(3);
    const merged = (await product.ok(MERGE, { i: { ideaId: b.id, intoId: a.id } })).mergeIdea;
    expect(merged.voteCount).toBe(3);
    expect((await visitor.ok(IDEA, { id: c.id })).idea.mergedInto).toEqual({ id: a.id });
    const back = (await product.ok(UNMERGE, { id: c.id })).unmergeIdea;
    expect(back).toMatchObject({ status: 'OPEN', voteCount: 2, mergedInto: null });
    expect(await voteCount(a.id)).toBe(2);
  });

  it('refuses merging into itself, in a cycle or into a merged idea', async () => {
    const [a, b, c] = [
      await someIdea({ boardId }),
      await someIdea({ boardId }),
      await someIdea({ boardId }),
    ];
    const self = await product.gql(MERGE, { i: { ideaId: a.id, intoId: a.id } });
    expect([codeOf(self), fieldsOf(self)]).toEqual(['VALIDATION_FAILED', ['intoId']]);
    await product.ok(MERGE, { i: { ideaId: b.id, intoId: a.id } });
    const cycle = await product.gql(MERGE, { i: { ideaId: a.id, intoId: b.id } });
    expect([codeOf(cycle), fieldsOf(cycle)]).toEqual(['VALIDATION_FAILED', ['intoId']]);
    const intoMerged = await product.gql(MERGE, { i: { ideaId: c.id, intoId: b.id } });
    expect(fieldsOf(intoMerged)).toEqual(['intoId']);
    const again = await product.gql(MERGE, { i: { ideaId: b.id, intoId: c.id } });
    expect(fieldsOf(again)).toEqual(['ideaId']);
    expect(codeOf(await alice.gql(MERGE, { i: { ideaId: c.id, intoId: a.id } }))).toBe('FORBIDDEN');
    const notMerged = await product.gql(UNMERGE, { id: c.id });
    expect(fieldsOf(notMerged)).toEqual(['ideaId']);
  });

  it('racing with votes loses no vote and counts none twice', async () => {
    const early = await members(15);
    const a = await withVoters(early.slice(0, 5));
    const b = await withVoters(early.slice(3, 15));
    const racers = await members(30);
    const votes = racers.map((m, i) =>
      t.app
        .get(VotesService)
        .vote(asViewer(m), i % 2 ? a.id : b.id, true)
        .then(
          () => m.id,
          () => null,
        ),
    );
    const merge = t.app
      .get(IdeasService)
      .merge(asViewer(productMember), { ideaId: b.id, intoId: a.id });
    const [cast] = await Promise.all([Promise.all(votes), merge]);
    const expected = new Set([
      ...early.map((m) => m.id),
      ...cast.filter((id): id is string => !!id),
    ]);
    const counted = await db.query<Array<{ id: string }>>(
      `SELECT member_id AS id FROM idea_votes WHERE counted_idea_id = $1 AND counted`,
      [a.id],
    );
    expect(new Set(counted.map((r) => r.id))).toEqual(expected);
    expect(await voteCount(a.id)).toBe(expected.size);
    expect(await voteCount(b.id)).toBe(0);
    expect(await votesOn(b.id)).toBe(0);
  });
});

describe('notifications', () => {
  const notes = (memberId: string, ideaId: string) =>
    db.query<Array<{ data: Record<string, unknown>; email_pending: boolean; post_id: string }>>(
      `SELECT params AS data, email_pending, post_id FROM notifications
        WHERE member_id = $1 AND kind = 'feedback_status' AND post_id = $2 ORDER BY created_at`,
      [memberId, ideaId],
    );

  it('tell voters and followers once per status change, by their preferences, never per comment', async () => {
    const [voter, follower, quiet, mailer] = await members(4);
    const idea = await buildIdea(t.app, aliceMember, { boardId, title: '焙煎日の表示' });
    const notifications = t.app.get(NotificationsService);
    await notifications.updatePreferences(asViewer(quiet), {
      channels: [{ kind: 'feedback_status', channel: 'off' }],
    });
    await notifications.updatePreferences(asViewer(mailer), {
      emailFrequency: 'daily',
      channels: [{ kind: 'feedback_status', channel: 'email' }],
    });
    for (const m of [voter, quiet, mailer])
      await t.app.get(VotesService).vote(asViewer(m), idea.id, true);
    await t.app.get(VotesService).follow(asViewer(follower), idea.id, true);
    await createComment(bob, idea.id, { body: 'いいですね' });
    await product.ok(STATUS, { i: { ids: [idea.id], status: 'PLANNED', note: '来月です' } });
    await product.ok(STATUS, { i: { ids: [idea.id], status: 'PLANNED' } });
    await settle(t.app);
    for (const m of [voter, follower, aliceMember]) {
      const got = await notes(m.id, idea.id);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({
        post_id: idea.id,
        data: {
          title: '焙煎日の表示',
          status: 'planned',
          nameJa: '予定',
          nameEn: 'Planned',
          message: '来月です',
        },
      });
    }
    expect(await notes(quiet.id, idea.id)).toHaveLength(0);
    const others = await db.query<Array<{ kind: string }>>(
      `SELECT kind FROM notifications WHERE member_id = ANY($1::uuid[]) AND kind <> 'feedback_status'`,
      [[voter.id, follower.id]],
    );
    expect(others).toEqual([]);
    expect(await notes(productMember.id, idea.id)).toHaveLength(0);
    const mailed = await notes(mailer.id, idea.id);
    expect(mailed).toHaveLength(1);
    expect(mailed[0].email_pending).toBe(true);

    await product.ok(STATUS, { i: { ids: [idea.id], status: 'IN_PROGRESS' } });
    await settle(t.app);
    expect(await notes(voter.id, idea.id)).toHaveLength(2);
    const c = await clientFor(t.app, t.url, voter);
    const list = await c.ok(
      `{ notifications(first: 5) { nodes { kind params { status nameJa message } } } }`,
    );
    expect(list.notifications.nodes[0]).toEqual({
      kind: 'FEEDBACK_STATUS',
      params: { status: 'in_progress', nameJa: '対応中', message: null },
    });
  });

  it('tell B’s voters where their vote went when B is merged', async () => {
    const [voter] = await members(1);
    const a = await someIdea({ boardId, title: '統合先のアイデア' });
    const b = await someIdea({ boardId, title: '重複したアイデア' });
    await t.app.get(VotesService).vote(asViewer(voter), b.id, true);
    await product.ok(MERGE, { i: { ideaId: b.id, intoId: a.id } });
    await settle(t.app);
    const got = await notes(voter.id, b.id);
    expect(got).toHaveLength(1);
    expect(got[0].data).toMatchObject({
      title: '重複したアイデア',
      status: 'duplicate',
      into: '統合先のアイデア',
    });
  });
});

describe('points and badges', () => {
  const pointsBy = async (memberId: string) =>
    Object.fromEntries(
      (
        await db.query<Array<{ rule: string; n: number }>>(
          `SELECT rule, sum(points)::int AS n FROM point_ledger WHERE member_id = $1 GROUP BY rule`,
          [memberId],
        )
      ).map((r) => [r.rule, r.n]),
    );

  it('credit submitted ideas up to the daily cap, and planned and released once to the author', async () => {
    const author = await buildMember(t.app, { joinedAt: new Date(Date.now() - 30 * 86_400_000) });
    const ideas = [];
    for (let i = 0; i < 4; i++) ideas.push(await buildIdea(t.app, author, { boardId }));
    const team = asViewer(productMember);
    const ideasService = t.app.get(IdeasService);
    await ideasService.changeStatus(team, [ideas[0].id], 'planned');
    await ideasService.changeStatus(team, [ideas[0].id], 'under_review');
    await ideasService.changeStatus(team, [ideas[0].id], 'planned');
    await ideasService.changeStatus(team, [ideas[0].id], 'released');
    await ideasService.changeStatus(team, [ideas[0].id], 'in_progress');
    await ideasService.changeStatus(team, [ideas[0].id], 'released');
    await t.app.get(VotesService).vote(asViewer(await buildMember(t.app)), ideas[1].id, true);
    await settle(t.app);
    expect(await pointsBy(author.id)).toEqual({
      idea_submitted: 15,
      idea_planned: 20,
      idea_released: 50,
    });
    const badges = await db.query<Array<{ key: string }>>(
      `SELECT b.key FROM member_badges mb JOIN badges b ON b.id = mb.badge_id WHERE mb.member_id = $1
        ORDER BY b.key`,
      [author.id],
    );
    expect(badges.map((b) => b.key)).toEqual(
      expect.arrayContaining(['first-idea', 'idea-shipped']),
    );
    expect(badges.map((b) => b.key)).not.toContain('ideas-shipped-5');
  });
});

describe('missions', () => {
  it('count ideas submitted and votes for ideas', async () => {
    const mod = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    const mission = (
      await mod.ok(`mutation($i: CreateMissionInput!) { createMission(input: $i) { id } }`, {
        i: {
          titleJa: 'アイデアを届けよう',
          titleEn: 'Share an idea',
          steps: [
            { action: 'SUBMIT_IDEA', count: 1 },
            { action: 'VOTE_IDEA', count: 2 },
          ],
          startsAt: new Date().toISOString(),
          endsAt: new Date(Date.now() + 86_400_000).toISOString(),
          rewardPoints: 10,
        },
      })
    ).createMission;
    const member = await buildMember(t.app, { joinedAt: LONG_AGO });
    const mine = await buildIdea(t.app, member, { boardId });
    for (const other of [await someIdea({ boardId }), await someIdea({ boardId })])
      await t.app.get(VotesService).vote(asViewer(member), other.id, true);
    await t.app.get(VotesService).vote(asViewer(member), mine.id, true);
    await settle(t.app);
    const progress = await db.query<Array<{ counts: number[]; done: boolean }>>(
      `SELECT counts, completed_at IS NOT NULL AS done FROM mission_progress
        WHERE member_id = $1 AND mission_id = $2`,
      [member.id, mission.id],
    );
    expect(progress).toEqual([{ counts: [1, 2], done: true }]);
  });
});

describe('lists', () => {
  it('sort by votes or newest, filter by status and tag, and page with a cursor', async () => {
    const board = await buildBoard(t.app);
    const voters = await members(3);
    const ideas = [];
    for (let i = 0; i < 4; i++)
      ideas.push(await someIdea({ boardId: board.id, tags: i % 2 ? ['odd'] : [] }));
    for (let i = 0; i < 3; i++)
      for (const m of voters.slice(0, i + 1))
        await t.app.get(VotesService).vote(asViewer(m), ideas[i].id, true);
    const LIST = `query($b: ID, $s: IdeaSort, $st: [IdeaStatus!], $tag: String, $after: String) {
      ideas(boardId: $b, sort: $s, status: $st, tag: $tag, first: 2, after: $after) {
        totalCount nodes { id voteCount } pageInfo { hasNextPage endCursor } } }`;
    const p1 = (await visitor.ok(LIST, { b: board.id, s: 'VOTES' })).ideas;
    expect(p1.totalCount).toBe(4);
    expect(p1.nodes.map((n: { id: string }) => n.id)).toEqual([ideas[2].id, ideas[1].id]);
    const p2 = (await visitor.ok(LIST, { b: board.id, s: 'VOTES', after: p1.pageInfo.endCursor }))
      .ideas;
    expect(p2.nodes.map((n: { id: string }) => n.id)).toEqual([ideas[0].id, ideas[3].id]);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    const newest = (await visitor.ok(LIST, { b: board.id, s: 'NEWEST' })).ideas;
    expect(newest.nodes.map((n: { id: string }) => n.id)).toEqual([ideas[3].id, ideas[2].id]);
    const odd = (await visitor.ok(LIST, { b: board.id, tag: 'ODD' })).ideas;
    expect(odd.totalCount).toBe(2);
    await product.ok(STATUS, { i: { ids: [ideas[0].id], status: 'PLANNED' } });
    const planned = (await visitor.ok(LIST, { b: board.id, st: ['PLANNED'] })).ideas;
    expect(planned.nodes).toEqual([{ id: ideas[0].id, voteCount: 1 }]);
    for (const s of ['TOP_RANK_VOTES', 'TRENDING', 'LOYAL_DEMAND'])
      expect((await visitor.ok(LIST, { b: board.id, s })).ideas.totalCount).toBe(4);
  });

  it('suggests similar ideas the viewer may see, up to five', async () => {
    const board = await buildBoard(t.app);
    for (let i = 0; i < 7; i++) await someIdea({ boardId: board.id, title: `水出しコーヒー ${i}` });
    const pending = await buildBoard(t.app, { requiresApproval: true });
    const hidden = await someIdea({ boardId: pending.id, title: '水出しコーヒーの非公開案' });
    const r = await bob.ok(`query { similarIdeas(title: "水出しコーヒーの") { id title } }`);
    expect(r.similarIdeas).toHaveLength(5);
    expect(r.similarIdeas.map((i: { id: string }) => i.id)).not.toContain(hidden.id);
    const elsewhere = await bob.ok(
      `query($b: ID) { similarIdeas(boardId: $b, title: "水出し") { id } }`,
      {
        b: boardId,
      },
    );
    expect(elsewhere.similarIdeas).toEqual([]);
  });
});
