import { settle } from '../support/settle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import type { Viewer } from '../../src/core/auth/viewer.js';
import { MembersRepository } from '../../src/modules/members/members.repository.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { PointsService } from '../../src/modules/points/points.service.js';
import { PointsRepository } from '../../src/modules/points/points.repository.js';
import { CommunityCalendar, periodsOf } from '../../src/modules/community/community-calendar.js';
import { createApp } from '../../src/app.factory.js';
import { LeaderboardsService } from '../../src/modules/leaderboards/leaderboards.service.js';

const BOARD = `query($p: LeaderboardPeriod!, $first: Int, $after: String) {
  leaderboard(period: $p) {
    period startsOn refreshedAt memberCount
    viewer { rank points member { id } }
    entries(first: $first, after: $after) {
      nodes { rank points member { id } }
      pageInfo { hasNextPage endCursor }
    }
  } }`;

type Period = 'WEEK' | 'MONTH' | 'ALL';
interface Entry {
  rank: number;
  points: number;
  member: { id: string };
}
interface Board {
  period: string;
  startsOn: string | null;
  refreshedAt: string | null;
  memberCount: number;
  viewer: Entry | null;
  entries: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

let t: TestApp;
let db: Db;
let week: string;
let month: string;
let modViewer: Viewer;
let reader: GqlClient;

const board = async (c: GqlClient, p: Period, first = 20, after?: string | null) =>
  (await c.ok<{ leaderboard: Board }>(BOARD, { p, first, after })).leaderboard;

/** [member, rank, points] of a page, for compact assertions. */
const rows = (b: Board) => b.entries.nodes.map((e) => [e.member.id, e.rank, e.points]);

/** Sets a member's period totals directly; `week` and `month` are the current ones. */
async function setPoints(
  memberId: string,
  totals: { week?: number; month?: number; all?: number; [period: string]: number | undefined },
) {
  for (const [key, points] of Object.entries(totals)) {
    const period = key === 'week' ? `week:${week}` : key === 'month' ? `month:${month}` : key;
    await db.query(
      `INSERT INTO period_points (period, member_id, points) VALUES ($1, $2, $3)
       ON CONFLICT (period, member_id) DO UPDATE SET points = EXCLUDED.points`,
      [period, memberId, points],
    );
  }
}

/** Members with the same points this week, month and all time. */
async function membersWith(...points: number[]): Promise<MemberEntity[]> {
  const out: MemberEntity[] = [];
  for (const p of points) {
    const m = await buildMember(t.app);
    await setPoints(m.id, { week: p, month: p, all: p });
    out.push(m);
  }
  return out;
}

const byId = (a: MemberEntity, b: MemberEntity) => (a.id < b.id ? -1 : 1);

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  ({ week, month } = periodsOf(await t.app.get(CommunityCalendar).today()));
  const mod = await buildMember(t.app, { role: 'moderator' });
  modViewer = {
    memberId: mod.id,
    sessionId: 'x',
    role: 'moderator',
    status: 'active',
    locale: 'ja',
  };
  reader = await clientFor(t.app, t.url, mod);
});
afterAll(() => t.close());
// Every test starts from empty boards: the points totals are its own.
beforeEach(async () => {
  await settle(t.app);
  await db.query(`DELETE FROM period_points`);
});
// Whatever a test did, the boards hold exactly the listed members' points and the counters
// match them.
afterEach(async () => {
  await settle(t.app);
  expect(await boardsDrift()).toEqual([]);
});

/** Differences between the boards and what they should be (none when consistent). */
async function boardsDrift(): Promise<unknown[]> {
  return db.query(
    `WITH want AS (
       SELECT p.period, p.member_id, p.points FROM period_points p JOIN members m ON m.id = p.member_id
        WHERE p.points > 0 AND m.status = 'active'
          AND (m.role = 'member' OR (SELECT leaderboards_include_staff FROM community_settings))),
     entries AS (
       SELECT 'entry' AS kind, coalesce(w.period, e.period) AS period, coalesce(w.member_id, e.member_id)::text AS id,
              w.points AS want, e.points AS got
         FROM want w FULL JOIN leaderboard_entries e USING (period, member_id)
        WHERE w.points IS DISTINCT FROM e.points),
     counts AS (
       SELECT 'score' AS kind, coalesce(c.period, s.period) AS period, coalesce(c.points, s.points)::text AS id,
              c.n AS want, s.members AS got
         FROM (SELECT period, points, count(*)::int AS n FROM leaderboard_entries GROUP BY 1, 2) c
         FULL JOIN (SELECT * FROM leaderboard_scores WHERE members > 0) s USING (period, points)
        WHERE c.n IS DISTINCT FROM s.members),
     blocks AS (
       SELECT 'block' AS kind, coalesce(c.period, b.period) AS period, coalesce(c.block, b.block)::text AS id,
              c.scores * 1000000 + c.members AS want, b.scores * 1000000 + b.members AS got
         FROM (SELECT period, points / 256 AS block, count(*)::int AS scores, sum(members)::int AS members
                 FROM leaderboard_scores WHERE members > 0 GROUP BY 1, 2) c
         FULL JOIN (SELECT * FROM leaderboard_blocks WHERE scores <> 0 OR members <> 0) b USING (period, block)
        WHERE (c.scores, c.members) IS DISTINCT FROM (b.scores, b.members))
     SELECT * FROM entries UNION ALL SELECT * FROM counts UNION ALL SELECT * FROM blocks
     -- Keys noted for the commit-time sync never outlive their transaction.
     UNION ALL SELECT 'pending', period, member_id::text, NULL, NULL FROM leaderboard_pending
     UNION ALL SELECT 'pending', NULL, xact::text, NULL, NULL FROM leaderboard_pending_xacts`,
  );
}

it('ranks densely as points move: ties share a rank and the next points rank one lower', async () => {
  const [a, b, c, d] = await membersWith(100, 100, 90, 50);
  const [first, second] = [a, b].sort(byId);
  // Points earned through the points service count at once too.
  const e = await buildMember(t.app);
  await t.app.get(PointsService).adjust(modViewer, e.id, 90, 'イベント参加');
  for (const p of ['WEEK', 'MONTH', 'ALL'] as const) {
    const got = await board(reader, p);
    expect(rows(got)).toEqual([
      [first.id, 1, 100],
      [second.id, 1, 100],
      ...[
        [c.id, 2, 90],
        [e.id, 2, 90],
      ].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
      [d.id, 3, 50],
    ]);
    expect(got.memberCount).toBe(5);
  }

  // d passes everyone: alone at the top, and the rest move down one.
  await t.app.get(PointsService).adjust(modViewer, d.id, 60, 'ボーナス');
  expect(rows(await board(reader, 'ALL'))).toEqual([
    [d.id, 1, 110],
    [first.id, 2, 100],
    [second.id, 2, 100],
    ...[
      [c.id, 3, 90],
      [e.id, 3, 90],
    ].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
  ]);
  // c falls to nothing: off the board, and a score held by nobody ranks no one.
  await t.app.get(PointsService).adjust(modViewer, c.id, -90, '取り消し');
  await t.app.get(PointsService).adjust(modViewer, e.id, -5, '取り消し');
  const all = await board(reader, 'ALL');
  expect(rows(all)).toEqual([
    [d.id, 1, 110],
    [first.id, 2, 100],
    [second.id, 2, 100],
    [e.id, 3, 85],
  ]);
  expect(all.memberCount).toBe(4);
});

it('ranks across blocks of scores, ties at their edges included', async () => {
  const [a, b, c, d, e, f] = await membersWith(512, 511, 256, 256, 255, 1);
  const [c1, d1] = [c, d].sort(byId);
  expect(rows(await board(reader, 'ALL'))).toEqual([
    [a.id, 1, 512],
    [b.id, 2, 511],
    [c1.id, 3, 256],
    [d1.id, 3, 256],
    [e.id, 4, 255],
    [f.id, 5, 1],
  ]);
  const service = t.app.get(LeaderboardsService);
  const placeOf = async (id: string) => service.entryOf(await service.board('all'), id);
  expect(await placeOf(e.id)).toEqual({ memberId: e.id, rank: 4, points: 255 });
  // The last member of a score leaves it: every rank below moves up one.
  await setPoints(b.id, { all: 512 });
  expect(await placeOf(e.id)).toEqual({ memberId: e.id, rank: 3, points: 255 });
  const after = (await board(reader, 'ALL', 2)).entries.pageInfo.endCursor;
  expect(rows(await board(reader, 'ALL', 3, after))).toEqual([
    [c1.id, 2, 256],
    [d1.id, 2, 256],
    [e.id, 3, 255],
  ]);
});

it('follows awards and their reversals from the award statement', async () => {
  const [a, b] = [await buildMember(t.app), await buildMember(t.app)];
  const repo = t.app.get(PointsRepository);
  const day = await t.app.get(CommunityCalendar).today();
  const award = (memberId: string, source: string, active: boolean) =>
    db.transaction(async () => {
      await repo.lockStats([memberId]);
      await repo.applyAwards([{ memberId, rule: 'best_answer', source, day, active }]);
    });
  await award(a.id, 'answer-1', true);
  await award(a.id, 'answer-2', true);
  await award(b.id, 'answer-3', true);
  expect(rows(await board(reader, 'WEEK'))).toEqual([
    [a.id, 1, 40],
    [b.id, 2, 20],
  ]);
  await award(a.id, 'answer-2', false);
  expect(rows(await board(reader, 'WEEK'))).toEqual(
    [
      [a.id, 1, 20],
      [b.id, 1, 20],
    ].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
  );
  await award(a.id, 'answer-1', false);
  expect(rows(await board(reader, 'MONTH'))).toEqual([[b.id, 1, 20]]);
  const bC = await clientFor(t.app, t.url, b);
  expect((await board(bC, 'ALL')).viewer).toEqual({ rank: 1, points: 20, member: { id: b.id } });
});

it('syncs the boards at commit with what the transaction kept, not what it rolled back', async () => {
  const [a, b] = [await buildMember(t.app), await buildMember(t.app)];
  const points = t.app.get(PointsRepository);
  const day = await t.app.get(CommunityCalendar).today();
  await db.transaction(async () => {
    await points.lockStats([a.id, b.id]);
    await points.apply(a.id, 30, day);
    // A consumer that failed: its points went back with its savepoint.
    await db
      .savepoint(async () => {
        await points.apply(b.id, 50, day);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await points.apply(a.id, 5, day);
  });
  expect(rows(await board(reader, 'ALL'))).toEqual([[a.id, 1, 35]]);
  await expect(
    db.transaction(async () => {
      await points.lockStats([b.id]);
      await points.apply(b.id, 70, day);
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  expect(rows(await board(reader, 'ALL'))).toEqual([[a.id, 1, 35]]);
});

it('writes only the mover’s entry and counters when someone reaches a new top score', async () => {
  const others = await membersWith(...Array.from({ length: 30 }, (_, i) => 100 - i));
  const climber = (await membersWith(5))[0];
  const versions = () =>
    db.query<Array<{ period: string; id: string; xmin: string }>>(
      `SELECT period, member_id::text AS id, xmin::text FROM leaderboard_entries
        WHERE member_id = ANY($1::uuid[]) ORDER BY 1, 2`,
      [others.map((m) => m.id)],
    );
  const before = await versions();
  const scoresBefore = await db.query<Array<{ period: string; points: number; xmin: string }>>(
    `SELECT period, points, xmin::text FROM leaderboard_scores ORDER BY 1, 2`,
  );
  await t.app.get(PointsService).adjust(modViewer, climber.id, 1000, 'ボーナス');
  expect(await versions()).toEqual(before);
  const scoresAfter = await db.query<Array<{ period: string; points: number; xmin: string }>>(
    `SELECT period, points, xmin::text FROM leaderboard_scores ORDER BY 1, 2`,
  );
  // Per board: the old score's count went down, the new one was added; no other row moved.
  const changed = scoresAfter.filter(
    (s) => !scoresBefore.some((o) => JSON.stringify(o) === JSON.stringify(s)),
  );
  expect(changed.map((s) => s.points).sort((x, y) => x - y)).toEqual([5, 5, 5, 1005, 1005, 1005]);
  const climberC = await clientFor(t.app, t.url, climber);
  const got = await board(climberC, 'ALL');
  expect(got.viewer).toEqual({ rank: 1, points: 1005, member: { id: climber.id } });
  expect(got.entries.nodes[1]).toEqual({ rank: 2, points: 100, member: { id: others[0].id } });
});

it('keeps ranks consistent when many members earn points at the same time', async () => {
  const members = await membersWith(...Array.from({ length: 40 }, (_, i) => 10 + (i % 5)));
  const points = t.app.get(PointsService);
  await Promise.all(
    members.flatMap((m, i) => [
      points.adjust(modViewer, m.id, 5 * (i % 4) + 1, '同時 1'),
      points.adjust(modViewer, m.id, i % 3 ? 2 : -3, '同時 2'),
    ]),
  );
  const [{ expected }] = await db.query<Array<{ expected: Array<[string, number, number]> }>>(
    `SELECT json_agg(json_build_array(member_id, r, points) ORDER BY -points, member_id) AS expected
       FROM (SELECT member_id, points, dense_rank() OVER (ORDER BY points DESC)::int AS r
               FROM period_points WHERE period = 'all' AND member_id = ANY($1::uuid[])) x`,
    [members.map((m) => m.id)],
  );
  const seen: unknown[] = [];
  let after: string | null = null;
  for (;;) {
    const b: Board = await board(reader, 'ALL', 15, after);
    seen.push(...rows(b));
    if (!b.entries.pageInfo.hasNextPage) break;
    after = b.entries.pageInfo.endCursor;
  }
  expect(seen).toEqual(expected);
});

it('shows the viewer’s own place far outside the top, and none without points', async () => {
  const top = [];
  for (let i = 0; i < 300; i++) top.push(await buildMember(t.app));
  await db.query(
    `INSERT INTO period_points (period, member_id, points)
     SELECT p, id, 1000 - n::int FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n),
            unnest(ARRAY['all', $2, $3]) AS p`,
    [top.map((m) => m.id), `week:${week}`, `month:${month}`],
  );
  const last = await buildMember(t.app);
  const none = await buildMember(t.app);
  const lastC = await clientFor(t.app, t.url, last);
  const noneC = await clientFor(t.app, t.url, none);
  // A first request earns a visit's points: made and settled before the test sets its own.
  for (const c of [lastC, noneC]) await c.ok('{ me { id } }');
  await settle(t.app);
  await db.query(`DELETE FROM period_points WHERE member_id = ANY($1::uuid[])`, [
    [last.id, none.id],
  ]);
  await setPoints(last.id, { week: 1, all: 1 });

  const b = await board(lastC, 'WEEK');
  expect(b.entries.nodes).toHaveLength(20);
  expect(b.entries.nodes[0]).toEqual({ rank: 1, points: 999, member: { id: top[0].id } });
  expect(b.viewer).toEqual({ rank: 301, points: 1, member: { id: last.id } });
  expect(b.memberCount).toBe(301);
  // No points this month: no place on the month's board.
  expect((await board(lastC, 'MONTH')).viewer).toBeNull();
  expect((await board(noneC, 'ALL')).viewer).toBeNull();
});

it('keeps this week, this month and all time apart', async () => {
  const lastWeek = new Date(`${week}T00:00:00Z`);
  lastWeek.setUTCDate(lastWeek.getUTCDate() - 7);
  const [y, mo] = month.split('-').map(Number);
  const lastMonth = mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
  const veteran = await buildMember(t.app);
  const newcomer = await buildMember(t.app);
  await setPoints(veteran.id, {
    all: 600,
    [`week:${lastWeek.toISOString().slice(0, 10)}`]: 500,
    [`month:${lastMonth}`]: 400,
    month: 100,
  });
  await setPoints(newcomer.id, { week: 50, month: 50, all: 50 });

  const w = await board(reader, 'WEEK');
  expect(rows(w)).toEqual([[newcomer.id, 1, 50]]);
  expect(w.startsOn).toBe(week);
  const m = await board(reader, 'MONTH');
  expect(rows(m)).toEqual([
    [veteran.id, 1, 100],
    [newcomer.id, 2, 50],
  ]);
  expect(m.startsOn).toBe(`${month}-01`);
  const a = await board(reader, 'ALL');
  expect(rows(a)).toEqual([
    [veteran.id, 1, 600],
    [newcomer.id, 2, 50],
  ]);
  expect(a.startsOn).toBeNull();
});

it('starts a new week and month empty when the calendar rolls over, rewriting nothing', async () => {
  const [a, b] = await membersWith(30, 20);
  const calendar = t.app.get(CommunityCalendar);
  const next = new Date(`${week}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 35);
  const nextDay = next.toISOString().slice(0, 10);
  const rolled = periodsOf(nextDay);
  const [{ n: rowsBefore }] = await db.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM leaderboard_entries`,
  );
  const today = calendar.today.bind(calendar);
  calendar.today = () => Promise.resolve(nextDay);
  try {
    const w = await board(reader, 'WEEK');
    expect(w.startsOn).toBe(rolled.week);
    expect(w.entries.nodes).toEqual([]);
    expect(w.memberCount).toBe(0);
    expect((await board(reader, 'MONTH')).startsOn).toBe(`${rolled.month}-01`);
    expect(rows(await board(reader, 'ALL'))).toEqual([
      [a.id, 1, 30],
      [b.id, 2, 20],
    ]);
    // The new week's first points make its board.
    await setPoints(b.id, { [`week:${rolled.week}`]: 3 });
    expect(rows(await board(reader, 'WEEK'))).toEqual([[b.id, 1, 3]]);
  } finally {
    calendar.today = today;
  }
  const [{ n: rowsAfter }] = await db.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM leaderboard_entries`,
  );
  expect(rowsAfter).toBe(rowsBefore + 1);
  expect(rows(await board(reader, 'WEEK'))).toEqual([
    [a.id, 1, 30],
    [b.id, 2, 20],
  ]);
});

it('takes suspended members off at once, and pending ones never show', async () => {
  const [active, suspended, later] = await membersWith(100, 300, 200);
  const pending = await buildMember(t.app, { status: 'pending' });
  await setPoints(pending.id, { week: 400, month: 400, all: 400 });
  const members = t.app.get(MembersRepository);
  await members.update(suspended.id, { status: 'suspended' });
  expect(rows(await board(reader, 'ALL'))).toEqual([
    [later.id, 1, 200],
    [active.id, 2, 100],
  ]);

  // Suspended later: off the board, and ranks move up at once.
  await members.update(later.id, { status: 'suspended' });
  const b = await board(reader, 'ALL');
  expect(rows(b)).toEqual([[active.id, 1, 100]]);
  expect(b.memberCount).toBe(1);
  // Points earned while suspended count when the member is back.
  await setPoints(later.id, { all: 250 });
  expect(rows(await board(reader, 'ALL'))).toEqual([[active.id, 1, 100]]);
  await members.update(later.id, { status: 'active' });
  expect(rows(await board(reader, 'ALL'))).toEqual([
    [later.id, 1, 250],
    [active.id, 2, 100],
  ]);
});

it('leaves staff out unless the community includes them', async () => {
  const [member] = await membersWith(100);
  const staff: MemberEntity[] = [];
  for (const role of ['moderator', 'product', 'admin'] as const) {
    const m = await buildMember(t.app, { role });
    await setPoints(m.id, { week: 500, month: 500, all: 500 });
    staff.push(m);
  }
  expect(rows(await board(reader, 'ALL'))).toEqual([[member.id, 1, 100]]);

  const SETTINGS = `mutation($i: UpdateCommunityInput!) {
    updateCommunity(input: $i) { leaderboardsIncludeStaff } }`;
  const adminMember = await buildMember(t.app, { role: 'admin' });
  const admin = await clientFor(t.app, t.url, adminMember);
  expect(
    (await admin.ok(SETTINGS, { i: { leaderboardsIncludeStaff: true } })).updateCommunity,
  ).toEqual({ leaderboardsIncludeStaff: true });
  // The admin's own visit today earned points: not part of this board.
  await settle(t.app);
  await db.query(`DELETE FROM period_points WHERE member_id = $1`, [adminMember.id]);
  expect(rows(await board(reader, 'ALL'))).toEqual([
    ...[...staff].sort(byId).map((m) => [m.id, 1, 500]),
    [member.id, 2, 100],
  ]);
  await admin.ok(SETTINGS, { i: { leaderboardsIncludeStaff: false } });
  expect(rows(await board(reader, 'ALL'))).toEqual([[member.id, 1, 100]]);

  // A role change moves a member off the board or back on.
  const members = t.app.get(MembersRepository);
  await members.update(member.id, { role: 'moderator' });
  expect(rows(await board(reader, 'ALL'))).toEqual([]);
  await members.update(staff[0].id, { role: 'member' });
  expect(rows(await board(reader, 'ALL'))).toEqual([[staff[0].id, 1, 500]]);
});

it('pages through ties in a stable order without gaps or repeats', async () => {
  // 25 members, three to a score.
  const members = await membersWith(
    ...Array.from({ length: 25 }, (_, i) => 100 - Math.floor(i / 3)),
  );
  const expected = members
    .map((m, i) => ({ id: m.id, points: 100 - Math.floor(i / 3) }))
    .sort((a, b) => b.points - a.points || (a.id < b.id ? -1 : 1))
    .map((m) => [m.id, 101 - m.points, m.points]);

  const seen: unknown[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const b: Board = await board(reader, 'WEEK', 7, after);
    seen.push(...rows(b));
    pages++;
    if (!b.entries.pageInfo.hasNextPage) break;
    after = b.entries.pageInfo.endCursor;
  }
  expect(pages).toBe(4);
  expect(seen).toEqual(expected);

  // The same cursor gives the same page again.
  const once = await board(reader, 'WEEK', 7);
  const again = await board(reader, 'WEEK', 5, once.entries.pageInfo.endCursor);
  expect(rows(again)).toEqual(expected.slice(7, 12));
  expect(await reader.code(BOARD, { p: 'WEEK', first: 5, after: 'bm90LWEtY3Vyc29y' })).toBe(
    'VALIDATION_FAILED',
  );
});

it('goes on below the same points after the board changed between pages', async () => {
  const [a, b, d] = await membersWith(10, 20, 5);
  const before = await board(reader, 'WEEK');
  expect(rows(before)).toEqual([
    [b.id, 1, 20],
    [a.id, 2, 10],
    [d.id, 3, 5],
  ]);
  const afterB = (await board(reader, 'WEEK', 1)).entries.pageInfo.endCursor;

  // b leaves the board, a earns more, c and e arrive; d's points stay as they were.
  await db.query(`DELETE FROM period_points WHERE member_id = $1`, [b.id]);
  await t.app.get(PointsService).adjust(modViewer, a.id, 25, 'ボーナス');
  const [c, e] = await membersWith(30, 31);

  const after = await board(reader, 'WEEK');
  expect(rows(after)).toEqual([
    [a.id, 1, 35],
    [e.id, 2, 31],
    [c.id, 3, 30],
    [d.id, 4, 5],
  ]);
  expect(after.memberCount).toBe(4);
  // A cursor from before the change goes on below the same points (b's 20).
  expect(rows(await board(reader, 'WEEK', 20, afterB))).toEqual([[d.id, 4, 5]]);
});

it('gives the same board on two api instances while both change points', async () => {
  const other = await createApp(t.config, t.databaseUrl);
  try {
    await other.listen(0, '127.0.0.1');
    const { port } = other.getHttpServer().address() as { port: number };
    const readerB = await clientFor(
      other,
      `http://127.0.0.1:${port}`,
      await buildMember(t.app, { role: 'moderator' }),
    );
    const members = await membersWith(...Array.from({ length: 12 }, (_, i) => 50 + (i % 4)));
    await Promise.all(
      members.map((m, i) =>
        (i % 2 ? other : t.app).get(PointsService).adjust(modViewer, m.id, 1 + (i % 3), '両方から'),
      ),
    );
    for (const p of ['WEEK', 'MONTH', 'ALL'] as const) {
      const [a, b] = [await board(reader, p, 50), await board(readerB, p, 50)];
      expect(rows(b)).toEqual(rows(a));
      expect(b.memberCount).toBe(a.memberCount);
    }
    const top = rows(await board(reader, 'ALL', 50));
    expect(top).toHaveLength(12);
    expect(top.map((r) => r[2])).toEqual(
      [...top.map((r) => r[2])].sort((x, y) => Number(y) - Number(x)),
    );
  } finally {
    await other.close();
  }
});
