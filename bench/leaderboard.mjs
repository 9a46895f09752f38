// Leaderboard benchmark: fills a database with members and their points totals, builds the boards
// as the migration does for existing points, then times what the boards cost when points move
// (the points module's statement with and without the board triggers, rows written for a new top
// score) and the reads the api serves (a viewer's own rank, the top 20, a page from the middle).
//
//   npm run bench:leaderboard                      # 1,000,000 members in an embedded PostgreSQL
//   BENCH_MEMBERS=20000 npm run bench:leaderboard
//   DATABASE_URL=postgres://… npm run bench:leaderboard   # an existing, empty database
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Logger } from '@nestjs/common';
import { createDataSource, migrate } from '../api/dist/core/database/data-source.js';
import { startEmbeddedPostgres } from '../api/dist/core/database/embedded.js';
import { Db } from '../api/dist/core/database/db.js';
import { encodeCursor } from '../api/dist/core/graphql/pagination.js';
import { dayIn, periodsOf } from '../api/dist/modules/community/community-calendar.js';
import { PointsRepository } from '../api/dist/modules/points/points.repository.js';
import { LeaderboardsRepository } from '../api/dist/modules/leaderboards/leaderboards.repository.js';
import { LeaderboardsService } from '../api/dist/modules/leaderboards/leaderboards.service.js';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const READ_RUNS = Number(process.env.BENCH_READ_RUNS ?? 1000);
const WRITE_RUNS = Number(process.env.BENCH_WRITE_RUNS ?? 300);
const BATCH = 100_000;

const seconds = (ms) => (ms / 1000).toFixed(1);
Logger.overrideLogger(false);

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const ms = (v) => v.toFixed(2).padStart(8);

let embedded = null;
let dataDir = null;
let url = process.env.DATABASE_URL;
if (!url) {
  dataDir = mkdtempSync(join(tmpdir(), 'kizuna-bench-'));
  chmodSync(dataDir, 0o755);
  embedded = await startEmbeddedPostgres(dataDir);
  url = embedded.url;
}
const ds = await createDataSource(url).initialize();
try {
  await migrate(ds);
  const db = new Db(ds);
  const points = new PointsRepository(db, null);
  const repo = new LeaderboardsRepository(db);
  const [{ timezone }] = await ds.query(`SELECT timezone FROM community_settings`);
  const day = dayIn(timezone, new Date());
  const { week, month } = periodsOf(day);
  const service = new LeaderboardsService(repo, { today: async () => day });
  const keys = { week: `week:${week}`, month: `month:${month}`, all: 'all' };

  // Members (1 in 100 suspended), everyone with all-time points (most near the 100 for joining,
  // a long tail up to 20,000: many ties), 40% with points this month and 15% this week. Filled
  // with the board triggers off, then the boards built as the migration builds them.
  let started = performance.now();
  const runner = ds.createQueryRunner();
  await runner.connect();
  await runner.query(`SELECT setseed(0.42)`);
  for (let from = 1; from <= MEMBERS; from += BATCH) {
    const to = Math.min(MEMBERS, from + BATCH - 1);
    await runner.query(
      `INSERT INTO members (email, handle, display_name, password_hash, status, joined_at)
       SELECT 'bench' || i || '@example.test', 'bench_' || i, 'ベンチ ' || i, 'x',
              CASE WHEN i % 100 = 0 THEN 'suspended' ELSE 'active' END,
              now() - i * interval '1 minute'
         FROM generate_series($1::int, $2::int) AS i`,
      [from, to],
    );
    process.stdout.write(`  inserted ${to} members\n`);
  }
  await runner.query(`INSERT INTO member_stats (member_id) SELECT id FROM members`);
  await runner.query(`ALTER TABLE period_points DISABLE TRIGGER USER`);
  await runner.query(
    `INSERT INTO period_points (period, member_id, points)
     SELECT 'all', id, 100 + floor(20000 * random() ^ 6)::int FROM members`,
  );
  await runner.query(
    `INSERT INTO period_points (period, member_id, points)
     SELECT $1, id, 1 + floor(2000 * random() ^ 5)::int FROM members WHERE random() < 0.4`,
    [keys.month],
  );
  await runner.query(
    `INSERT INTO period_points (period, member_id, points)
     SELECT $1, p.member_id, least(p.points, 1 + floor(500 * random() ^ 5)::int)
       FROM period_points p WHERE p.period = $2 AND random() < 0.375`,
    [keys.week, keys.month],
  );
  await runner.query(`ALTER TABLE period_points ENABLE TRIGGER USER`);
  console.log(
    `Inserted ${MEMBERS} members and their points in ${seconds(performance.now() - started)} s`,
  );
  started = performance.now();
  await runner.query(`
    INSERT INTO leaderboard_entries (period, member_id, points)
    SELECT p.period, p.member_id, p.points
      FROM period_points p JOIN members m ON m.id = p.member_id
     WHERE p.points > 0 AND m.status = 'active' AND m.role = 'member'`);
  await runner.query(`
    INSERT INTO leaderboard_scores (period, points, members)
    SELECT period, points, count(*) FROM leaderboard_entries GROUP BY period, points`);
  await runner.query(`
    INSERT INTO leaderboard_blocks (period, block, scores, members)
    SELECT period, points / 256, count(*), sum(members) FROM leaderboard_scores
     GROUP BY period, points / 256`);
  await runner.release();
  console.log(
    `Built the boards from them (as the migration does) in ${seconds(performance.now() - started)} s`,
  );
  for (const t of [
    'members',
    'member_stats',
    'period_points',
    'leaderboard_entries',
    'leaderboard_scores',
    'leaderboard_blocks',
  ])
    await ds.query(`VACUUM ANALYZE ${t}`);
  const sizes = await ds.query(
    `SELECT e.period, count(*)::int AS n,
            (SELECT count(*)::int FROM leaderboard_scores s WHERE s.period = e.period AND members > 0) AS d
       FROM leaderboard_entries e GROUP BY e.period ORDER BY n`,
  );
  for (const s of sizes) console.log(`  ${s.period.padEnd(16)} ${s.n} members, ${s.d} scores`);

  console.log('\nscheduled database work per minute: none (no refresh job)');

  // A points change as the points module makes it (member_stats, then the three period totals),
  // on random active members: with the board triggers on, then off (after a few runs each, so
  // that plans are cached again).
  const sample = async (n, where = '') =>
    (
      await ds.query(
        `SELECT member_id AS id FROM leaderboard_entries WHERE period = 'all' ${where}
          ORDER BY random() LIMIT $1`,
        [n],
      )
    ).map((r) => r.id);
  const WARM = 30;
  const movers = await sample(2 * (WRITE_RUNS + WARM));
  const change = (id) =>
    db.transaction(async () => {
      await points.lockStats([id]);
      await points.apply(id, 3, day);
    });
  const timeChanges = async (ids) => {
    for (const id of ids.slice(0, WARM)) await change(id);
    const times = [];
    for (const id of ids.slice(WARM)) {
      const t0 = performance.now();
      await change(id);
      times.push(performance.now() - t0);
    }
    return times;
  };
  const withBoards = await timeChanges(movers.slice(0, WRITE_RUNS + WARM));
  await ds.query(`ALTER TABLE period_points DISABLE TRIGGER USER`);
  const withoutBoards = await timeChanges(movers.slice(WRITE_RUNS + WARM));
  await ds.query(`ALTER TABLE period_points ENABLE TRIGGER USER`);
  // Put the boards back in line with the changes made without them.
  await ds.query(
    `SELECT leaderboard_sync(array_agg(period), array_agg(member_id))
       FROM period_points WHERE member_id = ANY($1::uuid[])`,
    [movers.slice(WRITE_RUNS + WARM)],
  );
  console.log(`\npoints change (lock + stats + 3 periods)  runs   p50 ms   p95 ms   p99 ms`);
  for (const [label, v] of [
    ['boards kept (triggers on)', withBoards],
    ['boards not kept (triggers off)', withoutBoards],
  ]) {
    v.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(40)} ${String(v.length).padStart(5)} ${ms(pct(v, 0.5))} ${ms(pct(v, 0.95))} ${ms(pct(v, 0.99))}`,
    );
  }

  // The same statement's own time against its board triggers' time, as PostgreSQL measures them
  // (free of the client and of the machine's other load between statements).
  const split = { statement: [], triggers: [] };
  for (const [i, id] of (await sample(WRITE_RUNS + WARM)).entries()) {
    await db.transaction(async () => {
      await points.lockStats([id]);
      // The boards sync at commit; made immediate here, their time shows in the triggers'.
      await db.query(`SET CONSTRAINTS leaderboard_pending_xacts_sync IMMEDIATE`);
      const plan = (
        await db.query(
          `EXPLAIN (ANALYZE, COSTS OFF)
           INSERT INTO period_points (period, member_id, points)
           SELECT p, $1, 3 FROM unnest(ARRAY['all', $2, $3]) AS p
           ON CONFLICT (period, member_id) DO UPDATE SET points = period_points.points + EXCLUDED.points`,
          [id, keys.week, keys.month],
        )
      ).map((r) => r['QUERY PLAN']);
      const total = Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))[1]);
      const triggers = plan
        .filter((l) => l.startsWith('Trigger period_points_leaderboard'))
        .reduce((sum, l) => sum + Number(/time=([\d.]+)/.exec(l)[1]), 0);
      if (process.env.BENCH_DEBUG)
        console.log(i, plan.filter((l) => /Trigger|Execution/.test(l)).join(' | '));
      if (i < WARM) return;
      split.statement.push(total - triggers);
      split.triggers.push(triggers);
    });
  }
  console.log(`
the 3 period totals' upsert, in PostgreSQL         runs   p50 ms   p95 ms   p99 ms`);
  for (const [label, v] of [
    ['the statement itself', split.statement],
    ['its board triggers', split.triggers],
  ]) {
    v.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(46)} ${String(v.length).padStart(5)} ${ms(pct(v, 0.5))} ${ms(pct(v, 0.95))} ${ms(pct(v, 0.99))}`,
    );
  }

  // One member reaching a new top score: the rows that transaction wrote to the boards.
  const [climber] = await sample(1, `AND points < 200`);
  const written = await db.transaction(async () => {
    await db.query(`SET CONSTRAINTS leaderboard_pending_xacts_sync IMMEDIATE`);
    await points.lockStats([climber]);
    await points.apply(climber, 50_000, day);
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM leaderboard_entries WHERE xmin::text::bigint = x)::int AS entries,
              (SELECT count(*) FROM leaderboard_scores WHERE xmin::text::bigint = x)::int AS scores,
              (SELECT count(*) FROM leaderboard_blocks WHERE xmin::text::bigint = x)::int AS blocks
         FROM (SELECT txid_current() % 4294967296 AS x) t`,
    );
    return row;
  });
  const climbed = await repo.entryOf('all', climber);
  console.log(
    `\none member to a new top score (rank ${climbed.rank} all time): ${written.entries} entry, ${written.scores} score and ${written.blocks} block rows written (3 boards)`,
  );

  for (const t of ['leaderboard_entries', 'leaderboard_scores', 'leaderboard_blocks'])
    await ds.query(`VACUUM ANALYZE ${t}`);
  const board = await service.board('all');
  const [middle] = await ds.query(
    `SELECT member_id AS "memberId" FROM leaderboard_entries WHERE period = 'all'
      ORDER BY -points, member_id OFFSET $1 LIMIT 1`,
    [Math.floor(board.memberCount / 2)],
  );
  const [last] = await ds.query(
    `SELECT member_id AS "memberId" FROM leaderboard_entries WHERE period = 'all'
      ORDER BY -points DESC, member_id DESC LIMIT 1`,
  );
  const deep = await repo.entryOf('all', middle.memberId);
  const lastRow = await repo.entryOf('all', last.memberId);
  const deepCursor = encodeCursor([String(deep.points), deep.memberId]);
  const viewers = await sample(READ_RUNS);
  const weekBoard = await service.board('week');
  let v = 0;
  const reads = {
    [`viewer's own entry, random members`]: () =>
      service.entryOf(board, viewers[v++ % viewers.length]),
    [`viewer's own entry, the last (rank ${lastRow.rank})`]: () =>
      service.entryOf(board, lastRow.memberId),
    'top 20, this week': () => service.entries(weekBoard, { first: 20 }),
    'top 20, all time': () => service.entries(board, { first: 20 }),
    [`20 from the middle (rank ${deep.rank})`]: () =>
      service.entries(board, { first: 20, after: deepCursor }),
    'board header (size), all time': () => service.board('all'),
  };
  console.log(
    `\nread (all-time board: ${board.memberCount} members)       runs   p50 ms   p95 ms   p99 ms`,
  );
  for (const [label, fn] of Object.entries(reads)) {
    for (let i = 0; i < 20; i++) await fn();
    const times = [];
    for (let i = 0; i < READ_RUNS; i++) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(46)} ${String(READ_RUNS).padStart(5)} ${ms(pct(times, 0.5))} ${ms(pct(times, 0.95))} ${ms(pct(times, 0.99))}`,
    );
  }

  // The viewer's own entry as PostgreSQL times it (its execution, without the client and the
  // machine's other load between statements), for the same random members.
  const captureSql = async (call) => {
    let captured = null;
    await call(
      new LeaderboardsRepository({
        query: async (sql, params) => ((captured = [sql, params]), []),
      }),
    );
    return captured;
  };
  const server = [];
  for (const id of viewers) {
    const [sql, params] = await captureSql((r) => r.entryOf('all', id));
    const plan = (await ds.query(`EXPLAIN (ANALYZE, TIMING OFF) ${sql}`, params)).map(
      (r) => r['QUERY PLAN'],
    );
    server.push(Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))[1]));
  }
  server.sort((a, b) => a - b);
  console.log(
    `${"viewer's own entry, random, in PostgreSQL".padEnd(46)} ${String(server.length).padStart(5)} ${ms(pct(server, 0.5))} ${ms(pct(server, 0.95))} ${ms(pct(server, 0.99))}`,
  );

  // The plans, as the repository sends them.
  const explain = async (call) => {
    const captured = await captureSql(call);
    return (await ds.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${captured[0]}`, captured[1]))
      .map((r) => r['QUERY PLAN'])
      .join('\n');
  };
  console.log(
    `\nthe last member's own entry:\n${await explain((r) => r.entryOf('all', lastRow.memberId))}`,
  );
  console.log(
    `\nmiddle page:\n${await explain((r) => r.page('all', { points: deep.points, memberId: deep.memberId }, 21))}`,
  );
} finally {
  await ds.destroy();
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
