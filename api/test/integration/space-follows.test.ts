import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace, setVisibleToVisitors } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { concurrently } from '../support/probes.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';

const FOLLOW = `mutation($id: ID!, $follow: Boolean!) {
  followSpace(spaceId: $id, follow: $follow) { id viewerFollows followerCount } }`;
const SPACE = `query($slug: String!) { space(slug: $slug) { id viewerFollows followerCount } }`;

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
    await t.app.get(Db).query(`DELETE FROM members WHERE id = $1`, [a.m.id]);
    expect(await rowsOf(space.id)).toEqual([]);
  });
});
