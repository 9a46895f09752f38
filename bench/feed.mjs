// The signed-in home feed beside a bare handler: the api serves the feed query (latest and
// popular) at 50 connections, then a bare node:http + pg server runs, per request, the very
// statements the api ran for one such request (captured from the driver), on a pool of the same
// size. Both are driven by the same load generator in a worker thread; the ratio of their rates
// is the figure that matters (absolute rates drift with the machine's load). The two take turns,
// BENCH_ROUNDS times each, so that a slower stretch of the machine does not fall on one of them
// only; each figure printed is the median of its rounds, and every round's ratio is shown. Each
// first runs once uncounted, as a warm-up (its ratio is shown apart).
//
// Then the same feed as a visitor without an account sees it (the community visible to
// visitors), served from the anonymous feed cache (VISITOR_FEED_TTL_SECONDS), beside the
// signed-in rate measured just before it: the target is at least twice the signed-in rate.
//
//   npm run bench:feed                          # 100,000 members, 1,000,000 posts
//   BENCH_MEMBERS=10000 BENCH_POSTS=100000 npm run bench:feed
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { client, inWorker, measure } from './support/load.mjs';

// Libraries (graphql-js, express) run as they do in production.
process.env.NODE_ENV ??= 'production';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** Each figure of the runs, their median. */
const median = (runs) => {
  const mid = (get) => runs.map(get).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const cost = (key) => mid((r) => r.cost[key]);
  return {
    rate: mid((r) => r.rate),
    p50: mid((r) => r.p50),
    p99: mid((r) => r.p99),
    cost: {
      server: cost('server'),
      database: cost('database'),
      client: cost('client'),
      idle: cost('idle'),
      other: cost('other'),
    },
  };
};

const FEED = `query Posts($first: Int!, $after: String, $sort: FeedSort!) {
  posts(first: $first, after: $after, sort: $sort) {
    nodes { id kind title excerpt tags createdAt lastActivityAt editedAt pinnedAt lockedAt hiddenAt
      solved commentCount reactionCount
      reactions { kind emoji count viewerReacted }
      author { id handle displayName avatarUrl role rank { id nameJa nameEn color icon position } }
      space { id slug nameJa nameEn icon color } }
    pageInfo { hasNextPage endCursor } } }`;

/** The load generator: CONNECTIONS loops of keep-alive requests for SECONDS, after a warm-up. */
async function drive({ url, body, cookie, seconds }) {
  const { post, close } = client(url, CONNECTIONS);
  const send = () => post(body, cookie ? { cookie } : {});
  const result = await measure(CONNECTIONS, seconds, send);
  const bytes = await send();
  close();
  return { ...result, bytes };
}

if (!isMainThread) {
  parentPort.postMessage(await drive(workerData));
} else {
  const { cpuClock, machine, startApi, replayer, statementsOf } = await import('./support/api.mjs');
  const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
  const POSTS = Number(process.env.BENCH_POSTS ?? 1_000_000);
  const load = (data) => inWorker(new URL(import.meta.url), data);

  const api = await startApi();
  const pool = new pg.Pool({ connectionString: api.databaseUrl, max: 20 });
  let bare = null;
  try {
    const { AuthService } = await import('../api/dist/modules/auth/auth.service.js');
    const { SESSION_COOKIE, CSRF_COOKIE } = await import('@kizuna/shared');
    const { OutboxDispatcher } =
      await import('../api/dist/core/domain-events/outbox-dispatcher.js');
    const { CommunityService } = await import('../api/dist/modules/community/community.service.js');
    const started = performance.now();
    await pool.query(
      `INSERT INTO spaces (slug, name_ja, name_en, icon, color)
       SELECT 'bench-' || i, 'ベンチ ' || i, 'Bench ' || i, '☕', '#2f7d57' FROM generate_series(1, 10) i`,
    );
    await pool.query(
      `INSERT INTO members (email, handle, display_name, password_hash)
       SELECT 'bench' || i || '@example.test', 'bench_' || i, 'ベンチ ' || i, 'x'
         FROM generate_series(1, $1) i`,
      [MEMBERS],
    );
    await pool.query(
      `INSERT INTO member_stats (member_id, balance, lifetime)
       SELECT id, p, p FROM (SELECT id, (random() * 3000)::int AS p FROM members) m`,
    );
    // Posts over the last year, authors and spaces at random, engagement skewed as in life.
    for (let done = 0; done < POSTS; done += 100_000) {
      await pool.query(
        `WITH m AS (SELECT array_agg(id) AS ids FROM members),
              s AS (SELECT array_agg(id) AS ids FROM spaces)
         INSERT INTO posts (space_id, author_id, kind, title, body, body_html, excerpt, search_text,
                            search_grams, reaction_count, comment_count, view_count, created_at,
                            last_activity_at)
         SELECT s.ids[1 + (i % 10)], m.ids[1 + (i::bigint * 7919 % cardinality(m.ids))::int],
                CASE WHEN i % 4 = 0 THEN 'question' ELSE 'talk' END,
                'ベンチ投稿 ' || i, '本文 ' || i, '<p>本文 ' || i || '</p>', '本文 ' || i,
                'ベンチ投稿 本文', '{}', floor(power(random(), 4) * 60)::int,
                floor(power(random(), 4) * 30)::int, floor(random() * 500)::int, at, at
           FROM m, s, generate_series($1::int + 1, $1::int + $2::int) i,
                LATERAL (SELECT now() - random() * interval '365 days' AS at) t`,
        [done, Math.min(100_000, POSTS - done)],
      );
    }
    // Reactions on the newest posts, so the feed's reaction summaries have something to count.
    await pool.query(
      `INSERT INTO reactions (target_type, target_id, kind, member_id)
       SELECT 'post', p.id, k.key, m.id
         FROM (SELECT id FROM posts ORDER BY created_at DESC LIMIT 2000) p,
              (SELECT key FROM reaction_kinds ORDER BY position LIMIT 2) k,
              (SELECT id FROM members LIMIT 5) m`,
    );
    await pool.query(`VACUUM ANALYZE`);
    // The seed's writes are flushed now rather than during the first measured run.
    await pool.query(`CHECKPOINT`);
    const seeded = (performance.now() - started) / 1000;

    const [viewer] = (await pool.query(`SELECT id FROM members LIMIT 1`)).rows;
    const token = (
      await api.app
        .get(AuthService)
        .startSession(
          { id: viewer.id, role: 'member', status: 'active', locale: 'ja' },
          { ip: '127.0.0.1', userAgent: 'bench' },
        )
    ).token;
    // As a browser does, the CSRF cookie the first answer handed out is sent back with every
    // request; without it, every answer would mint and set a new one.
    const csrf = `${CSRF_COOKIE}=${randomBytes(24).toString('base64url')}`;
    const cookie = `${SESSION_COOKIE}=${token}; ${csrf}`;
    const graphql = `${api.url}/graphql`;

    // Where the machine's time goes during a run, per request: the server's thread (this process
    // but for the load generator's thread), PostgreSQL, the load generator, anything else, and
    // the cores left idle.
    const clock = await cpuClock(async (sql) => (await pool.query(sql)).rows);
    const costed = async (data) => {
      const before = clock();
      const result = await load(data);
      const after = clock();
      const per = (ms) => ms / result.total;
      const own = after.api - before.api;
      const database = after.database - before.database;
      result.cost = {
        server: per(own - result.cpu),
        database: per(database),
        client: per(result.cpu),
        other: per(after.busy - before.busy - own - database),
        idle: per(after.idle - before.idle),
      };
      return result;
    };

    const results = [];
    for (const sort of ['LATEST', 'POPULAR']) {
      const body = JSON.stringify({
        operationName: 'Posts',
        query: FEED,
        variables: { first: 20, sort },
      });
      // What one request runs: every statement sent to PostgreSQL while it is served (after a
      // first request, which records the viewer's visit for the day, has been handled through).
      const ask = () =>
        fetch(graphql, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body,
        });
      await ask();
      await api.app.get(OutboxDispatcher).idle();
      const statements = await statementsOf(async () => {
        const probed = await (await ask()).json();
        if (probed.errors) throw new Error(JSON.stringify(probed.errors));
      });

      if (process.env.BENCH_SHOW)
        for (const s of statements)
          console.log(`wave ${s.wave}`, s.name ?? '-', s.text.replace(/\s+/g, ' ').slice(0, 160));

      // The bare handler: the same statements, sent as the api sent them (those it had in flight
      // together, together), and the rows as JSON.
      const replay = replayer(pool, statements);
      bare = createServer(async (req, res) => {
        req.resume();
        try {
          const out = await replay();
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
        } catch (err) {
          res.writeHead(500).end(String(err));
        }
      });
      await new Promise((r) => bare.listen(0, '127.0.0.1', r));
      const bareUrl = `http://127.0.0.1:${bare.address().port}/`;
      const run = (url) => costed({ url, body, cookie, seconds: SECONDS });
      const sides = process.env.BENCH_API_ONLY ? [graphql] : [graphql, bareUrl];
      // A first run of each, not counted: the api has far more code for V8 to optimise than the
      // bare handler, and the first run of either pulls the feed's rows into PostgreSQL's cache.
      const warmup = [];
      for (const url of sides) warmup.push(await run(url));
      const runs = sides.map(() => []);
      for (let round = 0; round < ROUNDS; round++)
        for (const [i, url] of sides.entries()) runs[i].push(await run(url));
      const [apiRuns, bareRuns = []] = runs;
      await new Promise((r) => bare.close(r));
      bare = null;
      // The feed's own statement alone, one at a time: how long the database takes for it.
      const feedStatement = statements.find((s) => /FROM posts p/.test(s.text));
      const alone = [];
      for (let i = 0; i < 300; i++) {
        const t = performance.now();
        await pool.query(feedStatement);
        alone.push(performance.now() - t);
      }
      alone.sort((a, b) => a - b);
      results.push({
        sort,
        statements: statements.length,
        api: median(apiRuns),
        bare: bareRuns.length ? median(bareRuns) : median(apiRuns),
        rounds: bareRuns.map((b, i) => (apiRuns[i].rate / b.rate).toFixed(2)).join(' '),
        warmup: warmup.length > 1 ? (warmup[0].rate / warmup[1].rate).toFixed(2) : '-',
        query: { p50: alone[150], p99: alone[297] },
      });
    }

    // The same feed for visitors without an account, in a community visible to them.
    await api.app.get(CommunityService).updateSettings({ visibleToVisitors: true });
    const anonymous = [];
    for (const sort of ['LATEST', 'POPULAR']) {
      const body = JSON.stringify({
        operationName: 'Posts',
        query: FEED,
        variables: { first: 20, sort },
      });
      const probed = await (
        await fetch(graphql, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        })
      ).json();
      if (probed.errors) throw new Error(JSON.stringify(probed.errors));
      const signedIn = await load({ url: graphql, body, cookie, seconds: SECONDS });
      const visitor = await load({ url: graphql, body, cookie: csrf, seconds: SECONDS });
      anonymous.push({ sort, signedIn, visitor });
    }

    const f = (n) => Math.round(n).toLocaleString('en');
    console.log(await machine());
    console.log(
      `${MEMBERS.toLocaleString('en')} members, ${POSTS.toLocaleString('en')} posts (seeded in ${seeded.toFixed(0)} s); ` +
        `${CONNECTIONS} connections, ${SECONDS} s a run, ${ROUNDS} runs each after an uncounted one, taking turns (medians); ` +
        `signed-in feed, first 20\n`,
    );
    console.table(
      results.map((r) => ({
        feed: r.sort.toLowerCase(),
        statements: r.statements,
        'api req/s': f(r.api.rate),
        'bare req/s': f(r.bare.rate),
        ratio: (r.api.rate / r.bare.rate).toFixed(2),
        'api p50 ms': r.api.p50.toFixed(1),
        'api p99 ms': r.api.p99.toFixed(1),
        'bare p99 ms': r.bare.p99.toFixed(1),
        'feed SQL p50 ms': r.query.p50.toFixed(1),
        'feed SQL p99 ms': r.query.p99.toFixed(1),
        'ratio by round': r.rounds,
        'warm-up ratio (not counted)': r.warmup,
      })),
    );
    console.log(
      'targets: latest ratio ≥ 0.5 and api p99 ≤ 150 ms; popular feed SQL p99 ≤ 20 ms at 1M posts\n',
    );
    console.log(
      `where the machine's ${cpus().length} cores went, CPU ms per request (medians); "server cores": the server's CPU time over the run's duration`,
    );
    const ms = (n) => n.toFixed(2);
    console.table(
      results.flatMap((r) =>
        [
          ['api', r.api],
          ['bare', r.bare],
        ].map(([side, m]) => ({
          feed: r.sort.toLowerCase(),
          side,
          server: ms(m.cost.server),
          'server cores': ((m.cost.server * m.rate) / 1000).toFixed(2),
          PostgreSQL: ms(m.cost.database),
          'load generator': ms(m.cost.client),
          other: ms(m.cost.other),
          idle: ms(m.cost.idle),
        })),
      ),
    );
    console.log(
      'anonymous feed (cached per space) beside the signed-in feed, run one after the other',
    );
    console.table(
      anonymous.map((r) => ({
        feed: r.sort.toLowerCase(),
        'signed-in req/s': f(r.signedIn.rate),
        'anonymous req/s': f(r.visitor.rate),
        ratio: (r.visitor.rate / r.signedIn.rate).toFixed(2),
        'signed-in p99 ms': r.signedIn.p99.toFixed(1),
        'anonymous p99 ms': r.visitor.p99.toFixed(1),
      })),
    );
    console.log('target: anonymous ≥ 2× the signed-in rate');
  } finally {
    bare?.close();
    await pool.end();
    await api.stop();
  }
}
