import { CSRF_HEADER } from '@kizuna/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { untilReady } from '../support/probes.js';
import { QUERY_LIMITS } from '../../src/core/graphql/query-limits.js';
import { Lifecycle } from '../../src/core/lifecycle/lifecycle.js';

let t: TestApp;
const firstCode = async (res: Response) =>
  ((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions
    .code;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const UPDATE = `mutation { updateProfile(input: { bio: "hi" }) { id } }`;

describe('CSRF', () => {
  it('refuses a cookie-authenticated mutation without the CSRF header, and with a wrong one', async () => {
    const c = await clientFor(t.app, t.url, await buildMember(t.app));
    c.sendCsrf = false;
    const missing = await c.gql(UPDATE);
    expect(missing.status).toBe(403);
    expect(missing.errors?.[0].extensions.code).toBe('CSRF_FAILED');
    const res = await c.raw({ query: UPDATE }, { [CSRF_HEADER]: 'x'.repeat(26) });
    expect(await firstCode(res)).toBe('CSRF_FAILED');
    c.sendCsrf = true;
    expect((await c.gql(UPDATE)).errors).toBeUndefined();
  });

  it('lets queries through without the header', async () => {
    const c = t.client();
    c.sendCsrf = false;
    expect((await c.ok(`{ community { name } }`)).community.name).toBeTruthy();
  });
});

describe('query limits', () => {
  it('rejects an over-deep query', async () => {
    const deep = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`;
    const r = await t.client().gql(deep);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('rejects more aliases than allowed', async () => {
    const fields = Array.from(
      { length: QUERY_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: community { name }`,
    ).join(' ');
    expect(await t.client().code(`{ ${fields} }`)).toBe('TOO_MANY_ALIASES');
    const fine = Array.from(
      { length: QUERY_LIMITS.maxAliases },
      (_, i) => `a${i}: community { name }`,
    ).join(' ');
    expect((await t.client().gql(`{ ${fine} }`)).errors).toBeUndefined();
  });

  it('rejects an over-costly query, counting list sizes', async () => {
    const lists = Array.from(
      { length: 11 },
      (_, i) => `l${i}: members(first: 100) { nodes { id handle } }`,
    ).join(' ');
    const r = await t.client().gql(`{ ${lists} }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    // Scalar fields are free: a full page of rich items stays well within the limit.
    const c = await clientFor(t.app, t.url, await buildMember(t.app));
    const rich = await c.gql(
      `{ spaces(first: 100) { nodes { id slug nameJa nameEn descriptionJa descriptionEn icon color position viewerCanPost } } }`,
    );
    expect(rich.errors).toBeUndefined();
  });

  it('judges the same document again when its variables change', async () => {
    const lists = Array.from(
      { length: 11 },
      (_, i) => `l${i}: members(first: $first) { nodes { id handle } }`,
    ).join(' ');
    const query = `query Lists($first: Int!) { ${lists} }`;
    const c = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    expect((await c.gql(query, { first: 5 })).errors).toBeUndefined();
    expect((await c.gql(query, { first: 5 })).errors).toBeUndefined();
    const costly = await c.gql(query, { first: 100 });
    expect(costly.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const search = `query Find($q: String!) { search(query: $q) { nodes { type } } }`;
    expect((await c.gql(search, { q: 'ok' })).errors).toBeUndefined();
    const nul = await c.gql(search, { q: 'a\u0000b' });
    expect(nul.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  });

  it('caps page sizes and checks cursors', async () => {
    const c = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    const big = await c.gql(`{ members(first: 101) { nodes { id } } }`);
    expect(big.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'first', issue: 'OUT_OF_RANGE' }],
    });
    const bad = await c.gql(`{ members(first: 5, after: "bm9wZQ") { nodes { id } } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'after' }],
    });
  });

  it('limits batched requests', async () => {
    const c = t.client();
    await c.gql(`{ __typename }`);
    const two = await c.raw([{ query: `{ community { name } }` }, { query: `{ me { id } }` }]);
    expect(two.status).toBe(200);
    expect(((await two.json()) as unknown[]).length).toBe(2);
    const many = await c.raw(
      Array.from({ length: QUERY_LIMITS.maxBatch + 1 }, () => ({ query: `{ me { id } }` })),
    );
    expect(many.status).toBe(400);
    expect(await firstCode(many)).toBe('TOO_MANY_OPERATIONS');
  });

  it('rejects an oversized body and a malformed one', async () => {
    const c = t.client();
    const huge = await c.raw({
      query: `{ me { id } }`,
      variables: { pad: 'x'.repeat(QUERY_LIMITS.maxBodyBytes + 10) },
    });
    expect(huge.status).toBe(413);
    expect(await firstCode(huge)).toBe('PAYLOAD_TOO_LARGE');
    const broken = await c.raw('{"query": ');
    expect(broken.status).toBe(400);
    expect(await firstCode(broken)).toBe('BAD_REQUEST');
  });

  it('answers unknown fields with BAD_REQUEST', async () => {
    expect(await t.client().code(`{ nope }`)).toBe('BAD_REQUEST');
  });

  it('answers variables that do not fit their type with BAD_REQUEST, not an internal error', async () => {
    const c = await clientFor(t.app, t.url, await buildMember(t.app));
    const res = await c.gql(
      `mutation($i: SetReactionInput!) { setReaction(input: $i) { targetId } }`,
      { i: { targetType: 'NOPE', targetId: 'x', kind: 'like', active: true } },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(res.errors?.[0].message).toContain('NOPE');
  });

  it('answers an operation name the document lacks, or a missing one, with BAD_REQUEST', async () => {
    const c = t.client();
    const unknown = await c.raw({ query: `query A { __typename }`, operationName: 'B' });
    expect(unknown.status).toBe(400);
    expect(await firstCode(unknown)).toBe('BAD_REQUEST');
    const ambiguous = await c.raw({ query: `query A { __typename } query B { __typename }` });
    expect(ambiguous.status).toBe(400);
    expect(await firstCode(ambiguous)).toBe('BAD_REQUEST');
    const chosen = await c.raw({
      query: `query A { a: __typename } query B { b: __typename }`,
      operationName: 'B',
    });
    expect(await chosen.json()).toEqual({ data: { b: 'Query' } });
  });
});

describe('http', () => {
  it('serves health and readiness', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await untilReady(t.url);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('echoes a request id, or makes one', async () => {
    const given = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await fetch(`${t.url}/healthz`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('readiness', () => {
  it('turns 503 as soon as shutdown begins, while health stays 200', async () => {
    const s = await startTestApp();
    try {
      expect((await untilReady(s.url)).status).toBe(200);
      s.app.get(Lifecycle).beginShutdown();
      const res = await fetch(`${s.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'shutting down' });
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});

describe('production mode', () => {
  let p: TestApp;
  beforeAll(async () => {
    p = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => p.close());

  it('turns introspection and the sandbox page off', async () => {
    expect(await p.client().code(`{ __schema { queryType { name } } }`)).toBe('BAD_REQUEST');
    const page = await fetch(`${p.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/sandbox|<html/i);
  });

  it('marks cookies Secure', async () => {
    const res = await p.client().raw({ query: `{ me { id } }` });
    expect(res.headers.getSetCookie().join(';')).toMatch(/Secure/i);
  });
});
