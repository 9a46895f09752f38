import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import { Jobs } from '../../src/core/jobs/jobs.js';

/**
 * A daily cap counts only awards that still stand: undoing an action takes its award out of the
 * count, and doing it again counts once. Otherwise anyone could use up another member's cap by
 * toggling a reaction or a best answer, or burn their own by toggling.
 */
let t: TestApp;
let db: Db;
let spaceId: string;

const CREATE_POST = `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`;
const COMMENT = `mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`;
const REACT = `mutation($i: SetReactionInput!) { setReaction(input: $i) { targetId } }`;
const BEST = `mutation($p: ID!, $c: ID) { setBestAnswer(postId: $p, commentId: $c) { id } }`;

interface Person {
  id: string;
  c: GqlClient;
}

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  spaceId = (await buildSpace(t.app)).id;
  await db.query(`UPDATE point_rules SET enabled = false WHERE key = 'daily_visit'`);
});
afterAll(() => t.close());

// Staff post without posting limits; the points are the same as for members.
async function person(): Promise<Person> {
  const m = await buildMember(t.app, { role: 'moderator' });
  return { id: m.id, c: await clientFor(t.app, t.url, m) };
}
const settle = () => t.app.get(Jobs).idle();
const post = async (p: Person, title = '今日の一杯', kind = 'TALK') =>
  (await p.c.ok(CREATE_POST, { i: { spaceId, title, body: '本文', kind } })).createPost
    .id as string;
const react = (p: Person, targetId: string, active: boolean, targetType = 'POST') =>
  p.c.ok(REACT, { i: { targetType, targetId, kind: 'like', active } });
async function earned(memberId: string, rule: string): Promise<number> {
  await settle();
  const [{ n }] = await db.query<Array<{ n: number }>>(
    `SELECT coalesce(sum(points), 0)::int AS n FROM point_ledger WHERE member_id = $1 AND rule = $2`,
    [memberId, rule],
  );
  return n;
}

it('toggling a reaction 20 times does not use up the author’s “reaction received” cap', async () => {
  await db.query(`UPDATE point_rules SET daily_cap = 3 WHERE key = 'reaction_received'`);
  const [victim, griefer] = [await person(), await person()];
  const target = await post(victim);
  for (let i = 0; i < 20; i++) {
    await react(griefer, target, true);
    await settle();
    await react(griefer, target, false);
    await settle();
  }
  expect(await earned(victim.id, 'reaction_received')).toBe(0);
  const fans = [await person(), await person(), await person()];
  for (const fan of fans) await react(fan, target, true);
  expect(await earned(victim.id, 'reaction_received')).toBe(3);
  // The cap still holds for reactions that stand.
  await react(await person(), target, true);
  expect(await earned(victim.id, 'reaction_received')).toBe(3);
});

it('accepting and un-accepting an answer three times does not use up the answerer’s cap', async () => {
  await db.query(`UPDATE point_rules SET daily_cap = 2 WHERE key = 'best_answer'`);
  const [asker, answerer] = [await person(), await person()];
  const question = await post(asker, '質問です', 'QUESTION');
  const { createComment } = await answerer.c.ok(COMMENT, { i: { postId: question, body: '答え' } });
  for (let i = 0; i < 3; i++) {
    await asker.c.ok(BEST, { p: question, c: createComment.id });
    await settle();
    await asker.c.ok(BEST, { p: question, c: null });
    await settle();
  }
  expect(await earned(answerer.id, 'best_answer')).toBe(0);
  for (let i = 0; i < 2; i++) {
    const q = await post(asker, `質問 ${i}`, 'QUESTION');
    const { createComment: a } = await answerer.c.ok(COMMENT, { i: { postId: q, body: '答え' } });
    await asker.c.ok(BEST, { p: q, c: a.id });
  }
  expect(await earned(answerer.id, 'best_answer')).toBe(40);
});

it('toggling your own reaction does not burn your “reaction given” cap', async () => {
  await db.query(`UPDATE point_rules SET daily_cap = 2 WHERE key = 'reaction_given'`);
  const [author, fan] = [await person(), await person()];
  const first = await post(author);
  for (let i = 0; i < 10; i++) {
    await react(fan, first, true);
    await settle();
    await react(fan, first, false);
    await settle();
  }
  expect(await earned(fan.id, 'reaction_given')).toBe(0);
  await react(fan, first, true);
  await react(fan, await post(author, '二つ目'), true);
  expect(await earned(fan.id, 'reaction_given')).toBe(2);
  // Undo then redo of one source counts once: the cap is still full.
  await react(fan, first, false);
  await settle();
  await react(fan, first, true);
  await react(fan, await post(author, '三つ目'), true);
  expect(await earned(fan.id, 'reaction_given')).toBe(2);
});
