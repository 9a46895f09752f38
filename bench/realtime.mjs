// Realtime benchmark: the whole api on an embedded PostgreSQL, with many members each holding a
// socket, timing how fast pushes reach them and how fast a full notification center reads.
//
//   npm run bench:realtime                       # 1,000 sockets, 10,000 notifications
//   BENCH_SOCKETS=200 BENCH_NOTIFICATIONS=2000 npm run bench:realtime
//   DATABASE_URL=postgres://… npm run bench:realtime   # an existing, empty database
//
// The api runs on the main thread; the sockets and the GraphQL requests run on a worker thread,
// so the clients do not share an event loop with the server they measure.
import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { startApi } from './support/api.mjs';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1_000);
const NOTIFICATIONS = Number(process.env.BENCH_NOTIFICATIONS ?? 10_000);
const BROADCAST_ROUNDS = Number(process.env.BENCH_BROADCAST_ROUNDS ?? 20);
const NOTIFY_ROUNDS = Number(process.env.BENCH_NOTIFY_ROUNDS ?? 50);
const READ_RUNS = Number(process.env.BENCH_READ_RUNS ?? 50);
const CONNECT_CONCURRENCY = 50;
const PUSH_TIMEOUT_MS = 30_000;
const CSRF = 'bench-csrf-token-0123456789';

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (s, q) => s[Math.min(s.length - 1, Math.floor(s.length * q))];
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

if (isMainThread) await main();
else await clients(workerData);

// ---------------------------------------------------------------------------------------------
// Main thread: database, api, seed data, and the printed table.

async function main() {
  const { createDataSource } = await import('../api/dist/core/database/data-source.js');
  const { AuthService } = await import('../api/dist/modules/auth/auth.service.js');
  const { MembersRepository } = await import('../api/dist/modules/members/members.repository.js');
  const { SpacesRepository } = await import('../api/dist/modules/spaces/spaces.repository.js');

  let api = null;
  let ds = null;
  let worker = null;
  try {
    api = await startApi();
    const { app, url: baseUrl } = api;
    ds = await createDataSource(api.databaseUrl).initialize();

    // --- Seed: a public space, a moderator who posts and comments, members with sessions.
    const started = performance.now();
    const space = await app.get(SpacesRepository).insert({
      slug: 'bench',
      nameJa: 'ベンチ',
      nameEn: 'Bench',
      descriptionJa: '',
      descriptionEn: '',
      icon: '☕',
      color: '#2f7d57',
      viewRoles: null,
      postRoles: null,
    });
    const members = app.get(MembersRepository);
    const moderator = await members.insert({
      email: 'bench-mod@example.test',
      handle: 'bench_mod',
      displayName: 'ベンチ モデレーター',
      passwordHash: 'x',
      role: 'moderator',
      status: 'active',
      locale: 'ja',
      timezone: 'Asia/Tokyo',
    });
    const reader = await members.insert({
      email: 'bench-reader@example.test',
      handle: 'bench_reader',
      displayName: 'ベンチ 読者',
      passwordHash: 'x',
      role: 'member',
      status: 'active',
      locale: 'ja',
      timezone: 'Asia/Tokyo',
    });
    const ids = (
      await ds.query(
        `INSERT INTO members (email, handle, display_name, password_hash)
         SELECT 'bench' || i || '@example.test', 'bench_' || i, 'ベンチ ' || i, 'x'
           FROM generate_series(1, $1) i ORDER BY i RETURNING id`,
        [Math.max(SOCKETS, 4)],
      )
    ).map((r) => r.id);
    const auth = app.get(AuthService);
    const session = async (m) =>
      (await auth.startSession(m, { ip: '127.0.0.1', userAgent: 'bench' })).token;
    const tokens = [];
    for (let i = 0; i < SOCKETS; i += 20) {
      const batch = ids.slice(i, Math.min(i + 20, SOCKETS));
      tokens.push(
        ...(await Promise.all(
          batch.map((id) => session({ id, role: 'member', status: 'active', locale: 'ja' })),
        )),
      );
    }

    // Posts written by connected members, for the moderator to comment on.
    const insertPosts = async (authorIds) =>
      (
        await ds.query(
          `INSERT INTO posts (space_id, author_id, kind, title, body, body_html, excerpt, search_text, search_grams)
           SELECT $1, a, 'talk', 'ベンチ投稿', '本文', '<p>本文</p>', '本文', 'ベンチ投稿 本文', '{}'
             FROM unnest($2::uuid[]) WITH ORDINALITY AS x(a, n) ORDER BY n RETURNING id`,
          [space.id, authorIds],
        )
      ).map((r) => r.id);
    const notifyAuthors = Array.from({ length: NOTIFY_ROUNDS }, (_, r) => r % SOCKETS);
    const notifyPosts = (await insertPosts(notifyAuthors.map((i) => ids[i]))).map((postId, r) => ({
      postId,
      socket: notifyAuthors[r],
    }));

    // The reader's notification center: replies, grouped reactions with several actors,
    // mentions; one in three unread, one a minute going back.
    const readerPosts = await insertPosts(Array(100).fill(reader.id));
    const actors = ids.slice(0, Math.min(ids.length, 50));
    for (let done = 0; done < NOTIFICATIONS; done += 20_000) {
      await ds.query(
        `WITH made AS (
           INSERT INTO notifications (member_id, kind, dedupe_key, post_id, actor_count, read_at,
                                      created_at, updated_at)
           SELECT $1,
                  CASE WHEN i % 5 = 0 THEN 'reactions' WHEN i % 7 = 0 THEN 'mention'
                       ELSE 'reply_to_post' END,
                  'bench:' || i, ($2::uuid[])[1 + i % array_length($2::uuid[], 1)],
                  CASE WHEN i % 5 = 0 THEN 1 + i % 4 ELSE 1 END,
                  CASE WHEN i % 3 = 0 THEN NULL ELSE t END, t, t
             FROM generate_series($3::int, $4::int) i,
                  LATERAL (SELECT now() - i * interval '1 minute' AS t) x
           RETURNING id, actor_count, created_at, abs(hashtext(id::text)) AS h)
         INSERT INTO notification_actors (notification_id, actor_id, created_at)
         SELECT made.id, ($5::uuid[])[1 + (made.h + k) % array_length($5::uuid[], 1)], made.created_at
           FROM made, generate_series(1, made.actor_count) k`,
        [reader.id, readerPosts, done + 1, Math.min(done + 20_000, NOTIFICATIONS), actors],
      );
    }
    await ds.query('ANALYZE');
    const [{ unread }] = await ds.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE member_id = $1 AND read_at IS NULL`,
      [reader.id],
    );
    const seedSeconds = (performance.now() - started) / 1000;

    // --- Measure from a worker thread.
    worker = new Worker(new URL(import.meta.url), {
      workerData: {
        baseUrl,
        spaceId: space.id,
        tokens,
        moderatorToken: await session(moderator),
        readerToken: await session(reader),
        notifyPosts,
      },
    });
    const r = await new Promise((resolve, reject) => {
      worker.on('message', (m) => (m.type === 'log' ? console.log(m.text) : resolve(m)));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
    });
    if (r.type === 'error') throw new Error(`worker failed: ${r.stack}`);

    // --- Print.
    const cpu = cpus()[0]?.model?.trim() ?? 'unknown';
    console.log(
      `\nMachine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, ` +
        `${process.env.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : 'embedded PostgreSQL'}, ` +
        `jobs in process (no Redis)`,
    );
    console.log(
      `Seeded ${SOCKETS} members with sessions, ${NOTIFICATIONS} notifications in ${seedSeconds.toFixed(1)} s; ` +
        `${SOCKETS} sockets connected in ${(r.connect.totalMs / 1000).toFixed(1)} s ` +
        `(${CONNECT_CONCURRENCY} at a time)\n`,
    );
    const row = (label, xs, extra = '') => {
      const s = sorted(xs);
      const f = (v) => (v === undefined ? '-' : v.toFixed(1)).padStart(8);
      console.log(
        `${label.padEnd(46)}${f(pct(s, 0.5))}${f(pct(s, 0.95))}${f(s[s.length - 1])}   ${extra}`,
      );
    };
    console.log(`${'measure'.padEnd(46)}  p50 ms  p95 ms  max ms`);
    row('socket handshake (connect)', r.connect.each, `${r.connect.each.length} sockets`);
    console.log(`\nBroadcast: post:new to ${SOCKETS} sockets, ${BROADCAST_ROUNDS} rounds`);
    row('  createPost response', r.broadcast.response);
    row('  every socket received post:new', r.broadcast.all);
    row('  median socket received post:new', r.broadcast.median);
    row('  first socket received post:new', r.broadcast.first);
    console.log(
      `  received ${r.broadcast.received} of ${SOCKETS * BROADCAST_ROUNDS} pushes` +
        (r.broadcast.wrong ? `, ${r.broadcast.wrong} for another post` : ''),
    );
    console.log(`\nNotification delivery: comment on a member's post, ${NOTIFY_ROUNDS} rounds`);
    row('  createComment response', r.notify.response);
    row("  author's socket received notification:new", r.notify.push);
    console.log(`  received ${r.notify.push.length} of ${NOTIFY_ROUNDS}`);
    console.log(
      `\nNotification center: ${NOTIFICATIONS} notifications (${unread} unread), ${READ_RUNS} runs`,
    );
    row('  unread count + first 20', r.read.first, `${r.read.firstCount} nodes`);
    row('  unread count + second 20 (endCursor)', r.read.second, `${r.read.secondCount} nodes`);
    row('  notificationUnreadCount alone', r.read.countOnly, `${r.read.unreadSeen} unread`);
  } finally {
    await worker?.terminate();
    await ds?.destroy();
    await api?.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Worker thread: sockets and GraphQL requests, timed here.

async function clients(d) {
  const { io } = await import('socket.io-client');
  const log = (text) => parentPort.postMessage({ type: 'log', text });
  const sockets = [];
  try {
    const gql = async (token, query, variables) => {
      const res = await fetch(`${d.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `kizuna_session=${token}; kizuna_csrf=${CSRF}`,
          'x-csrf-token': CSRF,
        },
        body: JSON.stringify({ query, variables }),
      });
      const json = await res.json();
      if (json.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(json.errors)}`);
      return json.data;
    };

    // --- Connect every member's socket.
    const connect = { each: [], totalMs: 0 };
    const t0 = performance.now();
    for (let i = 0; i < d.tokens.length; i += CONNECT_CONCURRENCY) {
      await Promise.all(
        d.tokens.slice(i, i + CONNECT_CONCURRENCY).map(
          (token) =>
            new Promise((resolve, reject) => {
              const start = performance.now();
              const s = io(d.baseUrl, {
                path: '/socket.io',
                transports: ['websocket'],
                reconnection: false,
                forceNew: true,
                extraHeaders: { cookie: `kizuna_session=${token}` },
              });
              sockets.push(s);
              const timer = setTimeout(() => reject(new Error('socket did not connect')), 30_000);
              s.once('connect', () => {
                clearTimeout(timer);
                connect.each.push(performance.now() - start);
                resolve();
              });
              s.once('connect_error', (err) => {
                clearTimeout(timer);
                reject(err);
              });
            }),
        ),
      );
    }
    connect.totalMs = performance.now() - t0;
    log(`  ${sockets.length} sockets connected`);

    // --- Broadcast: one post, every socket told.
    const broadcast = { response: [], all: [], median: [], first: [], received: 0, wrong: 0 };
    let arrivals = null;
    let got = 0;
    let allIn = null;
    sockets.forEach((s, i) =>
      s.on('post:new', (p) => {
        if (!arrivals || !Number.isNaN(arrivals.at[i])) return;
        arrivals.at[i] = performance.now();
        arrivals.posts[i] = p.postId;
        if (++got === sockets.length) allIn?.();
      }),
    );
    for (let r = 0; r < BROADCAST_ROUNDS; r++) {
      got = 0;
      arrivals = { at: new Float64Array(sockets.length).fill(NaN), posts: [] };
      let timer;
      const everyone = new Promise((resolve) => {
        allIn = resolve;
        timer = setTimeout(resolve, PUSH_TIMEOUT_MS);
      });
      const start = performance.now();
      const { createPost } = await gql(
        d.moderatorToken,
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { spaceId: d.spaceId, title: `ベンチ ${r}`, body: '新しい投稿です。' } },
      );
      broadcast.response.push(performance.now() - start);
      await everyone;
      clearTimeout(timer);
      const times = sorted([...arrivals.at].filter((t) => !Number.isNaN(t)).map((t) => t - start));
      broadcast.received += times.length;
      broadcast.wrong += arrivals.posts.filter((p) => p && p !== createPost.id).length;
      if (times.length === sockets.length) broadcast.all.push(times[times.length - 1]);
      if (times.length) {
        broadcast.median.push(pct(times, 0.5));
        broadcast.first.push(times[0]);
      }
      arrivals = null;
      await pause(200);
    }
    log(`  broadcast done`);

    // --- Notification delivery: the moderator comments, the post's author hears.
    const notify = { response: [], push: [] };
    for (const { postId, socket } of d.notifyPosts) {
      const s = sockets[socket];
      const start = performance.now();
      const pushed = new Promise((resolve) => {
        const timer = setTimeout(() => resolve(null), PUSH_TIMEOUT_MS);
        s.once('notification:new', () => {
          clearTimeout(timer);
          resolve(performance.now());
        });
      });
      await gql(
        d.moderatorToken,
        `mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`,
        { i: { postId, body: 'コメントありがとうございます。' } },
      );
      notify.response.push(performance.now() - start);
      const at = await pushed;
      if (at !== null) notify.push.push(at - start);
      await pause(100);
    }
    log(`  notifications done`);
    for (const s of sockets.splice(0)) s.disconnect();
    await pause(500);

    // --- Notification center reads.
    const page = `notificationUnreadCount
      notifications(first: 20, after: $after) {
        nodes { id kind actorCount actors { id } post { id } }
        pageInfo { endCursor hasNextPage }
      }`;
    const read = { first: [], second: [], countOnly: [], firstCount: 0, secondCount: 0 };
    const timed = async (into, query, variables) => {
      const start = performance.now();
      const data = await gql(d.readerToken, query, variables);
      into.push(performance.now() - start);
      return data;
    };
    // One untimed request warms up the query plans and the GraphQL document cache.
    await gql(d.readerToken, `query($after: String) { ${page} }`, { after: null });
    let cursor = null;
    for (let i = 0; i < READ_RUNS; i++) {
      const one = await timed(read.first, `query($after: String) { ${page} }`, { after: null });
      cursor = one.notifications.pageInfo.endCursor;
      read.firstCount = one.notifications.nodes.length;
    }
    for (let i = 0; i < READ_RUNS; i++) {
      const two = await timed(read.second, `query($after: String) { ${page} }`, { after: cursor });
      read.secondCount = two.notifications.nodes.length;
    }
    for (let i = 0; i < READ_RUNS; i++) {
      read.unreadSeen = (
        await timed(read.countOnly, `{ notificationUnreadCount }`)
      ).notificationUnreadCount;
    }
    parentPort.postMessage({ type: 'done', connect, broadcast, notify, read });
  } catch (err) {
    parentPort.postMessage({ type: 'error', stack: err?.stack ?? String(err) });
  } finally {
    for (const s of sockets) s.disconnect();
  }
}
