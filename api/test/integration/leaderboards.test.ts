import { settle } from '../support/settle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import { Jobs } from '../../src/core/jobs/jobs.js';
import type { Viewer } from '../../src/core/auth/viewer.js';
import { MembersRepository } from '../../src/modules/members/members.repository.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { PointsService } from '../../src/modules/points/points.service.js';
import { CommunityCalendar, periodsOf } from '../../src/modules/community/community-calendar.js';
import {
  LeaderboardsService,
  REFRESH_JOB,
} from '../../src/modules/leaderboards/leaderboards.service.js';

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
let boards: LeaderboardsService;
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
  boards = t.app.get(LeaderboardsService);
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

it('has every board as soon as the app has started', async () => {
  await settle(t.app);
  const refreshed = await db.query<Array<{ period: string }>>(
    `SELECT period FROM leaderboard_refreshes ORDER BY period`,
  );
  expect(refreshed.map((r) => r.period)).toEqual(['all', 'month', 'week']);
  const b = await board(reader, 'WEEK');
  expect(b.refreshedAt).not.toBeNull();
  expect(b.startsOn).toBe(week);
});

it('ranks densely: ties share a rank and the next points rank one lower', async () => {
  const [a, b, c, d] = await membersWith(100, 100, 90, 50);
  const [first, second] = [a, b].sort(byId);
  // Points earned through the points service count too.
  const e = await buildMember(t.app);
  await t.app.get(PointsService).adjust(modViewer, e.id, 90, 'イベント参加');
  await boards.refresh();
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
  await setPoints(last.id, { week: 1, all: 1 });
  const none = await buildMember(t.app);
  await boards.refresh();

  const lastC = await clientFor(t.app, t.url, last);
  const b = await board(lastC, 'WEEK');
  expect(b.entries.nodes).toHaveLength(20);
  expect(b.entries.nodes[0]).toEqual({ rank: 1, points: 999, member: { id: top[0].id } });
  expect(b.viewer).toEqual({ rank: 301, points: 1, member: { id: last.id } });
  expect(b.memberCount).toBe(301);
  // No points this month: no place on the month's board.
  expect((await board(lastC, 'MONTH')).viewer).toBeNull();
  expect((await board(await clientFor(t.app, t.url, none), 'ALL')).viewer).toBeNull();
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
  await boards.refresh();

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

it('leaves out suspended and pending members', async () => {
  const [active, suspended, later] = await membersWith(100, 300, 200);
  const pending = await buildMember(t.app, { status: 'pending' });
  await setPoints(pending.id, { week: 400, month: 400, all: 400 });
  const members = t.app.get(MembersRepository);
  await members.update(suspended.id, { status: 'suspended' });
  await boards.refresh();
  expect(rows(await board(reader, 'ALL'))).toEqual([
    [later.id, 1, 200],
    [active.id, 2, 100],
  ]);

  // Suspended after the snapshot: hidden at once, ranks move up at the next refresh.
  await members.update(later.id, { status: 'suspended' });
  expect(rows(await board(reader, 'ALL'))).toEqual([[active.id, 2, 100]]);
  await boards.refresh();
  expect(rows(await board(reader, 'ALL'))).toEqual([[active.id, 1, 100]]);
});

it('leaves staff out unless the community includes them', async () => {
  const [member] = await membersWith(100);
  const staff: MemberEntity[] = [];
  for (const role of ['moderator', 'product', 'admin'] as const) {
    const m = await buildMember(t.app, { role });
    await setPoints(m.id, { week: 500, month: 500, all: 500 });
    staff.push(m);
  }
  await boards.refresh();
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
  await boards.refresh();
  expect(rows(await board(reader, 'ALL'))).toEqual([
    ...staff.sort(byId).map((m) => [m.id, 1, 500]),
    [member.id, 2, 100],
  ]);
  await admin.ok(SETTINGS, { i: { leaderboardsIncludeStaff: false } });
});

it('pages through ties in a stable order without gaps or repeats', async () => {
  // 25 members, three to a score.
  const members = await membersWith(
    ...Array.from({ length: 25 }, (_, i) => 100 - Math.floor(i / 3)),
  );
  await boards.refresh();
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

it('replaces the previous snapshot at each refresh', async () => {
  const [a, b, d] = await membersWith(10, 20, 5);
  await boards.refresh();
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
  // Runs that overlap wait for each other and agree.
  await Promise.all([boards.refresh(), boards.refresh()]);

  const after = await board(reader, 'WEEK');
  expect(rows(after)).toEqual([
    [a.id, 1, 35],
    [e.id, 2, 31],
    [c.id, 3, 30],
    [d.id, 4, 5],
  ]);
  expect(after.memberCount).toBe(4);
  expect(Date.parse(after.refreshedAt!)).toBeGreaterThan(Date.parse(before.refreshedAt!));
  const [{ n }] = await db.query<Array<{ n: number }>>(
    `SELECT (SELECT count(*) FROM leaderboard_entries WHERE period = 'week')
          + (SELECT count(*) FROM leaderboard_ranks WHERE period = 'week') AS n`,
  );
  expect(Number(n)).toBe(8);

  // A cursor from before the refresh goes on below the same points (b's 20).
  expect(rows(await board(reader, 'WEEK', 20, afterB))).toEqual([[d.id, 4, 5]]);
});

it('refreshes through its recurring job, once when runs overlap', async () => {
  const [a] = await membersWith(70);
  await boards.refresh();
  const first = await board(reader, 'ALL');
  expect(rows(first)).toEqual([[a.id, 1, 70]]);
  // The job leaves a board rebuilt moments ago as it is.
  await setPoints(a.id, { all: 80 });
  await t.app.get(Jobs).enqueue(REFRESH_JOB, {});
  await settle(t.app);
  const second = await board(reader, 'ALL');
  expect(second.refreshedAt).toBe(first.refreshedAt);
  expect(rows(second)).toEqual([[a.id, 1, 70]]);
});
