import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  asViewer,
  buildComment,
  buildMember,
  buildPost,
  buildSpace,
  setVisibleToVisitors,
} from '../support/factories.js';
import { CommentsService } from '../../src/modules/posts/comments.service.js';
import { CommunityService } from '../../src/modules/community/community.service.js';
import { injectPage, type PublicPage } from '../../src/core/http/public-page.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';

const BASE = 'https://community.example';
const HOSTILE_TITLE = `</title><script>alert("t")</script>'"&<!--`;
const HOSTILE_BODY = `本文 <img src=x onerror=alert(1)> </script><script>alert("b")</script> \u2028 [x](javascript:alert(1))`;

let t: TestApp;
let author: MemberEntity;
let questionId: string;
let answerId: string;
let privatePostId: string;
let publicSlug: string;
let privateSlug: string;

beforeAll(async () => {
  const dist = await mkdtemp(join(tmpdir(), 'kizuna-pages-'));
  await writeFile(
    join(dist, 'index.html'),
    '<!doctype html><html lang="ja"><head><title>Kizuna</title></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>',
  );
  t = await startTestApp({ WEB_DIST: dist, PUBLIC_URL: BASE });
  author = await buildMember(t.app, { displayName: `<b>"Author"</b>` });
  const answerer = await buildMember(t.app);
  const open = await buildSpace(t.app);
  const closed = await buildSpace(t.app, { viewRoles: ['moderator'] });
  publicSlug = open.slug;
  privateSlug = closed.slug;
  const question = await buildPost(t.app, author, {
    spaceId: open.id,
    kind: 'question',
    title: HOSTILE_TITLE,
    body: HOSTILE_BODY,
  });
  questionId = question.id;
  answerId = (
    await buildComment(t.app, answerer, {
      postId: question.id,
      body: '**九十度**で淹れます </script>',
    })
  ).id;
  await buildComment(t.app, answerer, { postId: question.id, body: 'ほかの答え' });
  await buildComment(t.app, author, { postId: question.id, parentId: answerId, body: '返信' });
  const held = await buildComment(t.app, answerer, { postId: question.id, body: '隠された答え' });
  await t.app.get(CommentsService).setHidden(held.id, true, 'spam', null);
  await t.app.get(CommentsService).setBestAnswer(asViewer(author), question.id, answerId);
  const moderator = await buildMember(t.app, { role: 'moderator' });
  privatePostId = (
    await buildPost(t.app, moderator, { spaceId: closed.id, title: 'スタッフだけの話' })
  ).id;
  await setVisibleToVisitors(t.app, true);
});
afterAll(() => t.close());

const page = async (path: string) => {
  const res = await fetch(`${t.url}${path}`);
  expect(res.status).toBe(200);
  return res.text();
};
/** Every start tag, attribute values blanked (escaped text in them cannot open a tag). */
const tagsOf = (html: string) =>
  html
    .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '')
    .replace(/"[^"]*"/g, '""')
    .match(/<[a-z][^>]*>/gi) ?? [];
const jsonLdOf = (html: string) => {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return m ? JSON.parse(m[1]) : null;
};

describe('a public question served to crawlers', () => {
  it('has its escaped title, description, canonical link and Open Graph tags', async () => {
    const html = await page(`/posts/${questionId}`);
    const escaped =
      '&lt;/title&gt;&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;&#39;&quot;&amp;&lt;!--';
    expect(html).toContain(`<title>${escaped} | `);
    expect(html).toContain(`<link rel="canonical" href="${BASE}/posts/${questionId}" />`);
    expect(html).toContain(`<meta property="og:url" content="${BASE}/posts/${questionId}" />`);
    expect(html).toContain(`<meta property="og:title" content="${escaped} | `);
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toMatch(/<meta name="description" content="[^"<>]*本文/);
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it('carries no script or handler from the title or the body, only the sanitised content', async () => {
    const html = await page(`/posts/${questionId}`);
    expect(html).not.toContain('alert("t")</script>');
    expect(html).not.toContain('<script>alert');
    for (const tag of tagsOf(html)) {
      expect(tag).not.toMatch(/\son\w+\s*=/i);
      expect(tag).not.toMatch(/javascript:/i);
    }
    expect(html).not.toContain('<b>"Author"</b>');
    // Two scripts: the app's and the JSON-LD.
    expect(html.match(/<script/g)).toHaveLength(2);
    const root = /<div id="root">([\s\S]*)<\/div><script type="module"/.exec(html)?.[1] ?? '';
    expect(root).toContain('<h1>&lt;/title&gt;');
    expect(root).toContain('<strong>九十度</strong>');
    expect(root).toContain(`id="comment-${answerId}"`);
    expect(root).toContain('ほかの答え');
    expect(root).not.toContain('隠された答え');
  });

  // Two shown answers; the reply to one and the hidden answer are not answers.
  it('describes the solved question as a schema.org QAPage with its accepted answer', async () => {
    const ld = jsonLdOf(await page(`/posts/${questionId}`));
    expect(ld['@type']).toBe('QAPage');
    expect(ld.mainEntity).toMatchObject({
      '@type': 'Question',
      name: HOSTILE_TITLE,
      answerCount: 2,
      author: { '@type': 'Person', url: `${BASE}/members/${author.handle}` },
      acceptedAnswer: {
        '@type': 'Answer',
        text: expect.stringContaining('九十度で淹れます </script>'),
        url: `${BASE}/posts/${questionId}#comment-${answerId}`,
      },
    });
    expect(ld.mainEntity.suggestedAnswer).toHaveLength(1);
  });

  it('leaves private posts, unknown pages and a closed community as the bare app', async () => {
    for (const path of [`/posts/${privatePostId}`, `/s/${privateSlug}`, '/posts/not-a-post']) {
      const html = await page(path);
      expect(html).toContain('<title>Kizuna</title>');
      expect(html).toContain('<div id="root"></div>');
      expect(html).not.toContain('スタッフだけの話');
    }
    await setVisibleToVisitors(t.app, false);
    try {
      const html = await page(`/posts/${questionId}`);
      expect(html).toContain('<title>Kizuna</title>');
      expect(html).not.toContain('rel="canonical"');
      expect(await (await fetch(`${t.url}/robots.txt`)).text()).toBe(
        'User-agent: *\nDisallow: /\n',
      );
      expect((await fetch(`${t.url}/sitemap.xml`)).status).toBe(404);
    } finally {
      await setVisibleToVisitors(t.app, true);
    }
  });

  it('describes public spaces and profiles, without private profile fields', async () => {
    const space = await page(`/s/${publicSlug}`);
    expect(space).toContain(`<link rel="canonical" href="${BASE}/s/${publicSlug}" />`);
    expect(space).toContain(`href="/posts/${questionId}"`);
    const profile = await page(`/members/${author.handle}`);
    expect(profile).toContain('<meta property="og:type" content="profile" />');
    expect(profile).toContain('&lt;b&gt;&quot;Author&quot;&lt;/b&gt;');
    expect(profile).not.toContain(author.email);
  });
});

describe('the language of a served page', () => {
  it("is the community's language, on the <html> element", async () => {
    const ja = await page(`/posts/${questionId}`);
    expect(ja).toContain('<!doctype html><html lang="ja"><head>');
    await t.app.get(CommunityService).updateSettings({ defaultLocale: 'en' });
    try {
      const en = await page(`/posts/${questionId}`);
      expect(en).toContain('<!doctype html><html lang="en"><head>');
      expect(en).toContain('<meta property="og:locale" content="en_US" />');
      expect(await page(`/s/${publicSlug}`)).toContain('<html lang="en">');
    } finally {
      await t.app.get(CommunityService).updateSettings({ defaultLocale: 'ja' });
    }
  });

  it('replaces only the lang attribute, wherever it is and however it is quoted', () => {
    const inject = (index: string, locale: string) =>
      injectPage(
        index,
        {
          title: 't',
          description: 'd',
          path: '/',
          type: 'website',
          siteName: 's',
          locale,
          contentHtml: '',
        } satisfies PublicPage,
        BASE,
      );
    expect(inject(`<html data-lang="x" LANG='ja' class="a lang=b">`, 'en')).toBe(
      `<html data-lang="x" lang="en" class="a lang=b">`,
    );
    expect(inject('<html class="dark" lang=en>', 'ja')).toBe('<html class="dark" lang="ja">');
    expect(inject('<html data-lang="en"><head></head>', 'en')).toMatch(
      /^<html lang="en" data-lang="en"><head>/,
    );
  });
});

describe('robots.txt and the sitemap', () => {
  it('point crawlers at public spaces and posts only', async () => {
    const robots = await (await fetch(`${t.url}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    expect(robots).toContain('Disallow: /admin/');
    const res = await fetch(`${t.url}/sitemap.xml`);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const map = await res.text();
    expect(map).toContain(`<loc>${BASE}/posts/${questionId}</loc>`);
    expect(map).toContain(`<loc>${BASE}/s/${publicSlug}</loc>`);
    expect(map).not.toContain(privatePostId);
    expect(map).not.toContain(privateSlug);
  });
});
