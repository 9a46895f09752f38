import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail, launchBrowser, newContext, shown } from './support/env';
import { createPost, createSpace } from './support/content';
import { App, PostPage, SignInPage } from './support/pages';

/**
 * Hostile bodies, in the style of api/src/core/markdown/xss-corpus.ts, rewritten to set
 * `window.__xss` instead of calling alert (so a hit is seen even without a dialog).
 */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<ScRiPt>window.__xss=1</sCrIpT>',
  '</script><script>window.__xss=1</script>',
  '"><script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<IMG SRC=x ONERROR="window.__xss=1">',
  '<img src="x" onerror="&#119;indow.__xss=1">',
  '<img/src/onerror=window.__xss=1>',
  '<svg onload=window.__xss=1>',
  '<svg/onload=window.__xss=1>',
  '<body onload=window.__xss=1>',
  '<div onmouseover="window.__xss=1">hover me</div>',
  '<input autofocus onfocus=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>',
  '<video><source onerror="window.__xss=1">',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<a href="javascript:window.__xss=1">click</a>',
  '<math><a xlink:href="javascript:window.__xss=1">click</a></math>',
  '[x](javascript:window.__xss=1)',
  '[x](JaVaScRiPt:window.__xss=1)',
  '[x](  javascript:window.__xss=1)',
  '[x](javascript&#58;window.__xss=1)',
  '[x](&#106;avascript:window.__xss=1)',
  '[x](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)',
  '[x](vbscript:window.__xss=1)',
  '![x](javascript:window.__xss=1)',
  '![x" onerror="window.__xss=1](https://example.com/a.png)',
  '[x](https://example.com" onclick="window.__xss=1)',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//">[rel](x)',
  '`<script>window.__xss=1</script>`',
  '```html\n<script>window.__xss=1</script>\n```',
];

/** A test per handful of payloads, so each has its own time limit. */
const CHUNK = 10;
const chunks = Array.from({ length: Math.ceil(PAYLOADS.length / CHUNK) }, (_, c) =>
  PAYLOADS.map((body, i) => ({ body, i })).slice(c * CHUNK, (c + 1) * CHUNK),
);

describe('hostile post bodies', () => {
  let browser: Browser;
  let context: BrowserContext;
  let app: App;
  const ids: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    // Nothing leaves the test server: links to other sites are answered with an error.
    await context.route(
      (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
      (route) => route.abort(),
    );
    app = new App(await context.newPage());
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Moderators are not limited in how many posts they write.
    await new SignInPage(app).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const space = await createSpace(app.page, 'XSS');
    for (const [i, body] of PAYLOADS.entries())
      ids.push(await createPost(app.page, { spaceId: space.id, title: `XSS ${i + 1}`, body }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(chunks.map((chunk) => [chunk[0].i + 1, chunk[chunk.length - 1].i + 1, chunk] as const))(
    'render inert on the post page, even when their links are clicked (%i–%i)',
    async (_first, _last, chunk) => {
      for (const { body, i } of chunk) {
        const id = ids[i];
        const post = new PostPage(app);
        await post.open(id);
        const content = await shown(post.body());
        await shown(app.heading(`XSS ${i + 1}`));
        const links = content.locator('a, button');
        const count = await links.count();
        for (let n = 0; n < count; n++) {
          const link = links.nth(n);
          if (!(await link.isVisible())) continue;
          // A click must not run anything; a real link may navigate away, so come back after it.
          await link.click({ timeout: 5_000, modifiers: [] }).catch(() => undefined);
          if (!app.page.url().includes(`/posts/${id}`)) await post.open(id);
        }
        await content.hover().catch(() => undefined);
        expect({
          body,
          xss: await app.page.evaluate(() => (window as { __xss?: unknown }).__xss),
        }).toEqual({ body, xss: undefined });
      }
      expect(dialogs).toEqual([]);
    },
  );
});
