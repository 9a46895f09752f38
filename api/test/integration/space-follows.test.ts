import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace, setVisibleToVisitors } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { concurrently } from '../support/probes.js';
import { settle } from '../support/settle.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import { EventBus } from '../../src/core/domain-events/event-bus.js';

const FOLLOW = `mutation($id: ID!, $follow: Boolean!) {
  followSpace(spaceId: $id, follow: $follow) { id viewerFollows followerCount } }`;
const SPACE = `query($slug: String!) { space(slug: $slug) { id viewerFollows followerCount } }`;
const CREATE_EVENT = `mutation($i: CreateEventInput!) { createEvent(input: $i) { id status } }`;
const PUBLISH = `mutation($id: ID!) { publishEvent(id: $id) { id status } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { nodes { kind params { title } subject { type id } } } }`;

let t: TestApp;
let mod: GqlClient;

beforeAll(async () => {
  t = await startTestApp();
  mod = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
});
afterAll(() => t.close());

async function person() {
  const m = await buildMember(t.app);
  return { m, c: await clientFor(t.app, t.url, m) };
}

const rowsOf = (spaceId: string) =>
  t.app
    .get(Db)
    .query<Array<{ memberId: string }>>(
      `SELECT member_id AS "memberId" FROM space_follows WHERE space_id = $1`,
      [spaceId],
    );

describe('following a space', () => {
  it('follows and unfollows, with the count and the viewer’s state', async () => {
    const space = await buildSpace(t.app);
    const a = await person();
    const b = await person();
    expect((await a.c.ok(SPACE, { slug: space.slug })).space).toEqual({
      id: space.id,
      viewerFollows: false,
      followerCount: 0,
    });

    expect((await a.c.ok(FOLLOW, { id: space.id, follow: true })).followSpace).toEqual({
      id: space.id,
      viewerFollows: true,
      followerCount: 1,
    });
    await b.c.ok(FOLLOW, { id: space.id, follow: true });
    expect((await a.c.ok(SPACE, { slug: space.slug })).space).toMatchObject({
      viewerFollows: true,
      followerCount: 2,
    });

    expect((await a.c.ok(FOLLOW, { id: space.id, follow: false })).followSpace).toEqual({
      id: space.id,
      viewerFollows: false,
      followerCount: 1,
    });
    // Unfollowing again changes nothing.
    await a.c.ok(FOLLOW, { id: space.id, follow: false });
    expect(await rowsOf(space.id)).toEqual([{ memberId: b.m.id }]);
  });

  it('reads each field after the change within one request', async () => {
    const space = await buildSpace(t.app);
    const a = await person();
    const r = await a.c.ok(
      `mutation($id: ID!) {
        on: followSpace(spaceId: $id, follow: true) { viewerFollows followerCount }
        off: followSpace(spaceId: $id, follow: false) { viewerFollows followerCount } }`,
      { id: space.id },
    );
    expect(r).toEqual({
      on: { viewerFollows: true, followerCount: 1 },
      off: { viewerFollows: false, followerCount: 0 },
    });
  });

  it('keeps one row when the same member follows 20 times at once', async () => {
    const space = await buildSpace(t.app);
    const a = await person();
    const results = await concurrently(20, () => a.c.gql(FOLLOW, { id: space.id, follow: true }));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(await rowsOf(space.id)).toEqual([{ memberId: a.m.id }]);
    expect((await a.c.ok(SPACE, { slug: space.slug })).space).toMatchObject({
      viewerFollows: true,
      followerCount: 1,
    });
  });

  it('cannot follow a space one cannot see, nor one that does not exist', async () => {
    const hidden = await buildSpace(t.app, { viewRoles: ['moderator'] });
    const a = await person();
    for (const id of [hidden.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const r = await a.c.gql(FOLLOW, { id, follow: true });
      expect(r.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(r.errors?.[0].message).toBe('This space was not found.');
    }
    expect(await rowsOf(hidden.id)).toEqual([]);
    // Staff see it, and may follow it.
    expect((await mod.ok(FOLLOW, { id: hidden.id, follow: true })).followSpace.viewerFollows).toBe(
      true,
    );
  });

  it('takes no new followers in an archived space, but lets followers leave', async () => {
    const space = await buildSpace(t.app);
    const staff = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
    await staff.ok(FOLLOW, { id: space.id, follow: true });
    await mod.ok(`mutation($i: UpdateSpaceInput!) { updateSpace(input: $i) { id } }`, {
      i: { id: space.id, archived: true },
    });
    const refused = await mod.gql(FOLLOW, { id: space.id, follow: true });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'spaceId', issue: 'INVALID_VALUE' }],
    });
    expect((await staff.ok(FOLLOW, { id: space.id, follow: false })).followSpace).toMatchObject({
      viewerFollows: false,
      followerCount: 0,
    });
  });

  it('shows visitors the count, never as following', async () => {
    const space = await buildSpace(t.app);
    await (await person()).c.ok(FOLLOW, { id: space.id, follow: true });
    await setVisibleToVisitors(t.app, true);
    try {
      const visitor = t.client();
      expect((await visitor.ok(SPACE, { slug: space.slug })).space).toMatchObject({
        viewerFollows: false,
        followerCount: 1,
      });
      expect((await visitor.gql(FOLLOW, { id: space.id, follow: true })).errors?.[0]).toMatchObject(
        { extensions: { code: 'UNAUTHENTICATED' } },
      );
    } finally {
      await setVisibleToVisitors(t.app, false);
    }
  });

  it('forgets a member’s follows when the member is deleted', async () => {
    const space = await buildSpace(t.app);
    const a = await person();
    await a.c.ok(FOLLOW, { id: space.id, follow: true });
    // What the member's sign-in set off (their visit, its points) is done before they go.
    await settle(t.app);
    await t.app.get(Db).query(`DELETE FROM members WHERE id = $1`, [a.m.id]);
    expect(await rowsOf(space.id)).toEqual([]);
  });
});

describe('new events in a followed space', () => {
  const inDays = (days: number, hours = 0) =>
    new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString();
  const eventInput = (spaceId: string, o: Record<string, unknown> = {}) => ({
    title: '新豆のカッピング会',
    kind: 'ONLINE',
    startsAt: inDays(10),
    endsAt: inDays(10, 2),
    timeZone: 'Asia/Tokyo',
    spaceId,
    publish: true,
    ...o,
  });
  const newEventNotices = async (c: GqlClient) =>
    (await c.ok(NOTIFICATIONS)).notifications.nodes.filter(
      (n: { kind: string }) => n.kind === 'EVENT_NEW',
    );

  it('tells every follower who can see it, once, and no one else', async () => {
    const space = await buildSpace(t.app);
    const followers = await Promise.all([person(), person(), person()]);
    const bystander = await person();
    // Followed while the space was open to every role; then it was closed to theirs.
    const shutOut = await buildMember(t.app, { role: 'product' });
    const shutOutClient = await clientFor(t.app, t.url, shutOut);
    for (const c of [...followers.map((f) => f.c), shutOutClient, mod])
      await c.ok(FOLLOW, { id: space.id, follow: true });
    await mod.ok(`mutation($i: UpdateSpaceInput!) { updateSpace(input: $i) { id } }`, {
      i: { id: space.id, viewRoles: ['MEMBER'] },
    });

    const event = (await mod.ok(CREATE_EVENT, { i: eventInput(space.id) })).createEvent;
    expect(event.status).toBe('PUBLISHED');
    await settle(t.app);

    for (const f of followers)
      expect(await newEventNotices(f.c)).toEqual([
        {
          kind: 'EVENT_NEW',
          params: { title: '新豆のカッピング会' },
          subject: { type: 'EVENT', id: event.id },
        },
      ]);
    expect(await newEventNotices(bystander.c)).toEqual([]);
    expect(await newEventNotices(shutOutClient)).toEqual([]);
    // The moderator follows the space but made the event.
    expect(await newEventNotices(mod)).toEqual([]);
  });

  it('tells a large following in batches, each member once', async () => {
    const space = await buildSpace(t.app);
    const db = t.app.get(Db);
    const tag = `b${Date.now().toString(36)}`;
    await db.query(
      `INSERT INTO members (email, handle, display_name, password_hash)
       SELECT $1 || i || '@example.test', $1 || '_' || i, 'フォロワー ' || i, 'x'
         FROM generate_series(1, 1201) AS i`,
      [tag],
    );
    await db.query(
      `INSERT INTO space_follows (member_id, space_id)
       SELECT id, $2 FROM members WHERE handle LIKE $1 || '\\_%'`,
      [tag, space.id],
    );
    const event = (await mod.ok(CREATE_EVENT, { i: eventInput(space.id) })).createEvent;
    await settle(t.app);
    const [told] = await db.query<Array<{ rows: number; members: number }>>(
      `SELECT count(*)::int AS rows, count(DISTINCT member_id)::int AS members
         FROM notifications WHERE dedupe_key = $1`,
      [`event_new:${event.id}`],
    );
    expect(told).toEqual({ rows: 1201, members: 1201 });
  });

  it('tells staff who follow a space of an event another moderator made', async () => {
    const space = await buildSpace(t.app, { viewRoles: ['moderator'] });
    const other = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    await other.ok(FOLLOW, { id: space.id, follow: true });
    const event = (await mod.ok(CREATE_EVENT, { i: eventInput(space.id) })).createEvent;
    await settle(t.app);
    expect(await newEventNotices(other)).toMatchObject([{ subject: { id: event.id } }]);
  });

  it('waits for a draft to be published, and never tells twice', async () => {
    const space = await buildSpace(t.app);
    const a = await person();
    await a.c.ok(FOLLOW, { id: space.id, follow: true });
    const draft = (await mod.ok(CREATE_EVENT, { i: eventInput(space.id, { publish: false }) }))
      .createEvent;
    await settle(t.app);
    expect(await newEventNotices(a.c)).toEqual([]);

    await mod.ok(PUBLISH, { id: draft.id });
    await settle(t.app);
    expect(await newEventNotices(a.c)).toHaveLength(1);

    // Published again (it had gone back to draft), and the same event delivered once more.
    await mod.ok(PUBLISH, { id: draft.id });
    await t.app.get(Db).query(`UPDATE events SET status = 'draft' WHERE id = $1`, [draft.id]);
    await mod.ok(PUBLISH, { id: draft.id });
    await t.app.get(EventBus).emit('event.published', { eventId: draft.id });
    await settle(t.app);
    expect(await newEventNotices(a.c)).toHaveLength(1);
  });

  it('tells nobody of a draft, nor of an event without a space', async () => {
    const space = await buildSpace(t.app);
    const a = await person();
    await a.c.ok(FOLLOW, { id: space.id, follow: true });
    const draft = (await mod.ok(CREATE_EVENT, { i: eventInput(space.id, { publish: false }) }))
      .createEvent;
    // Delivered although still a draft (as a late delivery after it went back to draft would be).
    await t.app.get(EventBus).emit('event.published', { eventId: draft.id });
    await mod.ok(CREATE_EVENT, { i: eventInput(space.id, { spaceId: null }) });
    await settle(t.app);
    expect(await newEventNotices(a.c)).toEqual([]);
  });
});
