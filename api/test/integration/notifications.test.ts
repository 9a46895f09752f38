import { NOTIFICATION_KINDS } from '@kizuna/shared';
import { settle as settleApp } from '../support/settle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import {
  createComment,
  createPost,
  setBestAnswer,
  setReaction,
  type PostFields,
} from '../support/content-api.js';
import { Db } from '../../src/core/database/db.js';
import { EventBus } from '../../src/core/domain-events/event-bus.js';
import { NotificationsService } from '../../src/modules/notifications/notifications.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';

const LIST = `query($unread: Boolean, $after: String, $first: Int) {
  notificationUnreadCount
  notifications(first: $first, after: $after, unreadOnly: $unread) {
    nodes { id kind actorCount actors { handle } post { id title } commentId subject { type id }
      params { message years } read }
    pageInfo { hasNextPage endCursor }
  } }`;
const PREFS = `mutation($i: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $i) { emailFrequency channels { kind channel } } }`;
const MESSAGE = `mutation($i: SendMemberMessageInput!) { sendMemberMessage(input: $i) }`;

let t: TestApp;
let db: Db;
let space: SpaceEntity;
let staffOnly: SpaceEntity;
let mod: GqlClient;
const YEAR = 365 * 86_400_000;

interface Person {
  m: MemberEntity;
  c: GqlClient;
}

async function person(o: Parameters<typeof buildMember>[1] = {}): Promise<Person> {
  const m = await buildMember(t.app, { joinedAt: new Date(Date.now() - 30 * 86_400_000), ...o });
  return { m, c: await clientFor(t.app, t.url, m) };
}

const settle = () => settleApp(t.app);

async function inbox(p: Person, vars: Record<string, unknown> = {}) {
  await settle();
  const r = await p.c.ok(LIST, { first: 20, ...vars });
  return { unread: r.notificationUnreadCount as number, nodes: r.notifications.nodes as any[] };
}

const postBy = (p: Person, o: Partial<PostFields> = {}) =>
  createPost(p.c, { spaceId: space.id, title: 'ドリップのコツ', body: '教えてください', ...o });

const commentBy = (p: Person, postId: string, body = 'なるほど', parentId?: string) =>
  createComment(p.c, postId, { body, parentId });

const mails = (p: Person) =>
  db.query<Array<{ subject: string; body: string }>>(
    `SELECT subject, body FROM dev_mail WHERE to_address = $1 ORDER BY id`,
    [p.m.email],
  );

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  // Badges notify too; these tests count the notifications of content.
  await db.query(`UPDATE badges SET enabled = false`);
  space = await buildSpace(t.app);
  staffOnly = await buildSpace(t.app, { viewRoles: ['moderator', 'admin'] });
  mod = (await person({ role: 'moderator' })).c;
});
afterAll(() => t.close());

describe('replies and mentions', () => {
  it('tells the post’s author about a comment, with who and where', async () => {
    const [author, reader] = [await person(), await person()];
    const postId = await postBy(author);
    const commentId = await commentBy(reader, postId);
    const { unread, nodes } = await inbox(author);
    expect(unread).toBe(1);
    expect(nodes).toEqual([
      expect.objectContaining({
        kind: 'REPLY_TO_POST',
        actorCount: 1,
        actors: [{ handle: reader.m.handle }],
        post: { id: postId, title: 'ドリップのコツ' },
        commentId,
        read: false,
      }),
    ]);
    expect((await inbox(reader)).nodes).toEqual([]);
  });

  it('sends nothing for your own actions', async () => {
    const author = await person();
    const postId = await postBy(author);
    await commentBy(author, postId, '自分で補足');
    await setReaction(author.c, postId);
    expect((await inbox(author)).unread).toBe(0);
  });

  it('tells the thread’s first commenter about a reply, and the post’s author once', async () => {
    const [author, first, second] = [await person(), await person(), await person()];
    const postId = await postBy(author);
    const parent = await commentBy(first, postId);
    await commentBy(second, postId, '返信です', parent);
    expect((await inbox(first)).nodes.map((n) => n.kind)).toEqual(['REPLY_TO_COMMENT']);
    expect((await inbox(author)).nodes.map((n) => n.kind)).toEqual([
      'REPLY_TO_POST',
      'REPLY_TO_POST',
    ]);
  });

  it('tells mentioned members once, and only those who can read the post', async () => {
    const [author, named, other] = [await person(), await person(), await person()];
    const postId = await postBy(author, {
      body: `@${named.m.handle} @${named.m.handle} どう思う？`,
    });
    await commentBy(other, postId, `@${named.m.handle} @${author.m.handle} 同感`);
    const named1 = await inbox(named);
    expect(named1.nodes.map((n) => n.kind)).toEqual(['MENTION', 'MENTION']);
    // The author got one notification for that comment (a reply), not a second for the mention.
    expect((await inbox(author)).nodes.map((n) => n.kind)).toEqual(['REPLY_TO_POST']);

    const modMember = await person({ role: 'moderator' });
    await createPost(modMember.c, {
      spaceId: staffOnly.id,
      title: '内部',
      body: `@${named.m.handle} 見えないはず`,
    });
    expect((await inbox(named)).nodes).toHaveLength(2);
  });
});

describe('mentions added by an edit', () => {
  it('tells members an edit newly mentions, and nobody twice', async () => {
    const [author, first, later] = [await person(), await person(), await person()];
    const postId = await postBy(author, { body: `@${first.m.handle} どうでしょう` });
    const UPDATE = `mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }`;
    await author.c.ok(UPDATE, {
      i: { id: postId, body: `@${first.m.handle} @${later.m.handle} どうでしょう（追記）` },
    });
    expect((await inbox(first)).nodes.map((n) => n.kind)).toEqual(['MENTION']);
    expect((await inbox(later)).nodes).toEqual([
      expect.objectContaining({ kind: 'MENTION', post: expect.objectContaining({ id: postId }) }),
    ]);

    const commenter = await person();
    const commentId = await commentBy(commenter, postId, '補足します');
    await commenter.c.ok(`mutation($i: UpdateCommentInput!) { updateComment(input: $i) { id } }`, {
      i: { id: commentId, body: `補足します @${later.m.handle}` },
    });
    const box = await inbox(later);
    expect(box.nodes.map((n) => n.kind)).toEqual(['MENTION', 'MENTION']);
    expect(box.nodes[0].commentId).toBe(commentId);
  });
});

describe('reactions are grouped', () => {
  it('counts people, not reactions, and starts a new round once read', async () => {
    const author = await person();
    const fans = [await person(), await person(), await person()];
    const postId = await postBy(author);
    // One at a time, so the newest-first order of actors is known.
    const react = async (p: Person, kind: string) => {
      await setReaction(p.c, postId, { kind });
      await settle();
    };
    await react(fans[0], 'like');
    await react(fans[0], 'thanks');
    await react(fans[1], 'like');
    await react(fans[2], 'love');
    let box = await inbox(author);
    expect(box.unread).toBe(1);
    expect(box.nodes).toHaveLength(1);
    expect(box.nodes[0]).toMatchObject({ kind: 'REACTIONS', actorCount: 3, post: { id: postId } });
    expect(box.nodes[0].actors.map((a: { handle: string }) => a.handle)).toEqual([
      fans[2].m.handle,
      fans[1].m.handle,
      fans[0].m.handle,
    ]);

    await author.c.ok(`mutation { markAllNotificationsRead }`);
    const late = await person();
    await react(late, 'like');
    box = await inbox(author);
    expect(box.unread).toBe(1);
    expect(box.nodes[0]).toMatchObject({
      actorCount: 1,
      read: false,
      actors: [{ handle: late.m.handle }],
    });
  });

  it('does not notify a reaction taken back before it was processed', async () => {
    const [author, fan] = [await person(), await person()];
    const postId = await postBy(author);
    // The event of a reaction that no longer exists, as when it is removed before the job runs.
    t.app.get(EventBus).emit('reaction.added', {
      targetType: 'post',
      targetId: postId,
      postId,
      spaceId: space.id,
      kind: 'like',
      memberId: fan.m.id,
    });
    expect((await inbox(author)).nodes).toEqual([]);
  });
});

describe('best answers', () => {
  it('tells the answer’s author, but not when you choose your own', async () => {
    const [asker, helper] = [await person(), await person()];
    const postId = await postBy(asker, { kind: 'QUESTION' });
    const answer = await commentBy(helper, postId, '90℃ がおすすめ');
    const own = await commentBy(asker, postId, '自己解決？');
    await setBestAnswer(asker.c, postId, own);
    await setBestAnswer(asker.c, postId, answer);
    await setBestAnswer(asker.c, postId, answer);
    const box = await inbox(helper);
    expect(box.nodes.map((n) => n.kind)).toEqual(['BEST_ANSWER']);
    expect(box.nodes[0]).toMatchObject({ commentId: answer, post: { id: postId } });
  });
});

describe('the notification center', () => {
  it('pages with cursors, filters unread, marks some or all read', async () => {
    const author = await person();
    const readers = [await person(), await person(), await person()];
    const postId = await postBy(author);
    for (const r of readers) await commentBy(r, postId);
    const page1 = await inbox(author, { first: 2 });
    expect(page1.nodes).toHaveLength(2);
    const r1 = await author.c.ok(LIST, { first: 2 });
    expect(r1.notifications.pageInfo.hasNextPage).toBe(true);
    const r2 = await author.c.ok(LIST, { first: 2, after: r1.notifications.pageInfo.endCursor });
    expect(r2.notifications.nodes).toHaveLength(1);
    expect(r2.notifications.pageInfo.hasNextPage).toBe(false);
    const ids = new Set(
      [...r1.notifications.nodes, ...r2.notifications.nodes].map((n: any) => n.id),
    );
    expect(ids.size).toBe(3);

    const left = await author.c.ok(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
      ids: [page1.nodes[0].id],
    });
    expect(left.markNotificationsRead).toBe(2);
    expect((await inbox(author, { unread: true })).nodes).toHaveLength(2);
    expect(
      (await author.c.ok(`mutation { markAllNotificationsRead }`)).markAllNotificationsRead,
    ).toBe(0);
    expect((await inbox(author)).unread).toBe(0);
  });

  it('cannot read or mark another member’s notifications', async () => {
    const [author, reader, snoop] = [await person(), await person(), await person()];
    await commentBy(reader, await postBy(author));
    const { nodes } = await inbox(author);
    const ONE = `query($id: ID!) { notification(id: $id) { id kind } }`;
    expect((await author.c.ok(ONE, { id: nodes[0].id })).notification).toEqual({
      id: nodes[0].id,
      kind: 'REPLY_TO_POST',
    });
    expect(await snoop.c.code(ONE, { id: nodes[0].id })).toBe('NOT_FOUND');
    expect(await snoop.c.code(ONE, { id: 'not-an-id' })).toBe('NOT_FOUND');
    await snoop.c.ok(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
      ids: [nodes[0].id],
    });
    expect((await inbox(author)).unread).toBe(1);
  });

  it('hides the post of a notification once the post is deleted', async () => {
    const [author, reader] = [await person(), await person()];
    const postId = await postBy(author);
    await commentBy(reader, postId);
    await settle();
    await author.c.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: postId });
    expect((await inbox(author)).nodes[0].post).toBeNull();
  });
});

describe('preferences and mail', () => {
  it('honours OFF and IN_APP, and mails EMAIL kinds immediately, once', async () => {
    const [author, reader] = [await person(), await person()];
    await author.c.ok(PREFS, {
      i: {
        emailFrequency: 'IMMEDIATE',
        channels: [
          { kind: 'REPLY_TO_POST', channel: 'OFF' },
          { kind: 'MENTION', channel: 'EMAIL' },
          { kind: 'REACTIONS', channel: 'IN_APP' },
        ],
      },
    });
    const postId = await postBy(author);
    await commentBy(reader, postId, `@${author.m.handle} 見てください`);
    await setReaction(reader.c, postId);
    const box = await inbox(author);
    // The comment is a reply (OFF), so the mention in it is the one notification it makes.
    expect(box.nodes.map((n) => n.kind).sort()).toEqual(['MENTION', 'REACTIONS']);
    const sent = await mails(author);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toContain('メンション');
    expect(sent[0].body).toContain(`/posts/${postId}`);

    const [mention] = box.nodes.filter((n) => n.kind === 'MENTION');
    await t.app.get(NotificationsService).sendEmail(mention.id);
    expect(await mails(author)).toHaveLength(1);
  });

  it('gathers mail into one daily digest', async () => {
    const [author, a, b] = [await person(), await person(), await person()];
    const postId = await postBy(author);
    await commentBy(a, postId);
    await commentBy(b, postId);
    await settle();
    expect(await mails(author)).toHaveLength(0);
    const service = t.app.get(NotificationsService);
    await service.sendDigests();
    const sent = await mails(author);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toContain('2');
    expect(sent[0].body).toContain(a.m.displayName);
    expect(sent[0].body).toContain(b.m.displayName);
    await service.sendDigests();
    expect(await mails(author)).toHaveLength(1);
  });

  it('returns every kind with its channel, and keeps moderator messages on', async () => {
    const p = await person();
    const prefs = (
      await p.c.ok(`{ notificationPreferences { emailFrequency channels { kind channel } } }`)
    ).notificationPreferences;
    expect(prefs.emailFrequency).toBe('DAILY');
    expect(prefs.channels).toHaveLength(NOTIFICATION_KINDS.length);
    const err = await p.c.gql(PREFS, {
      i: { channels: [{ kind: 'MODERATOR_MESSAGE', channel: 'OFF' }] },
    });
    expect(err.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'channels' })],
    });
    expect(await p.c.code(PREFS, { i: { channels: [{ kind: 'NOPE', channel: 'OFF' }] } })).toBe(
      'BAD_REQUEST',
    );
  });
});

describe('moderator messages', () => {
  it('reaches the member with its text', async () => {
    const p = await person();
    await mod.ok(MESSAGE, { i: { memberId: p.m.id, message: '  ガイドラインをご確認ください  ' } });
    const { nodes } = await inbox(p);
    expect(nodes).toEqual([
      expect.objectContaining({
        kind: 'MODERATOR_MESSAGE',
        subject: null,
        params: { message: 'ガイドラインをご確認ください', years: null },
      }),
    ]);
  });

  it('refuses an empty message and an unknown member', async () => {
    const p = await person();
    expect(await mod.code(MESSAGE, { i: { memberId: p.m.id, message: '   ' } })).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      await mod.code(MESSAGE, {
        i: { memberId: '00000000-0000-4000-8000-000000000000', message: 'こんにちは' },
      }),
    ).toBe('NOT_FOUND');
    expect((await inbox(p)).nodes).toEqual([]);
  });
});

describe('moderation notices', () => {
  const MODERATE = `mutation($i: ModeratePostInput!) { moderatePost(input: $i) { id } }`;
  const HIDE_COMMENT = `mutation($i: HideCommentInput!) { hideComment(input: $i) { id } }`;
  const ADJUST = `mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { balance } }`;
  const NOTICE = `query { notifications(first: 20) { nodes { kind post { id } commentId
    params { title message points } } } }`;
  const notices = async (p: Person) => {
    await settle();
    return (await p.c.ok(NOTICE)).notifications.nodes as any[];
  };

  it('tells the author their post was hidden, why, and when it shows again', async () => {
    const author = await person();
    const postId = await postBy(author, { title: '格安で譲ります' });
    await mod.ok(MODERATE, { i: { id: postId, hidden: true, hiddenReason: ' 売買は禁止です ' } });
    expect(await notices(author)).toEqual([
      {
        kind: 'CONTENT_HIDDEN',
        // The author still opens it, to read why and to fix it.
        post: { id: postId },
        commentId: null,
        params: { title: '格安で譲ります', message: '売買は禁止です', points: null },
      },
    ]);
    await mod.ok(MODERATE, { i: { id: postId, hidden: false } });
    // Settled in between: a notice the post's later state contradicts is not sent.
    const [restored] = await notices(author);
    expect(restored).toMatchObject({ kind: 'CONTENT_RESTORED', params: { message: null } });
    await mod.ok(MODERATE, { i: { id: postId, hidden: true } });
    const [hiddenAgain] = await notices(author);
    // Hidden a second time, without a reason: told again, once.
    expect(hiddenAgain).toMatchObject({ kind: 'CONTENT_HIDDEN', params: { message: null } });
    expect(await notices(author)).toHaveLength(3);
  });

  it('tells a comment’s author, and nobody for staff’s own content', async () => {
    const author = await person();
    const postId = await postBy(await person());
    const commentId = await commentBy(author, postId, '宣伝です');
    await mod.ok(HIDE_COMMENT, { i: { id: commentId, hidden: true, reason: 'スパム' } });
    const modPost = await createPost(mod, { spaceId: space.id, title: 'お知らせ', body: '本文' });
    await mod.ok(MODERATE, { i: { id: modPost, hidden: true } });
    expect(await notices(author)).toEqual([
      expect.objectContaining({
        kind: 'CONTENT_HIDDEN',
        commentId,
        params: { title: 'ドリップのコツ', message: 'スパム', points: null },
      }),
    ]);
    const kinds = await db.query<Array<{ kind: string }>>(
      `SELECT kind FROM notifications WHERE post_id = $1`,
      [modPost],
    );
    expect(kinds).toEqual([]);
  });

  it('tells nothing when the post was shown again before the notice went out', async () => {
    const author = await person();
    const postId = await postBy(author);
    // The event of a hide undone before any consumer ran: the post is not hidden now.
    t.app.get(EventBus).emit('content.moderated', {
      targetType: 'post',
      targetId: postId,
      postId,
      hidden: true,
      moderatorId: '00000000-0000-4000-8000-000000000000',
    });
    expect(await notices(author)).toEqual([]);
  });

  it('tells a member their points were adjusted, by how much and why', async () => {
    const p = await person();
    await mod.ok(ADJUST, { i: { memberId: p.m.id, points: -15, reason: '重複投稿の取り消し' } });
    expect(await notices(p)).toEqual([
      {
        kind: 'POINTS_ADJUSTED',
        post: null,
        commentId: null,
        params: { title: null, message: '重複投稿の取り消し', points: -15 },
      },
    ]);
  });
});

describe('membership anniversaries', () => {
  it('notifies on the join date, exactly once a year', async () => {
    const now = new Date();
    const veteran = await person({ joinedAt: new Date(now.getTime() - YEAR - 3_600_000) });
    const newcomer = await person({ joinedAt: new Date(now.getTime() - 3_600_000) });
    // Make the join date fall on today's date in the member's zone, a year (or two) back.
    await db.query(
      `UPDATE members SET joined_at = (($2::timestamptz AT TIME ZONE timezone) - interval '1 year') AT TIME ZONE timezone WHERE id = $1`,
      [veteran.m.id, now],
    );
    const service = t.app.get(NotificationsService);
    await service.anniversaries(now);
    await service.anniversaries(now);
    let box = await inbox(veteran);
    expect(box.nodes).toEqual([
      expect.objectContaining({ kind: 'ANNIVERSARY', params: { message: null, years: 1 } }),
    ]);
    expect((await inbox(newcomer)).nodes).toEqual([]);

    const nextYear = new Date(now.getTime() + YEAR + (isLeapSpan(now) ? 86_400_000 : 0));
    await service.anniversaries(nextYear);
    await service.anniversaries(nextYear);
    box = await inbox(veteran);
    expect(box.nodes.map((n) => n.params.years).sort()).toEqual([1, 2]);
  });

  it('skips members who turned anniversaries off', async () => {
    const now = new Date();
    const p = await person();
    await db.query(
      `UPDATE members SET joined_at = (($2::timestamptz AT TIME ZONE timezone) - interval '3 years') AT TIME ZONE timezone WHERE id = $1`,
      [p.m.id, now],
    );
    await p.c.ok(PREFS, { i: { channels: [{ kind: 'ANNIVERSARY', channel: 'OFF' }] } });
    await t.app.get(NotificationsService).anniversaries(now);
    expect((await inbox(p)).nodes).toEqual([]);
  });
});

describe('listeners', () => {
  it('retries a listener that throws, and the write stays', async () => {
    const seen: string[] = [];
    let calls = 0;
    t.app.get(EventBus).on('comment.created', 'test-flaky', (e) => {
      calls++;
      if (calls === 1) throw new Error('flaky listener');
      seen.push(e.commentId);
    });
    const [author, reader] = [await person(), await person()];
    const postId = await postBy(author);
    const commentId = await commentBy(reader, postId);
    await settle();
    expect(calls).toBe(1);
    // The failed delivery is tried again after a wait: let that time pass.
    await db.query(`UPDATE outbox SET available_at = now() WHERE pending <> '{}'`);
    await settle();
    expect(calls).toBe(2);
    expect(seen).toEqual([commentId]);
    const rows = await db.query<unknown[]>(`SELECT 1 FROM comments WHERE id = $1`, [commentId]);
    expect(rows).toHaveLength(1);
    // The other listeners were not disturbed.
    expect((await inbox(author)).nodes.map((n) => n.kind)).toEqual(['REPLY_TO_POST']);
  });
});

/** Whether the year from `d` contains a 29 February (so a year is 366 days). */
function isLeapSpan(d: Date): boolean {
  const next = new Date(d);
  next.setFullYear(d.getFullYear() + 1);
  return next.getTime() - d.getTime() > YEAR;
}
