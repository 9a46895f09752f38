// The activity pipeline below GraphQL: activities recorded (with their outbox rows) → the
// dispatcher → every consumer (points, badges, missions) → ledger awards, measured end to end,
// beside a bare INSERT … ON CONFLICT of the same ledger rows.
//
//   npm run bench:activity                    # 10,000 members, 10,000 activities per run
//   BENCH_MEMBERS=2000 BENCH_ACTIVITIES=4000 npm run bench:activity
//
// Two ways activities arrive: in bulk (one transaction, as an event's check-in list or an
// import would write them) and from 50 concurrent writers (one activity per transaction, as
// requests write them). Each activity is a member's post, earning points. Members have posted
// once before the runs (so first-post badges and onboarding steps are behind them, as in a
// community that has been going a while) and post once per run, under the daily cap of 3. At
// the end every activity must have exactly one award.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { cpuClock, machine, startApi } from './support/api.mjs';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 10_000);
const WRITERS = 50;
const TARGET = 2_000;
/** "Normal load": activities per second arriving steadily from the writers, for the lag. */
const STEADY_RATE = Number(process.env.BENCH_STEADY_RATE ?? 500);
const STEADY_SECONDS = 5;

const pct = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
};

const api = await startApi();
try {
  const { Db } = await import('../api/dist/core/database/db.js');
  const { OutboxDispatcher } = await import('../api/dist/core/domain-events/outbox-dispatcher.js');
  const { ActivityService } = await import('../api/dist/modules/activity/activity.service.js');
  const { ActivityRules } = await import('../api/dist/modules/activity/activity.rules.js');
  const db = api.app.get(Db);
  const activity = api.app.get(ActivityService);
  const dispatcher = api.app.get(OutboxDispatcher);
  const clock = await cpuClock((sql) => db.query(sql));
  /** CPU ms per activity (api, PostgreSQL) since `from`, a reading of `clock`. */
  const cpuPer = (from, n) => {
    const now = clock();
    const per = (a, b) => (a == null || b == null ? '–' : ((b - a) / n).toFixed(2));
    return { api: per(from.api, now.api), database: per(from.database, now.database) };
  };

  const [{ id: spaceId }] = await db.query(
    `INSERT INTO spaces (slug, name_ja, name_en) VALUES ('bench', 'ベンチ', 'Bench') RETURNING id`,
  );
  const members = (
    await db.query(
      `INSERT INTO members (email, handle, display_name, password_hash)
       SELECT 'bench' || i || '@example.test', 'bench_' || i, 'ベンチ ' || i, 'x'
         FROM generate_series(1, $1) i ORDER BY i RETURNING id`,
      [MEMBERS],
    )
  ).map((r) => r.id);
  const posts = (n) =>
    Array.from({ length: n }, (_, i) =>
      ActivityRules.postCreated({
        postId: randomUUID(),
        authorId: members[i % members.length],
        spaceId,
      }),
    );

  // One more member, for counting statements.
  const [{ id: extra }] = await db.query(
    `INSERT INTO members (email, handle, display_name, password_hash)
     VALUES ('extra@example.test', 'bench_extra', 'ベンチ', 'x') RETURNING id`,
  );

  // Every member's first post, before the measured runs.
  await activity.recordAll(posts(MEMBERS).flatMap((c) => c.record));
  await dispatcher.idle();

  // How much an activity adds to the transaction that records it (counting only statements
  // on that transaction's connection: the dispatcher runs meanwhile).
  let statements = 0;
  const query = db.query.bind(db);
  await db.transaction(async () => {
    const mine = db.manager;
    db.query = (...args) => (db.manager === mine && statements++, query(...args));
    await activity.apply(
      ActivityRules.postCreated({ postId: randomUUID(), authorId: extra, spaceId }),
    );
  });
  db.query = query;
  await dispatcher.idle();

  const lagSince = async (sinceId) =>
    (
      await db.query(
        `SELECT extract(epoch FROM delivered_at - created_at) * 1000 AS ms FROM outbox
          WHERE id > $1 AND event = 'activity.changed' AND delivered_at IS NOT NULL`,
        [sinceId],
      )
    ).map((r) => Number(r.ms));
  const lastOutboxId = async () =>
    (await db.query(`SELECT coalesce(max(id), 0)::text AS id FROM outbox`))[0].id;

  // --- Bulk: one transaction of ACTIVITIES, then delivery.
  const bulk = posts(ACTIVITIES);
  let since = await lastOutboxId();
  let cpu = clock();
  let started = performance.now();
  await activity.recordAll(bulk.flatMap((c) => c.record));
  await dispatcher.idle();
  const bulkSeconds = (performance.now() - started) / 1000;
  const bulkCpu = cpuPer(cpu, ACTIVITIES);
  const bulkLag = await lagSince(since);

  // --- 50 writers, one activity per transaction.
  const single = posts(ACTIVITIES);
  since = await lastOutboxId();
  cpu = clock();
  started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < single.length) await activity.apply(single[next++]);
    }),
  );
  await dispatcher.idle();
  const concurrentSeconds = (performance.now() - started) / 1000;
  const concurrentCpu = cpuPer(cpu, ACTIVITIES);
  const concurrentLag = await lagSince(since);

  // --- Normal load: a steady STEADY_RATE a second, for the lag from commit to delivery.
  const steady = posts(STEADY_RATE * STEADY_SECONDS);
  since = await lastOutboxId();
  const startedSteady = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = w; i < steady.length; i += WRITERS) {
        const due = startedSteady + (i / STEADY_RATE) * 1000;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        await activity.apply(steady[i]);
      }
    }),
  );
  await dispatcher.idle();
  const steadyLag = await lagSince(since);

  // --- Exactly once: one award per activity, counters to match.
  // (Past the daily cap an award counts with 0 points: its state row exists, no ledger row.)
  const [{ awards, sources }] = await db.query(
    `SELECT count(*)::int AS awards, count(DISTINCT source)::int AS sources FROM point_awards
      WHERE rule = 'post_created' AND active`,
  );
  const [{ posted }] = await db.query(`SELECT sum(posts)::int AS posted FROM member_stats`);
  const expected = MEMBERS + 2 * ACTIVITIES + STEADY_RATE * STEADY_SECONDS + 1;

  // --- The bare baseline: the same ledger rows, without any of the pipeline.
  await db.query(`CREATE TABLE bench_ledger (LIKE point_ledger INCLUDING ALL)`);
  const rows = (
    await db.query(`SELECT member_id, rule, source, entry, points, day FROM point_ledger`)
  ).slice(0, ACTIVITIES);
  started = performance.now();
  await db.query(
    `INSERT INTO bench_ledger (member_id, rule, source, entry, points, day)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::date[])
     ON CONFLICT DO NOTHING`,
    [
      rows.map((r) => r.member_id),
      rows.map((r) => r.rule),
      rows.map((r) => r.source),
      rows.map((r) => r.entry),
      rows.map((r) => r.points),
      rows.map((r) => r.day),
    ],
  );
  const bareBulkSeconds = (performance.now() - started) / 1000;
  await db.query(`TRUNCATE bench_ledger`);
  started = performance.now();
  next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < rows.length) {
        const r = rows[next++];
        await db.query(
          `INSERT INTO bench_ledger (member_id, rule, source, entry, points, day)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [r.member_id, r.rule, r.source, r.entry, r.points, r.day],
        );
      }
    }),
  );
  const bareConcurrentSeconds = (performance.now() - started) / 1000;

  const rate = (n, s) => Math.round(n / s);
  console.log(await machine());
  console.log(
    `${MEMBERS.toLocaleString('en')} members; ${ACTIVITIES.toLocaleString('en')} activities per run; ` +
      `consumers: points, badges, missions\n`,
  );
  console.table([
    {
      arrival: 'bulk (one transaction)',
      'pipeline /s': rate(ACTIVITIES, bulkSeconds),
      'bare INSERT /s': rate(ACTIVITIES, bareBulkSeconds),
      ratio: (bareBulkSeconds / bulkSeconds).toFixed(2),
      'lag p50 ms': pct(bulkLag, 0.5).toFixed(0),
      'lag p95 ms': pct(bulkLag, 0.95).toFixed(0),
      'api CPU ms': bulkCpu.api,
      'PG CPU ms': bulkCpu.database,
    },
    {
      arrival: `${WRITERS} concurrent writers`,
      'pipeline /s': rate(ACTIVITIES, concurrentSeconds),
      'bare INSERT /s': rate(ACTIVITIES, bareConcurrentSeconds),
      ratio: (bareConcurrentSeconds / concurrentSeconds).toFixed(2),
      'lag p50 ms': pct(concurrentLag, 0.5).toFixed(0),
      'lag p95 ms': pct(concurrentLag, 0.95).toFixed(0),
      'api CPU ms': concurrentCpu.api,
      'PG CPU ms': concurrentCpu.database,
    },
    {
      arrival: `steady ${STEADY_RATE}/s for ${STEADY_SECONDS} s (normal load)`,
      'pipeline /s': '',
      'bare INSERT /s': '',
      ratio: '',
      'lag p50 ms': pct(steadyLag, 0.5).toFixed(0),
      'lag p95 ms': pct(steadyLag, 0.95).toFixed(0),
      'api CPU ms': '',
      'PG CPU ms': '',
    },
  ]);
  console.log(
    `statements an activity adds to its transaction: ${statements} (target ≤ 3)\n` +
      `exactly once: ${awards === expected && sources === expected && posted === expected ? 'yes' : 'NO'} ` +
      `(${awards} awards, ${sources} sources, ${posted} posts counted for ${expected} activities)\n` +
      `target: ≥ ${TARGET.toLocaleString('en')} activities/s both ways; lag p95 ≤ 100 ms under normal load ` +
      `(the bulk and concurrent lags are how long the last of a backlog waits)\n` +
      `CPU ms: per activity, recorded and delivered, by the api's process and by PostgreSQL's`,
  );
} finally {
  await api.stop();
}
