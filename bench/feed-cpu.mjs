// CPU time per request of the api's process, for the signed-in feed, an empty query
// (`{ __typename }`) and a bare node:http + pg handler running the statements the api ran for one
// feed request (captured from the driver). Rates drift with the machine's load; CPU per request
// drifts much less, so this tells apart changes too small for `feed.mjs` to show.
//
// The api runs in this process; the client runs in a child process of its own (BENCH_CONNECTIONS
// keep-alive connections, BENCH_REQUESTS requests after as many for warming up), so only the
// server's work is counted. BENCH_PROFILE=dir writes a CPU profile of each measured run there.
//
//   npm run bench:feed-cpu
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, request, Agent } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

process.env.NODE_ENV ??= 'production';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);

const FEED = `query Posts($first: Int!, $after: String, $sort: FeedSort!) {
  posts(first: $first, after: $after, sort: $sort) {
    nodes { id kind title excerpt tags createdAt lastActivityAt editedAt pinnedAt lockedAt hiddenAt
      solved commentCount reactionCount
      reactions { kind emoji count viewerReacted }
      author { id handle displayName avatarUrl role rank { id nameJa nameEn color icon position } }
      space { id slug nameJa nameEn icon color } }
    pageInfo { hasNextPage endCursor } } }`;

if (process.argv[2] === 'client') {
  const { url, body, cookie } = JSON.parse(process.argv[3]);
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const { hostname, port, pathname } = new URL(url);
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  if (cookie) headers.cookie = cookie;
  const send = () =>
    new Promise((resolve, reject) => {
      const req = request(
        { agent, hostname, port, path: pathname, method: 'POST', headers },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () =>
            res.statusCode === 200
              ? resolve()
              : reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks)}`)),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const run = async (count) => {
    let left = count;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (left-- > 0) await send();
      }),
    );
  };
  await run(REQUESTS);
  process.send('warm');
  await new Promise((resolve) => process.once('message', resolve));
  const started = performance.now();
  await run(REQUESTS);
  process.send({ ms: performance.now() - started });
  agent.destroy();
} else {
  const { machine, startApi, replayer, statementsOf } = await import('./support/api.mjs');
  const api = await startApi();
  const pool = new pg.Pool({ connectionString: api.databaseUrl, max: 20 });
  let bare = null;
  try {
    await pool.query(
      `INSERT INTO spaces (slug, name_ja, name_en, icon, color)
       SELECT 'bench-' || i, 'ベンチ ' || i, 'Bench ' || i, '☕', '#2f7d57' FROM generate_series(1, 10) i`,
    );
    await pool.query(
      `INSERT INTO members (email, handle, display_name, password_hash)
       SELECT 'bench' || i || '@example.test', 'bench_' || i, 'ベンチ ' || i, 'x'
         FROM generate_series(1, 2000) i`,
    );
    await pool.query(
      `INSERT INTO member_stats (member_id, balance, lifetime) SELECT id, 50, 50 FROM members`,
    );
    await pool.query(
      `WITH m AS (SELECT array_agg(id) AS ids FROM members),
            s AS (SELECT array_agg(id) AS ids FROM spaces)
       INSERT INTO posts (space_id, author_id, kind, title, body, body_html, excerpt, search_text,
                          search_grams, reaction_count, comment_count, view_count, created_at,
                          last_activity_at)
       SELECT s.ids[1 + (i % 10)], m.ids[1 + (i * 7919 % 2000)], 'talk', 'ベンチ投稿 ' || i,
              '本文', '<p>本文</p>', '本文', 'ベンチ投稿 本文', '{}', i % 7, i % 5, 0,
              now() - i * interval '1 minute', now() - i * interval '1 minute'
         FROM m, s, generate_series(1, 5000) i`,
    );
    await pool.query(
      `INSERT INTO reactions (target_type, target_id, kind, member_id)
       SELECT 'post', p.id, k.key, m.id
         FROM (SELECT id FROM posts ORDER BY created_at DESC LIMIT 200) p,
              (SELECT key FROM reaction_kinds ORDER BY position LIMIT 2) k,
              (SELECT id FROM members LIMIT 5) m`,
    );
    await pool.query(`VACUUM ANALYZE`);

    const { AuthService } = await import('../api/dist/modules/auth/auth.service.js');
    const { SESSION_COOKIE, CSRF_COOKIE } = await import('@kizuna/shared');
    const { OutboxDispatcher } =
      await import('../api/dist/core/domain-events/outbox-dispatcher.js');
    const [viewer] = (await pool.query(`SELECT id FROM members LIMIT 1`)).rows;
    const { token } = await api.app
      .get(AuthService)
      .startSession(
        { id: viewer.id, role: 'member', status: 'active', locale: 'ja' },
        { ip: '127.0.0.1', userAgent: 'bench' },
      );
    // As a browser does, the CSRF cookie the first answer handed out is sent back with every
    // request; without it, every answer would mint and set a new one.
    const csrf = `${CSRF_COOKIE}=${randomBytes(24).toString('base64url')}`;
    const cookie = `${SESSION_COOKIE}=${token}; ${csrf}`;
    const graphql = `${api.url}/graphql`;
    const feed = JSON.stringify({
      operationName: 'Posts',
      query: FEED,
      variables: { first: 20, sort: 'LATEST' },
    });

    // The statements of one feed request, after a first one has recorded the day's visit.
    const ask = () =>
      fetch(graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: feed,
      });
    await (await ask()).text();
    await api.app.get(OutboxDispatcher).idle();
    const statements = await statementsOf(async () => {
      const probed = await (await ask()).json();
      if (probed.errors) throw new Error(JSON.stringify(probed.errors));
    });

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
    await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));

    const cases = [
      { name: 'feed (api)', url: graphql, body: feed },
      {
        name: '{ __typename } (api)',
        url: graphql,
        body: JSON.stringify({ query: '{ __typename }' }),
      },
      { name: 'feed (bare)', url: `http://127.0.0.1:${bare.address().port}/`, body: feed },
    ];
    const rows = [];
    for (const c of cases) {
      const child = fork(fileURLToPath(import.meta.url), [
        'client',
        JSON.stringify({ url: c.url, body: c.body, cookie }),
      ]);
      await new Promise((resolve) => child.once('message', resolve));
      let session = null;
      if (process.env.BENCH_PROFILE) {
        const { Session } = await import('node:inspector/promises');
        session = new Session();
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
      }
      // The collector's pauses of the main thread while the requests are served.
      let paused = 0;
      const collector = new PerformanceObserver((list) => {
        for (const gc of list.getEntries()) paused += gc.duration;
      });
      collector.observe({ entryTypes: ['gc'] });
      const cpu = process.cpuUsage();
      child.send('go');
      const { ms } = await new Promise((resolve) => child.once('message', resolve));
      const used = process.cpuUsage(cpu);
      collector.takeRecords().forEach((gc) => (paused += gc.duration));
      collector.disconnect();
      if (session) {
        const { profile } = await session.post('Profiler.stop');
        const file = c.name.replace(/\W+/g, '-').replace(/^-|-$/g, '');
        writeFileSync(
          join(process.env.BENCH_PROFILE, `${file}.cpuprofile`),
          JSON.stringify(profile),
        );
        session.disconnect();
      }
      rows.push({
        request: c.name,
        'CPU ms/request': ((used.user + used.system) / 1000 / REQUESTS).toFixed(2),
        'user ms/request': (used.user / 1000 / REQUESTS).toFixed(2),
        'GC pause ms/request': (paused / REQUESTS).toFixed(2),
        'req/s': Math.round((REQUESTS / ms) * 1000),
      });
    }
    console.log(await machine());
    console.log(
      `2,000 members, 5,000 posts; ${statements.length} statements a feed request; ` +
        `${REQUESTS} requests from ${CONNECTIONS} connections\n`,
    );
    console.table(rows);
  } finally {
    bare?.close();
    await pool.end();
    await api.stop();
  }
}
