import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { setReaction } from '../support/content-api.js';
import { settle } from '../support/settle.js';
import { ViewsService } from '../../src/modules/posts/views.service.js';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '@kizuna/migrations';
import { Db } from '../../src/core/database/db.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';

const CREATE = `mutation($i: CreatePostInput!) { createPost(input: $i) { id title bodyHtml excerpt tags kind author { handle } space { slug } } }`;
const UPDATE = `mutation($i: UpdatePostInput!) { updatePost(input: $i) { id title revision editedAt bodyHtml } }`;
const MODERATE = `mutation($i: ModeratePostInput!) { moderatePost(input: $i) { id pinnedAt lockedAt hiddenAt hiddenReason space { slug } } }`;
const COMMENT = `mutation($i: CreateCommentInput!) { createComment(input: $i) { id parentId bodyHtml } }`;
const GET = `query($id: ID!) { post(id: $id) { id title solved commentCount viewCount hiddenReason bestAnswer { id }
  comments(first: 20) { nodes { id body replies(first: 5) { nodes { id body } } } } } }`;

let t: TestApp;
let space: SpaceEntity;
let alice: GqlClient;
let bob: GqlClient;
let mod: GqlClient;
let aliceHandle: string;

beforeAll(async () => {
  t = await startTestApp();
  space = await buildSpace(t.app, { slug: 'talk' });
  const a = await buildMember(t.app, { joinedAt: new Date(Date.now() - 30 * 86_400_000) });
  aliceHandle = a.handle;
  alice = await clientFor(t.app, t.url, a);
  bob = await clientFor(
    t.app,
    t.url,
    await buildMember(t.app, { joinedAt: new Date(Date.now() - 30 * 86_400_000) }),
  );
  mod = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
});
afterAll(() => t.close());
// Members here write more than the hourly posting limit allows; let an hour pass between tests.
beforeEach(() =>
  t.app
    .get(Db)
    .query(
      `UPDATE rate_limits SET hits = ARRAY(SELECT h - interval '2 hours' FROM unnest(hits) h)`,
    ),
);

const post = async (c: GqlClient, o: Record<string, unknown> = {}) =>
  (
    await c.ok(CREATE, {
      i: { spaceId: space.id, title: '浅煎りの淹れ方', body: '**お湯**は 90℃ で', ...o },
    })
  ).createPost;

describe('posts', () => {
  it('creates a post with rendered, sanitised Markdown, an excerpt and normalised tags', async () => {
    const p = await post(alice, {
      body: '# 見出し\n\n<script>alert(1)</script> **太字**',
      tags: ['Coffee', 'coffee', '浅煎り'],
    });
    expect(p.bodyHtml).toContain('<strong>太字</strong>');
    expect(p.bodyHtml).not.toContain('<script');
    expect(p.excerpt).toContain('太字');
    expect(p.tags).toEqual(['coffee', '浅煎り']);
    expect(p).toMatchObject({
      kind: 'TALK',
      author: { handle: aliceHandle },
      space: { slug: 'talk' },
    });
  });

  it('validates limits with the field named and writes nothing', async () => {
    const r = await alice.gql(CREATE, {
      i: { spaceId: space.id, title: 'x'.repeat(201), body: 'y'.repeat(50_001), tags: ['a b'] },
    });
    const fields = r.errors?.[0].extensions.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['body', 'tags', 'title']);
    const six = await alice.gql(CREATE, {
      i: { spaceId: space.id, title: 't', body: 'b', tags: ['a', 'b', 'c', 'd', 'e', 'f'] },
    });
    expect(six.errors?.[0].extensions.fields?.[0]).toMatchObject({
      field: 'tags',
      issue: 'OUT_OF_RANGE',
    });
    expect(await alice.code(CREATE, { i: { spaceId: space.id, title: '   ', body: 'b' } })).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('lets only the author edit; keeps revisions for moderators and marks the post edited', async () => {
    const p = await post(alice);
    expect(await bob.code(UPDATE, { i: { id: p.id, title: '乗っ取り' } })).toBe('FORBIDDEN');
    const edited = (await alice.ok(UPDATE, { i: { id: p.id, title: '浅煎りの淹れ方（改訂）' } }))
      .updatePost;
    expect(edited).toMatchObject({ title: '浅煎りの淹れ方（改訂）', revision: 2 });
    expect(edited.editedAt).toBeTruthy();
    const revs = await mod.ok(
      `query($id: ID!) { postRevisions(postId: $id) { nodes { revision title } } }`,
      { id: p.id },
    );
    expect(revs.postRevisions.nodes).toEqual([{ revision: 1, title: '浅煎りの淹れ方' }]);
    expect(
      await alice.code(`query($id: ID!) { postRevisions(postId: $id) { nodes { title } } }`, {
        id: p.id,
      }),
    ).toBe('FORBIDDEN');
  });

  it('soft-deletes for the author or a moderator; deleted posts are NOT_FOUND', async () => {
    const p = await post(alice);
    expect(await bob.code(`mutation($id: ID!) { deletePost(id: $id) }`, { id: p.id })).toBe(
      'FORBIDDEN',
    );
    await alice.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: p.id });
    expect(await bob.code(GET, { id: p.id })).toBe('NOT_FOUND');
    expect(await mod.code(GET, { id: p.id })).toBe('NOT_FOUND');
    const q = await post(bob);
    await mod.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: q.id });
  });

  it('hides a post from members, showing it with the reason to moderators and its author', async () => {
    const p = await post(alice);
    await mod.ok(MODERATE, { i: { id: p.id, hidden: true, hiddenReason: '宣伝のため' } });
    expect(await bob.code(GET, { id: p.id })).toBe('NOT_FOUND');
    expect((await alice.ok(GET, { id: p.id })).post.hiddenReason).toBe('宣伝のため');
    expect((await mod.ok(GET, { id: p.id })).post.hiddenReason).toBe('宣伝のため');
    const feed = await bob.ok(`{ posts(first: 100) { nodes { id } } }`);
    expect(feed.posts.nodes.map((n: { id: string }) => n.id)).not.toContain(p.id);
    expect(await alice.code(MODERATE, { i: { id: p.id, hidden: false } })).toBe('FORBIDDEN');
  });

  it('locks a post: new comments are refused with LOCKED', async () => {
    const p = await post(alice);
    await mod.ok(MODERATE, { i: { id: p.id, locked: true, pinned: true } });
    const r = await bob.gql(COMMENT, { i: { postId: p.id, body: 'まだ書けますか' } });
    expect(r.errors?.[0].extensions.code).toBe('LOCKED');
    expect((await bob.ok(GET, { id: p.id })).post.commentCount).toBe(0);
  });

  it('moves a post to another space', async () => {
    const other = await buildSpace(t.app);
    const p = await post(alice);
    const moved = (await mod.ok(MODERATE, { i: { id: p.id, spaceId: other.id } })).moderatePost;
    expect(moved.space.slug).toBe(other.slug);
  });
});

describe('spaces', () => {
  it('hides role-gated spaces and refuses posts in moderator-only spaces', async () => {
    const staffOnly = await buildSpace(t.app, { viewRoles: ['moderator'] });
    const news = await buildSpace(t.app, { postRoles: ['moderator'] });
    const spaces = await bob.ok(`{ spaces(first: 100) { nodes { id viewerCanPost } } }`);
    const ids = spaces.spaces.nodes.map((n: { id: string }) => n.id);
    expect(ids).not.toContain(staffOnly.id);
    expect(spaces.spaces.nodes.find((n: { id: string }) => n.id === news.id).viewerCanPost).toBe(
      false,
    );
    expect(await bob.code(CREATE, { i: { spaceId: staffOnly.id, title: 't', body: 'b' } })).toBe(
      'NOT_FOUND',
    );
    expect(await bob.code(CREATE, { i: { spaceId: news.id, title: 't', body: 'b' } })).toBe(
      'FORBIDDEN',
    );
    expect(
      await bob.code(CREATE, {
        i: { spaceId: space.id, kind: 'ANNOUNCEMENT', title: 't', body: 'b' },
      }),
    ).toBe('FORBIDDEN');
    await mod.ok(CREATE, {
      i: { spaceId: news.id, kind: 'ANNOUNCEMENT', title: 'お知らせ', body: '新豆入荷' },
    });
    const secret = await mod.ok(CREATE, {
      i: { spaceId: staffOnly.id, title: '運営メモ', body: '内緒' },
    });
    expect(await bob.code(GET, { id: secret.createPost.id })).toBe('NOT_FOUND');
  });

  it('lets moderators reorder spaces', async () => {
    const a = await buildSpace(t.app);
    const b = await buildSpace(t.app);
    const R = `mutation($ids: [ID!]!) { reorderSpaces(ids: $ids) { id } }`;
    const order = (await mod.ok(R, { ids: [b.id, a.id] })).reorderSpaces.map(
      (s: { id: string }) => s.id,
    );
    expect(order.indexOf(b.id)).toBeLessThan(order.indexOf(a.id));
    expect(await bob.code(R, { ids: [a.id, b.id] })).toBe('FORBIDDEN');
  });

  it('lets moderators create and edit spaces, with unique slugs', async () => {
    const S = `mutation($i: CreateSpaceInput!) { createSpace(input: $i) { id slug nameJa } }`;
    const s = (await mod.ok(S, { i: { slug: 'photos', nameJa: '写真', nameEn: 'Photos' } }))
      .createSpace;
    expect(
      (await mod.gql(S, { i: { slug: 'photos', nameJa: '写真2', nameEn: 'Photos 2' } })).errors?.[0]
        .extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'slug' }],
    });
    const u = await mod.ok(
      `mutation($i: UpdateSpaceInput!) { updateSpace(input: $i) { nameJa } }`,
      { i: { id: s.id, nameJa: '写真共有' } },
    );
    expect(u.updateSpace.nameJa).toBe('写真共有');
    expect(await bob.code(S, { i: { slug: 'mine', nameJa: 'x', nameEn: 'x' } })).toBe('FORBIDDEN');
  });
});

describe('comments and Q&A', () => {
  it('threads one level of replies, and the question author marks (and changes) the best answer', async () => {
    const q = await post(alice, { kind: 'QUESTION', title: 'おすすめのミルは？' });
    const c1 = (await bob.ok(COMMENT, { i: { postId: q.id, body: '手挽きなら○○です' } }))
      .createComment;
    const r1 = (
      await alice.ok(COMMENT, { i: { postId: q.id, parentId: c1.id, body: 'ありがとう！' } })
    ).createComment;
    const r2 = (
      await bob.ok(COMMENT, { i: { postId: q.id, parentId: r1.id, body: 'どういたしまして' } })
    ).createComment;
    expect(r2.parentId).toBe(c1.id);
    const c2 = (await mod.ok(COMMENT, { i: { postId: q.id, body: '電動も良いですよ' } }))
      .createComment;
    const BEST = `mutation($p: ID!, $c: ID) { setBestAnswer(postId: $p, commentId: $c) { solved bestAnswer { id } } }`;
    expect(await bob.code(BEST, { p: q.id, c: c1.id })).toBe('FORBIDDEN');
    expect((await alice.ok(BEST, { p: q.id, c: c1.id })).setBestAnswer).toEqual({
      solved: true,
      bestAnswer: { id: c1.id },
    });
    expect((await alice.ok(BEST, { p: q.id, c: c2.id })).setBestAnswer.bestAnswer.id).toBe(c2.id);
    const view = (await bob.ok(GET, { id: q.id })).post;
    expect(view.commentCount).toBe(4);
    expect(view.comments.nodes.map((n: { id: string }) => n.id)).toEqual([c1.id, c2.id]);
    expect(view.comments.nodes[0].replies.nodes.map((n: { id: string }) => n.id)).toEqual([
      r1.id,
      r2.id,
    ]);
    const MORE = `query($c: ID!, $a: String) { commentReplies(commentId: $c, first: 1, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const first = (await bob.ok(MORE, { c: c1.id })).commentReplies;
    expect(first.nodes).toEqual([{ id: r1.id }]);
    const rest = (await bob.ok(MORE, { c: c1.id, a: first.pageInfo.endCursor })).commentReplies;
    expect(rest).toEqual({
      nodes: [{ id: r2.id }],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
    const unanswered = await bob.ok(`{ posts(sort: UNANSWERED, first: 100) { nodes { id } } }`);
    expect(unanswered.posts.nodes.map((n: { id: string }) => n.id)).not.toContain(q.id);
    const solved = await bob.ok(`{ posts(solved: true, first: 100) { nodes { id } } }`);
    expect(solved.posts.nodes.map((n: { id: string }) => n.id)).toContain(q.id);
    expect(await alice.code(BEST, { p: (await post(alice)).id, c: c1.id })).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('keeps a deleted comment with replies as a placeholder without its text', async () => {
    const p = await post(alice);
    const c = (await bob.ok(COMMENT, { i: { postId: p.id, body: '消す予定' } })).createComment;
    await alice.ok(COMMENT, { i: { postId: p.id, parentId: c.id, body: '返信' } });
    expect(
      await alice.code(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: c.id }),
    ).toBe('FORBIDDEN');
    await bob.ok(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: c.id });
    const view = (await alice.ok(GET, { id: p.id })).post;
    expect(view.comments.nodes[0]).toMatchObject({ id: c.id, body: null });
    expect(view.commentCount).toBe(1);
  });

  it('lets only the author edit a comment; moderators hide one, keeping the reason for staff and the author', async () => {
    const p = await post(alice);
    const c = (await bob.ok(COMMENT, { i: { postId: p.id, body: '初稿' } })).createComment;
    const EDIT = `mutation($i: UpdateCommentInput!) { updateComment(input: $i) { body editedAt } }`;
    expect(await alice.code(EDIT, { i: { id: c.id, body: '書き換え' } })).toBe('FORBIDDEN');
    const edited = (await bob.ok(EDIT, { i: { id: c.id, body: '改稿' } })).updateComment;
    expect(edited.body).toBe('改稿');
    expect(edited.editedAt).toBeTruthy();
    const HIDE = `mutation($i: HideCommentInput!) { hideComment(input: $i) { hiddenAt hiddenReason } }`;
    expect(await bob.code(HIDE, { i: { id: c.id, hidden: true } })).toBe('FORBIDDEN');
    await mod.ok(HIDE, { i: { id: c.id, hidden: true, reason: '話題と無関係' } });
    const LIST = `query($id: ID!) { post(id: $id) { comments(first: 10) { nodes { id hiddenReason } } } }`;
    expect((await alice.ok(LIST, { id: p.id })).post.comments.nodes).toEqual([]);
    expect((await mod.ok(LIST, { id: p.id })).post.comments.nodes).toEqual([
      { id: c.id, hiddenReason: '話題と無関係' },
    ]);
    // Its author may still fix it while it is hidden; nobody else sees it.
    expect((await bob.ok(EDIT, { i: { id: c.id, body: '直しました' } })).updateComment.body).toBe(
      '直しました',
    );
    expect((await alice.ok(LIST, { id: p.id })).post.comments.nodes).toEqual([]);
    await mod.ok(HIDE, { i: { id: c.id, hidden: false } });
    expect((await alice.ok(LIST, { id: p.id })).post.comments.nodes).toHaveLength(1);
  });

  it('records @mentions of existing members, not of the author or unknown handles', async () => {
    const carol = await buildMember(t.app, { handle: 'carol_beans' });
    const p = await post(alice, { body: `@carol_beans さん、@${aliceHandle} と @nobody_x も見て` });
    const rows = await t.app
      .get(Db)
      .query<Array<{ member_id: string }>>(
        `SELECT member_id FROM mentions WHERE source_type = 'post' AND source_id = $1`,
        [p.id],
      );
    expect(rows.map((r) => r.member_id)).toEqual([carol.id]);
  });
});

describe('feeds', () => {
  it('gives a card the first uploaded image of its post, small, and follows edits', async () => {
    const feedSpace = await buildSpace(t.app);
    const [a, b] = ['0b5e1f2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b', '1c6f2a3b-4d5e-4f6a-9b0c-1d2e3f4a5b6c'];
    const body = `外部の画像 ![](https://example.com/x.png)\n\n\`![](/media/${b}/large.webp)\`\n\n![豆](/media/${a}/medium.webp)`;
    const { id } = await post(alice, { spaceId: feedSpace.id, body });
    await post(alice, { spaceId: feedSpace.id, body: '![](https://example.com/only.png)' });
    const cards = async () =>
      (
        await bob.ok(
          `query($s: String) { posts(spaceSlug: $s, first: 5) { nodes { id thumbnailUrl } } }`,
          {
            s: feedSpace.slug,
          },
        )
      ).posts.nodes.map((n: { thumbnailUrl: string | null }) => n.thumbnailUrl);
    // Newest first: external images and code are not thumbnails.
    expect(await cards()).toEqual([null, `/media/${a}/thumb.webp`]);
    await alice.ok(UPDATE, {
      i: { id, body: `![](/media/${b}/thumb.webp) ![](/media/${a}/large.webp)` },
    });
    expect(await cards()).toEqual([null, `/media/${b}/thumb.webp`]);
    await alice.ok(UPDATE, { i: { id, body: '画像なし' } });
    expect(await cards()).toEqual([null, null]);
  });

  it('backfills thumbnails of posts written before cards had them', async () => {
    const feedSpace = await buildSpace(t.app);
    const img = '2d7a3b4c-5e6f-4a7b-8c9d-2e3f4a5b6c7d';
    const { id } = await post(alice, {
      spaceId: feedSpace.id,
      body: `![a](/media/${img}/medium.webp) 本文`,
    });
    const runner = t.app.get(DataSource).createQueryRunner();
    await runner.startTransaction();
    try {
      const migration = new (migrations.find((m) => m.name === 'PostThumbnails1764470000001')!)();
      await migration.down(runner);
      await migration.up(runner);
      const [row] = await runner.query(`SELECT thumbnail_url FROM posts WHERE id = $1`, [id]);
      expect(row.thumbnail_url).toBe(`/media/${img}/thumb.webp`);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('lists cards without reading their bodies, and reads a page of bodies at once when asked', async () => {
    const s = await buildSpace(t.app);
    const made: Array<{ id: string; bodyHtml: string; body: string }> = [];
    for (let i = 0; i < 3; i++) {
      const body = `**本文** ${i}`;
      made.push({ ...(await post(bob, { spaceId: s.id, title: `カード ${i}`, body })), body });
    }
    const list = (fields: string) =>
      alice.ok(`query($s: String) { posts(spaceSlug: $s, first: 5) { nodes { id ${fields} } } }`, {
        s: s.slug,
      });
    await settle(t.app);
    const sent: string[] = [];
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: unknown, config: any, values?: any, cb?: any) {
      const text = typeof config === 'string' ? config : config?.text;
      if (typeof text === 'string' && /\bFROM "?posts\b/.test(text)) sent.push(text);
      return (original as any).call(this, config, values, cb);
    } as any;
    try {
      await list('title excerpt');
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.filter((sql) => /\bbody(_html)?\b/.test(sql))).toEqual([]);
      sent.length = 0;
      const page: any = await list('body bodyHtml');
      expect(sent.filter((sql) => /\bbody_html\b/.test(sql))).toHaveLength(1);
      expect(page.posts.nodes).toEqual(
        [...made].reverse().map(({ id, body, bodyHtml }) => ({ id, body, bodyHtml })),
      );
    } finally {
      pg.Client.prototype.query = original;
    }
  });

  it('pages newest first and stays stable while new posts arrive', async () => {
    const feedSpace = await buildSpace(t.app);
    const made: string[] = [];
    for (let i = 0; i < 5; i++)
      made.push((await post(bob, { spaceId: feedSpace.id, title: `投稿 ${i}` })).id);
    const Q = `query($s: String, $a: String) { posts(spaceSlug: $s, first: 2, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let i = 0;
    do {
      const page: any = await alice.ok(Q, { s: feedSpace.slug, a: after });
      seen.push(...page.posts.nodes.map((n: { id: string }) => n.id));
      after = page.posts.pageInfo.hasNextPage ? page.posts.pageInfo.endCursor : null;
      if (i++ === 0) await post(bob, { spaceId: feedSpace.id, title: '割り込み' });
    } while (after);
    expect(seen).toEqual([...made].reverse());
  });

  it('filters by tag and member, and orders popular by reactions and comments', async () => {
    const s = await buildSpace(t.app);
    const quiet = await post(bob, { spaceId: s.id, tags: ['ドリップ'] });
    const loved = await post(bob, { spaceId: s.id });
    await setReaction(alice, loved.id);
    await alice.ok(COMMENT, { i: { postId: loved.id, body: '素敵' } });
    const popular = await alice.ok(
      `query($s: String) { posts(spaceSlug: $s, sort: POPULAR, first: 10) { nodes { id } } }`,
      { s: s.slug },
    );
    expect(popular.posts.nodes.map((n: { id: string }) => n.id)).toEqual([loved.id, quiet.id]);
    const tagged = await alice.ok(`{ posts(tag: "ドリップ", first: 10) { nodes { id } } }`);
    expect(tagged.posts.nodes.map((n: { id: string }) => n.id)).toContain(quiet.id);
    expect(tagged.posts.nodes.map((n: { id: string }) => n.id)).not.toContain(loved.id);
  });

  it('weighs engagement against age for popular, pages it, and follows new reactions and comments', async () => {
    const s = await buildSpace(t.app);
    const db = t.app.get(Db);
    const make = async (hoursAgo: number, reactions: number, comments: number) => {
      const { id } = await post(bob, { spaceId: s.id });
      await db.query(
        `UPDATE posts SET created_at = now() - make_interval(hours => $2),
                reaction_count = $3, comment_count = $4 WHERE id = $1`,
        [id, hoursAgo, reactions, comments],
      );
      return id as string;
    };
    const fresh = await make(0, 0, 0);
    const liked = await make(6, 5, 0);
    const discussed = await make(1, 0, 1);
    const stale = await make(48, 20, 0);
    const Q = `query($s: String, $a: String) { posts(spaceSlug: $s, sort: POPULAR, first: 1, after: $a) {
      nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const all = async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = await alice.ok(Q, { s: s.slug, a: after });
        seen.push(...page.posts.nodes.map((n: { id: string }) => n.id));
        after = page.posts.pageInfo.hasNextPage ? page.posts.pageInfo.endCursor : null;
      } while (after);
      return seen;
    };
    // Six hours older but five reactions up; two days old outweighs twenty reactions.
    expect(await all()).toEqual([liked, discussed, fresh, stale]);
    await setReaction(alice, fresh);
    await alice.ok(COMMENT, { i: { postId: fresh, body: 'いいですね' } });
    expect(await all()).toEqual([liked, fresh, discussed, stale]);
  });

  it('ranks a post members viewed above an otherwise equal, newer one', async () => {
    const s = await buildSpace(t.app);
    const plain = await post(bob, { spaceId: s.id });
    const viewed = await post(bob, { spaceId: s.id });
    await t.app
      .get(Db)
      .query(`UPDATE posts SET created_at = now() - make_interval(mins => $2) WHERE id = $1`, [
        viewed.id,
        1,
      ]);
    const popular = async () =>
      (
        await alice.ok(
          `query($s: String) { posts(spaceSlug: $s, sort: POPULAR, first: 10) { nodes { id } } }`,
          { s: s.slug },
        )
      ).posts.nodes.map((n: { id: string }) => n.id);
    expect(await popular()).toEqual([plain.id, viewed.id]);
    for (const viewer of [alice, mod]) await viewer.ok(GET, { id: viewed.id });
    await t.app.get(ViewsService).flush();
    expect(await popular()).toEqual([viewed.id, plain.id]);
  });
});

describe('reaction kinds', () => {
  it('lets admins add and turn off kinds; a kind that is off cannot be given', async () => {
    const admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
    const UPDATE = `mutation($k: [ReactionKindInput!]!) { updateReactionKinds(kinds: $k) { key enabled } }`;
    const kinds = (
      await admin.ok(UPDATE, {
        k: [
          {
            key: 'cheers',
            emoji: '🥂',
            labelJa: '乾杯',
            labelEn: 'Cheers',
            position: 9,
            enabled: false,
          },
        ],
      })
    ).updateReactionKinds;
    expect(kinds).toContainEqual({ key: 'cheers', enabled: false });
    expect(await mod.code(UPDATE, { k: [] })).toBe('FORBIDDEN');
    const bad = await admin.gql(UPDATE, {
      k: [{ key: 'No!', emoji: '', labelJa: 'x', labelEn: 'x', position: 0, enabled: true }],
    });
    expect(bad.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    const p = await post(alice);
    const SET = `mutation($i: SetReactionInput!) { setReaction(input: $i) { targetId } }`;
    expect(
      await bob.code(SET, {
        i: { targetType: 'POST', targetId: p.id, kind: 'cheers', active: true },
      }),
    ).toBe('VALIDATION_FAILED');
  });
});

describe('reactions', () => {
  it('is idempotent under 20 concurrent identical calls, with counts and who reacted', async () => {
    const p = await post(alice);
    const SET = `mutation($i: SetReactionInput!) { setReaction(input: $i) { reactions { kind count viewerReacted } } }`;
    const i = { targetType: 'POST', targetId: p.id, kind: 'thanks', active: true };
    await Promise.all(Array.from({ length: 20 }, () => bob.gql(SET, { i })));
    const r = (await bob.ok(SET, { i })).setReaction.reactions.find(
      (x: { kind: string }) => x.kind === 'thanks',
    );
    expect(r).toEqual({ kind: 'thanks', count: 1, viewerReacted: true });
    const feedItem = await alice.ok(
      `query($id: ID!) { post(id: $id) { reactionCount reactions { kind count viewerReacted } } }`,
      { id: p.id },
    );
    expect(feedItem.post.reactionCount).toBe(1);
    expect(feedItem.post.reactions.find((x: { kind: string }) => x.kind === 'thanks')).toEqual({
      kind: 'thanks',
      count: 1,
      viewerReacted: false,
    });
    const who = await alice.ok(
      `query($id: ID!) { whoReacted(targetType: POST, targetId: $id, kind: "thanks") { nodes { id } } }`,
      { id: p.id },
    );
    expect(who.whoReacted.nodes).toHaveLength(1);
    await Promise.all(
      Array.from({ length: 20 }, () => bob.gql(SET, { i: { ...i, active: false } })),
    );
    expect(
      (await alice.ok(`query($id: ID!) { post(id: $id) { reactionCount } }`, { id: p.id })).post
        .reactionCount,
    ).toBe(0);
    expect(await bob.code(SET, { i: { ...i, kind: 'nope' } })).toBe('VALIDATION_FAILED');
  });

  it('keeps the reaction given while a member swaps one kind for another at once', async () => {
    const SET = `mutation($i: SetReactionInput!) { setReaction(input: $i) { reactions { kind count } } }`;
    const posts = await Promise.all(Array.from({ length: 8 }, () => post(alice)));
    const react = (id: string, kind: string, active: boolean) =>
      bob.ok(SET, { i: { targetType: 'POST', targetId: id, kind, active } });
    for (const p of posts) await react(p.id, 'like', true);
    await Promise.all(
      posts.flatMap((p) => [react(p.id, 'thanks', true), react(p.id, 'like', false)]),
    );
    const rows = await t.app.get(Db).query<Array<{ given: boolean; reactions: number }>>(
      `SELECT EXISTS (SELECT 1 FROM member_activity a
                       WHERE a.action = 'reaction_given' AND a.subject_id = p.id::text
                         AND a.retracted_at IS NULL) AS given,
              p.reaction_count AS reactions
         FROM posts p WHERE p.id = ANY($1::uuid[])`,
      [posts.map((p) => p.id)],
    );
    expect(rows).toEqual(posts.map(() => ({ given: true, reactions: 1 })));
  });
});

describe('views', () => {
  it('counts one view per member per day, stored in batches, visible to staff only', async () => {
    const p = await post(alice);
    for (let i = 0; i < 3; i++) await bob.ok(GET, { id: p.id });
    await alice.ok(GET, { id: p.id });
    await t.app.get(ViewsService).flush();
    expect((await mod.ok(GET, { id: p.id })).post.viewCount).toBe(2);
    await t.app.get(ViewsService).flush();
    expect((await mod.ok(GET, { id: p.id })).post.viewCount).toBe(3);
    expect((await bob.ok(GET, { id: p.id })).post.viewCount).toBeNull();
  });
});

describe('posting limits', () => {
  it('limits members who joined today more strictly', async () => {
    const newbie = await clientFor(t.app, t.url, await buildMember(t.app));
    for (let i = 0; i < 3; i++) await post(newbie);
    const r = await newbie.gql(CREATE, { i: { spaceId: space.id, title: '4件目', body: 'b' } });
    expect(r.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(r.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(3000);
  });
});
