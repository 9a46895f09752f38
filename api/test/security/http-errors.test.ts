import { gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Errors outside GraphQL answer in the same error model: `{ errors: [{ message, extensions: { code } }] }`. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function errorOf(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as {
    errors: Array<{ message: string; extensions: { code: string } }>;
  };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].message.length).toBeGreaterThan(10);
  return { status: res.status, code: body.errors[0].extensions.code };
}

it('answers a malformed % escape in a media address with BAD_REQUEST', async () => {
  expect(await errorOf(await fetch(`${t.url}/media/%zz/thumb`))).toEqual({
    status: 400,
    code: 'BAD_REQUEST',
  });
});

it('answers a corrupt gzip body with BAD_REQUEST', async () => {
  const body = gzipSync(JSON.stringify({ query: '{ __typename }' })).subarray(0, 20);
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body,
  });
  expect(await errorOf(res)).toEqual({ status: 400, code: 'BAD_REQUEST' });
});

it('answers an unsupported body encoding with a typed error', async () => {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-encoding': 'zstd-nope' },
    body: '{}',
  });
  expect(await errorOf(res)).toEqual({ status: 415, code: 'BAD_REQUEST' });
});

it('answers an unknown api route with NOT_FOUND', async () => {
  expect(await errorOf(await fetch(`${t.url}/media/not-a-route`))).toEqual({
    status: 404,
    code: 'NOT_FOUND',
  });
  expect(await errorOf(await fetch(`${t.url}/readyz/nope`, { method: 'POST' }))).toEqual({
    status: 404,
    code: 'NOT_FOUND',
  });
});

it('still serves a gzip body that is whole', async () => {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: gzipSync(JSON.stringify({ query: '{ __typename }' })),
  });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
});
