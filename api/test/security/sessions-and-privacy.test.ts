import { SESSION_COOKIE } from '@kizuna/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, PASSWORD } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ME = `{ me { id } }`;
const sessionsOf = async (memberId: string) =>
  (
    await t.app
      .get(Db)
      .query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM sessions WHERE member_id = $1`, [
        memberId,
      ])
  )[0].n;

describe('switching accounts', () => {
  it('ends the first account’s session on the server when another signs in', async () => {
    const [a, b] = [await buildMember(t.app), await buildMember(t.app)];
    const c = await t.client().signIn(a.email, PASSWORD);
    const firstToken = c.cookies.get(SESSION_COOKIE)!;
    await c.signIn(b.email, PASSWORD);
    expect((await c.ok(ME)).me.id).toBe(b.id);
    // The first session's cookie, replayed from elsewhere, no longer signs anyone in.
    const replay = new GqlClient(t.url);
    replay.cookies.set(SESSION_COOKIE, firstToken);
    expect((await replay.ok(ME)).me).toBeNull();
    expect(await sessionsOf(a.id)).toBe(0);
    expect(await sessionsOf(b.id)).toBe(1);
  });

  it('keeps other devices signed in', async () => {
    const [a, b] = [await buildMember(t.app), await buildMember(t.app)];
    const phone = await t.client().signIn(a.email, PASSWORD);
    const laptop = await t.client().signIn(a.email, PASSWORD);
    await laptop.signIn(b.email, PASSWORD);
    expect((await phone.ok(ME)).me.id).toBe(a.id);
  });
});

describe('a suspended member', () => {
  it('is shown as suspended to staff and to nobody else', async () => {
    const admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
    const mod = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    const member = await clientFor(t.app, t.url, await buildMember(t.app));
    const target = await buildMember(t.app);
    await admin.ok(`mutation($i: SuspendMemberInput!) { suspendMember(input: $i) { id } }`, {
      i: { memberId: target.id, reason: 'spam' },
    });
    const Q = `query($h: String!) { member(handle: $h) { status suspendedAt suspensionReason } }`;
    expect((await mod.ok(Q, { h: target.handle })).member).toMatchObject({
      status: 'SUSPENDED',
      suspensionReason: 'spam',
    });
    // Their profile stays readable (their posts do too); whether they are suspended is not said.
    expect((await member.ok(Q, { h: target.handle })).member).toEqual({
      status: null,
      suspendedAt: null,
      suspensionReason: null,
    });
  });

  it('shows members their own status', async () => {
    const m = await buildMember(t.app);
    const c = await clientFor(t.app, t.url, m);
    expect((await c.ok(`{ me { status } }`)).me.status).toBe('ACTIVE');
  });
});
