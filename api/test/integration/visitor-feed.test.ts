import pg from 'pg';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  asViewer,
  buildMember,
  buildPost,
  buildSpace,
  setVisibleToVisitors,
} from '../support/factories.js';
import { GqlClient } from '../support/gql-client.js';
import { clientFor } from '../support/sessions.js';
import { createApp } from '../../src/app.factory.js';
import { ReadCache } from '../../src/core/cache/read-cache.js';
import { PostsService } from '../../src/modules/posts/posts.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';

/**
 * The anonymous feed is cached per space on each instance, and a post created, edited, hidden or
 * deleted on one instance drops the cached pages on every instance.
 */
let t: TestApp;
let other: NestExpressApplication;
let sql: pg.Client;
let author: MemberEntity;
let space: SpaceEntity;
let elsewhere: SpaceEntity;
let here: GqlClient;
let there: GqlClient;

const FEED = `query($s: String) { posts(first: 20, spaceSlug: $s) { nodes { id title } } }`;

beforeAll(async () => {
  t = await startTestApp({ VISITOR_FEED_TTL_SECONDS: '3600' });
  other = await createApp(t.config, t.databaseUrl);
  await other.listen(0, '127.0.0.1');
  const { port } = other.getHttpServer().address() as { port: number };
  here = t.client();
  there = new GqlClient(`http://127.0.0.1:${port}`);
  sql = new pg.Client({ connectionString: t.databaseUrl });
  await sql.connect();
  author = await buildMember(t.app, { role: 'moderator' });
  space = await buildSpace(t.app);
  elsewhere = await buildSpace(t.app);
  await setVisibleToVisitors(t.app, true);
  await caughtUp();
});
afterAll(async () => {
  await sql.end();
  await other.close();
  await t.close();
});

/** Every instance has heard every change committed so far. */
const caughtUp = () =>
  Promise.all([t.app.get(ReadCache).caughtUp(), other.get(ReadCache).caughtUp()]);

const titles = async (c: GqlClient, slug?: string) =>
  ((await c.ok(FEED, { s: slug ?? null })).posts.nodes as Array<{ title: string }>).map(
    (p) => p.title,
  );

it('serves visitors the cached page until a post in the space changes, on every instance', async () => {
  const first = await buildPost(t.app, author, { spaceId: space.id, title: '最初の投稿' });
  await caughtUp();
  expect(await titles(there, space.slug)).toEqual(['最初の投稿']);
  expect(await titles(there)).toContain('最初の投稿');

  // A change no post write announces (straight in the database) is not seen: the page is cached.
  await sql.query(`UPDATE posts SET title = '裏で変えた題名' WHERE id = $1`, [first.id]);
  expect(await titles(there, space.slug)).toEqual(['最初の投稿']);
  // Members are never served from it.
  const member = await buildMember(t.app);
  const signedIn = await clientFor(t.app, t.url, member);
  expect(await titles(signedIn, space.slug)).toEqual(['裏で変えた題名']);

  // A new post on the first instance drops the pages of its space and the home feed everywhere.
  await buildPost(t.app, author, { spaceId: space.id, title: '新しい投稿' });
  await caughtUp();
  expect(await titles(there, space.slug)).toEqual(['新しい投稿', '裏で変えた題名']);
  expect((await titles(there)).slice(0, 2)).toEqual(['新しい投稿', '裏で変えた題名']);
  expect(await titles(here, space.slug)).toEqual(['新しい投稿', '裏で変えた題名']);
});

it('drops the pages when a post is edited, hidden or deleted, and only for its space', async () => {
  const posts = t.app.get(PostsService);
  const mod = asViewer(author);
  const post = await buildPost(t.app, author, { spaceId: space.id, title: '編集前' });
  const unrelated = await buildPost(t.app, author, {
    spaceId: elsewhere.id,
    title: '別のスペース',
  });
  await caughtUp();
  expect((await titles(there, space.slug))[0]).toBe('編集前');
  expect(await titles(there, elsewhere.slug)).toEqual(['別のスペース']);

  await sql.query(`UPDATE posts SET title = '裏で変えた' WHERE id = $1`, [unrelated.id]);
  await posts.update(mod, { id: post.id, title: '編集後' });
  await caughtUp();
  expect((await titles(there, space.slug))[0]).toBe('編集後');
  // The other space's cached page stayed.
  expect(await titles(there, elsewhere.slug)).toEqual(['別のスペース']);

  await posts.moderate(mod, { id: post.id, hidden: true });
  await caughtUp();
  expect(await titles(there, space.slug)).not.toContain('編集後');

  await posts.moderate(mod, { id: post.id, hidden: false });
  await caughtUp();
  expect(await titles(there, space.slug)).toContain('編集後');

  await posts.delete(mod, post.id);
  await caughtUp();
  expect(await titles(there, space.slug)).not.toContain('編集後');
  expect(await titles(there)).not.toContain('編集後');
});

it('forgets everything when a space changes, so a space made private disappears at once', async () => {
  await buildPost(t.app, author, { spaceId: elsewhere.id, title: 'まもなく非公開' });
  await caughtUp();
  expect(await titles(there)).toContain('まもなく非公開');
  await sql.query(`UPDATE spaces SET view_roles = '{moderator}' WHERE id = $1`, [elsewhere.id]);
  await caughtUp();
  expect(await titles(there)).not.toContain('まもなく非公開');
  expect((await there.gql(FEED, { s: elsewhere.slug })).errors?.[0]?.extensions.code).toBe(
    'NOT_FOUND',
  );
});
