import type { NestExpressApplication } from '@nestjs/platform-express';
import { settle as settleApp } from '../support/settle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createApp } from '../../src/app.factory.js';
import { ReadCache } from '../../src/core/cache/read-cache.js';
import { randomUUID } from 'node:crypto';
import { buildMember, buildSpace, recordActivities, recordVisit } from '../support/factories.js';
import { ActivityRules } from '../../src/modules/activity/activity.rules.js';
import { ActivityService } from '../../src/modules/activity/activity.service.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { createComment, createPost, setBestAnswer, setReaction } from '../support/content-api.js';
import { Db } from '../../src/core/database/db.js';
import { PointsService } from '../../src/modules/points/points.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';
import type { Viewer } from '../../src/core/auth/viewer.js';

const STANDING = `query($h: String!) { member(handle: $h) { rank { position }
  standing { balance lifetime posts comments reactionsReceived bestAnswers currentStreak bestStreak activeDays rank { position } nextRank { position } } } }`;

let t: TestApp;
let db: Db;
let points: PointsService;
let space: SpaceEntity;
let modC: GqlClient;
let modViewer: Viewer;

interface Person {
  m: MemberEntity;
  c: GqlClient;
}

async function person(o: Parameters<typeof buildMember>[1] = {}): Promise<Person> {
  const m = await buildMember(t.app, { joinedAt: new Date(Date.now() - 30 * 86_400_000), ...o });
  return { m, c: await clientFor(t.app, t.url, m) };
}
const settle = () => settleApp(t.app);

async function standing(p: Person) {
  await settle();
  return (await p.c.ok(STANDING, { h: p.m.handle })).member.standing;
}

const ledger = (memberId: string) =>
  db.query<Array<{ rule: string; source: string; entry: string; points: number }>>(
    `SELECT rule, source, entry, points FROM point_ledger WHERE member_id = $1 ORDER BY id`,
    [memberId],
  );

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  points = t.app.get(PointsService);
  space = await buildSpace(t.app);
  const mod = await buildMember(t.app, { role: 'moderator' });
  modC = await clientFor(t.app, t.url, mod);
  // Every request counts today's visit; these tests count the other rules (visits have their own).
  await db.query(`UPDATE point_rules SET enabled = false WHERE key = 'daily_visit'`);
  modViewer = {
    memberId: mod.id,
    sessionId: 'x',
    role: 'moderator',
    status: 'active',
    locale: 'ja',
  };
});
afterAll(() => t.close());
// Each test starts on a fresh community day for the caps: move earlier ledger rows a day back.
beforeEach(() =>
  db.query(
    `UPDATE point_ledger SET day = day - 1;
     UPDATE rate_limits SET hits = ARRAY(SELECT h - interval '2 hours' FROM unnest(hits) h)`,
  ),
);

describe('awards', () => {
  it('makes one award of an activity applied fifty times at once', async () => {
    const p = await person();
    const postId = randomUUID();
    await recordActivities(
      t.app,
      ActivityRules.postCreated({ postId, authorId: p.m.id, spaceId: space.id }),
    );
    const [made] = await db.query<Array<{ id: string }>>(
      `SELECT id::text FROM member_activity WHERE subject_id = $1`,
      [postId],
    );
    // Besides the dispatcher's own delivery of it.
    await Promise.all(
      Array.from({ length: 50 }, () =>
        db.transaction(async () =>
          points.applyActivities(await t.app.get(ActivityService).byIds([made.id])),
        ),
      ),
    );
    await settle();
    expect(await ledger(p.m.id)).toEqual([
      { rule: 'post_created', source: `post:${postId}`, entry: 'award:1', points: 10 },
    ]);
    expect(await standing(p)).toMatchObject({ balance: 10, lifetime: 10, posts: 1 });
  });

  it('counts one activity recorded fifty times at once once, in points and in counters', async () => {
    const p = await person();
    const made = ActivityRules.postCreated({
      postId: randomUUID(),
      authorId: p.m.id,
      spaceId: space.id,
    });
    await Promise.all(Array.from({ length: 50 }, () => recordActivities(t.app, made)));
    expect(await standing(p)).toMatchObject({ balance: 10, lifetime: 10, posts: 1 });
    expect(await ledger(p.m.id)).toHaveLength(1);
  });

  it('earns for posting and commenting through the events, and never for your own reactions', async () => {
    const [author, fan] = [await person(), await person()];
    const postId = await createPost(author.c, { spaceId: space.id });
    await createComment(fan.c, postId);
    await setReaction(author.c, postId);
    await setReaction(fan.c, postId);
    await setReaction(fan.c, postId, { kind: 'love' });
    expect(await standing(author)).toMatchObject({
      lifetime: 10 + 1,
      posts: 1,
      reactionsReceived: 1,
    });
    expect(await standing(fan)).toMatchObject({ lifetime: 3 + 1, comments: 1 });
  });

  it('stops at the daily cap, counted in the community’s time zone', async () => {
    const p = await person();
    const posted = () =>
      recordActivities(
        t.app,
        ActivityRules.postCreated({ postId: randomUUID(), authorId: p.m.id, spaceId: space.id }),
      );
    for (let i = 0; i < 5; i++) await posted();
    // Past the cap a post still counts as one, for badges and missions, with 0 points.
    expect(await standing(p)).toMatchObject({ lifetime: 30, posts: 5 });
    // The next community day (Asia/Tokyo) the cap starts again.
    await db.query(`UPDATE point_ledger SET day = day - 1 WHERE member_id = $1`, [p.m.id]);
    await posted();
    expect((await standing(p)).lifetime).toBe(40);
    const [{ day }] = await db.query<Array<{ day: string }>>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM point_ledger WHERE member_id = $1 ORDER BY id DESC LIMIT 1`,
      [p.m.id],
    );
    const tokyo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
    expect(day).toBe(tokyo);
  });

  it('writes a reversal when an action is undone, and redoing it earns once', async () => {
    const [author, fan] = [await person(), await person()];
    const postId = await createPost(author.c, { spaceId: space.id });
    const react = (active: boolean) => setReaction(fan.c, postId, { active });
    for (let i = 0; i < 3; i++) {
      await react(true);
      await settle();
      await react(false);
      await settle();
    }
    await react(true);
    expect(await standing(fan)).toMatchObject({ lifetime: 1 });
    expect(await standing(author)).toMatchObject({ lifetime: 10 + 1, reactionsReceived: 1 });
    const rows = (await ledger(fan.m.id)).filter((r) => r.rule === 'reaction_given');
    expect(rows.map((r) => r.points)).toEqual([1, -1, 1, -1, 1, -1, 1]);
  });

  it('takes the points back when a moderator hides a post, and gives them again when shown', async () => {
    const author = await person();
    const postId = await createPost(author.c, { spaceId: space.id });
    const MOD = `mutation($i: ModeratePostInput!) { moderatePost(input: $i) { id } }`;
    await settle();
    await modC.ok(MOD, { i: { id: postId, hidden: true, hiddenReason: 'spam' } });
    expect(await standing(author)).toMatchObject({ lifetime: 0, posts: 0 });
    await modC.ok(MOD, { i: { id: postId, hidden: false } });
    expect(await standing(author)).toMatchObject({ lifetime: 10, posts: 1 });
    await author.c.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: postId });
    expect(await standing(author)).toMatchObject({ lifetime: 0, posts: 0 });
  });

  it('moves best-answer points to the newly chosen answer', async () => {
    const [asker, a, b] = [await person(), await person(), await person()];
    const q = await createPost(asker.c, {
      spaceId: space.id,
      kind: 'QUESTION',
      title: '挽き目は？',
      body: '教えて',
    });
    const ca = await createComment(a.c, q, { body: '中細挽き' });
    const cb = await createComment(b.c, q, { body: '細挽き' });
    const own = await createComment(asker.c, q, { body: '自己解決' });
    await setBestAnswer(asker.c, q, ca);
    await settle();
    await setBestAnswer(asker.c, q, cb);
    expect(await standing(a)).toMatchObject({ lifetime: 3, bestAnswers: 0 });
    expect(await standing(b)).toMatchObject({ lifetime: 3 + 20, bestAnswers: 1 });
    await setBestAnswer(asker.c, q, own);
    expect((await standing(asker)).bestAnswers).toBe(0);
  });

  it('gives the joining and profile points once', async () => {
    const p = await person();
    await recordActivities(t.app, ActivityRules.joined(p.m.id));
    await recordActivities(t.app, ActivityRules.joined(p.m.id));
    const UPDATE = `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }`;
    await p.c.ok(UPDATE, {
      i: { bio: '浅煎りが好き', avatarUrl: 'https://example.com/me.png' },
    });
    await p.c.ok(UPDATE, { i: { bio: '深煎りも好き' } });
    expect((await standing(p)).lifetime).toBe(100 + 20);
  });
});

describe('visits and streaks', () => {
  beforeAll(() => db.query(`UPDATE point_rules SET enabled = true WHERE key = 'daily_visit'`));
  afterAll(() => db.query(`UPDATE point_rules SET enabled = false WHERE key = 'daily_visit'`));

  it('counts one visit a day, and the streak across consecutive days', async () => {
    // Read by a moderator: the member's own requests would record today's visit too.
    const p = await person();
    const seen = async () => {
      await settle();
      return (await modC.ok(STANDING, { h: p.m.handle })).member.standing;
    };
    await recordVisit(t.app, p.m.id, '2026-01-10');
    await recordVisit(t.app, p.m.id, '2026-01-10');
    expect(await seen()).toMatchObject({ lifetime: 5, currentStreak: 1, activeDays: 1 });
    await recordVisit(t.app, p.m.id, '2026-01-11');
    await recordVisit(t.app, p.m.id, '2026-01-12');
    expect(await seen()).toMatchObject({
      lifetime: 15,
      currentStreak: 3,
      bestStreak: 3,
      activeDays: 3,
    });
    // A day missed: the next visit starts a new streak, the best one stays.
    await recordVisit(t.app, p.m.id, '2026-01-15');
    expect(await seen()).toMatchObject({ currentStreak: 1, bestStreak: 3, activeDays: 4 });
  });

  it('records a visit when a signed-in member uses the api', async () => {
    const p = await person();
    await p.c.ok(`{ me { id } }`);
    expect((await standing(p)).activeDays).toBe(1);
  });
});

describe('ranks', () => {
  it('promotes once when a threshold is crossed exactly, with one notification', async () => {
    const p = await person();
    await points.adjust(modViewer, p.m.id, 149, 'テスト');
    expect((await standing(p)).rank.position).toBe(1);
    await points.adjust(modViewer, p.m.id, 1, 'テスト');
    await points.adjust(modViewer, p.m.id, -1, 'テスト');
    await points.adjust(modViewer, p.m.id, 1, 'テスト');
    const s = await standing(p);
    expect(s).toMatchObject({ lifetime: 150, rank: { position: 2 }, nextRank: { position: 3 } });
    const { notifications } = await p.c.ok(
      `{ notifications(first: 10) { nodes { kind subject { type id } params { position nameJa nameEn } } } }`,
    );
    const nodes = notifications.nodes as Array<{ kind: string }>;
    expect(nodes.filter((n) => n.kind === 'RANK')).toEqual([
      {
        kind: 'RANK',
        subject: { type: 'RANK', id: '2' },
        params: { position: 2, nameJa: expect.any(String), nameEn: expect.any(String) },
      },
    ]);
    // Each adjustment is told too, besides the one promotion.
    expect(nodes.filter((n) => n.kind === 'POINTS_ADJUSTED')).toHaveLength(4);
    expect(nodes).toHaveLength(5);
  });

  it('shows a member’s rank from memory, and the new one on every instance once it moves', async () => {
    const other: NestExpressApplication = await createApp(t.config, t.databaseUrl);
    try {
      await other.listen(0, '127.0.0.1');
      const { port } = other.getHttpServer().address() as { port: number };
      const mod = await buildMember(t.app, { role: 'moderator' });
      const there = await clientFor(t.app, `http://127.0.0.1:${port}`, mod);
      const caughtUp = () =>
        Promise.all([t.app.get(ReadCache).caughtUp(), other.get(ReadCache).caughtUp()]);
      const p = await person();
      const RANK = `query($h: String!) { member(handle: $h) { rank { position } } }`;
      const ranks = async () =>
        Promise.all(
          [modC, there].map(
            async (c) => (await c.ok(RANK, { h: p.m.handle })).member.rank.position,
          ),
        );
      await points.adjust(modViewer, p.m.id, 140, 'テスト');
      await caughtUp();
      expect(await ranks()).toEqual([1, 1]);

      // Kept: a change no rank move announces (straight in the database) is not seen.
      await db.query(`UPDATE member_stats SET rank_position = 3 WHERE member_id = $1`, [p.m.id]);
      expect(await ranks()).toEqual([1, 1]);
      await db.query(`UPDATE member_stats SET rank_position = 1 WHERE member_id = $1`, [p.m.id]);

      await points.adjust(modViewer, p.m.id, 10, 'テスト');
      await caughtUp();
      expect(await ranks()).toEqual([2, 2]);
      expect((await standing(p)).rank.position).toBe(2);
    } finally {
      await other.close();
    }
  });

  it('opens a space that needs a rank once the member reaches it', async () => {
    const gated = await buildSpace(t.app, { minRankPosition: 2 });
    const p = await person();
    const SPACE = `query($s: String!) { space(slug: $s) { id minRankPosition } }`;
    expect(await p.c.code(SPACE, { s: gated.slug })).toBe('NOT_FOUND');
    await points.adjust(modViewer, p.m.id, 150, 'テスト');
    await settle();
    expect((await p.c.ok(SPACE, { s: gated.slug })).space).toEqual({
      id: gated.id,
      minRankPosition: 2,
    });
  });

  it('recomputes every rank when thresholds change, reporting progress', async () => {
    const admin = await person({ role: 'admin' });
    const p = await person();
    await points.adjust(modViewer, p.m.id, 200, 'テスト');
    expect((await standing(p)).rank.position).toBe(2);
    const { ranks } = await admin.c.ok(
      `{ ranks { nameJa nameEn color icon threshold minActiveDays minBestAnswers perksJa perksEn } }`,
    );
    // The admin's own first requests record a visit (and so a stats row): let that land first.
    await settle();
    const lowered = ranks.map((r: { threshold: number }, i: number) => ({
      ...r,
      threshold: i === 0 ? 0 : i * 50,
    }));
    const { updateRanks } = await admin.c.ok(
      `mutation($r: [RankInput!]!) { updateRanks(ranks: $r) { id total finished } }`,
      { r: lowered },
    );
    expect(updateRanks.total).toBeGreaterThan(0);
    await settle();
    const { jobProgress } = await admin.c.ok(
      `query($id: ID!) { jobProgress(id: $id) { done total finished } }`,
      { id: updateRanks.id },
    );
    expect(jobProgress).toEqual({
      done: updateRanks.total,
      total: updateRanks.total,
      finished: true,
    });
    expect((await standing(p)).rank.position).toBe(5);
    const bad = await admin.c.code(
      `mutation($r: [RankInput!]!) { updateRanks(ranks: $r) { id } }`,
      { r: [lowered[1], lowered[0]] },
    );
    expect(bad).toBe('VALIDATION_FAILED');
  });
});

describe('moderator adjustments', () => {
  it('need a reason, are kept with who made them, and show in the history', async () => {
    const p = await person();
    const ADJUST = `mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { balance } }`;
    expect(await modC.code(ADJUST, { i: { memberId: p.m.id, points: 30, reason: '  ' } })).toBe(
      'VALIDATION_FAILED',
    );
    expect(await modC.code(ADJUST, { i: { memberId: p.m.id, points: 0, reason: 'x' } })).toBe(
      'VALIDATION_FAILED',
    );
    expect(await p.c.code(ADJUST, { i: { memberId: p.m.id, points: 30, reason: 'x' } })).toBe(
      'FORBIDDEN',
    );
    const r = await modC.ok(ADJUST, {
      i: { memberId: p.m.id, points: 30, reason: 'イベント運営のお礼' },
    });
    expect(r.adjustPoints.balance).toBe(30);
    const { pointHistory } = await p.c.ok(
      `query($h: String!) { pointHistory(handle: $h) { nodes { rule points reason reversal actor { id } } } }`,
      { h: p.m.handle },
    );
    expect(pointHistory.nodes[0]).toEqual({
      rule: 'adjustment',
      points: 30,
      reason: 'イベント運営のお礼',
      reversal: false,
      actor: { id: modViewer.memberId },
    });
    const other = await person();
    expect(
      await other.c.code(`query($h: String!) { pointHistory(handle: $h) { nodes { id } } }`, {
        h: p.m.handle,
      }),
    ).toBe('FORBIDDEN');
  });
});
