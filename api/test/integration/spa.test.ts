import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { CSRF_COOKIE } from '@kizuna/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const SCRIPT = `console.log(${JSON.stringify('こもれび '.repeat(400))});`;
const BROTLI = brotliCompressSync(SCRIPT);
const GZIP = gzipSync(SCRIPT);
beforeAll(async () => {
  const dist = await mkdtemp(join(tmpdir(), 'kizuna-spa-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(
    join(dist, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/app-1.js"></script>',
  );
  await writeFile(join(dist, 'assets', 'app-1.js'), 'console.log(1)');
  await writeFile(join(dist, 'assets', 'app-2.js'), SCRIPT);
  await writeFile(join(dist, 'assets', 'app-2.js.br'), BROTLI);
  await writeFile(join(dist, 'assets', 'app-2.js.gz'), GZIP);
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

  it('answers an unchanged page 304 on revalidation; GraphQL answers carry no ETag', async () => {
    const page = await fetch(`${t.url}/members/haruka_s`);
    const tag = page.headers.get('etag');
    expect(tag).toMatch(/^W\/"/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    // As a browser revalidates (fetch would otherwise add `cache-control: no-cache`).
    const revalidate = (path: string, tag: string) =>
      fetch(`${t.url}${path}`, { headers: { 'if-none-match': tag, 'cache-control': 'max-age=0' } });
    const again = await revalidate('/members/haruka_s', tag!);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await revalidate('/settings/community', 'W/"0-0"')).status).toBe(200);

    const gql = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await gql.json()).toEqual({ data: { __typename: 'Query' } });
    expect(gql.headers.get('etag')).toBeNull();
  });

  it('sends an asset compressed at build time in the encoding the browser prefers', async () => {
    const asset = (encoding: string) =>
      fetch(`${t.url}/assets/app-2.js`, { headers: { 'accept-encoding': encoding } });
    for (const [accepted, sent, file] of [
      ['gzip, deflate, br, zstd', 'br', BROTLI],
      ['gzip', 'gzip', GZIP],
    ] as const) {
      const res = await asset(accepted);
      expect(res.headers.get('content-encoding')).toBe(sent);
      // The file as built, not compressed again on the way (that would have no length).
      expect(res.headers.get('content-length')).toBe(String(file.length));
      expect(res.headers.get('content-type')).toContain('javascript');
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      expect(res.headers.get('cache-control')).toContain('immutable');
      expect(await res.text()).toBe(SCRIPT);
    }
    const plain = await asset('identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });
});
