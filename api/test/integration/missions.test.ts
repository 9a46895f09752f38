import { settle as settleApp } from '../support/settle.js';
import type { Socket } from 'socket.io-client';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace, recordActivities, recordVisit } from '../support/factories.js';
import { ActivityRules } from '../../src/modules/activity/activity.rules.js';
import { clientFor } from '../support/sessions.js';
import { connected, cookieOf, openSocket, settled, record } from '../support/sockets.js';
import type { GqlClient } from '../support/gql-client.js';
import { createComment, createPost, setReaction } from '../support/content-api.js';
import { Db } from '../../src/core/database/db.js';
import { MissionsService } from '../../src/modules/missions/missions.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';

const PROFILE = `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }`;
const MISSION_FIELDS = `id kind titleJa completed completedAt rewardPoints rewardBadge { key }
  completedCount archivedAt steps { action count spaceId space { id } progress done }`;
const MISSIONS = `{ missions { ${MISSION_FIELDS} } }`;
const ADMIN = `query($all: Boolean) { missionsAdmin(includeArchived: $all) { ${MISSION_FIELDS} } }`;
const CREATE = `mutation($i: CreateMissionInput!) { createMission(input: $i) { ${MISSION_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateMissionInput!) { updateMission(input: $i) { ${MISSION_FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveMission(id: $id) { id archivedAt } }`;
const HELD = `query($h: String!) { member(handle: $h) { badges { badge { key } } } }`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
let db: Db;
let service: MissionsService;
let space: SpaceEntity;
let elsewhere: SpaceEntity;
let mod: Person;
let onboardingId: string;
let heroId: string;
const sockets: Socket[] = [];

interface Person {
  m: MemberEntity;
  c: GqlClient;
}

interface StepView {
  action: string;
  count: number;
  spaceId: string | null;
  space: { id: string } | null;
  progress: number;
  done: boolean;
}

interface MissionView {
  id: string;
  kind: string;
  completed: boolean;
  completedAt: string | null;
  completedCount: number;
  rewardPoints: number;
  rewardBadge: { key: string } | null;
  steps: StepView[];
}

async function person(o: Parameters<typeof buildMember>[1] = {}): Promise<Person> {
  const m = await buildMember(t.app, { joinedAt: new Date(Date.now() - 30 * DAY), ...o });
  return { m, c: await clientFor(t.app, t.url, m) };
}

const settle = () => settleApp(t.app);

async function missionOf(p: Person, id: string): Promise<MissionView | undefined> {
  await settle();
  return ((await p.c.ok(MISSIONS)).missions as MissionView[]).find((m) => m.id === id);
}

const progress = async (p: Person, id: string) =>
  (await missionOf(p, id))?.steps.map((s) => s.progress);

/** Mission rewards in the member's ledger. */
const grants = (memberId: string, missionId: string) =>
  db.query<Array<{ points: number }>>(
    `SELECT points FROM point_ledger WHERE member_id = $1 AND rule = 'mission' AND source = $2`,
    [memberId, `mission:${missionId}`],
  );

const progressRow = async (memberId: string, missionId: string) =>
  (
    await db.query<Array<{ counts: number[]; completedAt: Date | null }>>(
      `SELECT counts, completed_at AS "completedAt" FROM mission_progress
        WHERE member_id = $1 AND mission_id = $2`,
      [memberId, missionId],
    )
  )[0];

async function create(o: Record<string, unknown> = {}): Promise<MissionView> {
  return (
    await mod.c.ok(CREATE, {
      i: {
        titleJa: '今週のミッション',
        titleEn: 'This week’s mission',
        steps: [{ action: 'POST', count: 2 }],
        // From now: what other tests' members did before does not count.
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + DAY).toISOString(),
        rewardPoints: 30,
        ...o,
      },
    })
  ).createMission;
}

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  service = t.app.get(MissionsService);
  space = await buildSpace(t.app);
  elsewhere = await buildSpace(t.app);
  mod = await person({ role: 'moderator' });
  [{ id: onboardingId }] = await db.query<Array<{ id: string }>>(
    `SELECT id FROM missions WHERE kind = 'onboarding'`,
  );
  [{ id: heroId }] = await db.query<Array<{ id: string }>>(
    `SELECT id FROM badges WHERE key = 'community-hero'`,
  );
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(() => t.close());

describe('onboarding', () => {
  it('advances through its four steps, completes once and pushes the progress live', async () => {
    const [p, other] = [await person(), await person()];
    const socket = await connected(openSocket(t.url, { cookie: cookieOf(p.c) }));
    sockets.push(socket);
    const pushes = record(socket, 'mission:progress');

    const start = (await missionOf(p, onboardingId))!;
    expect(start).toMatchObject({ kind: 'ONBOARDING', completed: false, rewardPoints: 50 });
    expect(start.steps.map((s) => [s.action, s.count, s.progress, s.done])).toEqual([
      ['PROFILE_COMPLETED', 1, 0, false],
      ['POST', 1, 0, false],
      ['REACTION', 1, 0, false],
      ['COMMENT', 1, 0, false],
    ]);

    // A profile without a photo is not complete yet.
    await p.c.ok(PROFILE, { i: { bio: '浅煎りが好きです' } });
    expect(await progress(p, onboardingId)).toEqual([0, 0, 0, 0]);
    await p.c.ok(PROFILE, { i: { avatarUrl: 'https://example.com/me.png' } });
    expect(await progress(p, onboardingId)).toEqual([1, 0, 0, 0]);

    const own = await createPost(p.c, { spaceId: space.id });
    expect(await progress(p, onboardingId)).toEqual([1, 1, 0, 0]);
    // Reacting to your own post does not count.
    await setReaction(p.c, own);
    expect(await progress(p, onboardingId)).toEqual([1, 1, 0, 0]);
    const theirs = await createPost(other.c, { spaceId: space.id });
    await setReaction(p.c, theirs);
    expect(await progress(p, onboardingId)).toEqual([1, 1, 1, 0]);
    expect(await grants(p.m.id, onboardingId)).toEqual([]);

    await createComment(p.c, theirs);
    const done = (await missionOf(p, onboardingId))!;
    expect(done.completed).toBe(true);
    expect(done.completedAt).not.toBeNull();
    expect(done.steps.every((s) => s.done)).toBe(true);
    expect(await grants(p.m.id, onboardingId)).toEqual([{ points: 50 }]);

    // More of the same changes nothing.
    await createComment(p.c, theirs);
    await createPost(p.c, { spaceId: space.id });
    await settle();
    expect(await grants(p.m.id, onboardingId)).toEqual([{ points: 50 }]);

    await settled(socket);
    const mine = pushes.map((x) => x.data).filter((d) => 'missionId' in d);
    expect(mine).toContainEqual({ missionId: onboardingId, completed: false });
    expect(mine.at(-1)).toEqual({ missionId: onboardingId, completed: true });
    expect(mine.filter((d) => 'completed' in d && d.completed)).toHaveLength(1);
    // Other members' progress is theirs alone.
    expect(await progress(other, onboardingId)).toEqual([0, 1, 0, 0]);
  });

  it('counts what members did before it existed, once', async () => {
    const [p, other] = [await person(), await person()];
    await p.c.ok(PROFILE, { i: { bio: '深煎り派', avatarUrl: 'https://example.com/p.png' } });
    await createPost(p.c, { spaceId: space.id });
    const theirs = await createPost(other.c, { spaceId: space.id });
    await setReaction(p.c, theirs);
    await createComment(p.c, theirs);
    await settle();
    expect(await grants(p.m.id, onboardingId)).toEqual([{ points: 50 }]);
    // As in a community that had all this before the mission came.
    await db.query(`DELETE FROM mission_progress WHERE mission_id = $1`, [onboardingId]);
    await db.query(`DELETE FROM mission_sources WHERE mission_id = $1`, [onboardingId]);

    await service.backfill(onboardingId);
    expect((await missionOf(p, onboardingId))!.completed).toBe(true);
    expect(await progress(other, onboardingId)).toEqual([0, 1, 0, 0]);
    // The reward was already given: not again.
    expect(await grants(p.m.id, onboardingId)).toEqual([{ points: 50 }]);
    await service.backfill(onboardingId);
    expect(await progress(other, onboardingId)).toEqual([0, 1, 0, 0]);
  });
});

describe('timeboxed missions', () => {
  it('completes once, and the reward is granted once even when the completing event comes again', async () => {
    const mission = await create({ rewardBadgeId: heroId });
    expect(mission.rewardBadge).toEqual({ key: 'community-hero' });
    const p = await person();
    await createPost(p.c, { spaceId: space.id });
    expect(await progress(p, mission.id)).toEqual([1]);
    const second = await createPost(p.c, { spaceId: space.id });
    const done = (await missionOf(p, mission.id))!;
    expect(done.completed).toBe(true);
    expect(await grants(p.m.id, mission.id)).toEqual([{ points: 30 }]);
    const { completedAt } = await progressRow(p.m.id, mission.id);

    // The same action again: through the activity stream and the service, concurrently.
    const again = {
      memberId: p.m.id,
      action: 'post' as const,
      spaceId: space.id,
      source: `post:${second}`,
      at: new Date().toISOString(),
    };
    await Promise.all([
      recordActivities(
        t.app,
        ActivityRules.postCreated({ postId: second, authorId: p.m.id, spaceId: space.id }),
      ),
      service.advance([again]),
      service.advance([again]),
      service.advance([{ ...again, source: 'post:another' }]),
    ]);
    await settle();
    expect(await grants(p.m.id, mission.id)).toEqual([{ points: 30 }]);
    expect((await progressRow(p.m.id, mission.id)).completedAt).toEqual(completedAt);
    const badges = (await mod.c.ok(HELD, { h: p.m.handle })).member.badges;
    expect(badges.map((b: { badge: { key: string } }) => b.badge.key)).toEqual([
      'first-post',
      'community-hero',
    ]);
    const told = await db.query<Array<{ key: string }>>(
      `SELECT dedupe_key AS key FROM notifications WHERE member_id = $1 AND dedupe_key = ANY($2)`,
      [p.m.id, [`badge:${heroId}`, `mission:${mission.id}`]],
    );
    expect(told.map((n) => n.key).sort()).toEqual([`badge:${heroId}`, `mission:${mission.id}`]);
    expect((await missionOf(p, mission.id))!.completedCount).toBe(1);
  });

  it('completes once under concurrent events that each finish it', async () => {
    const mission = await create({ steps: [{ action: 'COMMENT', count: 1 }] });
    const p = await person();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        service.advance([
          {
            memberId: p.m.id,
            action: 'comment',
            spaceId: space.id,
            source: `comment:race-${i}`,
            at: new Date().toISOString(),
          },
        ]),
      ),
    );
    await settle();
    expect(await grants(p.m.id, mission.id)).toEqual([{ points: 30 }]);
    expect((await progressRow(p.m.id, mission.id)).counts).toEqual([1]);
  });

  it('counts, once made, what members did since it started', async () => {
    const p = await person();
    await createPost(p.c, { spaceId: space.id });
    const deleted = await createPost(p.c, { spaceId: space.id });
    await p.c.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: deleted });
    await settle();
    const mission = await create({
      steps: [{ action: 'POST', count: 2 }],
      startsAt: new Date(Date.now() - HOUR).toISOString(),
    });
    expect(await progress(p, mission.id)).toEqual([1]);
    await createPost(p.c, { spaceId: space.id });
    expect((await missionOf(p, mission.id))!.completed).toBe(true);
    expect(await grants(p.m.id, mission.id)).toEqual([{ points: 30 }]);
  });

  it('counts only what happens within the window', async () => {
    const later = await create({
      startsAt: new Date(Date.now() + HOUR).toISOString(),
      endsAt: new Date(Date.now() + DAY).toISOString(),
    });
    const over = await create({
      startsAt: new Date(Date.now() - 2 * DAY).toISOString(),
      endsAt: new Date(Date.now() - DAY).toISOString(),
    });
    const p = await person();
    await createPost(p.c, { spaceId: space.id });
    await createPost(p.c, { spaceId: space.id });
    await settle();
    expect(await missionOf(p, later.id)).toBeUndefined();
    expect(await missionOf(p, over.id)).toBeUndefined();
    expect(await progressRow(p.m.id, later.id)).toBeUndefined();
    expect(await progressRow(p.m.id, over.id)).toBeUndefined();

    // A late delivery still counts an action that happened while the mission was open.
    await service.advance([
      {
        memberId: p.m.id,
        action: 'post',
        spaceId: space.id,
        source: 'post:back-then',
        at: new Date(Date.now() - 1.5 * DAY).toISOString(),
      },
    ]);
    expect((await progressRow(p.m.id, over.id)).counts).toEqual([1]);
    expect(await progressRow(p.m.id, later.id)).toBeUndefined();
  });

  it('counts only actions in the mission’s space when it has one', async () => {
    const mission = await create({ steps: [{ action: 'COMMENT', count: 1, spaceId: space.id }] });
    expect(mission.steps[0]).toMatchObject({ spaceId: space.id, space: { id: space.id } });
    const [p, author] = [await person(), await person()];
    await createComment(p.c, await createPost(author.c, { spaceId: elsewhere.id }));
    expect(await progress(p, mission.id)).toEqual([0]);
    await createComment(p.c, await createPost(author.c, { spaceId: space.id }));
    expect((await missionOf(p, mission.id))!.completed).toBe(true);
  });

  it('stops counting what was undone before the mission is complete', async () => {
    const mission = await create({
      steps: [
        { action: 'POST', count: 2 },
        { action: 'REACTION', count: 1 },
      ],
    });
    const [p, author] = [await person(), await person()];
    const first = await createPost(p.c, { spaceId: space.id });
    const target = await createPost(author.c, { spaceId: space.id });
    await setReaction(p.c, target);
    await settle();
    expect(await progress(p, mission.id)).toEqual([1, 1]);
    await p.c.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: first });
    await setReaction(p.c, target, { active: false });
    await settle();
    expect(await progress(p, mission.id)).toEqual([0, 0]);
    await createPost(p.c, { spaceId: space.id });
    await setReaction(p.c, target);
    await settle();
    expect(await progress(p, mission.id)).toEqual([1, 1]);
    expect((await missionOf(p, mission.id))!.completed).toBe(false);
  });

  it('counts each day’s visit once', async () => {
    const mission = await create({ steps: [{ action: 'VISIT', count: 2 }], rewardPoints: 5 });
    const p = await person();
    // Days the mission is open on: what counts is that each day counts once.
    const visit = (day: string) => recordVisit(t.app, p.m.id, day, new Date());
    await visit('2026-01-01');
    await visit('2026-01-01');
    await settle();
    expect((await progressRow(p.m.id, mission.id)).counts).toEqual([1]);
    await visit('2026-01-02');
    await settle();
    expect((await progressRow(p.m.id, mission.id)).completedAt).not.toBeNull();
    expect(await grants(p.m.id, mission.id)).toEqual([{ points: 5 }]);
  });
});

describe('managing missions', () => {
  it('is for moderators, and checks windows, rewards and steps', async () => {
    const member = await person();
    const base = {
      titleJa: 'テスト',
      titleEn: 'Test',
      steps: [{ action: 'POST', count: 1 }],
      startsAt: new Date(Date.now() - HOUR).toISOString(),
      endsAt: new Date(Date.now() + DAY).toISOString(),
      rewardPoints: 10,
    };
    expect(await member.c.code(CREATE, { i: base })).toBe('FORBIDDEN');
    expect(await member.c.code(ADMIN)).toBe('FORBIDDEN');
    const invalid = [
      { endsAt: base.startsAt },
      { rewardPoints: 0 },
      { steps: [] },
      { steps: [{ action: 'VISIT', count: 1, spaceId: space.id }] },
      { steps: [{ action: 'POST', count: 1, spaceId: '00000000-0000-4000-8000-000000000000' }] },
      { steps: [{ action: 'POST', count: 0 }] },
      { rewardBadgeId: '00000000-0000-4000-8000-000000000000' },
    ];
    for (const o of invalid)
      expect(await mod.c.code(CREATE, { i: { ...base, ...o } })).toBe('VALIDATION_FAILED');
    // A badge alone is a reward.
    const badgeOnly = await create({ rewardPoints: 0, rewardBadgeId: heroId });
    expect(badgeOnly.rewardPoints).toBe(0);
  });

  it('changes only the counts once members have progress, and archives', async () => {
    const mission = await create({ steps: [{ action: 'POST', count: 3 }] });
    const fresh = (
      await mod.c.ok(UPDATE, {
        i: { id: mission.id, titleJa: '新しい題', steps: [{ action: 'COMMENT', count: 3 }] },
      })
    ).updateMission;
    expect(fresh.steps[0].action).toBe('COMMENT');
    await mod.c.ok(UPDATE, { i: { id: mission.id, steps: [{ action: 'POST', count: 3 }] } });

    const p = await person();
    await createPost(p.c, { spaceId: space.id });
    expect(await progress(p, mission.id)).toEqual([1]);
    expect(
      await mod.c.code(UPDATE, {
        i: { id: mission.id, steps: [{ action: 'COMMENT', count: 3 }] },
      }),
    ).toBe('VALIDATION_FAILED');
    const fewer = (
      await mod.c.ok(UPDATE, { i: { id: mission.id, steps: [{ action: 'POST', count: 2 }] } })
    ).updateMission;
    expect(fewer.steps[0].count).toBe(2);
    expect(
      await mod.c.code(UPDATE, {
        i: { id: onboardingId, startsAt: new Date().toISOString() },
      }),
    ).toBe('VALIDATION_FAILED');
    expect(
      await mod.c.code(UPDATE, {
        i: { id: mission.id, endsAt: new Date(Date.now() - 2 * HOUR).toISOString() },
      }),
    ).toBe('VALIDATION_FAILED');

    const archived = (await mod.c.ok(ARCHIVE, { id: mission.id })).archiveMission;
    expect(archived.archivedAt).not.toBeNull();
    expect(await missionOf(p, mission.id)).toBeUndefined();
    const listed = async (all: boolean) =>
      ((await mod.c.ok(ADMIN, { all })).missionsAdmin as MissionView[]).map((m) => m.id);
    expect(await listed(false)).not.toContain(mission.id);
    expect(await listed(true)).toContain(mission.id);
    expect(await listed(false)).toContain(onboardingId);
    // Nothing counts towards an archived mission.
    await createPost(p.c, { spaceId: space.id });
    await settle();
    expect((await progressRow(p.m.id, mission.id)).counts).toEqual([1]);
    expect(await mod.c.code(UPDATE, { i: { id: mission.id, titleJa: 'x' } })).toBe(
      'VALIDATION_FAILED',
    );
  });
});
