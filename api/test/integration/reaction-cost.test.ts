import pg from 'pg';
import { settle } from '../support/settle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildPost, buildSpace } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { ReadCache } from '../../src/core/cache/read-cache.js';
import { Db } from '../../src/core/database/db.js';
import type { GqlClient } from '../support/gql-client.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';

const SET = `mutation SetReaction($input: SetReactionInput!) {
  setReaction(input: $input) { targetId targetType reactions { kind emoji count viewerReacted } } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/**
 * Every statement PostgreSQL receives from now until `stop`, transaction control included
 * (BEGIN, COMMIT, SAVEPOINT …), in the order sent. Left out: the tests' own "is anything left
 * to deliver?" (settle's), and delivery transactions that claimed nothing (the dispatcher's
 * timer looking for other instances' events, which runs whether or not anyone reacts), and one
 * that a timer had only begun when recording stopped (it has done nothing yet to count).
 */
function recordStatements() {
  type Tx = { statements: string[]; idle?: boolean };
  const isOnlyBegun = (tx: Tx) =>
    tx.statements.length === 1 && /^(START TRANSACTION|BEGIN)/i.test(tx.statements[0]);
  const byClient = new Map<object, Tx>();
  const done: Tx[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: object, config: any, values?: any, cb?: any) {
    const text: string | undefined = typeof config === 'string' ? config : config?.text;
    const sql = (text ?? '').replace(/\s+/g, ' ').trim();
    let tx = byClient.get(this);
    // The end of a transaction begun before recording (the dispatcher's timer's, say).
    if (!tx && /^(COMMIT|ROLLBACK)$/i.test(sql))
      return (original as any).call(this, config, values, cb);
    if (!tx) {
      tx = { statements: [] };
      done.push(tx);
      if (/^(START TRANSACTION|BEGIN)/i.test(sql)) byClient.set(this, tx);
    }
    tx.statements.push(sql);
    if (/^(COMMIT|ROLLBACK)$/i.test(sql)) byClient.delete(this);
    const claim = /FOR UPDATE SKIP LOCKED/.test(sql) ? tx : null;
    const result = (original as any).call(this, config, values, cb);
    if (claim && result?.then)
      result.then(
        (r: pg.QueryResult) => {
          if (r.rowCount === 0) claim.idle = true;
        },
        () => undefined,
      );
    return result;
  } as any;
  return {
    stop(): string[] {
      pg.Client.prototype.query = original;
      return done
        .filter((tx) => !tx.idle && !isOnlyBegun(tx))
        .flatMap((tx) => tx.statements)
        .filter((s) => !s.startsWith('SELECT EXISTS (SELECT 1 FROM outbox'));
    },
  };
}

/**
 * At most this many statements for one reaction, request to last consumer (see above): the
 * post read for the viewer (their session kept from their last request); the reaction with its
 * event, the post's counter, the activities with theirs and the answer's counts; then the
 * delivery: BEGIN, the claim with the activities as they stand, the stats rows made, locked and
 * counted, the awards with balances and ranks, the grouped notification (judged on the
 * reaction still standing, the post still shown and the author's settings), the badges granted,
 * mission progress, COMMIT. Taking one back costs the same: the post read; the removal with its
 * event, the counter, the answer's counts and the activities withdrawn when none of the member's
 * reactions is left on the target; then the delivery, without a notification. bench/README.md
 * lists them too.
 */
const BUDGET = 10;

interface Standing {
  reactionCount: number;
  given: Array<{ points: number; active: boolean }>;
  received: Array<{ points: number; active: boolean }>;
  ledger: number;
  notification: { actorCount: number; actors: string[] } | null;
}

async function standing(postId: string, reactorId: string, authorId: string): Promise<Standing> {
  const db = t.app.get(Db);
  const [post] = await db.query<Array<{ n: number }>>(
    `SELECT reaction_count AS n FROM posts WHERE id = $1`,
    [postId],
  );
  const awards = (memberId: string, rule: string) =>
    db.query<Array<{ points: number; active: boolean }>>(
      `SELECT points, active FROM point_awards
        WHERE member_id = $1 AND rule = $2 AND source LIKE $3`,
      [memberId, rule, `reaction:post:${postId}%`],
    );
  const [ledger] = await db.query<Array<{ n: number }>>(
    `SELECT coalesce(sum(points), 0)::int AS n FROM point_ledger
      WHERE member_id IN ($1, $2) AND source LIKE $3`,
    [reactorId, authorId, `reaction:post:${postId}%`],
  );
  const [notification] = await db.query<Array<{ id: string; actorCount: number }>>(
    `SELECT id, actor_count AS "actorCount" FROM notifications
      WHERE member_id = $1 AND kind = 'reactions' AND post_id = $2`,
    [authorId, postId],
  );
  const actors = notification
    ? (
        await db.query<Array<{ actorId: string }>>(
          `SELECT actor_id AS "actorId" FROM notification_actors WHERE notification_id = $1`,
          [notification.id],
        )
      ).map((a) => a.actorId)
    : [];
  return {
    reactionCount: post.n,
    given: await awards(reactorId, 'reaction_given'),
    received: await awards(authorId, 'reaction_received'),
    ledger: ledger.n,
    notification: notification ? { actorCount: notification.actorCount, actors } : null,
  };
}

describe('one reaction', () => {
  let author: MemberEntity;
  let reactor: MemberEntity;
  let c: GqlClient;
  let space: SpaceEntity;

  beforeAll(async () => {
    space = await buildSpace(t.app);
    author = await buildMember(t.app);
    reactor = await buildMember(t.app);
    c = await clientFor(t.app, t.url, reactor);
    // The reactor's first request records their visit for the day; the reactions measured
    // below are ordinary ones, not a member's first of the day.
    const warmUp = await buildPost(t.app, author, { spaceId: space.id });
    await c.ok(SET, {
      input: { targetType: 'POST', targetId: warmUp.id, kind: 'like', active: true },
    });
    await settle(t.app);
    await t.app.get(ReadCache).caughtUp();
  });

  const set = (postId: string, active: boolean) =>
    c.ok(SET, { input: { targetType: 'POST', targetId: postId, kind: 'like', active } });

  it('costs at most the budget in statements from the request to its last consumer, award and notification included', async () => {
    const post = await buildPost(t.app, author, { spaceId: space.id });
    await settle(t.app);
    const r = recordStatements();
    const answer = await set(post.id, true);
    await settle(t.app);
    const seen = r.stop();

    expect(answer.setReaction.reactions).toContainEqual(
      expect.objectContaining({ kind: 'like', count: 1, viewerReacted: true }),
    );
    expect(await standing(post.id, reactor.id, author.id)).toEqual({
      reactionCount: 1,
      given: [{ points: 1, active: true }],
      received: [{ points: 1, active: true }],
      ledger: 2,
      notification: { actorCount: 1, actors: [reactor.id] },
    });
    if (seen.length > BUDGET)
      console.log(seen.map((s, i) => `${i + 1}. ${s.slice(0, 160)}`).join('\n'));
    expect(seen.length).toBeLessThanOrEqual(BUDGET);
  });

  it('taking it back reverses the awards once and keeps the counters right', async () => {
    const post = await buildPost(t.app, author, { spaceId: space.id });
    await set(post.id, true);
    await settle(t.app);
    const r = recordStatements();
    await set(post.id, false);
    await settle(t.app);
    const seen = r.stop();
    if (seen.length > BUDGET)
      console.log(seen.map((s, i) => `${i + 1}. ${s.slice(0, 160)}`).join('\n'));
    expect(seen.length).toBeLessThanOrEqual(BUDGET);
    // Again, and again taken back: one award standing at a time, the ledger nets to zero.
    await set(post.id, true);
    await set(post.id, true);
    await set(post.id, false);
    await settle(t.app);
    const s = await standing(post.id, reactor.id, author.id);
    expect(s).toMatchObject({
      reactionCount: 0,
      given: [{ active: false }],
      received: [{ active: false }],
      ledger: 0,
    });
    // The notification stays as it was told: one actor.
    expect(s.notification).toEqual({ actorCount: 1, actors: [reactor.id] });
  });
});

describe('many at once', () => {
  it('counts, awards and groups each of many concurrent reactions exactly once', async () => {
    const space = await buildSpace(t.app);
    const author = await buildMember(t.app);
    const post = await buildPost(t.app, author, { spaceId: space.id });
    const people = await Promise.all(Array.from({ length: 8 }, () => buildMember(t.app)));
    const clients = await Promise.all(people.map((m) => clientFor(t.app, t.url, m)));
    // Each member twice at once (the same reaction), and a second kind besides.
    await Promise.all(
      clients.flatMap((client) => [
        client.ok(SET, {
          input: { targetType: 'POST', targetId: post.id, kind: 'like', active: true },
        }),
        client.ok(SET, {
          input: { targetType: 'POST', targetId: post.id, kind: 'like', active: true },
        }),
        client.ok(SET, {
          input: { targetType: 'POST', targetId: post.id, kind: 'love', active: true },
        }),
      ]),
    );
    await settle(t.app);
    const db = t.app.get(Db);
    const [row] = await db.query<Array<Record<string, number>>>(
      `SELECT (SELECT reaction_count FROM posts WHERE id = $1) AS counter,
              (SELECT count(*)::int FROM reactions WHERE target_id = $1) AS rows,
              (SELECT count(*)::int FROM point_awards
                WHERE member_id = $2 AND rule = 'reaction_received' AND active) AS received,
              (SELECT coalesce(sum(points), 0)::int FROM point_ledger
                WHERE member_id = $2 AND rule = 'reaction_received') AS ledger,
              (SELECT actor_count FROM notifications
                WHERE member_id = $2 AND kind = 'reactions' AND post_id = $1) AS "actorCount",
              (SELECT count(*)::int FROM notification_actors a JOIN notifications n
                  ON n.id = a.notification_id
                WHERE n.member_id = $2 AND n.kind = 'reactions' AND n.post_id = $1) AS actors`,
      [post.id, author.id],
    );
    expect(row).toEqual({
      counter: 16,
      rows: 16,
      received: 8,
      ledger: 8,
      actorCount: 8,
      actors: 8,
    });
  });
});
