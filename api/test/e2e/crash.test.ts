import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../src/core/database/embedded.js';
import { createTestDatabase } from '../support/test-app.js';
import { GqlClient } from '../support/gql-client.js';
import { startApiProcess, type ApiProcess } from '../support/api-process.js';
import { pause } from '../support/sockets.js';

const PASSWORD = 'a-long-unusual-passphrase';

/**
 * An api process killed with SIGKILL right after committing loses nothing: the events its
 * commits wrote wait in the outbox, and the next process delivers them, each once.
 */
describe('a crash after a commit', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let sql: pg.Client;
  let dir: string;
  let url: string;
  let env: NodeJS.ProcessEnv;
  const servers: ApiProcess[] = [];

  async function start(): Promise<ApiProcess> {
    const s = await startApiProcess(env);
    servers.push(s);
    return s;
  }

  const pending = async () =>
    (await sql.query(`SELECT count(*)::int AS n FROM outbox WHERE pending <> '{}'`)).rows[0].n;

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    dir = await mkdtemp(join(tmpdir(), 'kizuna-crash-'));
    await chmod(dir, 0o755);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATA_DIR: dir,
      DATABASE_URL: db.url,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      WEB_DIST: '/nonexistent',
    };
    delete env.NODE_OPTIONS;
    delete env.REDIS_URL;
  }, 30_000);

  afterAll(async () => {
    for (const s of servers)
      if (s.proc.exitCode === null && s.proc.signalCode === null) s.proc.kill('SIGKILL');
    await Promise.all(servers.map((s) => s.exited));
    await sql.end();
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it('delivers the award, the badge and the notification once, after a restart', async () => {
    const first = await start();
    const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { member { id } } }`;
    const admin = new GqlClient(url);
    await admin.ok(SIGN_UP, {
      i: {
        email: 'admin@example.test',
        password: PASSWORD,
        displayName: '管理者',
        handle: 'admin',
      },
    });
    const author = new GqlClient(url);
    const { signUp } = await author.ok(SIGN_UP, {
      i: {
        email: 'author@example.test',
        password: PASSWORD,
        displayName: '投稿者',
        handle: 'author',
      },
    });
    const authorId: string = signUp.member.id;
    const { createSpace } = await admin.ok(
      `mutation($i: CreateSpaceInput!) { createSpace(input: $i) { id } }`,
      { i: { slug: 'talk', nameJa: '雑談', nameEn: 'Talk' } },
    );
    while ((await pending()) > 0) await pause(20);

    // Hold the author's stats row, so the dispatcher, delivering the post's activity, waits on
    // it inside its transaction: the events below are committed but not yet delivered.
    const blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT 1 FROM member_stats WHERE member_id = $1 FOR UPDATE`, [authorId]);

    const { createPost } = await author.ok(
      `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { spaceId: createSpace.id, title: 'はじめての投稿', body: 'よろしくお願いします' } },
    );
    const { createComment } = await admin.ok(
      `mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`,
      { i: { postId: createPost.id, body: 'ようこそ！' } },
    );
    first.proc.kill('SIGKILL');
    await first.exited;
    await blocker.query('ROLLBACK');
    await blocker.end();

    const effects = async () => ({
      awards: (
        await sql.query(
          `SELECT count(*)::int AS n FROM point_ledger WHERE member_id = $1 AND source = $2`,
          [authorId, `post:${createPost.id}`],
        )
      ).rows[0].n,
      badges: (
        await sql.query(
          `SELECT count(*)::int AS n FROM member_badges mb JOIN badges b ON b.id = mb.badge_id
            WHERE mb.member_id = $1 AND b.key = 'first-post'`,
          [authorId],
        )
      ).rows[0].n,
      notifications: (
        await sql.query(
          `SELECT count(*)::int AS n FROM notifications WHERE member_id = $1 AND comment_id = $2`,
          [authorId, createComment.id],
        )
      ).rows[0].n,
    });
    // Nothing happened yet: the kill came between the commits and their delivery.
    expect(await pending()).toBeGreaterThan(0);
    expect(await effects()).toEqual({ awards: 0, badges: 0, notifications: 0 });

    const second = await start();
    while ((await pending()) > 0) await pause(20);
    expect(await effects()).toEqual({ awards: 1, badges: 1, notifications: 1 });

    // Starting again redelivers nothing.
    second.proc.kill('SIGTERM');
    await second.exited;
    await start();
    while ((await pending()) > 0) await pause(20);
    expect(await effects()).toEqual({ awards: 1, badges: 1, notifications: 1 });
  }, 120_000);
});
