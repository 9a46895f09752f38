import { startTestApp, type TestApp } from '../support/test-app.js';
import { concurrently, fragmentBomb } from '../support/probes.js';
import { QUERY_LIMITS } from '../../src/core/graphql/query-limits.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const send = (query: string) =>
  fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

describe('fragments that expand exponentially', () => {
  it.each([20, 40])('refuses %i doubling levels as too complex', async (levels) => {
    const query = fragmentBomb(levels);
    expect(query.length).toBeLessThan(levels * 60);
    const res = await send(query);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('keeps /healthz answering while such documents arrive in a loop', async () => {
    let sending = true;
    const refused: number[] = [];
    const loop = concurrently(4, async () => {
      while (sending) refused.push((await send(fragmentBomb(40))).status);
    });
    const health: number[] = [];
    for (let i = 0; i < 10; i++) health.push((await fetch(`${t.url}/healthz`)).status);
    sending = false;
    await loop;
    expect(health).toEqual(Array(10).fill(200));
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set([400]));
  });
});

describe('document size', () => {
  it('refuses a document with more tokens than allowed before walking it', async () => {
    const res = await send(`{ ${'a '.repeat(QUERY_LIMITS.maxTokens)}}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/tokens/);
  });

  it('refuses a document longer than allowed before parsing it', async () => {
    const res = await send(`{ __typename }${' '.repeat(QUERY_LIMITS.maxQueryLength)}`);
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('still answers an ordinary query', async () => {
    const res = await send(`{ community { name } }`);
    expect(res.status).toBe(200);
  });
});
