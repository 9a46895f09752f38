import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import { indexGrams, normalizeText } from '../../src/core/search/grams.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';

const SEARCH = `query($q: String!, $kind: PostKind, $solved: Boolean, $space: String, $author: String) {
  search(query: $q, kind: $kind, solved: $solved, spaceSlug: $space, authorHandle: $author, first: 20) {
    nodes { type snippetHtml post { id title } comment { id } } } }`;

let t: TestApp;
let c: GqlClient;
let space: SpaceEntity;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  space = await buildSpace(t.app, { slug: 'qa' });
  const author = await buildMember(t.app, { role: 'moderator', handle: 'searcher' });
  c = await clientFor(t.app, t.url, author);
  const create = async (key: string, title: string, body: string, kind = 'TALK') => {
    const r = await c.ok(`mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, {
      i: { spaceId: space.id, title, body, kind },
    });
    ids[key] = r.createPost.id;
  };
  await create('loyal', 'ロイヤルカスタマーの育て方', 'コミュニティで<b>ファン</b>を増やすには');
  await create('coffee', '今朝の一杯', '珈琲豆をエチオピアに変えました');
  await create('nps', 'NPSとは何か', '推奨者と批判者の割合です', 'QUESTION');
  await create('other', 'コーヒーの話', 'まったく別の話題');
  await create('wide', 'Ｃｏｆｆｅｅ Lovers 集まれ', '全角の英字で書きました');
  const comment = await c.ok(
    `mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`,
    {
      i: { postId: ids.other, body: 'ロイヤル・ブレンドも美味しい' },
    },
  );
  ids.comment = comment.createComment.id;
});
afterAll(() => t.close());

const hits = async (q: string, extra: Record<string, unknown> = {}) =>
  (await c.ok(SEARCH, { q, ...extra })).search.nodes as Array<{
    type: string;
    snippetHtml: string;
    post: { id: string };
    comment: { id: string } | null;
  }>;

describe('search in Japanese', () => {
  it('finds a word inside a longer word, ranking the title match first, and comments too', async () => {
    const found = await hits('ロイヤル');
    expect(found[0].post.id).toBe(ids.loyal);
    expect(found.some((h) => h.type === 'COMMENT' && h.comment?.id === ids.comment)).toBe(true);
    expect(found[0].snippetHtml).toContain('<mark>ロイヤル</mark>');
  });

  it('finds two-character words and mixed Japanese and English', async () => {
    expect((await hits('珈琲')).map((h) => h.post.id)).toEqual([ids.coffee]);
    expect((await hits('NPSとは')).map((h) => h.post.id)).toEqual([ids.nps]);
    expect((await hits('nps')).map((h) => h.post.id)).toEqual([ids.nps]);
    expect(await hits('紅茶')).toEqual([]);
  });

  it('shows the original words in snippets, with the match marked', async () => {
    expect((await hits('npsとは'))[0].snippetHtml).toContain('<mark>NPSとは</mark>何か');
    expect((await hits('COFFEE lovers'))[0].snippetHtml).toBe(
      '<mark>Ｃｏｆｆｅｅ</mark> <mark>Lovers</mark> 集まれ 全角の英字で書きました',
    );
  });

  it('escapes the snippet, and refuses a query of only symbols', async () => {
    const found = await hits('ファン');
    expect(found[0].snippetHtml).toContain('&lt;b&gt;<mark>ファン</mark>');
    expect(await c.code(SEARCH, { q: '%_' })).toBe('VALIDATION_FAILED');
  });

  it('filters by kind, solved state, space and author', async () => {
    expect((await hits('とは', { kind: 'QUESTION' })).map((h) => h.post.id)).toEqual([ids.nps]);
    expect(await hits('とは', { kind: 'TALK' })).toEqual([]);
    expect((await hits('とは', { solved: false })).map((h) => h.post.id)).toEqual([ids.nps]);
    expect((await hits('珈琲', { space: 'qa', author: 'searcher' })).length).toBe(1);
    expect(await c.code(SEARCH, { q: '珈琲', space: 'nowhere' })).toBe('NOT_FOUND');
    expect(await c.code(SEARCH, { q: '  ' })).toBe('VALIDATION_FAILED');
  });
});

it('serves the search from the gram index on a large table', async () => {
  const db = t.app.get(Db);
  const text = normalizeText('焙煎 コーヒー 日記 ブレンド 豆 ミル ドリップ');
  // 30,000 filler posts make a sequential scan the expensive choice.
  await db.query(
    `INSERT INTO posts (space_id, author_id, kind, title, body, body_html, excerpt, search_text, search_grams)
     SELECT $1, (SELECT id FROM members LIMIT 1), 'talk', 'filler ' || g, 'x', 'x', 'x', $2 || g, $3::text[]
       FROM generate_series(1, 30000) g`,
    [space.id, text, indexGrams(text)],
  );
  await db.query('ANALYZE posts');
  const plan = await db.query<Array<{ 'QUERY PLAN': string }>>(
    `EXPLAIN SELECT id FROM posts WHERE search_grams @> $1::text[] AND search_text LIKE '%珈琲%'`,
    [['珈琲']],
  );
  expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('posts_search_idx');
  expect((await hits('珈琲')).map((h) => h.post.id)).toEqual([ids.coffee]);
});
