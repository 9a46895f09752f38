// Realtime benchmark: the whole api in a process of its own on an embedded PostgreSQL, many
// members each holding a socket, timing how fast a new post reaches every one of them from its
// commit, how much memory the api process holds with 10,000 sockets, and how fast a full
// notification center reads.
//
//   npm run bench:realtime                       # 5,000 sockets, then 10,000 held
//   BENCH_SOCKETS=500 BENCH_HOLD_SOCKETS=1000 npm run bench:realtime
//   DATABASE_URL=postgres://… npm run bench:realtime   # an existing, empty database
//
// Three kinds of process: the api (a child process, so its RSS is its own; PostgreSQL runs in
// a process of its own too), this process, which sends the GraphQL requests and prints, and its
// client threads, which hold the sockets. Every socket is a file descriptor in the api and in
// this process: `ulimit -n` must be above BENCH_HOLD_SOCKETS plus a few hundred in the shell
// that starts the bench (20,000 here).
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 5_000);
const HOLD_SOCKETS = Math.max(SOCKETS, Number(process.env.BENCH_HOLD_SOCKETS ?? 10_000));
const CLIENT_THREADS = Number(process.env.BENCH_CLIENT_THREADS ?? 4);
const NOTIFICATIONS = Number(process.env.BENCH_NOTIFICATIONS ?? 10_000);
const BROADCAST_ROUNDS = Number(process.env.BENCH_BROADCAST_ROUNDS ?? 20);
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 2);
const HOLD_ROUNDS = Number(process.env.BENCH_HOLD_ROUNDS ?? 5);
const NOTIFY_ROUNDS = Number(process.env.BENCH_NOTIFY_ROUNDS ?? 50);
const READ_RUNS = Number(process.env.BENCH_READ_RUNS ?? 50);
const CONNECT_CONCURRENCY = 50;
const PUSH_TIMEOUT_MS = 30_000;
const CSRF = 'bench-csrf-token-0123456789';
const ROLE_ENV = 'KIZUNA_BENCH_REALTIME_ROLE';

const sorted = (xs) => Float64Array.from(xs).sort();
const pct = (s, q) => s[Math.min(s.length - 1, Math.floor(s.length * q))];
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
/** Wall-clock milliseconds with a fraction, comparable across threads and processes. */
const now = () => performance.timeOrigin + performance.now();
/** Garbage collections in this thread since the last `take()`, each with its start and length. */
const gcLog = () => {
  const seen = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      seen.push({
        start: performance.timeOrigin + e.startTime,
        ms: e.duration,
        kind: e.detail?.kind,
      });
  }).observe({ entryTypes: ['gc'] });
  return { take: () => seen.splice(0) };
};

if (!isMainThread) await clients(workerData);
else if (process.env[ROLE_ENV] === 'api') await apiProcess();
else await main();

// ---------------------------------------------------------------------------------------------
// Api process: database, api, seed data; tells the main process when each post committed and
// when its push was sent.

async function apiProcess() {
  const { startApi } = await import('./support/api.mjs');
  const { createDataSource } = await import('../api/dist/core/database/data-source.js');
  const { Db } = await import('../api/dist/core/database/db.js');
  const { EventBus } = await import('../api/dist/core/domain-events/event-bus.js');
  const { RealtimeService } = await import('../api/dist/core/realtime/realtime.service.js');
  const { AuthService } = await import('../api/dist/modules/auth/auth.service.js');
  const { MembersRepository } = await import('../api/dist/modules/members/members.repository.js');
  const { SpacesRepository } = await import('../api/dist/modules/spaces/spaces.repository.js');

  const api = await startApi();
  const { app } = api;
  const ds = await createDataSource(api.databaseUrl).initialize();
  const stop = async () => {
    await ds.destroy();
    await api.stop();
  };
  const gc = gcLog();
  process.on('message', (m) => {
    if (m.type === 'timings') {
      process.send({ type: 'timings', postId: m.postId, ...timings.get(m.postId), gc: gc.take() });
      timings.delete(m.postId);
    } else if (m.type === 'stop') {
      void stop().then(() => process.exit(0));
    }
  });

  // The post's commit is when its transaction's after-commit work starts (the moment the api
  // knows the post is there); the push, when the realtime consumer emits to the space's room.
  const timings = new Map();
  const timing = (postId) => timings.get(postId) ?? timings.set(postId, {}).get(postId);
  const bus = app.get(EventBus);
  const db = app.get(Db);
  const emit = bus.emit.bind(bus);
  bus.emit = async (event, payload) => {
    await emit(event, payload);
    if (event === 'post.created') db.afterCommit(() => (timing(payload.postId).commit = now()));
  };
  const realtime = app.get(RealtimeService);
  const push = realtime.push.bind(realtime);
  realtime.push = (room, event, payload) => {
    if (event !== 'post:new') return push(room, event, payload);
    const t = timing(payload.postId);
    const cpu = process.cpuUsage();
    t.pushStart = now();
    push(room, event, payload);
    t.pushEnd = now();
    const used = process.cpuUsage(cpu);
    t.pushCpu = (used.user + used.system) / 1000;
  };

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
  const person = (handle, role) => ({
    email: `${handle}@example.test`,
    handle,
    displayName: `ベンチ ${handle}`,
    passwordHash: 'x',
    role,
    status: 'active',
    locale: 'ja',
    timezone: 'Asia/Tokyo',
  });
  const moderator = await members.insert(person('bench_mod', 'moderator'));
  const reader = await members.insert(person('bench_reader', 'member'));
  const ids = (
    await ds.query(
      `INSERT INTO members (email, handle, display_name, password_hash)
       SELECT 'bench' || i || '@example.test', 'bench_' || i, 'ベンチ ' || i, 'x'
         FROM generate_series(1, $1) i ORDER BY i RETURNING id`,
      [Math.max(HOLD_SOCKETS, 4)],
    )
  ).map((r) => r.id);
  const auth = app.get(AuthService);
  const session = async (m) =>
    (await auth.startSession(m, { ip: '127.0.0.1', userAgent: 'bench' })).token;
  const tokens = [];
  for (let i = 0; i < HOLD_SOCKETS; i += 20) {
    const batch = ids.slice(i, Math.min(i + 20, HOLD_SOCKETS));
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
  process.send({
    type: 'ready',
    baseUrl: api.url,
    spaceId: space.id,
    tokens,
    moderatorToken: await session(moderator),
    readerToken: await session(reader),
    notifyPosts,
    unread,
    seedSeconds: (performance.now() - started) / 1000,
  });
}

// ---------------------------------------------------------------------------------------------
// Main process: starts the api and the client threads, sends the requests, prints the tables.

async function main() {
  let child = null;
  const threads = [];
  try {
    child = fork(fileURLToPath(import.meta.url), [], {
      env: { ...process.env, [ROLE_ENV]: 'api' },
      execArgv: process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? process.execArgv,
      stdio: 'inherit',
    });
    const exited = new Promise((_, reject) =>
      child.once('exit', (code) => reject(new Error(`api process exited with ${code}`))),
    );
    exited.catch(() => {});
    const fromApi = (type) =>
      Promise.race([
        new Promise((resolve) => {
          const on = (m) => {
            if (m.type !== type) return;
            child.off('message', on);
            resolve(m);
          };
          child.on('message', on);
        }),
        exited,
      ]);
    const d = await fromApi('ready');
    const memory = () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const mb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)[1]) / 1024;
      return { rss: mb('VmRSS'), peak: mb('VmHWM') };
    };
    const idle = memory();

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

    // --- Client threads; socket i lives on thread i % CLIENT_THREADS.
    let asked = 0;
    const waiting = new Map();
    for (let k = 0; k < CLIENT_THREADS; k++) {
      const w = new Worker(new URL(import.meta.url), {
        workerData: {
          baseUrl: d.baseUrl,
          concurrency: Math.ceil(CONNECT_CONCURRENCY / CLIENT_THREADS),
        },
      });
      w.on('message', (m) => {
        const done = waiting.get(m.id);
        waiting.delete(m.id);
        if (m.error) done?.reject(new Error(`client thread: ${m.error}`));
        else done?.resolve(m);
      });
      w.on('error', (err) => {
        for (const { reject } of waiting.values()) reject(err);
      });
      threads.push(w);
    }
    const ask = (w, msg) =>
      new Promise((resolve, reject) => {
        const id = ++asked;
        waiting.set(id, { resolve, reject });
        w.postMessage({ ...msg, id });
      });
    const everyThread = (msg) => Promise.all(threads.map((w) => ask(w, msg)));

    const connectUpTo = async (count, from) => {
      const started = performance.now();
      const replies = await Promise.all(
        threads.map((w, k) => {
          const mine = [];
          for (let i = from; i < count; i++) if (i % CLIENT_THREADS === k) mine.push(d.tokens[i]);
          return ask(w, { cmd: 'connect', tokens: mine });
        }),
      );
      return {
        each: replies.flatMap((r) => r.each),
        seconds: (performance.now() - started) / 1000,
      };
    };

    const broadcastRounds = async (rounds, count) => {
      const b = { fromCommit: [], fromRequest: [], lastFromCommit: [], response: [] };
      b.outbox = [];
      b.emit = [];
      b.emitCpu = [];
      b.received = 0;
      b.expected = rounds * count;
      b.rounds = [];
      // Untimed rounds first: the first pushes run cold code (compiled while they run, on the
      // same two cores) and make the api's and the clients' first buffers.
      for (let r = -WARMUP_ROUNDS; r < rounds; r++) {
        const sent = now();
        const benchCpu = process.cpuUsage();
        const { createPost } = await gql(
          d.moderatorToken,
          `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
          { i: { spaceId: d.spaceId, title: `ベンチ ${r}`, body: '新しい投稿です。' } },
        );
        const response = now() - sent;
        const arrivals = await everyThread({ cmd: 'collect', postId: createPost.id });
        const benchUsed = process.cpuUsage(benchCpu);
        child.send({ type: 'timings', postId: createPost.id });
        const t = await fromApi('timings');
        if (r < 0) {
          await pause(200);
          continue;
        }
        b.response.push(response);
        let last = 0;
        const round = [];
        for (const { times } of arrivals)
          for (const at of times) {
            b.fromCommit.push(at - t.commit);
            b.fromRequest.push(at - sent);
            round.push(at - t.commit);
            last = Math.max(last, at - t.commit);
          }
        b.received += arrivals.reduce((n, a) => n + a.times.length, 0);
        b.lastFromCommit.push(last);
        b.outbox.push(t.pushStart - t.commit);
        b.emit.push(t.pushEnd - t.pushStart);
        b.emitCpu.push(t.pushCpu);
        // Collections that overlap the round, from sending createPost to the last arrival.
        const during = (gcs) =>
          gcs.filter((g) => g.start + g.ms >= sent && g.start <= t.commit + last);
        const apiGc = during(t.gc);
        const clientGc = during(arrivals.flatMap((a) => a.gc));
        const rs = sorted(round);
        b.rounds.push({
          response: b.response.at(-1),
          outbox: t.pushStart - t.commit,
          emit: t.pushEnd - t.pushStart,
          emitCpu: t.pushCpu,
          p50: pct(rs, 0.5),
          p99: pct(rs, 0.99),
          last,
          apiGc: apiGc.reduce((n, g) => n + g.ms, 0),
          apiGcKinds: apiGc.map((g) => g.kind).join(','),
          clientGc: clientGc.reduce((n, g) => n + g.ms, 0),
          benchCpu: (benchUsed.user + benchUsed.system) / 1000,
        });
        await pause(200);
      }
      return b;
    };

    // --- Connect, broadcast, notify.
    const connect = await connectUpTo(SOCKETS, 0);
    await pause(2000);
    const atSockets = memory();
    const broadcast = await broadcastRounds(BROADCAST_ROUNDS, SOCKETS);

    const notify = { response: [], push: [] };
    for (const { postId, socket } of d.notifyPosts) {
      const w = threads[socket % CLIENT_THREADS];
      const local = Math.floor(socket / CLIENT_THREADS);
      await ask(w, { cmd: 'arm', socket: local });
      const pushed = ask(w, { cmd: 'notified', socket: local });
      const start = now();
      await gql(
        d.moderatorToken,
        `mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`,
        { i: { postId, body: 'コメントありがとうございます。' } },
      );
      notify.response.push(now() - start);
      const { at } = await pushed;
      if (at !== null) notify.push.push(at - start);
      await pause(100);
    }

    // --- Hold HOLD_SOCKETS sockets.
    const more = await connectUpTo(HOLD_SOCKETS, SOCKETS);
    await pause(5000);
    const held = memory();
    const heldLoad = loadavg();
    const holdBroadcast = await broadcastRounds(HOLD_ROUNDS, HOLD_SOCKETS);
    // The high-water mark, read once every held socket has been pushed to.
    const pushed = memory();
    await everyThread({ cmd: 'close' });
    await pause(500);

    // --- Notification center reads, with no sockets open.
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

    // --- Print.
    const cpu = cpus()[0]?.model?.trim() ?? 'unknown';
    const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
    console.log(
      `\nMachine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, ` +
        `${process.env.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : 'embedded PostgreSQL'}, ` +
        `jobs in process (no Redis); ${CLIENT_THREADS} client threads; load at the end ${load(loadavg())}`,
    );
    console.log(
      `Seeded ${HOLD_SOCKETS} members with sessions, ${NOTIFICATIONS} notifications in ` +
        `${d.seedSeconds.toFixed(1)} s; ${SOCKETS} sockets connected in ${connect.seconds.toFixed(1)} s ` +
        `(${CONNECT_CONCURRENCY} at a time)\n`,
    );
    const row = (label, xs, extra = '') => {
      const s = sorted(xs);
      const f = (v) => (v === undefined ? '-' : v.toFixed(1)).padStart(8);
      console.log(
        `${label.padEnd(50)}${f(pct(s, 0.5))}${f(pct(s, 0.95))}${f(pct(s, 0.99))}${f(s[s.length - 1])}   ${extra}`,
      );
    };
    const header = () => console.log(`${'measure'.padEnd(50)}  p50 ms  p95 ms  p99 ms  max ms`);
    header();
    row('socket handshake (connect)', connect.each, `${connect.each.length} sockets`);
    const printBroadcast = (b, count, rounds) => {
      console.log(
        `\nBroadcast: post:new to ${count} sockets, ${rounds} rounds after ${WARMUP_ROUNDS} untimed ` +
          `(received ${b.received} of ${b.expected} pushes)`,
      );
      row('  post:new at a socket, from the commit', b.fromCommit, 'every socket, every round');
      row('  post:new at the last socket, from the commit', b.lastFromCommit, 'one per round');
      row('  post:new at a socket, from sending createPost', b.fromRequest);
      row('  createPost response', b.response);
      row('  api: commit → push starts (outbox delivery)', b.outbox);
      row('  api: push to the room (emit returns)', b.emit);
      row('  api: push to the room, CPU time of the api', b.emitCpu);
      console.log(
        `\n  round  response  commit→push  push wall  push CPU  p50 at  p99 at  last at  api GC  client GC  bench CPU`,
      );
      const f = (v, w) => v.toFixed(1).padStart(w);
      b.rounds.forEach((r, i) =>
        console.log(
          `  ${String(i + 1).padStart(5)}${f(r.response, 10)}${f(r.outbox, 13)}${f(r.emit, 11)}` +
            `${f(r.emitCpu, 10)}${f(r.p50, 8)}${f(r.p99, 8)}${f(r.last, 9)}${f(r.apiGc, 8)}` +
            `${f(r.clientGc, 11)}${f(r.benchCpu, 11)}  ${r.apiGcKinds}`,
        ),
      );
    };
    printBroadcast(broadcast, SOCKETS, BROADCAST_ROUNDS);
    console.log(`\nNotification delivery: comment on a member's post, ${NOTIFY_ROUNDS} rounds`);
    row('  createComment response', notify.response);
    row("  author's socket received notification:new", notify.push);
    console.log(`  received ${notify.push.length} of ${NOTIFY_ROUNDS}`);
    printBroadcast(holdBroadcast, HOLD_SOCKETS, HOLD_ROUNDS);
    console.log(
      `\nApi process memory (RSS; PostgreSQL and the clients are other processes):\n` +
        `  no sockets ${idle.rss.toFixed(0)} MB; ${SOCKETS} sockets ${atSockets.rss.toFixed(0)} MB; ` +
        `${HOLD_SOCKETS} sockets ${held.rss.toFixed(0)} MB (load ${load(heldLoad)}); ` +
        `peak ${pushed.peak.toFixed(0)} MB (with the pushes to all ${HOLD_SOCKETS}); ` +
        `${(((held.rss - idle.rss) * 1024) / HOLD_SOCKETS).toFixed(1)} kB a socket; ` +
        `${HOLD_SOCKETS - SOCKETS} more connected in ${more.seconds.toFixed(1)} s`,
    );
    console.log(
      `\nNotification center: ${NOTIFICATIONS} notifications (${d.unread} unread), ${READ_RUNS} runs`,
    );
    header();
    row('  unread count + first 20', read.first, `${read.firstCount} nodes`);
    row('  unread count + second 20 (endCursor)', read.second, `${read.secondCount} nodes`);
    row('  notificationUnreadCount alone', read.countOnly, `${read.unreadSeen} unread`);
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
    if (child && child.exitCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.send({ type: 'stop' });
      await Promise.race([gone, pause(30_000)]);
      if (child.exitCode === null) child.kill();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Client thread: holds its share of the sockets and reports when pushes arrived.

async function clients({ baseUrl, concurrency }) {
  const { WebSocket } = await import('ws');
  const url = `${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
  const sockets = [];
  const arrivals = new Map();
  const complete = new Map();
  const notified = new Map();
  const listeners = new Map();
  const gc = gcLog();

  // The Engine.IO 4 / Socket.IO 5 protocol, as much of it as the bench needs: the socket joins
  // the main namespace, answers pings and hands events on.
  const open = (token, onEvent) =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: { cookie: `kizuna_session=${token}` } });
      const timer = setTimeout(() => reject(new Error('socket did not connect')), 60_000);
      ws.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      ws.on('message', (data) => {
        const at = now();
        const text = data.toString();
        if (text.startsWith('42')) {
          const [event, payload] = JSON.parse(text.slice(2));
          onEvent(event, payload, at);
        } else if (text === '2') ws.send('3');
        else if (text.startsWith('0')) ws.send('40');
        else if (text.startsWith('40')) {
          clearTimeout(timer);
          resolve(ws);
        } else if (text.startsWith('44')) {
          clearTimeout(timer);
          reject(new Error(`refused: ${text.slice(2)}`));
        }
      });
    });

  const connectAll = async (tokens) => {
    const each = [];
    for (let i = 0; i < tokens.length; i += concurrency) {
      await Promise.all(
        tokens.slice(i, i + concurrency).map(async (token) => {
          const start = performance.now();
          const index = sockets.length;
          sockets.push(null);
          sockets[index] = await open(token, (event, payload, at) => {
            if (event === 'post:new') {
              let times = arrivals.get(payload.postId);
              if (!times) arrivals.set(payload.postId, (times = []));
              times.push(at);
              if (times.length === sockets.length) complete.get(payload.postId)?.();
            } else listeners.get(index)?.(event, at);
          });
          each.push(performance.now() - start);
        }),
      );
    }
    return each;
  };

  const collect = async (postId) => {
    if ((arrivals.get(postId)?.length ?? 0) < sockets.length) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, PUSH_TIMEOUT_MS);
        complete.set(postId, () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    complete.delete(postId);
    const times = arrivals.get(postId) ?? [];
    arrivals.delete(postId);
    return times;
  };

  parentPort.on('message', async (m) => {
    try {
      if (m.cmd === 'connect') {
        parentPort.postMessage({ id: m.id, each: await connectAll(m.tokens) });
      } else if (m.cmd === 'collect') {
        const times = await collect(m.postId);
        parentPort.postMessage({ id: m.id, times, gc: gc.take() });
      } else if (m.cmd === 'arm') {
        const pushed = new Promise((resolve) => {
          const timer = setTimeout(() => resolve(null), PUSH_TIMEOUT_MS);
          listeners.set(m.socket, (event, at) => {
            if (event !== 'notification:new') return;
            listeners.delete(m.socket);
            clearTimeout(timer);
            resolve(at);
          });
        });
        notified.set(m.socket, pushed);
        parentPort.postMessage({ id: m.id });
      } else if (m.cmd === 'notified') {
        const at = await notified.get(m.socket);
        notified.delete(m.socket);
        parentPort.postMessage({ id: m.id, at });
      } else if (m.cmd === 'close') {
        for (const ws of sockets.splice(0)) ws.close();
        parentPort.postMessage({ id: m.id });
      }
    } catch (err) {
      parentPort.postMessage({ id: m.id, error: err?.stack ?? String(err) });
    }
  });
}
