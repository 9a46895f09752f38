import { settle } from '../support/settle.js';
import { Socket as RawSocket } from 'node:net';
import type { Socket } from 'socket.io-client';
import { WebSocket } from 'ws';
import { SOCKET_PATH } from '@kizuna/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { createComment, createPost, setReaction } from '../support/content-api.js';
import { connected, cookieOf, nextPush, openSocket, record, settled } from '../support/sockets.js';
import { Db } from '../../src/core/database/db.js';
import { EventBus } from '../../src/core/domain-events/event-bus.js';
import { CommentsService } from '../../src/modules/posts/comments.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';
import type { Viewer } from '../../src/core/auth/viewer.js';

let t: TestApp;
let open: SpaceEntity;
let staffOnly: SpaceEntity;
let alice: MemberEntity;
let bob: MemberEntity;
let aliceC: GqlClient;
let bobC: GqlClient;
let modC: GqlClient;
const sockets: Socket[] = [];

const asViewer = (m: MemberEntity): Viewer => ({
  memberId: m.id,
  sessionId: 'test',
  role: m.role,
  status: m.status,
  locale: 'ja',
});

async function socketFor(client: GqlClient): Promise<Socket> {
  const s = await connected(openSocket(t.url, { cookie: cookieOf(client) }));
  sockets.push(s);
  return s;
}

const postIn = (c: GqlClient, space: SpaceEntity, title = '朝の一杯') =>
  createPost(c, { spaceId: space.id, title, body: '本文です' });

beforeAll(async () => {
  t = await startTestApp();
  open = await buildSpace(t.app);
  staffOnly = await buildSpace(t.app, { viewRoles: ['moderator', 'admin'] });
  const joined = new Date(Date.now() - 30 * 86_400_000);
  alice = await buildMember(t.app, { joinedAt: joined });
  bob = await buildMember(t.app, { joinedAt: joined });
  aliceC = await clientFor(t.app, t.url, alice);
  bobC = await clientFor(t.app, t.url, bob);
  modC = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(() => t.close());
// Pushes follow through the outbox: let each test's writes play out before the next one listens.
beforeEach(() => settle(t.app));

describe('handshake', () => {
  it('refuses a socket without a session', async () => {
    await expect(connected(openSocket(t.url))).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a forged or ended session', async () => {
    await expect(
      connected(openSocket(t.url, { cookie: 'kizuna_session=forged-token-value' })),
    ).rejects.toThrow('UNAUTHENTICATED');
    const gone = await clientFor(t.app, t.url, await buildMember(t.app));
    await gone.ok(`mutation { signOut }`);
    await expect(connected(openSocket(t.url, { cookie: cookieOf(gone) }))).rejects.toThrow();
  });

  it('refuses a suspended member', async () => {
    const m = await buildMember(t.app);
    const c = await clientFor(t.app, t.url, m);
    await t.app.get(Db).query(`UPDATE members SET status = 'suspended' WHERE id = $1`, [m.id]);
    await expect(connected(openSocket(t.url, { cookie: cookieOf(c) }))).rejects.toThrow(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a foreign Origin and accepts the site’s own', async () => {
    await expect(
      connected(openSocket(t.url, { cookie: cookieOf(aliceC), origin: 'https://evil.example' })),
    ).rejects.toThrow();
    const own = await connected(
      openSocket(t.url, { cookie: cookieOf(aliceC), origin: t.config.PUBLIC_URL }),
    );
    sockets.push(own);
    expect(own.connected).toBe(true);
  });

  it('turns down per-message compression that a client offers', async () => {
    const ws = new WebSocket(
      `${t.url.replace(/^http/, 'ws')}${SOCKET_PATH}/?EIO=4&transport=websocket`,
      { perMessageDeflate: true, headers: { cookie: cookieOf(aliceC) } },
    );
    try {
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      expect(ws.extensions).toBe('');
    } finally {
      ws.close();
    }
  });

  it('ends the sockets of a session when it signs out', async () => {
    const c = await clientFor(t.app, t.url, await buildMember(t.app));
    const s = await socketFor(c);
    const closed = new Promise((r) => s.once('disconnect', r));
    await c.ok(`mutation { signOut }`);
    await closed;
    expect(s.connected).toBe(false);
  });
});

describe('rooms', () => {
  it('closes a member’s sockets when their role changes, so they rejoin with the new rooms', async () => {
    const m = await buildMember(t.app);
    const s = await socketFor(await clientFor(t.app, t.url, m));
    const admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
    const closed = new Promise((r) => s.once('disconnect', r));
    await admin.ok(`mutation($id: ID!) { setRole(memberId: $id, role: MODERATOR) { id } }`, {
      id: m.id,
    });
    await closed;
    const again = await socketFor(await clientFor(t.app, t.url, { ...m, role: 'moderator' }));
    const pushed = nextPush(again, 'post:new');
    const secret = await postIn(modC, staffOnly, '昇格後に見える');
    expect(await pushed).toMatchObject({ postId: secret, spaceId: staffOnly.id });
  });

  it('pushes a new post to members who can read its space, never to others', async () => {
    const bobS = await socketFor(bobC);
    const modS = await socketFor(modC);
    const bobSeen = record(bobS, 'post:new');
    const pushed = nextPush(bobS, 'post:new');
    const modPushed = nextPush(modS, 'post:new');
    const id = await postIn(aliceC, open);
    expect(await pushed).toEqual({ postId: id, spaceId: open.id, authorId: alice.id });
    expect(await modPushed).toEqual({ postId: id, spaceId: open.id, authorId: alice.id });

    const modSecret = nextPush(modS, 'post:new');
    const secret = await postIn(modC, staffOnly, 'スタッフ向け');
    expect(await modSecret).toMatchObject({ postId: secret, spaceId: staffOnly.id });
    await settle(t.app);
    await settled(bobS);
    expect(bobSeen.map((e) => e.data)).toEqual([
      { postId: id, spaceId: open.id, authorId: alice.id },
    ]);
  });

  it('pushes a new post while other consumers of its event are still at work', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let slowStarted!: () => void;
    const started = new Promise<void>((r) => (slowStarted = r));
    let holding = true;
    t.app.get(EventBus).on('post.created', 'test.slow', async () => {
      if (!holding) return;
      slowStarted();
      await held;
    });
    try {
      const s = await socketFor(bobC);
      const pushed = nextPush(s, 'post:new');
      const id = await postIn(aliceC, open, '待たずに届く');
      await started;
      expect(await pushed).toMatchObject({ postId: id });
    } finally {
      holding = false;
      release();
    }
  });

  it('moves open sockets in and out of a space’s room as who may read it changes', async () => {
    const admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
    const s = await socketFor(bobC);
    const seen = record(s, 'post:new');
    const created = (
      await admin.ok(`mutation($i: CreateSpaceInput!) { createSpace(input: $i) { id } }`, {
        i: { slug: `live-${Date.now()}`, nameJa: '新設', nameEn: 'New' },
      })
    ).createSpace.id as string;
    // Open sockets join the new space's room once the event has been delivered.
    await settle(t.app);
    const first = nextPush(s, 'post:new');
    const space = { id: created } as SpaceEntity;
    const visible = await postIn(modC, space, '新しいスペースの投稿');
    expect(await first).toMatchObject({ postId: visible, spaceId: created });

    await admin.ok(`mutation($i: UpdateSpaceInput!) { updateSpace(input: $i) { id } }`, {
      i: { id: created, viewRoles: ['MODERATOR', 'ADMIN'] },
    });
    await settle(t.app);
    await postIn(modC, space, 'スタッフ限定になった後');
    await settle(t.app);
    await settled(s);
    expect(seen.map((e) => (e.data as { postId: string }).postId)).toEqual([visible]);
  });

  it('keeps space rooms when a page unsubscribes from one', async () => {
    const s = await socketFor(bobC);
    expect(await s.emitWithAck('unsubscribe', { room: `space:${open.id}` })).toEqual({ ok: true });
    const pushed = nextPush(s, 'post:new');
    const id = await postIn(aliceC, open);
    expect(await pushed).toMatchObject({ postId: id });
  });

  it('lets a member join a post’s room only when they may read the post', async () => {
    const s = await socketFor(bobC);
    const visible = await postIn(aliceC, open);
    const hidden = await postIn(modC, staffOnly, '非公開');
    expect(await s.emitWithAck('subscribe', { room: `post:${visible}` })).toEqual({ ok: true });
    expect(await s.emitWithAck('subscribe', { room: `post:${hidden}` })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await s.emitWithAck('subscribe', { room: `space:${staffOnly.id}` })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    const seen = record(s, 'comment:new');
    await createComment(modC, hidden, { body: 'スタッフのみ' });
    const pushed = nextPush(s, 'comment:new');
    const commentId = await createComment(aliceC, visible);
    expect(await pushed).toEqual({ postId: visible, commentId, parentId: null });
    await settle(t.app);
    await settled(s);
    expect(seen).toHaveLength(1);
  });

  it('pushes reaction changes to the post’s room, once per real change', async () => {
    const id = await postIn(bobC, open);
    const s = await socketFor(aliceC);
    await s.emitWithAck('subscribe', { room: `post:${id}` });
    const seen = record(s, 'reactions:changed');
    await setReaction(aliceC, id);
    await setReaction(aliceC, id);
    await settle(t.app);
    await settled(s);
    expect(seen.map((e) => e.data)).toEqual([{ postId: id, targetType: 'post', targetId: id }]);
  });

  it('delivers a member’s notifications to that member only', async () => {
    const id = await postIn(bobC, open);
    const bobS = await socketFor(bobC);
    const aliceS = await socketFor(aliceC);
    const aliceSeen = record(aliceS, 'notification:new');
    const pushed = nextPush(bobS, 'notification:new');
    await createComment(aliceC, id, { body: '参考になります' });
    expect(await pushed).toMatchObject({ kind: 'reply_to_post', unreadCount: expect.any(Number) });
    await settle(t.app);
    await settled(aliceS);
    expect(aliceSeen).toEqual([]);
  });
});

describe('after commit only', () => {
  it('pushes and notifies nothing for a write that rolled back', async () => {
    const id = await postIn(bobC, open);
    const s = await socketFor(bobC);
    await s.emitWithAck('subscribe', { room: `post:${id}` });
    const seen = record(s, 'comment:new', 'notification:new');
    const db = t.app.get(Db);
    await expect(
      db.transaction(async () => {
        await t.app
          .get(CommentsService)
          .create(asViewer(alice), { postId: id, body: '取り消される' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await settle(t.app);
    await settled(s);
    expect(seen).toEqual([]);
    const rows = await db.query<unknown[]>(
      `SELECT 1 FROM comments WHERE post_id = $1 UNION ALL SELECT 1 FROM notifications WHERE post_id = $1`,
      [id],
    );
    expect(rows).toEqual([]);
  });
});

describe('malformed messages', () => {
  it('answers bad payloads with an error and keeps serving', async () => {
    const s = await socketFor(aliceC);
    const bad: unknown[] = [
      undefined,
      'post:x',
      42,
      [],
      { room: 123 },
      { room: 'post:not-a-uuid' },
      { room: 'member:00000000-0000-4000-8000-000000000000' },
      { room: `space:${open.id}`, extra: true },
      JSON.parse(`{"room": "space:${open.id}", "__proto__": {"polluted": true}}`),
      { room: { toString: null } },
    ];
    for (const payload of bad) {
      expect(await s.emitWithAck('subscribe', payload)).toMatchObject({
        ok: false,
        code: 'BAD_REQUEST',
      });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    s.emit('no-such-event', { a: 1 });
    expect(await s.emitWithAck('subscribe', { room: `space:${open.id}` })).toEqual({ ok: true });
  });

  it('drops a connection that sends a huge payload, and the server keeps running', async () => {
    const s = await socketFor(aliceC);
    const closed = new Promise((r) => s.once('disconnect', r));
    s.emit('subscribe', { room: 'x'.repeat(100_000) });
    await closed;
    const again = await socketFor(aliceC);
    expect(await again.emitWithAck('subscribe', { room: `space:${open.id}` })).toEqual({
      ok: true,
    });
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('survives garbage on the raw connection', async () => {
    const { port } = new URL(t.url);
    await new Promise<void>((resolve) => {
      const raw = new RawSocket();
      raw.connect(Number(port), '127.0.0.1', () => {
        raw.write(
          'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: bad\r\nSec-WebSocket-Version: 13\r\n\r\n\x00\xff\xfe garbage',
        );
        setTimeout(() => {
          raw.destroy();
          resolve();
        }, 200);
      });
    });
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const s = await socketFor(bobC);
    expect(s.connected).toBe(true);
  });
});
