import { startTestApp, type TestApp } from '../support/test-app.js';
import { Db } from '../../src/core/database/db.js';
import { PointsService } from '../../src/modules/points/points.service.js';
import { seedDemo } from '../../src/seed/demo-seed.js';

/** What member_stats derives from the stream can be rebuilt from it, exactly. */
let t: TestApp;
let db: Db;
beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  expect(await seedDemo(t.app)).toBe(true);
}, 120_000);
afterAll(() => t.close());

const stats = () =>
  db.query<unknown[]>(
    `SELECT member_id, balance, lifetime, rank_position, posts, comments, best_answers,
            reactions_given, reactions_received, events_attended, active_days, current_streak,
            best_streak, last_visit_day FROM member_stats ORDER BY member_id`,
  );
const counted = () =>
  db.query<unknown[]>(
    `SELECT activity_id, member_id FROM member_stats_activities ORDER BY activity_id`,
  );

it('reproduces the demo community’s counters, streaks and ranks exactly', async () => {
  const [before, countedBefore] = [await stats(), await counted()];
  expect(before.length).toBeGreaterThan(30);
  // Lose everything derived.
  await db.query(`DELETE FROM member_stats_activities`);
  await db.query(
    `UPDATE member_stats SET posts = 0, comments = 0, best_answers = 0, reactions_given = 0,
            reactions_received = 0, events_attended = 0, active_days = 0, current_streak = 0, best_streak = 0,
            last_visit_day = NULL, rank_position = 1`,
  );
  const seen: Array<[number, number]> = [];
  await t.app.get(PointsService).rebuildStats((done, total) => seen.push([done, total]));
  expect(await stats()).toEqual(before);
  expect(await counted()).toEqual(countedBefore);
  expect(seen.at(-1)).toEqual([before.length, before.length]);

  // Again: nothing moves.
  await t.app.get(PointsService).rebuildStats(() => undefined);
  expect(await stats()).toEqual(before);
}, 60_000);

it('seeds events with their history: attendance that earned points, a full event with a waitlist, an online session and a rank-gated tasting', async () => {
  const events = await db.query<
    Array<{
      kind: string;
      past: boolean;
      capacity: number | null;
      seats: number;
      waiting: number;
      minRank: number | null;
      checkedIn: number;
    }>
  >(
    `SELECT e.kind, e.ends_at < now() AS past, e.capacity, e.seats_taken AS seats,
            e.waitlist_count AS waiting, e.min_rank_position AS "minRank",
            (SELECT count(*)::int FROM event_rsvps r
              WHERE r.event_id = e.id AND r.checked_in_at IS NOT NULL) AS "checkedIn"
       FROM events e WHERE e.status = 'published' ORDER BY e.starts_at`,
  );
  const past = events.filter((e) => e.past);
  expect(past.length).toBeGreaterThanOrEqual(3);
  for (const e of past) expect(e.checkedIn).toBeGreaterThan(0);
  expect(
    events.some((e) => !e.past && e.capacity !== null && e.seats === e.capacity && e.waiting > 0),
  ).toBe(true);
  expect(events.some((e) => !e.past && e.kind === 'online')).toBe(true);
  expect(events.some((e) => !e.past && (e.minRank ?? 1) > 1)).toBe(true);
  const [ledger] = await db.query<Array<{ n: number; sum: number }>>(
    `SELECT count(*)::int AS n, coalesce(sum(points), 0)::int AS sum
       FROM point_ledger WHERE rule = 'event_attended'`,
  );
  const attended = past.reduce((n, e) => n + e.checkedIn, 0);
  expect(ledger).toEqual({ n: attended, sum: attended * 30 });

  // Every member checked in at an event holds the first event badge, and counts their events.
  const attendees = await db.query<Array<{ events: number; counted: number; badge: boolean }>>(
    `SELECT count(*)::int AS events, s.events_attended AS counted,
            EXISTS (SELECT 1 FROM member_badges mb JOIN badges b ON b.id = mb.badge_id
                     WHERE mb.member_id = r.member_id AND b.key = 'first-event'
                       AND mb.revoked_at IS NULL) AS badge
       FROM event_rsvps r JOIN member_stats s USING (member_id)
      WHERE r.checked_in_at IS NOT NULL
      GROUP BY r.member_id, s.events_attended`,
  );
  expect(attendees.length).toBeGreaterThan(0);
  for (const a of attendees)
    expect(a).toEqual({ events: a.events, counted: a.events, badge: true });
});

it('seeds a monthly series and a discussion with a question answered by the organiser', async () => {
  const series = await db.query<Array<{ n: number; days: number[] }>>(
    `SELECT count(*)::int AS n,
            array_agg(extract(day FROM starts_at AT TIME ZONE time_zone)::int) AS days
       FROM events WHERE series_id IS NOT NULL GROUP BY series_id`,
  );
  expect(series).toHaveLength(1);
  expect(series[0].n).toBe(3);
  expect(new Set(series[0].days).size).toBe(1);
  const threads = await db.query<Array<{ comments: number; replies: number }>>(
    `SELECT p.comment_count AS comments,
            (SELECT count(*)::int FROM comments c WHERE c.post_id = p.id AND c.parent_id IS NOT NULL)
              AS replies
       FROM events e JOIN posts p ON p.id = e.discussion_post_id
      WHERE p.comment_count > 0`,
  );
  expect(threads).toEqual([{ comments: 2, replies: 1 }]);
});

it('seeds feedback: two boards, ideas in every status with exact votes from every rank, answers, a merged pair, a roadmap and three releases', async () => {
  const boards = await db.query<Array<{ slug: string; ideas: number }>>(
    `SELECT b.slug, count(i.id)::int AS ideas FROM feedback_boards b
       LEFT JOIN ideas i ON i.board_id = b.id GROUP BY b.slug ORDER BY b.slug`,
  );
  expect(boards.map((b) => b.slug)).toEqual(['bugs', 'features']);
  const ideas = boards.reduce((n, b) => n + b.ideas, 0);
  expect(ideas).toBeGreaterThanOrEqual(38);
  const statuses = await db.query<Array<{ status: string }>>(
    `SELECT DISTINCT status FROM ideas ORDER BY status`,
  );
  expect(statuses.map((s) => s.status)).toEqual([
    'declined',
    'duplicate',
    'in_progress',
    'open',
    'planned',
    'released',
    'under_review',
  ]);
  // Every count is its counted votes, and votes came from members of every rank up to the top.
  const off = await db.query(
    `SELECT i.id FROM ideas i
      WHERE i.vote_count <> (SELECT count(*) FROM idea_votes v
                              WHERE v.counted_idea_id = i.id AND v.counted)`,
  );
  expect(off).toEqual([]);
  const ranks = await db.query<Array<{ position: number }>>(
    `SELECT DISTINCT s.rank_position AS position FROM idea_votes v
       JOIN member_stats s ON s.member_id = v.member_id ORDER BY 1`,
  );
  const all = await db.query<Array<{ position: number }>>(`SELECT position FROM ranks ORDER BY 1`);
  expect(ranks).toEqual(all);
  const [extras] = await db.query<
    Array<{ answered: number; merged: number; roadmap: number; hidden: number }>
  >(
    `SELECT count(*) FILTER (WHERE answered_at IS NOT NULL)::int AS answered,
            count(*) FILTER (WHERE merged_into_id IS NOT NULL)::int AS merged,
            count(*) FILTER (WHERE status IN ('planned', 'in_progress', 'released')
                               AND NOT hidden_from_roadmap)::int AS roadmap,
            count(*) FILTER (WHERE hidden_from_roadmap)::int AS hidden
       FROM ideas`,
  );
  expect(extras.answered).toBeGreaterThanOrEqual(5);
  expect(extras.merged).toBeGreaterThanOrEqual(1);
  expect(extras.roadmap).toBeGreaterThanOrEqual(10);
  expect(extras.hidden).toBe(1);
  const releases = await db.query<Array<{ ideas: number; released: number }>>(
    `SELECT count(l.idea_id)::int AS ideas,
            count(*) FILTER (WHERE i.status = 'released')::int AS released
       FROM changelog_entries e JOIN changelog_entry_ideas l ON l.entry_id = e.id
       JOIN ideas i ON i.id = l.idea_id
      WHERE e.published_at IS NOT NULL GROUP BY e.id`,
  );
  expect(releases).toHaveLength(3);
  for (const r of releases) expect(r.released).toBe(r.ideas);
});
