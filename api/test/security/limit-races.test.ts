import { CSRF_COOKIE, CSRF_HEADER, POSTING_LIMITS } from '@kizuna/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace, PASSWORD, signUpInput } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { concurrently } from '../support/probes.js';
import type { GqlClient } from '../support/gql-client.js';
import { CREATE_COMMENT, CREATE_POST, createPost } from '../support/content-api.js';
import { Db } from '../../src/core/database/db.js';
import { RATE_LIMITS } from '../../src/core/rate-limit/rate-limiter.js';

/**
 * Every limit holds exactly when many requests arrive at once: attempts are counted before the
 * work they guard, in one statement. (Counting first and inserting later let 20 of 20
 * concurrent posts through a limit of 3.)
 */
let t: TestApp;
let spaceId: string;
let address = 0;

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { id } }`;

beforeAll(async () => {
  // One proxy in front: each test acts from its own address (X-Forwarded-For).
  t = await startTestApp({ TRUST_PROXY: '1' });
  spaceId = (await buildSpace(t.app)).id;
});
afterAll(() => t.close());

/** A fresh client address for each test, so per-address limits do not carry over. */
const from = (c: GqlClient, ip = `203.0.113.${++address}`) => {
  c.headers['x-forwarded-for'] = ip;
  return c;
};
const codes = (results: Array<{ errors?: Array<{ extensions: { code: string } }> }>) => {
  const count: Record<string, number> = {};
  for (const r of results) {
    const code = r.errors?.[0]?.extensions.code ?? 'OK';
    count[code] = (count[code] ?? 0) + 1;
  }
  return count;
};

describe('posting limits under concurrency', () => {
  it(`lets exactly ${POSTING_LIMITS.postsPerHourNew} of 20 concurrent posts by a new member through`, async () => {
    const m = await buildMember(t.app);
    const c = await clientFor(t.app, t.url, m);
    const results = await concurrently(20, (i) =>
      c.gql(CREATE_POST, { i: { spaceId, title: `同時投稿 ${i}`, body: '本文' } }),
    );
    expect(codes(results)).toEqual({ OK: POSTING_LIMITS.postsPerHourNew, RATE_LIMITED: 17 });
    const [{ n }] = await t.app
      .get(Db)
      .query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM posts WHERE author_id = $1`, [
        m.id,
      ]);
    expect(n).toBe(POSTING_LIMITS.postsPerHourNew);
  });

  it(`lets exactly ${POSTING_LIMITS.commentsPerHourNew} of 40 concurrent comments through`, async () => {
    const author = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    const postId = await createPost(author, { spaceId, title: 'コメント募集' });
    const c = await clientFor(t.app, t.url, await buildMember(t.app));
    const results = await concurrently(40, (i) =>
      c.gql(CREATE_COMMENT, { i: { postId, body: `コメント ${i}` } }),
    );
    expect(codes(results)).toEqual({ OK: POSTING_LIMITS.commentsPerHourNew, RATE_LIMITED: 25 });
  });

  it('gives the slot back when the comment fails', async () => {
    const author = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    const postId = await createPost(author, { spaceId, title: 'コメント募集' });
    const c = await clientFor(t.app, t.url, await buildMember(t.app));
    const missing = await concurrently(20, () =>
      c.gql(CREATE_COMMENT, { i: { postId: '00000000-0000-4000-8000-000000000000', body: 'x' } }),
    );
    expect(codes(missing)).toEqual({ NOT_FOUND: 20 });
    const ok = await concurrently(POSTING_LIMITS.commentsPerHourNew, (i) =>
      c.gql(CREATE_COMMENT, { i: { postId, body: `コメント ${i}` } }),
    );
    expect(codes(ok)).toEqual({ OK: POSTING_LIMITS.commentsPerHourNew });
  });
});

describe('sign-in limits under concurrency', () => {
  it('checks exactly 5 of 30 concurrent wrong passwords for one account', async () => {
    const m = await buildMember(t.app);
    const results = await concurrently(30, (i) =>
      from(t.client(), `198.51.100.${i + 1}`).gql(SIGN_IN, {
        i: { email: m.email, password: `wrong-password-${i}` },
      }),
    );
    expect(codes(results)).toEqual({
      INVALID_CREDENTIALS: RATE_LIMITS.signInAccount.limit,
      RATE_LIMITED: 30 - RATE_LIMITS.signInAccount.limit,
    });
  });

  it('refuses the right password after 9 concurrent wrong ones', async () => {
    const m = await buildMember(t.app);
    const c = from(t.client());
    const wrong = await concurrently(9, (i) =>
      c.gql(SIGN_IN, { i: { email: m.email, password: `wrong-password-${i}` } }),
    );
    expect(codes(wrong)).toEqual({ INVALID_CREDENTIALS: 5, RATE_LIMITED: 4 });
    const right = await c.gql(SIGN_IN, { i: { email: m.email, password: PASSWORD } });
    expect(right.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('checks exactly 20 of 30 concurrent guesses from one address across accounts', async () => {
    const ip = `192.0.2.${++address}`;
    const results = await concurrently(30, (i) =>
      from(t.client(), ip).gql(SIGN_IN, {
        i: { email: `guess-${address}-${i}@example.test`, password: 'wrong-password' },
      }),
    );
    expect(codes(results)).toEqual({
      INVALID_CREDENTIALS: RATE_LIMITS.signInIp.limit,
      RATE_LIMITED: 30 - RATE_LIMITS.signInIp.limit,
    });
  });

  it('gives a correct password its address slot back', async () => {
    const ip = `192.0.2.${++address}`;
    const m = await buildMember(t.app);
    for (let i = 0; i < RATE_LIMITS.signInIp.limit + 5; i++) {
      const r = await from(t.client(), ip).gql(SIGN_IN, {
        i: { email: m.email, password: PASSWORD },
      });
      expect(r.errors).toBeUndefined();
    }
  });
});

describe('sign-up limits under concurrency', () => {
  it('admits exactly 30 of 40 concurrent sign-ups from one address', async () => {
    const ip = `192.0.2.${++address}`;
    const results = await concurrently(40, () =>
      from(t.client(), ip).gql(
        `mutation($i: SignUpInput!) { signUp(input: $i) { member { id } } }`,
        { i: signUpInput() },
      ),
    );
    expect(codes(results)).toEqual({
      OK: RATE_LIMITS.signUpIp.limit,
      RATE_LIMITED: 40 - RATE_LIMITS.signUpIp.limit,
    });
  });
});

describe('password resets under concurrency', () => {
  it('mails at most 3 reset links an hour, however many are asked for at once', async () => {
    const m = await buildMember(t.app);
    const results = await concurrently(12, () =>
      from(t.client()).gql(
        `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`,
        {
          i: { email: m.email },
        },
      ),
    );
    expect(codes(results)).toEqual({ OK: 12 });
    const [{ n }] = await t.app
      .get(Db)
      .query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM dev_mail WHERE to_address = $1`,
        [m.email],
      );
    expect(n).toBe(RATE_LIMITS.passwordReset.limit);
  });
});

describe('upload limits under concurrency', () => {
  it('counts exactly 30 of 40 concurrent uploads, refused files included', async () => {
    const c = await clientFor(t.app, t.url, await buildMember(t.app));
    const statuses = await concurrently(40, async () => {
      const form = new FormData();
      form.append('file', new Blob(['not an image'], { type: 'image/jpeg' }), 'x.jpg');
      const res = await fetch(`${t.url}/media`, {
        method: 'POST',
        headers: {
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          [CSRF_HEADER]: c.cookies.get(CSRF_COOKIE)!,
        },
        body: form,
      });
      return res.status;
    });
    expect(statuses.filter((s) => s === 400)).toHaveLength(RATE_LIMITS.upload.limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - RATE_LIMITS.upload.limit);
  });
});
