import { MODERATION_LIMITS } from '@kizuna/shared';
import { startTestApp, startTwin, type TestApp } from '../support/test-app.js';
import {
  buildBoard,
  buildComment,
  buildIdea,
  buildMember,
  buildPost,
  buildSpace,
  PASSWORD,
  setRankPosition,
} from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { settle } from '../support/settle.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import { MembersService } from '../../src/modules/members/members.service.js';
import { ModerationService } from '../../src/modules/moderation/moderation.service.js';
import { PostsService } from '../../src/modules/posts/posts.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';

const FLAG = `mutation($i: FlagInput!) { flag(input: $i) }`;
const RESOLVE = `mutation($i: ResolveReviewInput!) { resolveReviewItem(input: $i) { id status } }`;
const QUEUE = `query($s: ReviewStatus) { reviewQueue(status: $s, first: 50) { nodes {
  id targetType targetId status source detail score flagCount hiddenByReview
  content { label hidden } author { id }
  flags { reason weight flagger { id } flaggerAccuracy { agreed disagreed rate } } } } }`;
const STANDING = `query($h: String!) { member(handle: $h) { standing { balance } } }`;
const DAY = 86_400_000;

let t: TestApp;
let db: Db;
let space: SpaceEntity;
let admin: MemberEntity;
let mod: GqlClient;
let adminC: GqlClient;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  space = await buildSpace(t.app);
  admin = await buildMember(t.app, { role: 'admin' });
  adminC = await clientFor(t.app, t.url, admin);
  mod = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
});
afterAll(() => t.close());

/** A member who has been around a while, at a rank, signed in. */
async function person(rank = 1) {
  const m = await buildMember(t.app, { joinedAt: new Date(Date.now() - 60 * DAY) });
  if (rank > 1) await setRankPosition(t.app, m.id, rank);
  return { m, c: await clientFor(t.app, t.url, m) };
}

async function itemOf(targetId: string, status = 'PENDING') {
  const { reviewQueue } = await mod.ok(QUEUE, { s: status });
  return reviewQueue.nodes.find((n: { targetId: string }) => n.targetId === targetId);
}

const balance = async (m: MemberEntity) => {
  await settle(t.app);
  return (await adminC.ok(STANDING, { h: m.handle })).member.standing.balance as number;
};

describe('flags', () => {
  it('counts one flag per member and target however many arrive at once, on two instances', async () => {
    const author = await person();
    const post = await buildPost(t.app, author.m, { spaceId: space.id });
    const flagger = await person();
    const twin = await startTwin(t);
    try {
      const onTwin = await clientFor(twin.app, twin.url, flagger.m);
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          (i % 2 ? onTwin : flagger.c).gql(FLAG, {
            i: { targetType: 'POST', targetId: post.id, reason: 'SPAM' },
          }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions.code)).toEqual(
        Array(11).fill('CONFLICT'),
      );
    } finally {
      await twin.close();
    }
    const item = await itemOf(post.id);
    expect(item).toMatchObject({ flagCount: 1, score: 1, source: 'FLAGS' });
    const { post: seen } = await flagger.c.ok(
      `query($id: ID!) { post(id: $id) { viewerFlagged } }`,
      {
        id: post.id,
      },
    );
    expect(seen.viewerFlagged).toBe(true);
  });

  it('refuses flagging your own content, without the rank, and OTHER without a note', async () => {
    const author = await person();
    const post = await buildPost(t.app, author.m, { spaceId: space.id });
    const own = await author.c.gql(FLAG, {
      i: { targetType: 'POST', targetId: post.id, reason: 'SPAM' },
    });
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    const other = await (
      await person()
    ).c.gql(FLAG, {
      i: { targetType: 'POST', targetId: post.id, reason: 'OTHER' },
    });
    expect(other.errors?.[0].extensions.fields?.[0].field).toBe('note');
    await adminC.ok(
      `mutation { updateModerationSettings(input: { flagMinRank: 3 }) { flagMinRank } }`,
    );
    try {
      const low = await (
        await person(2)
      ).c.gql(FLAG, {
        i: { targetType: 'POST', targetId: post.id, reason: 'SPAM' },
      });
      expect(low.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const high = await (
        await person(3)
      ).c.gql(FLAG, {
        i: { targetType: 'POST', targetId: post.id, reason: 'SPAM' },
      });
      expect(high.errors).toBeUndefined();
    } finally {
      await adminC.ok(
        `mutation { updateModerationSettings(input: { flagMinRank: 1 }) { flagMinRank } }`,
      );
    }
  });

  it('hides content at the weighted threshold, takes its points back and tells the author', async () => {
    const author = await person();
    const post = await buildPost(t.app, author.m, { spaceId: space.id });
    const before = await balance(author.m);
    expect(before).toBeGreaterThan(0);
    // Rank 5 weighs 2: with one rank-1 flag (1) the score reaches the threshold of 3.
    const senior = await person(5);
    await senior.c.ok(FLAG, { i: { targetType: 'POST', targetId: post.id, reason: 'SPAM' } });
    expect((await t.app.get(PostsService).findById(post.id))!.hiddenAt).toBeNull();
    const junior = await person();
    await junior.c.ok(FLAG, {
      i: { targetType: 'POST', targetId: post.id, reason: 'HARASSMENT' },
    });
    const hidden = (await t.app.get(PostsService).findById(post.id))!;
    expect(hidden.hiddenAt).not.toBeNull();
    expect(await itemOf(post.id)).toMatchObject({ score: 3, hiddenByReview: true });
    expect(await balance(author.m)).toBe(before - 10);
    const { notifications } = await author.c.ok(`{ notifications(first: 5) { nodes { kind } } }`);
    expect(notifications.nodes.map((n: { kind: string }) => n.kind)).toContain('CONTENT_FLAGGED');
    // The author still reads it and may edit it.
    const mine = await author.c.gql(`query($id: ID!) { post(id: $id) { id } }`, { id: post.id });
    expect(mine.errors).toBeUndefined();
    const stranger = await (
      await person()
    ).c.gql(`query($id: ID!) { post(id: $id) { id } }`, {
      id: post.id,
    });
    expect(stranger.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('gives the points back when a moderator disagrees, and lowers the flaggers’ accuracy', async () => {
    const author = await person();
    const post = await buildPost(t.app, author.m, { spaceId: space.id });
    const before = await balance(author.m);
    const flaggers = [await person(), await person(), await person()];
    for (const f of flaggers)
      await f.c.ok(FLAG, { i: { targetType: 'POST', targetId: post.id, reason: 'OFF_TOPIC' } });
    expect(await balance(author.m)).toBe(before - 10);
    const item = await itemOf(post.id);
    await mod.ok(RESOLVE, { i: { itemId: item.id, action: 'DISAGREE' } });
    expect((await t.app.get(PostsService).findById(post.id))!.hiddenAt).toBeNull();
    expect(await balance(author.m)).toBe(before);
    const done = await itemOf(post.id, 'DISAGREED');
    expect(done.flags[0].flaggerAccuracy).toMatchObject({ agreed: 0, disagreed: 1, rate: 0 });
    const { notifications } = await flaggers[0].c.ok(
      `{ notifications(first: 5) { nodes { kind } } }`,
    );
    expect(notifications.nodes.map((n: { kind: string }) => n.kind)).toContain('FLAG_DISAGREED');
  });

  it('acts once when two moderators decide the same item at the same moment', async () => {
    const author = await person();
    const comment = await buildComment(t.app, author.m, {
      postId: (await buildPost(t.app, (await person()).m, { spaceId: space.id })).id,
    });
    await (
      await person()
    ).c.ok(FLAG, {
      i: { targetType: 'COMMENT', targetId: comment.id, reason: 'INAPPROPRIATE' },
    });
    const item = await itemOf(comment.id);
    const other = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    const results = await Promise.all([
      mod.gql(RESOLVE, { i: { itemId: item.id, action: 'AGREE_HIDE', reason: '不適切' } }),
      other.gql(RESOLVE, { i: { itemId: item.id, action: 'AGREE_DELETE' } }),
      adminC.gql(RESOLVE, { i: { itemId: item.id, action: 'DISAGREE' } }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions.code)).toEqual([
      'CONFLICT',
      'CONFLICT',
    ]);
    const [{ n }] = await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'review.resolve' AND target_id = $1`,
      [comment.id],
    );
    expect(n).toBe(1);
  });

  it('agrees, hides and suspends the author for a number of days', async () => {
    const author = await person();
    const post = await buildPost(t.app, author.m, { spaceId: space.id });
    const flagger = await person();
    await flagger.c.ok(FLAG, { i: { targetType: 'POST', targetId: post.id, reason: 'SPAM' } });
    const item = await itemOf(post.id);
    await mod.ok(RESOLVE, {
      i: { itemId: item.id, action: 'AGREE_SUSPEND', reason: '宣伝の繰り返し', suspendDays: 7 },
    });
    const m = (await t.app.get(MembersService).findById(author.m.id))!;
    expect(m.status).toBe('suspended');
    expect(m.suspendedUntil!.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    expect((await t.app.get(PostsService).findById(post.id))!.hiddenAt).not.toBeNull();
    const done = await itemOf(post.id, 'AGREED');
    expect(done.flags[0].flaggerAccuracy).toMatchObject({ agreed: 1, disagreed: 0 });
  });
});

describe('ideas and profiles', () => {
  it('hides a flagged idea by rejecting it, and approves it again when the moderator disagrees', async () => {
    const author = await person();
    const idea = await buildIdea(t.app, author.m, { boardId: (await buildBoard(t.app)).id });
    const before = await balance(author.m);
    for (const f of [await person(), await person(), await person()])
      await f.c.ok(FLAG, { i: { targetType: 'IDEA', targetId: idea.id, reason: 'SPAM' } });
    const IDEA = `query($id: ID!) { idea(id: $id) { id } }`;
    expect((await (await person()).c.gql(IDEA, { id: idea.id })).errors?.[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    expect(await balance(author.m)).toBeLessThan(before);
    await mod.ok(RESOLVE, { i: { itemId: (await itemOf(idea.id)).id, action: 'DISAGREE' } });
    expect((await (await person()).c.ok(IDEA, { id: idea.id })).idea.id).toBe(idea.id);
    expect(await balance(author.m)).toBe(before);
  });

  it('queues a flagged profile without hiding anything, and refuses deleting it', async () => {
    const target = await person();
    const flagger = await person();
    await flagger.c.ok(FLAG, {
      i: { targetType: 'MEMBER', targetId: target.m.id, reason: 'INAPPROPRIATE' },
    });
    const self = await target.c.gql(FLAG, {
      i: { targetType: 'MEMBER', targetId: target.m.id, reason: 'SPAM' },
    });
    expect(self.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    const item = await itemOf(target.m.id);
    expect(item).toMatchObject({ targetType: 'MEMBER', author: { id: target.m.id } });
    const del = await mod.gql(RESOLVE, { i: { itemId: item.id, action: 'AGREE_DELETE' } });
    expect(del.errors?.[0].extensions.fields?.[0].field).toBe('action');
    // The refusal rolled back: the item is still waiting.
    expect(await itemOf(target.m.id)).toMatchObject({ id: item.id, status: 'PENDING' });
  });
});

describe('spam defence', () => {
  afterEach(async () => {
    await db.query(`DELETE FROM watched_words`);
  });

  it('matches watched words in Japanese text without spaces, across widths', async () => {
    await mod.ok(`mutation { addWatchedWord(input: { word: "激安", action: BLOCK }) { id } }`);
    await mod.ok(`mutation { addWatchedWord(input: { word: "ｶｼﾞﾉ", action: APPROVE }) { id } }`);
    const dup = await mod.gql(
      `mutation { addWatchedWord(input: { word: "カジノ", action: FLAG }) { id } }`,
    );
    expect(dup.errors?.[0].extensions.code).toBe('CONFLICT');
    const writer = await person();
    const create = `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`;
    const blocked = await writer.c.gql(create, {
      i: { spaceId: space.id, title: 'お知らせ', body: '今なら激安セール実施中' },
    });
    expect(blocked.errors?.[0].extensions.fields?.[0]).toMatchObject({
      field: 'body',
      params: { word: '激安' },
    });
    const held = await writer.c.ok(create, {
      i: { spaceId: space.id, title: '週末', body: 'オンラインカ ジ ノで遊ぼう' },
    });
    const post = (await t.app.get(PostsService).findById(held.createPost.id))!;
    expect(post.hiddenAt).not.toBeNull();
    expect(await itemOf(post.id)).toMatchObject({
      source: 'WATCHED_WORD',
      detail: 'ｶｼﾞﾉ',
      hiddenByReview: true,
    });
  });

  it('holds the cap on watched words however many are added at once, on two instances', async () => {
    const room = 5;
    await db.query(
      `INSERT INTO watched_words (word, normalized, action, created_by)
       SELECT 'w' || i, 'w' || i, 'flag', $2 FROM generate_series(1, $1) i`,
      [MODERATION_LIMITS.watchedWordsMax - room, admin.id],
    );
    const twin = await startTwin(t);
    try {
      const onTwin = await clientFor(twin.app, twin.url, admin);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? onTwin : adminC).gql(
            `mutation($w: String!) { addWatchedWord(input: { word: $w, action: FLAG }) { id } }`,
            { w: `禁止語${i}号` },
          ),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(room);
      expect(
        results.filter((r) => r.errors).map((r) => r.errors![0].extensions.fields?.[0].issue),
      ).toEqual(Array(20 - room).fill('OUT_OF_RANGE'));
    } finally {
      await twin.close();
    }
    const [{ n }] = await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM watched_words`,
    );
    expect(n).toBe(MODERATION_LIMITS.watchedWordsMax);
  });

  it('limits new members’ links and holds their links for approval when asked', async () => {
    const fresh = await buildMember(t.app);
    const c = await clientFor(t.app, t.url, fresh);
    const create = `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`;
    const links = (n: number) =>
      Array.from({ length: n }, (_, i) => `https://example.com/${i}`).join('\n\n');
    const many = await c.gql(create, { i: { spaceId: space.id, title: 'リンク', body: links(3) } });
    expect(many.errors?.[0].extensions.fields?.[0]).toMatchObject({
      field: 'body',
      issue: 'OUT_OF_RANGE',
    });
    await adminC.ok(
      `mutation { updateModerationSettings(input: { holdNewMemberLinks: true }) { holdNewMemberLinks } }`,
    );
    try {
      const one = await c.ok(create, { i: { spaceId: space.id, title: 'リンク', body: links(1) } });
      const item = await itemOf(one.createPost.id);
      expect(item).toMatchObject({ source: 'APPROVAL', hiddenByReview: true });
      const before = await balance(fresh);
      await mod.ok(RESOLVE, { i: { itemId: item.id, action: 'DISAGREE' } });
      expect((await t.app.get(PostsService).findById(one.createPost.id))!.hiddenAt).toBeNull();
      expect(await balance(fresh)).toBeGreaterThan(before);
    } finally {
      await adminC.ok(
        `mutation { updateModerationSettings(input: { holdNewMemberLinks: false }) { holdNewMemberLinks } }`,
      );
    }
  });

  it('refuses the same text twice from one member and queues it from another, across spaces', async () => {
    const other = await buildSpace(t.app);
    const body = '限定クーポンはこちらのページから今すぐ受け取ってください！';
    const a = await person();
    const create = `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`;
    await a.c.ok(create, { i: { spaceId: space.id, title: 'クーポン', body } });
    const again = await a.c.gql(create, { i: { spaceId: other.id, title: 'クーポン', body } });
    expect(again.errors?.[0].extensions.fields?.[0].field).toBe('body');
    const b = await person();
    const copy = await b.c.ok(create, { i: { spaceId: other.id, title: 'クーポン', body } });
    expect(await itemOf(copy.createPost.id)).toMatchObject({ source: 'DUPLICATE' });
  });
});

describe('warnings, silences and suspensions', () => {
  it('keeps a warning in the record and tells the member', async () => {
    const m = await person();
    await mod.ok(`mutation($i: WarnMemberInput!) { warnMember(input: $i) { id kind } }`, {
      i: { memberId: m.m.id, reason: '勧誘', message: '勧誘の投稿はご遠慮ください。' },
    });
    await settle(t.app);
    const { notifications } = await m.c.ok(`{ notifications(first: 5) { nodes { kind } } }`);
    expect(notifications.nodes.map((n: { kind: string }) => n.kind)).toContain('MODERATOR_WARNING');
    const { memberRecord } = await mod.ok(
      `query($id: ID!) { memberRecord(memberId: $id) { sanctions { kind reason message } } }`,
      { id: m.m.id },
    );
    expect(memberRecord.sanctions).toEqual([
      { kind: 'WARNING', reason: '勧誘', message: '勧誘の投稿はご遠慮ください。' },
    ]);
  });

  it('silences a member until the silence ends by itself', async () => {
    const m = await person();
    await mod.ok(`mutation($i: SilenceMemberInput!) { silenceMember(input: $i) { id } }`, {
      i: { memberId: m.m.id, days: 2, reason: '荒らし' },
    });
    const create = `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`;
    const refused = await m.c.gql(create, { i: { spaceId: space.id, title: 't', body: 'b' } });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'SILENCED',
      restriction: { reason: '荒らし' },
    });
    const { post } = await m.c.ok(`query($id: ID!) { post(id: $id) { id } }`, {
      id: (await buildPost(t.app, admin, { spaceId: space.id })).id,
    });
    expect(post.id).toBeTruthy();
    const members = t.app.get(MembersService);
    await members.liftExpired(new Date(Date.now() + DAY));
    expect(
      (await m.c.gql(create, { i: { spaceId: space.id, title: 't', body: 'b' } })).errors,
    ).toBeDefined();
    await members.liftExpired(new Date(Date.now() + 3 * DAY));
    expect((await members.findById(m.m.id))!.silencedUntil).toBeNull();
    await m.c.ok(create, { i: { spaceId: space.id, title: 't', body: 'b' } });
  });

  it('suspends for a number of days with the reason shown at sign-in, then lifts it', async () => {
    const m = await person();
    await mod.ok(`mutation($i: SuspendMemberInput!) { suspendMember(input: $i) { status } }`, {
      i: { memberId: m.m.id, reason: 'スパム', days: 3 },
    });
    const signIn = `mutation($i: SignInInput!) { signIn(input: $i) { id } }`;
    const refused = await t.client().gql(signIn, { i: { email: m.m.email, password: PASSWORD } });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'ACCOUNT_SUSPENDED',
      restriction: { reason: 'スパム', until: expect.any(String) },
    });
    const members = t.app.get(MembersService);
    expect(await members.liftExpired(new Date(Date.now() + 2 * DAY))).toBe(0);
    expect(await members.liftExpired(new Date(Date.now() + 4 * DAY))).toBe(1);
    await t.client().ok(signIn, { i: { email: m.m.email, password: PASSWORD } });
    const [{ n }] = await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM audit_log
        WHERE action = 'member.suspensionEnded' AND target_id = $1 AND actor_id IS NULL`,
      [m.m.id],
    );
    expect(n).toBe(1);
  });
});

it('counts pending items for the nav and refuses the queue to members', async () => {
  const { reviewQueueCount } = await mod.ok(`{ reviewQueueCount }`);
  expect(reviewQueueCount).toBe(
    (await t.app.get(ModerationService).queue({ status: 'pending' }, 100)).nodes.length,
  );
  const r = await (await person()).c.gql(`{ reviewQueueCount }`);
  expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
});

it('hides once and takes the points back once when many members flag at the same moment', async () => {
  const author = await person();
  const post = await buildPost(t.app, author.m, { spaceId: space.id });
  const before = await balance(author.m);
  const flaggers = await Promise.all(Array.from({ length: 8 }, () => person()));
  const results = await Promise.all(
    flaggers.map((f) =>
      f.c.gql(FLAG, { i: { targetType: 'POST', targetId: post.id, reason: 'SPAM' } }),
    ),
  );
  expect(results.filter((r) => r.errors)).toEqual([]);
  expect(await itemOf(post.id)).toMatchObject({ flagCount: 8, score: 8, hiddenByReview: true });
  expect(await balance(author.m)).toBe(before - 10);
  const [{ n }] = await db.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM notifications WHERE member_id = $1 AND kind = 'content_flagged'`,
    [author.m.id],
  );
  expect(n).toBe(1);
});

it('shows the author their hidden comment in the thread, and nobody else', async () => {
  const postAuthor = await person();
  const post = await buildPost(t.app, postAuthor.m, { spaceId: space.id });
  const author = await person();
  const comment = await buildComment(t.app, author.m, { postId: post.id });
  for (const f of [await person(), await person(), await person()])
    await f.c.ok(FLAG, { i: { targetType: 'COMMENT', targetId: comment.id, reason: 'SPAM' } });
  const THREAD = `query($id: ID!) { post(id: $id) { comments(first: 10) { nodes { id hiddenAt } } } }`;
  const mine = (await author.c.ok(THREAD, { id: post.id })).post.comments.nodes;
  expect(mine).toEqual([{ id: comment.id, hiddenAt: expect.any(String) }]);
  expect((await postAuthor.c.ok(THREAD, { id: post.id })).post.comments.nodes).toEqual([]);
  const { notifications } = await (
    await person()
  ).c.ok(`{ notifications(first: 1) { nodes { id } } }`);
  expect(notifications.nodes).toEqual([]);
});
