import { startTestApp, type TestApp } from '../support/test-app.js';

/** In production the schema stays private: no introspection, and no hints in error messages. */
let prod: TestApp;
let dev: TestApp;
beforeAll(async () => {
  [prod, dev] = await Promise.all([
    startTestApp({ NODE_ENV: 'production' }),
    startTestApp({ NODE_ENV: 'development' }),
  ]);
});
afterAll(() => Promise.all([prod.close(), dev.close()]));

const messages = async (t: TestApp, query: string) =>
  ((await t.client().gql(query)).errors ?? []).map((e) => `${e.extensions.code}: ${e.message}`);

it('answers a misspelt field without suggesting the real ones', async () => {
  const typo = `{ membr { id } }`;
  expect((await messages(dev, typo)).join('\n')).toMatch(/Did you mean/);
  const answered = await messages(prod, typo);
  expect(answered).toHaveLength(1);
  expect(answered[0]).toMatch(/^BAD_REQUEST: /);
  expect(answered[0]).not.toMatch(/Did you mean|"member"|"members"|"me"/);
});

it('gives no hint about argument names or enum values either', async () => {
  const answered = await messages(prod, `{ posts(frist: 5, sort: POPULR) { nodes { id } } }`);
  expect(answered.length).toBeGreaterThan(0);
  expect(answered.join('\n')).not.toMatch(/Did you mean|first|POPULAR/);
});

it('refuses introspection', async () => {
  expect(await messages(prod, `{ __schema { types { name } } }`)).toEqual([
    expect.stringMatching(/^BAD_REQUEST: /),
  ]);
});
