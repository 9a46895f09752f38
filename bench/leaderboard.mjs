// Leaderboard benchmark: fills a database with members and their points totals, then times the
// refresh job's SQL (each board rebuilt as the job does it) and the reads the api serves.
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
import { PointsRepository } from '../api/dist/modules/points/points.repository.js';
import { LeaderboardsRepository } from '../api/dist/modules/leaderboards/leaderboards.repository.js';
import { LeaderboardsService } from '../api/dist/modules/leaderboards/leaderboards.service.js';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const REFRESH_RUNS = Number(process.env.BENCH_REFRESH_RUNS ?? 3);
const READ_RUNS = Number(process.env.BENCH_READ_RUNS ?? 50);
const BATCH = 100_000;
const PERIODS = ['week', 'month', 'all'];

const seconds = (ms) => (ms / 1000).toFixed(1);
Logger.overrideLogger(false);

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

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
  const points = new PointsRepository(db);
  const repo = new LeaderboardsRepository(db);
  const service = new LeaderboardsService(db, repo, points, null);
  const { week, month } = await points.today();
  const sources = { week: `week:${week}`, month: `month:${month}`, all: 'all' };

  // Members (1 in 100 suspended), everyone with all-time points (most near the 100 for joining,
  // a long tail up to 20,000: many ties), 40% with points this month and 15% this week.
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
  await runner.query(
    `INSERT INTO period_points (period, member_id, points)
     SELECT 'all', id, 100 + floor(20000 * random() ^ 6)::int FROM members`,
  );
  await runner.query(
    `INSERT INTO period_points (period, member_id, points)
     SELECT $1, id, 1 + floor(2000 * random() ^ 5)::int FROM members WHERE random() < 0.4`,
    [sources.month],
  );
  await runner.query(
    `INSERT INTO period_points (period, member_id, points)
     SELECT $1, p.member_id, least(p.points, 1 + floor(500 * random() ^ 5)::int)
       FROM period_points p WHERE p.period = $2 AND random() < 0.375`,
    [sources.week, sources.month],
  );
  await runner.release();
  await ds.query('VACUUM ANALYZE members');
  await ds.query('VACUUM ANALYZE period_points');
  const counts = await ds.query(
    `SELECT period, count(*)::int AS n, count(DISTINCT points)::int AS d FROM period_points GROUP BY period`,
  );
  console.log(
    `Inserted ${MEMBERS} members and ${counts.reduce((s, c) => s + c.n, 0)} period totals in ${seconds(performance.now() - started)} s`,
  );
  for (const c of counts) console.log(`  ${c.period.padEnd(16)} ${c.n} members, ${c.d} scores`);

  // One board rebuilt exactly as the job does it: its own transaction, behind the lock.
  const rebuild = async (period) => {
    const t0 = performance.now();
    const r = await service.refreshBoard(period, sources[period]);
    return { ms: performance.now() - t0, ...r };
  };
  // A minute of activity: 1% of the members earn a few points this week (and so this month and
  // all time), which moves many dense ranks below them.
  const activity = () =>
    ds.query(
      `WITH lucky AS (SELECT id FROM members TABLESAMPLE BERNOULLI (1)),
            gain AS (SELECT id, 1 + floor(30 * random())::int AS pts FROM lucky)
       INSERT INTO period_points (period, member_id, points)
       SELECT p, id, pts FROM gain, unnest(ARRAY['all', $1, $2]) AS p
       ON CONFLICT (period, member_id) DO UPDATE SET points = period_points.points + EXCLUDED.points`,
      [sources.week, sources.month],
    );

  console.log(
    '\nrefresh job, per board        ms   members   scores   members written   scores written',
  );
  const show = (label, period, r) =>
    console.log(
      `${`${label} ${period}`.padEnd(24)} ${r.ms.toFixed(0).padStart(7)} ${String(r.memberCount).padStart(9)} ${String(r.scores).padStart(8)} ${String(r.membersWritten + r.membersRemoved).padStart(17)} ${String(r.scoresWritten).padStart(16)}`,
    );
  const jobTimes = { cold: [], unchanged: [], activity: [] };
  let total = 0;
  for (const period of PERIODS) {
    const r = await rebuild(period);
    total += r.ms;
    show('first build', period, r);
  }
  jobTimes.cold.push(total);
  for (let i = 0; i < REFRESH_RUNS; i++) {
    total = 0;
    for (const period of PERIODS) {
      const r = await rebuild(period);
      total += r.ms;
      if (i === 0) show('no change', period, r);
    }
    jobTimes.unchanged.push(total);
  }
  for (let i = 0; i < REFRESH_RUNS; i++) {
    await activity();
    total = 0;
    for (const period of PERIODS) {
      const r = await rebuild(period);
      total += r.ms;
      if (i === 0) show('after activity', period, r);
    }
    jobTimes.activity.push(total);
  }
  console.log('\nwhole job (3 boards)          runs   p50 ms   max ms');
  for (const [k, v] of Object.entries(jobTimes)) {
    v.sort((a, b) => a - b);
    console.log(
      `${k.padEnd(28)} ${String(v.length).padStart(5)} ${pct(v, 0.5).toFixed(0).padStart(8)} ${v[v.length - 1].toFixed(0).padStart(8)}`,
    );
  }
  await ds.query('VACUUM ANALYZE leaderboard_entries');
  await ds.query('VACUUM ANALYZE leaderboard_ranks');

  // Reads, through the service the resolvers call.
  const size = (await repo.refreshOf('all')).memberCount;
  const [middle] = await ds.query(
    `SELECT member_id AS "memberId" FROM leaderboard_entries WHERE period = 'all'
      ORDER BY -points, member_id OFFSET $1 LIMIT 1`,
    [Math.floor(size / 2)],
  );
  const [last] = await ds.query(
    `SELECT member_id AS "memberId" FROM leaderboard_entries WHERE period = 'all'
      ORDER BY -points DESC, member_id DESC LIMIT 1`,
  );
  const deep = await repo.entryOf('all', middle.memberId);
  const lastRow = await repo.entryOf('all', last.memberId);
  const deepCursor = encodeCursor([String(deep.points), deep.memberId]);
  const reads = {
    'top 20, this week': () => service.entries('week', { first: 20 }),
    'top 20, all time': () => service.entries('all', { first: 20 }),
    [`20 from the middle (rank ${deep.rank})`]: () =>
      service.entries('all', { first: 20, after: deepCursor }),
    [`viewer's entry (rank ${lastRow.rank})`]: () => service.entryOf('all', lastRow.memberId),
    'board (refreshedAt, size)': () => service.board('all'),
  };
  console.log(`\nread (all-time board: ${size} members)   p50 ms   p95 ms`);
  const timeReads = async (fn) => {
    const times = [];
    for (let i = 0; i < READ_RUNS; i++) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b);
  };
  for (const [label, fn] of Object.entries(reads)) {
    const times = await timeReads(fn);
    console.log(
      `${label.padEnd(38)} ${pct(times, 0.5).toFixed(1).padStart(8)} ${pct(times, 0.95).toFixed(1).padStart(8)}`,
    );
  }

  // Readers are never blocked by a refresh: the middle page again while one rebuilds the boards.
  await activity();
  let refreshing = true;
  const during = service.refresh().finally(() => (refreshing = false));
  const times = [];
  while (refreshing) {
    const t0 = performance.now();
    await service.entries('all', { first: 20, after: deepCursor });
    times.push(performance.now() - t0);
  }
  await during;
  times.sort((a, b) => a - b);
  console.log(
    `${'20 from the middle, during a refresh'.padEnd(38)} ${pct(times, 0.5).toFixed(1).padStart(8)} ${pct(times, 0.95).toFixed(1).padStart(8)}   (${times.length} reads)`,
  );

  // The plan of the middle page, as the repository sends it.
  let captured = null;
  await new LeaderboardsRepository({
    query: async (sql, params) => ((captured = [sql, params]), []),
  }).page('all', { points: deep.points, memberId: deep.memberId }, 21);
  const plan = (await ds.query(`EXPLAIN ${captured[0]}`, captured[1]))
    .map((r) => r['QUERY PLAN'])
    .join('\n');
  console.log(
    `\nmiddle page ${plan.includes('leaderboard_entries_order_idx') ? 'reads leaderboard_entries_order_idx' : 'does NOT use the order index'}:\n${plan}`,
  );
} finally {
  await ds.destroy();
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
