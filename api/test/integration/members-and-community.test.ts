import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, setRegistrationMode, signUpInput } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { CommunityRepository } from '../../src/modules/community/community.repository.js';
import { Db } from '../../src/core/database/db.js';

let t: TestApp;
let admin: GqlClient;
let moderator: GqlClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
  moderator = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
});
afterAll(() => t.close());

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { member { id } } }`;
describe('profile', () => {
  it('updates only the given fields and validates each', async () => {
    const m = await buildMember(t.app);
    const c = await clientFor(t.app, t.url, m);
    const UPDATE = `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { displayName handle bio locale timezone avatarUrl } }`;
    const r = await c.ok(UPDATE, {
      i: {
        bio: '浅煎りが好きです',
        locale: 'en',
        timezone: 'Europe/Paris',
        avatarUrl: 'https://example.com/a.png',
      },
    });
    expect(r.updateProfile).toMatchObject({
      displayName: m.displayName,
      bio: '浅煎りが好きです',
      locale: 'en',
      timezone: 'Europe/Paris',
    });
    const bad = await c.gql(UPDATE, { i: { timezone: 'Mars/Olympus', bio: 'x'.repeat(501) } });
    expect(bad.errors?.[0].extensions.fields?.[0]).toMatchObject({
      field: 'bio',
      issue: 'TOO_LONG',
      params: { max: 500 },
    });
    expect(
      (await c.gql(UPDATE, { i: { timezone: 'Mars/Olympus' } })).errors?.[0].extensions.fields?.[0]
        .field,
    ).toBe('timezone');
    expect(
      (await c.gql(UPDATE, { i: { avatarUrl: 'javascript:alert(1)' } })).errors?.[0].extensions
        .fields?.[0].field,
    ).toBe('avatarUrl');
    expect((await c.gql(UPDATE, { i: { displayName: '   ' } })).errors?.[0].extensions.code).toBe(
      'VALIDATION_FAILED',
    );
    const other = await buildMember(t.app);
    const taken = await c.gql(UPDATE, { i: { handle: other.handle } });
    expect(taken.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'handle' }],
    });
    const after = await c.ok(`{ me { bio timezone handle } }`);
    expect(after.me).toEqual({
      bio: '浅煎りが好きです',
      timezone: 'Europe/Paris',
      handle: m.handle,
    });
  });

  it('shows email to the member and to staff only', async () => {
    const m = await buildMember(t.app);
    const peer = await clientFor(t.app, t.url, await buildMember(t.app));
    const Q = `query($h: String!) { member(handle: $h) { handle email } }`;
    expect((await peer.ok(Q, { h: m.handle })).member).toEqual({ handle: m.handle, email: null });
    expect((await moderator.ok(Q, { h: m.handle })).member.email).toBe(m.email);
    expect(await peer.code(Q, { h: 'no_such_member' })).toBe('NOT_FOUND');
  });
});

describe('members list', () => {
  it('pages newest first without gaps or repeats, and filters', async () => {
    const base = Date.now() + 86_400_000;
    const made = [];
    for (let i = 0; i < 7; i++)
      made.push(await buildMember(t.app, { role: 'product', joinedAt: new Date(base + i * 1000) }));
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await admin.ok(
        `query($a: String) { members(first: 3, role: PRODUCT, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { a: after },
      );
      seen.push(...page.members.nodes.map((n: { id: string }) => n.id));
      after = page.members.pageInfo.hasNextPage ? page.members.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(made.map((m) => m.id).reverse());
    const found = await admin.ok(`query($s: String) { members(search: $s) { nodes { id } } }`, {
      s: made[2].handle.toUpperCase(),
    });
    expect(found.members.nodes).toEqual([{ id: made[2].id }]);
    const wild = await admin.ok(`{ members(search: "%") { nodes { id } } }`);
    expect(wild.members.nodes).toEqual([]);
  });
});

describe('approval queue count', () => {
  it('counts only the sign-ups waiting, and follows approvals and rejections', async () => {
    const COUNT = `{ pendingApprovalCount }`;
    const before = (await moderator.ok(COUNT)).pendingApprovalCount as number;
    const waiting = [];
    for (let i = 0; i < 3; i++) waiting.push(await buildMember(t.app, { status: 'pending' }));
    await buildMember(t.app, { status: 'suspended' });
    await buildMember(t.app);
    expect((await moderator.ok(COUNT)).pendingApprovalCount).toBe(before + 3);
    expect((await admin.ok(COUNT)).pendingApprovalCount).toBe(before + 3);

    await moderator.ok(`mutation($id: ID!) { approveMember(memberId: $id) { id } }`, {
      id: waiting[0].id,
    });
    await moderator.ok(`mutation($id: ID!) { rejectMember(memberId: $id) }`, {
      id: waiting[1].id,
    });
    expect((await moderator.ok(COUNT)).pendingApprovalCount).toBe(before + 1);

    const member = await clientFor(t.app, t.url, await buildMember(t.app));
    expect(await member.code(COUNT)).toBe('FORBIDDEN');
    expect(await t.client().code(COUNT)).toBe('UNAUTHENTICATED');
  });
});

describe('roles', () => {
  it('changes roles and never leaves the community without an admin', async () => {
    const m = await buildMember(t.app);
    const SET = `mutation($id: ID!, $r: Role!) { setRole(memberId: $id, role: $r) { role } }`;
    expect((await admin.ok(SET, { id: m.id, r: 'MODERATOR' })).setRole.role).toBe('MODERATOR');
    const me = await admin.ok(`{ me { id } }`);
    expect(await admin.code(SET, { id: me.me.id, r: 'MEMBER' })).toBe('FORBIDDEN');
    expect(await admin.code(SET, { id: 'not-a-uuid', r: 'MEMBER' })).toBe('NOT_FOUND');
  });
});

describe('suspensions', () => {
  const SUSPEND = `mutation($i: SuspendMemberInput!) { suspendMember(input: $i) { status suspensionReason } }`;
  const RESTORE = `mutation($id: ID!) { restoreMember(memberId: $id) { status } }`;
  const SETTING = `mutation($on: Boolean!) { updateCommunity(input: { moderatorsCanSuspend: $on }) { moderatorsCanSuspend } }`;
  const status = async (id: string) =>
    (
      await t.app
        .get(Db)
        .query<Array<{ status: string }>>(`SELECT status FROM members WHERE id = $1`, [id])
    )[0].status;

  it('lets moderators suspend and restore members, but not staff', async () => {
    const m = await buildMember(t.app);
    expect(
      (await moderator.ok(SUSPEND, { i: { memberId: m.id, reason: ' 荒らし ' } })).suspendMember,
    ).toEqual({ status: 'SUSPENDED', suspensionReason: '荒らし' });
    expect((await moderator.ok(RESTORE, { id: m.id })).restoreMember.status).toBe('ACTIVE');
    for (const role of ['moderator', 'product', 'admin'] as const) {
      const staff = await buildMember(t.app, { role });
      expect(await moderator.code(SUSPEND, { i: { memberId: staff.id } })).toBe('FORBIDDEN');
      expect(await status(staff.id)).toBe('active');
    }
    const mod2 = await buildMember(t.app, { role: 'moderator' });
    expect((await admin.ok(SUSPEND, { i: { memberId: mod2.id } })).suspendMember.status).toBe(
      'SUSPENDED',
    );
    expect(await moderator.code(RESTORE, { id: mod2.id })).toBe('FORBIDDEN');
    expect(await status(mod2.id)).toBe('suspended');
  });

  it('keeps suspensions to admins when the community says so', async () => {
    const m = await buildMember(t.app);
    expect(await moderator.code(SETTING, { on: false })).toBe('FORBIDDEN');
    expect((await admin.ok(SETTING, { on: false })).updateCommunity).toEqual({
      moderatorsCanSuspend: false,
    });
    expect(await moderator.code(SUSPEND, { i: { memberId: m.id } })).toBe('FORBIDDEN');
    expect(await status(m.id)).toBe('active');
    await admin.ok(SUSPEND, { i: { memberId: m.id } });
    expect(await moderator.code(RESTORE, { id: m.id })).toBe('FORBIDDEN');
    expect(await status(m.id)).toBe('suspended');
    await admin.ok(SETTING, { on: true });
    expect((await moderator.ok(RESTORE, { id: m.id })).restoreMember.status).toBe('ACTIVE');
  });
});

describe('community settings', () => {
  it('updates settings for admins, validated, and shows them to everyone', async () => {
    const U = `mutation($i: UpdateCommunityInput!) { updateCommunity(input: $i) { name registrationMode timezone } }`;
    await admin.ok(U, {
      i: { name: '焙煎所コミュニティ', timezone: 'Asia/Tokyo', registrationMode: 'APPROVAL' },
    });
    expect((await t.client().ok(`{ community { name registrationMode } }`)).community).toEqual({
      name: '焙煎所コミュニティ',
      registrationMode: 'APPROVAL',
    });
    const bad = await admin.gql(U, { i: { name: '', logoUrl: 'ftp://x', defaultLocale: 'fr' } });
    const fields = bad.errors?.[0].extensions.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['defaultLocale', 'logoUrl', 'name']);
    expect((await t.client().ok(`{ community { name } }`)).community.name).toBe(
      '焙煎所コミュニティ',
    );
    await setRegistrationMode(t.app, 'open');
  });
});

describe('invites', () => {
  beforeAll(() => setRegistrationMode(t.app, 'invite'));
  afterAll(() => setRegistrationMode(t.app, 'open'));

  const CREATE = `mutation($i: CreateInviteInput!) { createInvite(input: $i) { id code status uses maxUses createdBy { handle } } }`;

  it('requires a valid code in invite-only mode', async () => {
    expect(
      (await t.client().gql(SIGN_UP, { i: signUpInput() })).errors?.[0].extensions.fields?.[0],
    ).toMatchObject({
      field: 'inviteCode',
      issue: 'REQUIRED',
    });
    expect(
      (await t.client().gql(SIGN_UP, { i: signUpInput({ inviteCode: 'NOPE' }) })).errors?.[0]
        .extensions.fields?.[0],
    ).toMatchObject({
      field: 'inviteCode',
      issue: 'INVALID_VALUE',
    });
  });

  it('stops accepting a code at its use limit; failed sign-ups do not use it', async () => {
    const { createInvite: inv } = await moderator.ok(CREATE, {
      i: { maxUses: 2, note: '友人向け' },
    });
    expect(inv).toMatchObject({ status: 'ACTIVE', uses: 0, maxUses: 2 });
    expect(inv.createdBy.handle).toBeTruthy();
    const weak = await t
      .client()
      .gql(SIGN_UP, { i: signUpInput({ inviteCode: inv.code, password: 'short' }) });
    expect(weak.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    const dup = signUpInput({ inviteCode: inv.code });
    await t.client().ok(SIGN_UP, { i: dup });
    const conflict = await t
      .client()
      .gql(SIGN_UP, { i: { ...signUpInput({ inviteCode: inv.code }), email: dup.email } });
    expect(conflict.errors?.[0].extensions.code).toBe('CONFLICT');
    await t.client().ok(SIGN_UP, { i: signUpInput({ inviteCode: inv.code.toLowerCase() }) });
    const third = await t.client().gql(SIGN_UP, { i: signUpInput({ inviteCode: inv.code }) });
    expect(third.errors?.[0].extensions.fields?.[0].field).toBe('inviteCode');
    const list = await moderator.ok(`{ invites(first: 50) { nodes { id status uses } } }`);
    expect(list.invites.nodes.find((n: { id: string }) => n.id === inv.id)).toMatchObject({
      status: 'USED_UP',
      uses: 2,
    });
  });

  it('lets only one of many concurrent sign-ups take the last place', async () => {
    const { createInvite: inv } = await moderator.ok(CREATE, { i: { maxUses: 1 } });
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.client().gql(SIGN_UP, { i: signUpInput({ inviteCode: inv.code }) }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
  });

  it('refuses an expired or revoked code', async () => {
    const { createInvite: inv } = await moderator.ok(CREATE, {
      i: { expiresAt: new Date(Date.now() + 60_000).toISOString() },
    });
    await t.app
      .get(Db)
      .query(`UPDATE invites SET expires_at = now() - interval '1 second' WHERE id = $1`, [inv.id]);
    expect(
      (await t.client().gql(SIGN_UP, { i: signUpInput({ inviteCode: inv.code }) })).errors?.[0]
        .extensions.fields?.[0].field,
    ).toBe('inviteCode');
    expect((await t.app.get(CommunityRepository).findInvite(inv.id))?.uses).toBe(0);

    const { createInvite: other } = await moderator.ok(CREATE, { i: {} });
    const revoked = await moderator.ok(`mutation($id: ID!) { revokeInvite(id: $id) { status } }`, {
      id: other.id,
    });
    expect(revoked.revokeInvite.status).toBe('REVOKED');
    expect(
      (await t.client().gql(SIGN_UP, { i: signUpInput({ inviteCode: other.code }) })).errors?.[0]
        .extensions.fields?.[0].field,
    ).toBe('inviteCode');
    const past = await moderator.gql(CREATE, {
      i: { expiresAt: new Date(Date.now() - 1000).toISOString() },
    });
    expect(past.errors?.[0].extensions.fields?.[0]).toMatchObject({
      field: 'expiresAt',
      issue: 'OUT_OF_RANGE',
    });
  });
});
