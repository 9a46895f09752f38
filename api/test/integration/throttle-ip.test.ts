import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, PASSWORD } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { id } }`;

it('blocks an address after 20 failures across many accounts, for every account', async () => {
  for (let i = 0; i < 20; i++) {
    const code = await t
      .client()
      .code(SIGN_IN, { i: { email: `guess${i}@example.test`, password: 'wrong-password-123' } });
    expect(code).toBe('INVALID_CREDENTIALS');
  }
  const m = await buildMember(t.app);
  const r = await t.client().gql(SIGN_IN, { i: { email: m.email, password: PASSWORD } });
  expect(r.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  expect(r.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
});
