import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/core/database/embedded.js';
import { GqlClient } from '../support/gql-client.js';
import { untilReady } from '../support/probes.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import { startApiProcess, type ApiProcess } from '../support/api-process.js';

/** The server as `npm start` runs it: no DATABASE_URL, so it brings its own PostgreSQL. */
describe('booting with the embedded PostgreSQL', () => {
  let dir: string;
  let server: ApiProcess;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kizuna-boot-'));
    await chmod(dir, 0o755);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    };
    delete env.DATABASE_URL;
    delete env.NODE_OPTIONS;
    server = await startApiProcess(env);
  }, 70_000);

  afterAll(async () => {
    if (server?.proc.exitCode === null) server.proc.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('reaches /readyz, seeds the demo community and prints how to sign in', async () => {
    const ready = await untilReady(url);
    expect(ready.status).toBe(200);
    expect(server.output).toContain('admin@komorebi.example');
    expect(server.output).toContain(DEMO_PASSWORD);
    const c = await new GqlClient(url).signIn('admin@komorebi.example', DEMO_PASSWORD);
    const { me, community } = await c.ok(`{ me { role } community { name } }`);
    expect(me.role).toBe('ADMIN');
    expect(community.name).toBe('こもれび珈琲 コミュニティ');
    const { members } = await c.ok(`{ members(first: 100) { nodes { id } } }`);
    expect(members.nodes.length).toBeGreaterThanOrEqual(30);
    const content =
      await c.ok(`{ spaces { nodes { slug } } unanswered: posts(sort: UNANSWERED, first: 100) { nodes { id } }
      solved: posts(solved: true, first: 100) { nodes { id } } feed: posts(first: 100) { nodes { commentCount } pageInfo { hasNextPage } } }`);
    expect(content.spaces.nodes).toHaveLength(5);
    expect(content.feed.pageInfo.hasNextPage).toBe(true);
    expect(
      content.feed.nodes.reduce((n: number, p: { commentCount: number }) => n + p.commentCount, 0),
    ).toBeGreaterThan(300);
    expect(content.solved.nodes.length).toBeGreaterThan(10);
    expect(content.unanswered.nodes.length).toBeGreaterThan(10);

    const haruka = await new GqlClient(url).signIn('haruka_s@komorebi.example', DEMO_PASSWORD);
    const inbox = await haruka.ok(
      `{ notificationUnreadCount notifications(first: 50) { nodes { kind read actors { handle } } } }`,
    );
    expect(inbox.notificationUnreadCount).toBeGreaterThan(0);
    expect(inbox.notifications.nodes.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['MODERATOR_MESSAGE', 'REPLY_TO_POST']),
    );
    expect(inbox.notifications.nodes.some((n: { read: boolean }) => n.read)).toBe(true);

    const ranked = await c.ok(
      `{ members(first: 100) { nodes { standing { lifetime currentStreak rank { position } } } } }`,
    );
    const standings = ranked.members.nodes.map(
      (m: { standing: { lifetime: number; rank: { position: number } } }) => m.standing,
    );
    expect(
      new Set(standings.map((s: { rank: { position: number } }) => s.rank.position)).size,
    ).toBeGreaterThanOrEqual(3);
    expect(standings.filter((s: { lifetime: number }) => s.lifetime > 0).length).toBeGreaterThan(
      20,
    );
    const history = await haruka.ok(
      `{ pointHistory(handle: "haruka_s", first: 5) { nodes { rule points } } }`,
    );
    expect(history.pointHistory.nodes.length).toBe(5);
    const play = await haruka.ok(`{ missions { titleJa kind } badges { holderCount } }`);
    expect(play.missions.map((m: { titleJa: string }) => m.titleJa)).toContain(
      '今週のフォトチャレンジ',
    );
    expect(
      play.badges.reduce((n: number, b: { holderCount: number }) => n + b.holderCount, 0),
    ).toBeGreaterThan(10);
  });

  it('shuts down on SIGTERM, stopping its PostgreSQL', async () => {
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    // PostgreSQL removes its pid file only on a clean shutdown.
    expect(existsSync(join(dir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 15_000);
});
