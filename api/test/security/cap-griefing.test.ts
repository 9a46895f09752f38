import { settle as settleApp } from '../support/settle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { createComment, createPost, setBestAnswer, setReaction } from '../support/content-api.js';
import { Db } from '../../src/core/database/db.js';

/**
 * A daily cap counts only awards that still stand: undoing an action takes its award out of the
 * count, and doing it again counts once. Otherwise anyone could use up another member's cap by
 * toggling a reaction or a best answer, or burn their own by toggling.
 */
let t: TestApp;
let db: Db;
let spaceId: string;

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
const settle = () => settleApp(t.app);
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
  const target = await createPost(victim.c, { spaceId });
  for (let i = 0; i < 20; i++) {
    await setReaction(griefer.c, target);
    await settle();
    await setReaction(griefer.c, target, { active: false });
    await settle();
  }
  expect(await earned(victim.id, 'reaction_received')).toBe(0);
  const fans = [await person(), await person(), await person()];
  for (const fan of fans) await setReaction(fan.c, target);
  expect(await earned(victim.id, 'reaction_received')).toBe(3);
  // The cap still holds for reactions that stand.
  await setReaction((await person()).c, target);
  expect(await earned(victim.id, 'reaction_received')).toBe(3);
});

it('accepting and un-accepting an answer three times does not use up the answerer’s cap', async () => {
  await db.query(`UPDATE point_rules SET daily_cap = 2 WHERE key = 'best_answer'`);
  const [asker, answerer] = [await person(), await person()];
  const question = await createPost(asker.c, { spaceId, title: '質問です', kind: 'QUESTION' });
  const answer = await createComment(answerer.c, question, { body: '答え' });
  for (let i = 0; i < 3; i++) {
    await setBestAnswer(asker.c, question, answer);
    await settle();
    await setBestAnswer(asker.c, question, null);
    await settle();
  }
  expect(await earned(answerer.id, 'best_answer')).toBe(0);
  for (let i = 0; i < 2; i++) {
    const q = await createPost(asker.c, { spaceId, title: `質問 ${i}`, kind: 'QUESTION' });
    const a = await createComment(answerer.c, q, { body: '答え' });
    await setBestAnswer(asker.c, q, a);
  }
  expect(await earned(answerer.id, 'best_answer')).toBe(40);
});

it('toggling your own reaction does not burn your “reaction given” cap', async () => {
  await db.query(`UPDATE point_rules SET daily_cap = 2 WHERE key = 'reaction_given'`);
  const [author, fan] = [await person(), await person()];
  const first = await createPost(author.c, { spaceId });
  for (let i = 0; i < 10; i++) {
    await setReaction(fan.c, first);
    await settle();
    await setReaction(fan.c, first, { active: false });
    await settle();
  }
  expect(await earned(fan.id, 'reaction_given')).toBe(0);
  await setReaction(fan.c, first);
  await setReaction(fan.c, await createPost(author.c, { spaceId, title: '二つ目' }));
  expect(await earned(fan.id, 'reaction_given')).toBe(2);
  // Undo then redo of one source counts once: the cap is still full.
  await setReaction(fan.c, first, { active: false });
  await settle();
  await setReaction(fan.c, first);
  await setReaction(fan.c, await createPost(author.c, { spaceId, title: '三つ目' }));
  expect(await earned(fan.id, 'reaction_given')).toBe(2);
});
