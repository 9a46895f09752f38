import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSRF_COOKIE, CSRF_HEADER } from '@kizuna/shared';
import { freePort } from '../../src/core/database/embedded.js';
import { startApiProcess, type ApiProcess } from '../support/api-process.js';
import { GqlClient } from '../support/gql-client.js';
import { pause } from '../support/sockets.js';

const PASSWORD = 'a-long-unusual-passphrase';

/** The server as `npm start` runs it, on its own embedded PostgreSQL in `dir`. */
function start(dir: string, port: number): Promise<ApiProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    SEED_DEMO: 'false',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.NODE_OPTIONS;
  return startApiProcess(env);
}

/** One request on its own connection (no keep-alive), so each either reaches the server or not. */
function post(url: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** PostgreSQL's processes for the cluster in `dir`: the postmaster and its children. */
function postgresProcesses(dir: string): number[] {
  const pid = Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);
  return [pid, ...children];
}

describe('stopping under load', () => {
  let dir: string;
  let url: string;
  let port: number;
  let server: ApiProcess;
  let admin: GqlClient;
  let author: GqlClient;
  let postId: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kizuna-shutdown-'));
    await chmod(dir, 0o755);
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = await start(dir, port);
    const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { member { id } } }`;
    // The first account of an empty community is its admin.
    admin = new GqlClient(url);
    await admin.ok(SIGN_UP, {
      i: {
        email: 'admin@example.test',
        password: PASSWORD,
        displayName: '管理者',
        handle: 'admin',
      },
    });
    author = new GqlClient(url);
    await author.ok(SIGN_UP, {
      i: {
        email: 'author@example.test',
        password: PASSWORD,
        displayName: '投稿者',
        handle: 'author',
      },
    });
    const { createSpace } = await admin.ok(
      `mutation($i: CreateSpaceInput!) { createSpace(input: $i) { id } }`,
      { i: { slug: 'talk', nameJa: '雑談', nameEn: 'Talk' } },
    );
    const { createPost } = await author.ok(
      `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { spaceId: createSpace.id, title: '返信をください', body: 'どうぞ' } },
    );
    postId = createPost.id;
  }, 90_000);

  afterAll(async () => {
    if (server.proc.exitCode === null && server.proc.signalCode === null)
      server.proc.kill('SIGKILL');
    await server.exited;
    await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it('answers /readyz with 503 while its database does not answer, and 200 again after', async () => {
    const frozen = postgresProcesses(dir);
    for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    try {
      const res = await fetch(`${url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'database unreachable' });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      for (const pid of frozen) process.kill(pid, 'SIGCONT');
    }
    let status = 0;
    while (status !== 200) status = (await fetch(`${url}/readyz`)).status;
  });

  it('finishes every request in flight on SIGTERM, with all its after-commit work', async () => {
    const headers = {
      'content-type': 'application/json',
      cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      [CSRF_HEADER]: admin.cookies.get(CSRF_COOKIE)!,
    };
    const body = (i: number) =>
      JSON.stringify({
        query: `mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`,
        variables: { i: { postId, body: `返信 ${i}` } },
      });
    const acknowledged: string[] = [];
    const failures: string[] = [];
    let sent = 0;
    let stopped = false;
    const worker = async () => {
      while (!stopped) {
        try {
          const res = await post(`${url}/graphql`, headers, body(sent++));
          const json = JSON.parse(res.body) as { data?: { createComment?: { id: string } } };
          if (res.status !== 200 || !json.data?.createComment) failures.push(res.body);
          else acknowledged.push(json.data.createComment.id);
        } catch (err) {
          // After the listener closes, connections are refused (or reset before being read).
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ECONNREFUSED' || code === 'ECONNRESET') stopped = true;
          else failures.push(String(err));
        }
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, worker));
    while (acknowledged.length < 30) await pause(10);
    server.proc.kill('SIGTERM');
    await load;
    expect(await server.exited).toBe(0);
    expect(failures).toEqual([]);
    expect(server.output).not.toMatch(/Connection terminated|after-commit work failed|job failed/);

    // Everything acknowledged was kept, nothing was written without an answer, and every reply
    // notified the author, once.
    server = await start(dir, port);
    const me = await author.signIn('author@example.test', PASSWORD);
    const { post: p } = await me.ok(`query($id: ID!) { post(id: $id) { commentCount } }`, {
      id: postId,
    });
    expect(p.commentCount).toBe(acknowledged.length);
    const { notifications } = await me.ok(
      `{ notifications(first: 100) { nodes { kind commentId } } }`,
    );
    const replies = notifications.nodes.filter((n: { kind: string }) => n.kind === 'REPLY_TO_POST');
    expect(replies.map((n: { commentId: string }) => n.commentId).sort()).toEqual(
      [...acknowledged].sort(),
    );
  }, 120_000);
});
