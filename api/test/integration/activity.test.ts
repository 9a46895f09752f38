import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  asViewer,
  buildComment,
  buildMember,
  buildPost,
  buildSpace,
  react,
} from '../support/factories.js';
import { settle } from '../support/settle.js';
import { Db } from '../../src/core/database/db.js';
import { CommentsService } from '../../src/modules/posts/comments.service.js';
import { PostsService } from '../../src/modules/posts/posts.service.js';
import { MembersService } from '../../src/modules/members/members.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';

/** Each domain change records its activities (and undoing it retracts them), in its transaction. */
let t: TestApp;
let db: Db;
let spaceId: string;
let mod: MemberEntity;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  spaceId = (await buildSpace(t.app)).id;
  mod = await buildMember(t.app, { role: 'moderator' });
});
afterAll(() => t.close());

interface Row {
  member: string;
  action: string;
  subject: string;
  counterpart: string | null;
  retracted: boolean;
}
const activities = (subjectId: string) =>
  db.query<Row[]>(
    `SELECT member_id AS member, action, subject_type || ':' || subject_id AS subject,
            counterpart_id AS counterpart, retracted_at IS NOT NULL AS retracted
       FROM member_activity WHERE subject_id = $1 ORDER BY id`,
    [subjectId],
  );

it('records a post, and retracts it when deleted or hidden, recording it again when shown', async () => {
  const author = await buildMember(t.app);
  const post = await buildPost(t.app, author, { spaceId });
  expect(await activities(post.id)).toEqual([
    {
      member: author.id,
      action: 'post_created',
      subject: `post:${post.id}`,
      counterpart: null,
      retracted: false,
    },
  ]);
  const posts = t.app.get(PostsService);
  await posts.moderate(asViewer(mod), { id: post.id, hidden: true });
  expect((await activities(post.id))[0].retracted).toBe(true);
  await posts.moderate(asViewer(mod), { id: post.id, hidden: false });
  expect(await activities(post.id)).toHaveLength(1);
  expect((await activities(post.id))[0].retracted).toBe(false);
  await posts.delete(asViewer(author), post.id);
  expect((await activities(post.id))[0].retracted).toBe(true);
});

it('records a comment with the post’s author as the other person, and retracts it', async () => {
  const [author, fan] = [await buildMember(t.app), await buildMember(t.app)];
  const post = await buildPost(t.app, author, { spaceId });
  const comment = await buildComment(t.app, fan, { postId: post.id });
  expect(await activities(comment.id)).toEqual([
    expect.objectContaining({ member: fan.id, action: 'comment_created', counterpart: author.id }),
  ]);
  await t.app.get(CommentsService).delete(asViewer(fan), comment.id);
  expect((await activities(comment.id))[0].retracted).toBe(true);
});

it('records reactions given and received once per target, retracted with the last kind', async () => {
  const [author, fan] = [await buildMember(t.app), await buildMember(t.app)];
  const post = await buildPost(t.app, author, { spaceId });
  const target = { type: 'post' as const, id: post.id };
  await react(t.app, fan, target, { kind: 'like' });
  await react(t.app, fan, target, { kind: 'love' });
  await react(t.app, author, target, { kind: 'like' });
  const reactions = (await activities(post.id)).filter((a) => a.action !== 'post_created');
  expect(reactions).toEqual([
    expect.objectContaining({ member: fan.id, action: 'reaction_given', counterpart: author.id }),
    expect.objectContaining({
      member: author.id,
      action: 'reaction_received',
      counterpart: fan.id,
    }),
  ]);
  await react(t.app, fan, target, { kind: 'like', active: false });
  expect((await activities(post.id)).some((a) => a.retracted)).toBe(false);
  await react(t.app, fan, target, { kind: 'love', active: false });
  expect(
    (await activities(post.id)).filter((a) => a.action !== 'post_created').map((a) => a.retracted),
  ).toEqual([true, true]);
  await react(t.app, fan, target, { kind: 'like' });
  expect(
    (await activities(post.id)).filter((a) => a.action !== 'post_created').map((a) => a.retracted),
  ).toEqual([false, false]);
});

it('keeps a reaction activity exactly while some kind remains, under concurrent changes', async () => {
  const [author, fan] = [await buildMember(t.app), await buildMember(t.app)];
  const post = await buildPost(t.app, author, { spaceId });
  const target = { type: 'post' as const, id: post.id };
  const kinds = ['like', 'thanks', 'love', 'laugh', 'wow'];
  const reactionStates = async () =>
    (await activities(post.id)).filter((a) => a.action !== 'post_created').map((a) => a.retracted);
  for (let round = 0; round < 3; round++) {
    await Promise.all(kinds.map((kind) => react(t.app, fan, target, { kind })));
    expect(await reactionStates()).toEqual([false, false]);
    await Promise.all(kinds.map((kind) => react(t.app, fan, target, { kind, active: false })));
    expect(await reactionStates()).toEqual([true, true]);
  }
  // Adding one kind while taking another back: one remains, so the activity stands.
  await react(t.app, fan, target, { kind: 'like' });
  await Promise.all([
    react(t.app, fan, target, { kind: 'like', active: false }),
    react(t.app, fan, target, { kind: 'wow' }),
  ]);
  expect(await reactionStates()).toEqual([false, false]);
});

it('records best answers given and received, and moves them with the choice', async () => {
  const [asker, a, b] = [
    await buildMember(t.app),
    await buildMember(t.app),
    await buildMember(t.app),
  ];
  const q = await buildPost(t.app, asker, { spaceId, kind: 'question' });
  const [ca, cb] = [
    await buildComment(t.app, a, { postId: q.id }),
    await buildComment(t.app, b, { postId: q.id }),
  ];
  const comments = t.app.get(CommentsService);
  await comments.setBestAnswer(asViewer(asker), q.id, ca.id);
  await comments.setBestAnswer(asViewer(asker), q.id, cb.id);
  const best = async (id: string) =>
    (await activities(id)).filter((x) => x.action.startsWith('best_answer'));
  expect(await best(ca.id)).toEqual([
    expect.objectContaining({ member: asker.id, action: 'best_answer_given', retracted: true }),
    expect.objectContaining({ member: a.id, action: 'best_answer_received', retracted: true }),
  ]);
  expect((await best(cb.id)).map((x) => [x.member, x.retracted])).toEqual([
    [asker.id, false],
    [b.id, false],
  ]);
  // Deleting the best answer drops it.
  await comments.delete(asViewer(b), cb.id);
  expect((await best(cb.id)).map((x) => x.retracted)).toEqual([true, true]);
});

it('records a completed profile once, and a join', async () => {
  const m = await buildMember(t.app);
  const members = t.app.get(MembersService);
  await members.updateProfile(asViewer(m), { bio: '珈琲が好き' });
  expect(await activities(m.id)).toEqual([]);
  await members.updateProfile(asViewer(m), { avatarUrl: 'https://example.com/me.png' });
  await members.updateProfile(asViewer(m), { bio: '紅茶も好き' });
  expect(await activities(m.id)).toEqual([
    expect.objectContaining({ action: 'profile_completed', subject: `member:${m.id}` }),
  ]);
});

it('writes the activity and its event with the change, or neither', async () => {
  const author = await buildMember(t.app);
  const before = await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM outbox`);
  await expect(
    db.transaction(async () => {
      await buildPost(t.app, author, { spaceId });
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  const rows = await db.query<unknown[]>(`SELECT 1 FROM member_activity WHERE member_id = $1`, [
    author.id,
  ]);
  expect(rows).toEqual([]);
  const after = await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM outbox`);
  expect(after[0].n).toBe(before[0].n);
});

it('announces each change to every consumer, and the consumers catch up', async () => {
  const author = await buildMember(t.app);
  const post = await buildPost(t.app, author, { spaceId });
  const [row] = await db.query<Array<{ consumers: string[] }>>(
    `SELECT consumers FROM outbox WHERE event = 'activity.changed' AND payload->>'memberId' = $1`,
    [author.id],
  );
  // Every consumer of activities; their order follows module start-up unless one waits on another.
  expect([...row.consumers].sort()).toEqual([
    'badges',
    'customers',
    'missions',
    'points',
    'surveys',
  ]);
  await settle(t.app);
  const [stats] = await db.query<Array<{ posts: number }>>(
    `SELECT posts FROM member_stats WHERE member_id = $1`,
    [author.id],
  );
  expect(stats.posts).toBe(1);
  const [award] = await db.query<Array<{ points: number }>>(
    `SELECT points FROM point_ledger WHERE member_id = $1 AND source = $2`,
    [author.id, `post:${post.id}`],
  );
  expect(award.points).toBeGreaterThan(0);
});
