import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, PASSWORD, setRegistrationMode, signUpInput } from '../support/factories.js';
import { SESSION_COOKIE } from '@kizuna/shared';

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { pendingApproval member { id handle role status email } } }`;
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { id handle } }`;
const ME = `{ me { id handle role } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('sign up', () => {
  it('makes the first account of an empty community its admin, then ordinary members', async () => {
    const first = await t.client().ok(SIGN_UP, { i: signUpInput() });
    expect(first.signUp.member.role).toBe('ADMIN');
    const c = t.client();
    const second = await c.ok(SIGN_UP, { i: signUpInput() });
    expect(second.signUp).toMatchObject({
      pendingApproval: false,
      member: { role: 'MEMBER', status: 'ACTIVE' },
    });
    expect(c.cookies.has(SESSION_COOKIE)).toBe(true);
    expect((await c.ok(ME)).me.id).toBe(second.signUp.member.id);
  });

  it('answers CONFLICT naming the field for a duplicate email (any case) or handle', async () => {
    const input = signUpInput();
    await t.client().ok(SIGN_UP, { i: input });
    const dupEmail = await t
      .client()
      .gql(SIGN_UP, { i: signUpInput({ email: input.email.toUpperCase() }) });
    expect(dupEmail.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'email' }],
    });
    const dupHandle = await t.client().gql(SIGN_UP, { i: signUpInput({ handle: input.handle }) });
    expect(dupHandle.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'handle' }],
    });
  });

  it('validates every field with a code per field and writes nothing', async () => {
    const r = await t.client().gql(SIGN_UP, {
      i: { email: 'not-an-email', password: 'x', displayName: '', handle: '9bad!' },
    });
    expect(r.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    const fields = r.errors![0].extensions.fields!.map((f) => f.field).sort();
    expect(fields).toEqual(['displayName', 'email', 'handle']);
    const weak = await t.client().gql(SIGN_UP, { i: signUpInput({ password: 'short' }) });
    expect(weak.errors?.[0].extensions.fields?.[0]).toMatchObject({
      field: 'password',
      issue: 'TOO_SHORT',
      params: { min: 10 },
    });
    const common = await t.client().gql(SIGN_UP, { i: signUpInput({ password: 'password1234' }) });
    expect(common.errors?.[0].extensions.fields?.[0]).toMatchObject({
      field: 'password',
      issue: 'TOO_COMMON',
    });
  });

  it('queues members for approval in approval mode; moderators approve or reject', async () => {
    await setRegistrationMode(t.app, 'approval');
    try {
      const input = signUpInput();
      const c = t.client();
      const r = await c.ok(SIGN_UP, { i: input });
      // Not signed in yet, so private fields (status, email) stay hidden like anyone's.
      expect(r.signUp).toMatchObject({
        pendingApproval: true,
        member: { status: null, email: null },
      });
      expect(c.cookies.has(SESSION_COOKIE)).toBe(false);
      expect(
        await t.client().code(SIGN_IN, { i: { email: input.email, password: input.password } }),
      ).toBe('ACCOUNT_PENDING');

      const mod = await buildMember(t.app, { role: 'moderator' });
      const mc = await t.client().signIn(mod.email, PASSWORD);
      const queue = await mc.ok(`{ members(status: PENDING, first: 50) { nodes { id } } }`);
      expect(queue.members.nodes.map((n: { id: string }) => n.id)).toContain(r.signUp.member.id);
      await mc.ok(`mutation($id: ID!) { approveMember(memberId: $id) { status } }`, {
        id: r.signUp.member.id,
      });
      await t.client().signIn(input.email, input.password);

      const other = await t.client().ok(SIGN_UP, { i: signUpInput() });
      await mc.ok(`mutation($id: ID!) { rejectMember(memberId: $id) }`, {
        id: other.signUp.member.id,
      });
      expect(
        await mc.code(`mutation($id: ID!) { approveMember(memberId: $id) { id } }`, {
          id: other.signUp.member.id,
        }),
      ).toBe('NOT_FOUND');
    } finally {
      await setRegistrationMode(t.app, 'open');
    }
  });
});

describe('sign in and out', () => {
  it('signs in, reports the member, and signs out', async () => {
    const m = await buildMember(t.app);
    const c = await t.client().signIn(m.email.toUpperCase(), PASSWORD);
    expect((await c.ok(ME)).me.handle).toBe(m.handle);
    await c.ok(`mutation { signOut }`);
    expect((await c.ok(ME)).me).toBeNull();
  });

  it('gives the same INVALID_CREDENTIALS for a wrong password and an unknown email', async () => {
    const m = await buildMember(t.app);
    expect(
      await t.client().code(SIGN_IN, { i: { email: m.email, password: 'wrong-password-123' } }),
    ).toBe('INVALID_CREDENTIALS');
    const unknown = await t
      .client()
      .gql(SIGN_IN, { i: { email: 'nobody@example.test', password: 'wrong-password-123' } });
    const wrong = await t
      .client()
      .gql(SIGN_IN, { i: { email: m.email, password: 'wrong-password-123' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('throttles an account after 5 failures, even with the right password, with a retry-after', async () => {
    const m = await buildMember(t.app);
    for (let i = 0; i < 5; i++) {
      expect(
        await t.client().code(SIGN_IN, { i: { email: m.email, password: `wrong-${i}-password` } }),
      ).toBe('INVALID_CREDENTIALS');
    }
    const r = await t.client().gql(SIGN_IN, { i: { email: m.email, password: PASSWORD } });
    expect(r.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(r.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThanOrEqual(25);
  });

  it('signs out everywhere: every session of the member ends', async () => {
    const m = await buildMember(t.app);
    const a = await t.client().signIn(m.email, PASSWORD);
    const b = await t.client().signIn(m.email, PASSWORD);
    await a.ok(`mutation { signOutEverywhere }`);
    expect((await b.ok(ME)).me).toBeNull();
    expect((await a.ok(ME)).me).toBeNull();
  });

  it('refuses a suspended member and ends their sessions; restoring lets them back', async () => {
    const admin = await buildMember(t.app, { role: 'admin' });
    const m = await buildMember(t.app);
    const ac = await t.client().signIn(admin.email, PASSWORD);
    const mc = await t.client().signIn(m.email, PASSWORD);
    await ac.ok(`mutation($i: SuspendMemberInput!) { suspendMember(input: $i) { status } }`, {
      i: { memberId: m.id, reason: 'spam' },
    });
    expect((await mc.ok(ME)).me).toBeNull();
    expect(await mc.code(`mutation { updateProfile(input: { bio: "x" }) { id } }`)).toBe(
      'UNAUTHENTICATED',
    );
    expect(await t.client().code(SIGN_IN, { i: { email: m.email, password: PASSWORD } })).toBe(
      'ACCOUNT_SUSPENDED',
    );
    await ac.ok(`mutation($id: ID!) { restoreMember(memberId: $id) { status } }`, { id: m.id });
    await t.client().signIn(m.email, PASSWORD);
  });
});

describe('passwords', () => {
  it('changes the password, keeping this session and ending the others', async () => {
    const m = await buildMember(t.app);
    const a = await t.client().signIn(m.email, PASSWORD);
    const b = await t.client().signIn(m.email, PASSWORD);
    const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`;
    const wrong = await a.gql(CHANGE, {
      i: { currentPassword: 'nope-nope-nope', newPassword: 'brand-new-passphrase' },
    });
    expect(wrong.errors?.[0].extensions.fields?.[0].field).toBe('currentPassword');
    await a.ok(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'brand-new-passphrase' } });
    expect((await a.ok(ME)).me.id).toBe(m.id);
    expect((await b.ok(ME)).me).toBeNull();
    await t.client().signIn(m.email, 'brand-new-passphrase');
  });

  it('resets a password through the mailed link, once, and ends all sessions', async () => {
    const m = await buildMember(t.app);
    const old = await t.client().signIn(m.email, PASSWORD);
    const ok = await t
      .client()
      .ok(`mutation { requestPasswordReset(input: { email: "${m.email}" }) }`);
    expect(ok.requestPasswordReset).toBe(true);
    const unknown = await t
      .client()
      .ok(`mutation { requestPasswordReset(input: { email: "ghost@example.test" }) }`);
    expect(unknown.requestPasswordReset).toBe(true);

    const admin = await t
      .client()
      .signIn((await buildMember(t.app, { role: 'admin' })).email, PASSWORD);
    let token: string | undefined;
    for (let i = 0; i < 50 && !token; i++) {
      const box = await admin.ok(`{ devMailbox(first: 20) { nodes { to body } } }`);
      const mail = box.devMailbox.nodes.find((n: { to: string }) => n.to === m.email);
      token = mail?.body.match(/token=([\w-]+)/)?.[1];
      if (!token) await new Promise((r) => setTimeout(r, 50));
    }
    expect(token).toBeDefined();
    const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`;
    await t.client().ok(RESET, { i: { token, newPassword: 'after-reset-passphrase' } });
    expect((await old.ok(ME)).me).toBeNull();
    await t.client().signIn(m.email, 'after-reset-passphrase');
    expect(
      await t.client().code(RESET, { i: { token, newPassword: 'second-use-passphrase' } }),
    ).toBe('INVALID_TOKEN');
  });
});
