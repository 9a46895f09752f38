import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSRF_COOKIE } from '@kizuna/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  const dist = await mkdtemp(join(tmpdir(), 'kizuna-spa-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(
    join(dist, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/app-1.js"></script>',
  );
  await writeFile(join(dist, 'assets', 'app-1.js'), 'console.log(1)');
  t = await startTestApp({ WEB_DIST: dist });
});
afterAll(() => t.close());

describe('serving the web app', () => {
  it('answers every app route with index.html, a strict CSP and the CSRF cookie', async () => {
    for (const path of ['/', '/members/haruka_s', '/settings/community']) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.getSetCookie().join(';')).toContain(`${CSRF_COOKIE}=`);
    }
  });

  it('serves hashed assets with a long cache and leaves the api routes alone', async () => {
    const asset = await fetch(`${t.url}/assets/app-1.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${t.url}/assets/missing.js`)).status).toBe(404);
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const gql = await fetch(`${t.url}/graphql?query=%7B__typename%7D`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await gql.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
