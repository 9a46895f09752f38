import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Queue } from 'bullmq';
import type { Socket } from 'socket.io-client';
import { freePort } from '../../src/core/database/embedded.js';
import { createTestDatabase } from '../support/test-app.js';
import { GqlClient } from '../support/gql-client.js';
import { untilReady } from '../support/probes.js';
import { startRedis, type TestRedis } from '../support/redis.js';
import { until } from '../support/settle.js';
import { connected, cookieOf, nextPush, openSocket, pause } from '../support/sockets.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const PASSWORD = 'a-long-unusual-passphrase';

interface Instance {
  name: string;
  url: string;
  dir: string;
  proc: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
}

/** The JSON log lines an instance printed (other lines, such as the banner, are skipped). */
function logLines(i: Instance): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const line of i.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      // a line still being written
    }
  }
  return out;
}

const jobsDone = (instances: Instance[], job: string) =>
  instances.flatMap(logLines).filter((l) => l.msg === 'job done' && l.job === job);

/** Two api processes sharing one database and one Redis, as behind a load balancer. */
describe('two api instances on one Redis', () => {
  let redis: TestRedis | undefined;
  let db: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let queue: Queue | undefined;
  let sql: pg.Client | undefined;
  let socket: Socket | undefined;
  const instances: Instance[] = [];

  async function spawnInstance(name: string, common: NodeJS.ProcessEnv): Promise<Instance> {
    const dir = await mkdtemp(join(tmpdir(), `kizuna-${name}-`));
    await chmod(dir, 0o755);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...common,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATA_DIR: dir,
    };
    const proc = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const i: Instance = {
      name,
      url,
      dir,
      proc,
      stdout: '',
      stderr: '',
      exited: new Promise((resolve) => proc.once('exit', (code) => resolve(code))),
    };
    instances.push(i);
    proc.stdout!.on('data', (d) => (i.stdout += d));
    proc.stderr!.on('data', (d) => (i.stderr += d));
    return i;
  }

  async function ready(i: Instance): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (!i.stdout.includes('Kizuna is running at')) {
      if (i.proc.exitCode !== null || Date.now() > deadline)
        throw new Error(`instance ${i.name} did not start:\n${i.stdout}\n${i.stderr}`);
      await pause(100);
    }
    expect((await untilReady(i.url)).status).toBe(200);
  }

  /** No job waiting or running (the recurring jobs' next runs stay delayed). */
  async function drained(): Promise<void> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const c = await queue!.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      if (Object.values(c).every((n) => n === 0)) break;
      if (Date.now() > deadline) throw new Error(`jobs still pending: ${JSON.stringify(c)}`);
      await pause(50);
    }
  }

  /** Every outbox event delivered to every consumer (the instances' dispatchers are done). */
  async function outboxDrained(): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await sql!.query(
        `SELECT count(*)::int AS n FROM outbox WHERE pending <> '{}'`,
      );
      if (rows[0].n === 0) return;
      if (Date.now() > deadline) throw new Error(`${rows[0].n} events still pending`);
      await pause(50);
    }
  }

  /**
   * Everything the requests set off has happened: jobs (visits are recorded by one) and the
   * events they and the requests wrote, until neither leaves more work.
   */
  async function settled(): Promise<void> {
    for (;;) {
      await drained();
      await outboxDrained();
      const c = await queue!.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      if (Object.values(c).every((n) => n === 0)) return;
    }
  }

  /** Events an instance delivered, per consumer, from its /metrics. */
  async function deliveredBy(i: Instance): Promise<Record<string, number>> {
    const text = await (await fetch(`${i.url}/metrics`)).text();
    return Object.fromEntries(
      [...text.matchAll(/^kizuna_outbox_delivered_total\{consumer="([^"]+)"\} (\d+)$/gm)].map(
        (m) => [m[1], Number(m[2])],
      ),
    );
  }

  /**
   * The runs of `job` the instances logged, once at least one has reached this process (their
   * output arrives through pipes, a little after the queue says the job is done).
   */
  async function logged(job: string) {
    const deadline = Date.now() + 15_000;
    while (!jobsDone(instances, job).length) {
      if (Date.now() > deadline) throw new Error(`no instance logged ${job}`);
      await pause(50);
    }
    return jobsDone(instances, job);
  }

  beforeAll(async () => {
    redis = await startRedis();
    db = await createTestDatabase();
    const common: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      WEB_DIST: '/nonexistent',
    };
    delete common.NODE_OPTIONS;
    // A schedule an earlier version left behind, which the instances remove at start.
    const earlier = new Queue('kizuna', { connection: { url: redis.url } });
    await earlier.upsertJobScheduler('leaderboards.refresh', { every: 60_000 });
    await earlier.close();
    const a = await spawnInstance('a', common);
    const b = await spawnInstance('b', common);
    await Promise.all([ready(a), ready(b)]);
    queue = new Queue('kizuna', { connection: { url: redis.url } });
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  }, 90_000);

  afterAll(async () => {
    socket?.disconnect();
    await queue?.close();
    await sql?.end();
    for (const i of instances)
      if (i.proc.exitCode === null && i.proc.signalCode === null) i.proc.kill('SIGKILL');
    await Promise.all(instances.map((i) => i.exited));
    await Promise.all(instances.map((i) => rm(i.dir, { recursive: true, force: true })));
    await db?.drop();
    await redis?.stop();
  }, 30_000);

  it('delivers each event once per consumer and pushes across instances', async () => {
    const [a, b] = instances;
    const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { member { id } } }`;
    const tag = randomBytes(3).toString('hex');
    const emailA = `alice_${tag}@example.test`;
    const emailB = `bob_${tag}@example.test`;
    await new GqlClient(a.url).ok(SIGN_UP, {
      i: { email: emailA, password: PASSWORD, displayName: 'Alice', handle: `alice_${tag}` },
    });
    const { signUp } = await new GqlClient(b.url).ok(SIGN_UP, {
      i: { email: emailB, password: PASSWORD, displayName: 'Bob', handle: `bob_${tag}` },
    });
    const bobId: string = signUp.member.id;
    await sql!.query(`UPDATE members SET role = 'admin' WHERE email = $1`, [emailA]);
    // Badges (a first post) notify too; this test follows the reply's notification alone.
    await sql!.query(`UPDATE badges SET enabled = false`);

    const alice = await new GqlClient(a.url).signIn(emailA, PASSWORD);
    const bob = await new GqlClient(b.url).signIn(emailB, PASSWORD);

    const { createSpace: space } = await alice.ok(
      `mutation($i: CreateSpaceInput!) { createSpace(input: $i) { id } }`,
      { i: { slug: `talk-${tag}`, nameJa: '雑談', nameEn: 'Talk' } },
    );
    const { createPost: post } = await bob.ok(
      `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { spaceId: space.id, title: 'Two instances', body: 'Hello from instance B.' } },
    );

    // Bob's browser is connected to instance B and watches his post.
    socket = await connected(openSocket(b.url, { cookie: cookieOf(bob), origin: b.url }));
    expect(
      await socket.timeout(5000).emitWithAck('subscribe', { room: `post:${post.id}` }),
    ).toEqual({ ok: true });
    const notified = nextPush(socket, 'notification:new', 10_000);
    const commented = nextPush(socket, 'comment:new', 10_000);

    // Alice, on instance A, replies.
    const { createComment: comment } = await alice.ok(
      `mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`,
      { i: { postId: post.id, body: 'Reply from instance A.' } },
    );

    expect(await commented).toEqual({ postId: post.id, commentId: comment.id, parentId: null });
    expect(await notified).toEqual({
      id: expect.any(String),
      kind: 'reply_to_post',
      unreadCount: 1,
    });
    expect((await bob.ok(`{ notificationUnreadCount }`)).notificationUnreadCount).toBe(1);

    // Twenty more replies, sent to both instances at once with the same session.
    const aliceOnB = new GqlClient(b.url);
    for (const [k, v] of alice.cookies) aliceOnB.cookies.set(k, v);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? aliceOnB : alice).ok(
          `mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`,
          { i: { postId: post.id, body: `返信 ${i}` } },
        ),
      ),
    );
    await settled();
    const { rows } = await sql!.query(
      `SELECT count(*)::int AS n, count(DISTINCT comment_id)::int AS comments FROM notifications
        WHERE member_id = $1 AND kind = 'reply_to_post'`,
      [bobId],
    );
    expect(rows).toEqual([{ n: 21, comments: 21 }]);

    // Every event was handled once per consumer: what the two instances say they delivered
    // adds up to what the outbox holds, consumer by consumer.
    const owed = await sql!.query<{ consumer: string; n: number }>(
      `SELECT c AS consumer, count(*)::int AS n FROM outbox, unnest(consumers) c GROUP BY c`,
    );
    // An instance counts a delivery once its commit has returned, a moment after the outbox
    // shows it: wait for the counts to catch up (a second delivery would overshoot instead).
    let onA: Record<string, number> = {};
    let onB: Record<string, number> = {};
    const deadline = Date.now() + 10_000;
    do {
      [onA, onB] = await Promise.all(instances.map(deliveredBy));
      if (owed.rows.every((r) => (onA[r.consumer] ?? 0) + (onB[r.consumer] ?? 0) >= r.n)) break;
      await pause(50);
    } while (Date.now() < deadline);
    expect(Object.fromEntries(owed.rows.map((r) => [r.consumer, r.n]))).toEqual(
      Object.fromEntries(
        owed.rows.map((r) => [r.consumer, (onA[r.consumer] ?? 0) + (onB[r.consumer] ?? 0)]),
      ),
    );
    expect(owed.rows.find((r) => r.consumer === 'notifications')!.n).toBeGreaterThanOrEqual(21);

    // Spaces are kept in memory on each instance: renamed on A, A's next feed shows it and B's
    // follows once the change is heard.
    const feedSpace = async (client: GqlClient) =>
      (await client.ok(`{ posts(first: 1) { nodes { space { nameEn } } } }`)).posts.nodes[0].space
        .nameEn;
    expect(await feedSpace(alice)).toBe('Talk');
    expect(await feedSpace(bob)).toBe('Talk');
    await alice.ok(`mutation($i: UpdateSpaceInput!) { updateSpace(input: $i) { id } }`, {
      i: { id: space.id, nameEn: 'Chat' },
    });
    expect(await feedSpace(alice)).toBe('Chat');
    await until(async () => (await feedSpace(bob)) === 'Chat');
  }, 60_000);

  it('holds a posting limit exactly when requests arrive at both instances at once', async () => {
    const [a, b] = instances;
    const tag = randomBytes(3).toString('hex');
    const email = `carol_${tag}@example.test`;
    await new GqlClient(a.url).ok(
      `mutation($i: SignUpInput!) { signUp(input: $i) { member { id } } }`,
      { i: { email, password: PASSWORD, displayName: 'Carol', handle: `carol_${tag}` } },
    );
    const onA = await new GqlClient(a.url).signIn(email, PASSWORD);
    // The same session, sent to the other instance.
    const onB = new GqlClient(b.url);
    for (const [k, v] of onA.cookies) onB.cookies.set(k, v);
    const { rows } = await sql!.query(`SELECT id FROM spaces ORDER BY created_at LIMIT 1`);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? onB : onA).gql(`mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, {
          i: { spaceId: rows[0].id, title: `同時 ${i}`, body: '本文' },
        }),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK');
    // A member on their first day may post 3 times an hour.
    expect(codes.filter((c) => c === 'OK')).toHaveLength(3);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(17);
  }, 30_000);

  it('keeps one scheduler per recurring job, not one per instance, and none of earlier versions', async () => {
    const schedulers = await queue!.getJobSchedulers();
    const names = schedulers.map((s) => s.key ?? s.name).sort();
    expect(names).toEqual([
      'analytics.daily',
      'analytics.incremental',
      'events.sweep',
      'members.lift-expired-sanctions',
      'notifications.anniversaries',
      'notifications.digest',
      'outbox.prune',
      'rate-limits.prune',
      'surveys.sweep',
    ]);
    await drained();
    // Each first run happened on one instance only.
    expect(await logged('notifications.anniversaries')).toHaveLength(1);
    expect(await logged('notifications.digest')).toHaveLength(1);
  }, 30_000);

  it('both shut down cleanly on SIGTERM', async () => {
    socket?.disconnect();
    for (const i of instances) i.proc.kill('SIGTERM');
    const codes = await Promise.all(instances.map((i) => i.exited));
    expect(codes).toEqual([0, 0]);
    for (const i of instances) expect(i.stderr).toBe('');
  }, 20_000);
});
