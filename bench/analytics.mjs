// Loyalty analytics at community scale: a full recompute (the daily rollup rebuilt from the
// activity stream, the dashboard's rollups, every member's engagement and figures, every
// month's levels) and an incremental one, then the moderators' dashboard over GraphQL.
//
//   npm run bench:analytics                       # 100,000 members, 10,000,000 activities
//   BENCH_MEMBERS=20000 BENCH_ACTIVITIES=2000000 npm run bench:analytics
//
// The stream is made in SQL (generate_series): a year of activity, members' shares skewed
// (a few very active, a long quiet tail), actions mixed as a community's are (visits and
// reactions most, posts and check-ins few), contents in 10 spaces. Questions with answers and
// NPS answers are added so every rollup has rows. Targets: full recompute ≤ 60 s on 2 cores,
// dashboard p95 ≤ 200 ms.
import { performance } from 'node:perf_hooks';
import { Logger } from '@nestjs/common';
import { cpuClock, machine, startApi } from './support/api.mjs';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 10_000_000);
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 20_000);
const NPS_ANSWERS = Number(process.env.BENCH_NPS ?? 20_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const CHUNK = 1_000_000;
const TARGET_FULL_S = 60;
const TARGET_P95_MS = 200;

Logger.overrideLogger(false);
const pct = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
};
const secs = (ms) => (ms / 1000).toFixed(1);

// Actions and their shares of the stream (cumulative bounds over 0–1000).
const MIX = [
  ['visit_day', 'day', 380],
  ['reaction_given', 'post', 220],
  ['reaction_received', 'post', 220],
  ['comment_created', 'comment', 80],
  ['post_created', 'post', 30],
  ['idea_voted', 'idea', 25],
  ['event_rsvped', 'event', 10],
  ['event_attended', 'event', 8],
  ['event_no_show', 'event', 2],
  ['survey_answered', 'survey', 10],
  ['best_answer_received', 'comment', 5],
  ['idea_submitted', 'idea', 5],
  ['joined', 'member', 5],
];
let bound = 0;
const actionCase = MIX.map(([action, subject, share]) => {
  bound += share;
  return `WHEN a < ${bound} THEN '${action}|${subject}'`;
}).join(' ');
const SPACED = ['reaction_given', 'reaction_received', 'comment_created', 'post_created'];

const api = await startApi();
const log = (...args) => console.log(...args);
try {
  const { Db } = await import('../api/dist/core/database/db.js');
  const { AuthService } = await import('../api/dist/modules/auth/auth.service.js');
  const { AnalyticsRuns } = await import('../api/dist/modules/analytics/analytics-runs.service.js');
  const { AnalyticsComputation } =
    await import('../api/dist/modules/analytics/analytics-computation.service.js');
  const { Jobs } = await import('../api/dist/core/jobs/jobs.js');
  const { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } = await import('@kizuna/shared');
  const db = api.app.get(Db);
  const runs = api.app.get(AnalyticsRuns);
  const computation = api.app.get(AnalyticsComputation);
  await api.app.get(Jobs).idle();
  const clock = await cpuClock((sql) => db.query(sql));

  log(`machine: ${await machine()}`);
  // BENCH_REUSE=1 with DATABASE_URL: a database seeded by an earlier run is used as it is.
  const [{ n: seededMembers }] = await db.query(
    `SELECT count(*)::int AS n FROM members WHERE handle LIKE 'bench\\_%'`,
  );
  if (!(process.env.BENCH_REUSE === '1' && seededMembers >= MEMBERS)) await seed();
  async function seed() {
    log(
      `seeding ${MEMBERS.toLocaleString('en')} members, ${ACTIVITIES.toLocaleString('en')} activities…`,
    );
    const started = performance.now();
    await db.query(
      `INSERT INTO spaces (slug, name_ja, name_en)
     SELECT 'bench-' || i, 'ベンチ ' || i, 'Bench ' || i FROM generate_series(1, 10) i`,
    );
    await db.query(
      `INSERT INTO members (email, handle, display_name, password_hash, joined_at)
     SELECT 'bench' || i || '@example.test', 'bench_' || i, 'ベンチ ' || i, 'x',
            now() - (random() * 730) * interval '1 day'
       FROM generate_series(1, $1) i`,
      [MEMBERS],
    );
    await db.query(
      `CREATE TABLE bench_members AS
       SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM members WHERE handle LIKE 'bench\\_%'`,
    );
    await db.query(`ALTER TABLE bench_members ADD PRIMARY KEY (n)`);
    await db.query(
      `CREATE TABLE bench_spaces AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM spaces`,
    );
    // The stream's indexes are dropped while it fills and built again after (much faster than
    // keeping them up row by row); the computation then reads the stream as the api keeps it.
    const constraints = await db.query(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'member_activity'::regclass AND contype = 'u'`,
    );
    const indexes = await db.query(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes
      WHERE tablename = 'member_activity' AND indexname <> 'member_activity_pkey'
        AND indexname <> ALL($1)`,
      [constraints.map((c) => c.name)],
    );
    for (const c of constraints)
      await db.query(`ALTER TABLE member_activity DROP CONSTRAINT ${c.name}`);
    for (const i of indexes) await db.query(`DROP INDEX ${i.name}`);
    for (let from = 0; from < ACTIVITIES; from += CHUNK) {
      const to = Math.min(ACTIVITIES, from + CHUNK);
      // Member n = ⌊N·u³⌋: the first members are far more active than the last.
      await db.query(
        `INSERT INTO member_activity
         (member_id, action, subject_type, subject_id, space_id, occurred_at)
       SELECT m.id, split_part(r.kind, '|', 1), split_part(r.kind, '|', 2), 'b' || r.i,
              CASE WHEN split_part(r.kind, '|', 1) = ANY($4) THEN s.id END,
              now() - r.age * interval '1 day'
         FROM (SELECT i, CASE ${actionCase} END AS kind, age, mn, sn
                 FROM (SELECT i, floor(random() * 1000) AS a, random() * 365 AS age,
                              floor($3 * power(random(), 3))::int AS mn,
                              floor(random() * 10)::int AS sn
                         FROM generate_series($1::bigint, $2::bigint - 1) i) x) r
         JOIN bench_members m ON m.n = r.mn
         JOIN bench_spaces s ON s.n = r.sn`,
        [from, to, MEMBERS, SPACED],
      );
      process.stdout.write(`  ${to.toLocaleString('en')} activities\r`);
    }
    log('');
    for (const c of constraints)
      await db.query(`ALTER TABLE member_activity ADD CONSTRAINT ${c.name} ${c.def}`);
    for (const i of indexes) await db.query(i.def);
    // Questions, each answered by another member (some never), and NPS answers over the year.
    await db.query(
      `INSERT INTO posts (space_id, author_id, kind, title, body, body_html, excerpt, search_text,
                        search_grams, created_at, last_activity_at)
     SELECT s.id, m.id, 'question', 'Q' || i, 'body', '<p>body</p>', 'body', 'body', '{}',
            now() - random() * 365 * interval '1 day', now()
       FROM generate_series(1, $1) i
       JOIN bench_members m ON m.n = i % $2
       JOIN bench_spaces s ON s.n = i % 10`,
      [QUESTIONS, MEMBERS],
    );
    await db.query(
      `INSERT INTO comments (post_id, author_id, body, body_html, search_text, search_grams, created_at)
     SELECT p.id, m.id, 'answer', '<p>answer</p>', 'answer', '{}',
            p.created_at + random() * 48 * interval '1 hour'
       FROM posts p JOIN bench_members m ON m.n = (abs(hashtext(p.id::text)) % $1)
      WHERE p.kind = 'question' AND random() < 0.8 AND m.id <> p.author_id`,
      [MEMBERS],
    );
    const [{ id: surveyId }] = await db.query(
      `INSERT INTO surveys (title_ja, published_at, opens_at) VALUES ('NPS', now() - interval '1 year', now() - interval '1 year') RETURNING id`,
    );
    await db.query(
      `INSERT INTO survey_responses (survey_id, member_id, source, submitted, answered_at, nps_score, nps_class)
     SELECT $1, m.id, 'in_app', true, now() - random() * 365 * interval '1 day', sc,
            CASE WHEN sc >= 9 THEN 'promoter' WHEN sc >= 7 THEN 'passive' ELSE 'detractor' END
       FROM (SELECT i, floor(random() * 11)::int AS sc FROM generate_series(1, $2) i) x
       JOIN bench_members m ON m.n = x.i % $3`,
      [surveyId, NPS_ANSWERS, MEMBERS],
    );
    await db.query(`DROP TABLE bench_members`);
    await db.query(`DROP TABLE bench_spaces`);
    await db.query(`VACUUM ANALYZE`);
    log(`seeded in ${secs(performance.now() - started)} s`);
  }

  // The full recompute, step by step.
  const timed = async (kind) => {
    const run = await runs.start(kind, null);
    if (!run) throw new Error('a run is already running');
    const steps = [];
    let last = performance.now();
    const t0 = last;
    const cpu0 = clock();
    await computation.run(kind, run.asOf, async (done, total) => {
      const now = performance.now();
      steps.push(((now - last) / 1000).toFixed(1));
      last = now;
      await db.query(`UPDATE analytics_runs SET progress = $2 WHERE id = $1`, [
        run.id,
        done / total,
      ]);
    });
    await db.query(
      `UPDATE analytics_runs SET status = 'done', finished_at = now(), progress = 1 WHERE id = $1`,
      [run.id],
    );
    const cpu1 = clock();
    return {
      seconds: (performance.now() - t0) / 1000,
      steps,
      cpu: cpu1.database == null ? '–' : secs(cpu1.database - cpu0.database),
    };
  };
  const full = await timed('full');
  const [{ n: dailyRows }] = await db.query(`SELECT count(*)::int AS n FROM activity_daily`);
  const [{ n: loyaltyRows }] = await db.query(`SELECT count(*)::int AS n FROM member_loyalty`);
  const incremental = await timed('incremental');

  // The dashboard, as a moderator's browser asks for it.
  const [{ id: modId }] = await db.query(
    `INSERT INTO members (email, handle, display_name, password_hash, role)
     VALUES ('bench-mod@example.test', 'bench_mod', 'モデレーター', 'x', 'moderator')
     ON CONFLICT (handle) DO UPDATE SET role = 'moderator' RETURNING id`,
  );
  const [moderator] = await db.query(`SELECT * FROM members WHERE id = $1`, [modId]);
  const { token } = await api.app.get(AuthService).startSession(
    { ...moderator, role: 'moderator', status: 'active' },
    {
      ip: '127.0.0.1',
      userAgent: 'bench',
    },
  );
  const csrf = 'bench-csrf-token-0123456789';
  const headers = {
    'content-type': 'application/json',
    cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrf}`,
    [CSRF_HEADER]: csrf,
  };
  const [{ today, spaceId }] = await db.query(
    `SELECT (now() AT TIME ZONE (SELECT timezone FROM community_settings))::date::text AS today,
            (SELECT id FROM spaces ORDER BY slug LIMIT 1) AS "spaceId"`,
  );
  const dayBefore = (n) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - n);
    return d.toISOString().slice(0, 10);
  };
  const query = `query($from: String!, $to: String!, $spaceId: ID) {
    analyticsDashboard(from: $from, to: $to, spaceId: $spaceId) {
      from to timeZone computedAt membersTotal membersNew stickiness
      activity { day dau wau mau posts comments }
      questions { asked answered answeredShare medianFirstAnswerMinutes }
      events { seats attended noShows attendanceRate noShowRate }
      npsTrend { period nps responses }
      tiers { tier count }
      tierFlow { month from to count }
      cohorts { month size retained }
      topContributors { memberId engagementScore engagementTier member { handle displayName } }
      matrix { asOf customers cells { cell count share } }
      rfm { segment count share }
    } }`;
  const ask = async (variables) => {
    const t0 = performance.now();
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { ms: performance.now() - t0, body };
  };
  const ranges = [
    ['30 days', { from: dayBefore(29), to: today }],
    ['90 days', { from: dayBefore(89), to: today }],
    ['366 days', { from: dayBefore(365), to: today }],
    ['90 days, one space', { from: dayBefore(89), to: today, spaceId }],
  ];
  const dashboard = [];
  const sample = (await ask(ranges[1][1])).body.data.analyticsDashboard;
  for (const [name, variables] of ranges) {
    for (let i = 0; i < 5; i++) await ask(variables);
    const times = [];
    for (let i = 0; i < REQUESTS; i++) times.push((await ask(variables)).ms);
    dashboard.push({ name, p50: pct(times, 0.5), p95: pct(times, 0.95), max: Math.max(...times) });
  }

  log('');
  log(
    `${MEMBERS.toLocaleString('en')} members, ${ACTIVITIES.toLocaleString('en')} activities → ` +
      `${dailyRows.toLocaleString('en')} daily rollup rows, ${loyaltyRows.toLocaleString('en')} members scored`,
  );
  log(
    `full recompute:        ${full.seconds.toFixed(1)} s (target ≤ ${TARGET_FULL_S} s) ${full.seconds <= TARGET_FULL_S ? 'OK' : 'MISSED'}` +
      `  steps [the rollup, the others (on two connections) by when each ended, the flows] ${full.steps.join(' / ')} s, database CPU ${full.cpu} s`,
  );
  log(
    `incremental recompute: ${incremental.seconds.toFixed(1)} s  steps ${incremental.steps.join(' / ')} s`,
  );
  log('');
  log('| dashboard range      | p50 ms | p95 ms | max ms | target p95 |');
  log('| -------------------- | ------ | ------ | ------ | ---------- |');
  for (const d of dashboard)
    log(
      `| ${d.name.padEnd(20)} | ${d.p50.toFixed(1).padStart(6)} | ${d.p95.toFixed(1).padStart(6)} | ${d.max.toFixed(1).padStart(6)} | ≤ ${TARGET_P95_MS} ${d.p95 <= TARGET_P95_MS ? 'OK' : 'MISSED'} |`,
    );
  log('');
  log(
    `90 days: DAU today ${sample.activity.at(-1).dau}, MAU ${sample.activity.at(-1).mau}, stickiness ${sample.stickiness?.toFixed(3)}, ` +
      `questions ${sample.questions.asked} (${((sample.questions.answeredShare ?? 0) * 100).toFixed(0)}% answered, median ${sample.questions.medianFirstAnswerMinutes?.toFixed(0)} min), ` +
      `tiers ${sample.tiers.map((t) => `${t.tier} ${t.count}`).join(', ')}`,
  );
} finally {
  await api.stop();
}
