import { settle as settleApp } from '../support/settle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace, recordActivities, recordVisit } from '../support/factories.js';
import { ActivityRules } from '../../src/modules/activity/activity.rules.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { createComment, createPost, setBestAnswer } from '../support/content-api.js';
import { Db } from '../../src/core/database/db.js';
import { BadgesService } from '../../src/modules/badges/badges.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';

const BADGES = `query($all: Boolean) { badges(includeDisabled: $all) {
  id key nameJa nameEn criterion threshold enabled holderCount } }`;
const BADGE = `query($key: String!, $first: Int, $after: String) { badge(key: $key) {
  key holderCount holders(first: $first, after: $after) {
    nodes { member { handle } grantedAt } pageInfo { hasNextPage endCursor } } } }`;
const PROFILE = `query($h: String!) { member(handle: $h) { badges {
  badge { key } reason grantedBy { handle } } } }`;
const AWARD = `mutation($i: BadgeGrantInput!) { awardBadge(input: $i) {
  badge { key } member { handle } reason revokedAt revokeReason grantedBy { handle } } }`;
const REVOKE = `mutation($i: BadgeGrantInput!) { revokeBadge(input: $i) {
  badge { key } reason revokedAt revokeReason } }`;
const CREATE = `mutation($i: CreateBadgeInput!) { createBadge(input: $i) { id key criterion threshold enabled } }`;
const UPDATE = `mutation($i: UpdateBadgeInput!) { updateBadge(input: $i) { id key enabled threshold } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind subject { type id } params { nameJa nameEn icon } } } }`;

let t: TestApp;
let db: Db;
let badges: BadgesService;
let space: SpaceEntity;
let mod: Person;
let admin: Person;
const ids: Record<string, string> = {};

interface Person {
  m: MemberEntity;
  c: GqlClient;
}

async function person(o: Parameters<typeof buildMember>[1] = {}): Promise<Person> {
  const m = await buildMember(t.app, { joinedAt: new Date(Date.now() - 30 * 86_400_000), ...o });
  return { m, c: await clientFor(t.app, t.url, m) };
}

const settle = () => settleApp(t.app);

async function held(p: Person): Promise<string[]> {
  await settle();
  const r = await mod.c.ok(PROFILE, { h: p.m.handle });
  return r.member.badges.map((b: { badge: { key: string } }) => b.badge.key);
}

async function badgeNotices(p: Person): Promise<string[]> {
  await settle();
  const r = await p.c.ok(NOTIFICATIONS);
  return r.notifications.nodes
    .filter((n: { kind: string }) => n.kind === 'BADGE')
    .map(
      (n: {
        subject: { type: string };
        params: { nameJa: string; nameEn: string; icon: string };
      }) => `${n.subject.type}: ${n.params.icon} ${n.params.nameJa} / ${n.params.nameEn}`,
    );
}

const rows = (memberId: string) =>
  db.query<
    Array<{
      key: string;
      revokedAt: Date | null;
      revokedBy: string | null;
      revokeReason: string | null;
      generation: number;
    }>
  >(
    `SELECT b.key, mb.revoked_at AS "revokedAt", mb.revoked_by AS "revokedBy",
            mb.revoke_reason AS "revokeReason", mb.generation
       FROM member_badges mb JOIN badges b ON b.id = mb.badge_id
      WHERE mb.member_id = $1 ORDER BY b.position`,
    [memberId],
  );

/** Sets counters as if the member had done that much already. */
async function setStats(memberId: string, set: string) {
  await db.query(`INSERT INTO member_stats (member_id) VALUES ($1) ON CONFLICT DO NOTHING`, [
    memberId,
  ]);
  await db.query(`UPDATE member_stats SET ${set} WHERE member_id = $1`, [memberId]);
}

/** Records an activity as a use case would (its consumers run once the transaction commits). */
const joined = (memberId: string) => recordActivities(t.app, ActivityRules.joined(memberId));

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  badges = t.app.get(BadgesService);
  space = await buildSpace(t.app);
  mod = await person({ role: 'moderator' });
  admin = await person({ role: 'admin' });
  for (const b of (await mod.c.ok(BADGES)).badges) ids[b.key] = b.id;
});
afterAll(() => t.close());

describe('definitions', () => {
  it('seeds a default set with Japanese and English names', async () => {
    const list = (await mod.c.ok(BADGES)).badges;
    expect(list.map((b: { key: string }) => b.key)).toEqual([
      'first-post',
      'posts-10',
      'posts-50',
      'best-answer',
      'best-answers-10',
      'reactions-50',
      'streak-7',
      'streak-30',
      'member-since-2025',
      'community-hero',
      'first-event',
      'events-5',
      'events-10',
      'first-idea',
      'idea-shipped',
      'ideas-shipped-5',
    ]);
    expect(list[0]).toMatchObject({
      nameJa: '初投稿',
      nameEn: 'First Post',
      criterion: 'FIRST_POST',
      enabled: true,
    });
    expect(list.find((b: { key: string }) => b.key === 'streak-7')).toMatchObject({
      criterion: 'STREAK',
      threshold: 7,
    });
    expect(list.find((b: { key: string }) => b.key === 'events-5')).toMatchObject({
      nameJa: 'イベント常連',
      nameEn: 'Regular',
      criterion: 'EVENTS_ATTENDED',
      threshold: 5,
    });
  });

  it('lets admins (only) create and change badges, checking thresholds and keys', async () => {
    const input = {
      key: 'posts-2',
      nameJa: '投稿2回',
      nameEn: '2 Posts',
      criterion: 'POSTS',
      threshold: 2,
    };
    expect(await mod.c.code(CREATE, { i: input })).toBe('FORBIDDEN');
    expect(await admin.c.code(CREATE, { i: { ...input, threshold: 0 } })).toBe('VALIDATION_FAILED');
    expect(
      await admin.c.code(CREATE, { i: { ...input, criterion: 'MEMBER_SINCE', threshold: 25 } }),
    ).toBe('VALIDATION_FAILED');
    expect(await admin.c.code(CREATE, { i: { ...input, key: 'Bad Key' } })).toBe(
      'VALIDATION_FAILED',
    );

    // Members who already meet a new badge earn it right away.
    const twice = await person();
    await createPost(twice.c, { spaceId: space.id });
    await createPost(twice.c, { spaceId: space.id });
    await settle();
    const created = (await admin.c.ok(CREATE, { i: input })).createBadge;
    expect(created).toMatchObject({ key: 'posts-2', criterion: 'POSTS', threshold: 2 });
    expect(await admin.c.code(CREATE, { i: input })).toBe('CONFLICT');
    expect(await held(twice)).toContain('posts-2');

    const off = (await admin.c.ok(UPDATE, { i: { id: created.id, enabled: false } })).updateBadge;
    expect(off.enabled).toBe(false);
    const shown = (await mod.c.ok(BADGES)).badges.map((b: { key: string }) => b.key);
    expect(shown).not.toContain('posts-2');
    expect(await held(twice)).not.toContain('posts-2');
    expect(await mod.c.code(BADGES, { all: true })).toBe('FORBIDDEN');
    const all = (await admin.c.ok(BADGES, { all: true })).badges.map((b: { key: string }) => b.key);
    expect(all).toContain('posts-2');
    expect(await mod.c.code(BADGE, { key: 'posts-2' })).toBe('NOT_FOUND');
    expect(await admin.c.code(UPDATE, { i: { id: created.id, key: 'first-post' } })).toBe(
      'CONFLICT',
    );
  });
});

describe('earned automatically', () => {
  it('grants the first post badge once, with one notification, however often it is checked', async () => {
    const p = await person();
    await createPost(p.c, { spaceId: space.id });
    expect(await held(p)).toEqual(['first-post']);
    await Promise.all(Array.from({ length: 10 }, () => badges.evaluate([p.m.id])));
    await createPost(p.c, { spaceId: space.id });
    await joined(p.m.id);
    expect(await held(p)).toEqual(['first-post']);
    expect((await rows(p.m.id)).map((r) => r.key)).toEqual(['first-post']);
    expect(await badgeNotices(p)).toEqual(['BADGE: ✏️ 初投稿 / First Post']);
  });

  it('follows the post, best answer and reactions counters to their thresholds', async () => {
    const p = await person();
    await setStats(p.m.id, 'posts = 9, reactions_received = 50');
    expect(await badges.evaluate([p.m.id])).toBe(2);
    expect(await held(p)).toEqual(['first-post', 'reactions-50']);
    await createPost(p.c, { spaceId: space.id });
    expect(await held(p)).toEqual(['first-post', 'posts-10', 'reactions-50']);

    // A best answer (to someone else's question) earns its badge through the points counters.
    const asker = await person();
    const q = await createPost(asker.c, { spaceId: space.id, kind: 'QUESTION' });
    const answer = await createComment(p.c, q, { body: '中挽きで' });
    await setBestAnswer(asker.c, q, answer);
    expect(await held(p)).toEqual(['first-post', 'posts-10', 'best-answer', 'reactions-50']);
  });

  it('grants visit streaks from the best streak, counted on consecutive community days', async () => {
    const p = await person();
    const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}`;
    for (let d = 1; d <= 6; d++) await recordVisit(t.app, p.m.id, day(d));
    expect(await held(p)).toEqual([]);
    await recordVisit(t.app, p.m.id, day(7));
    expect(await held(p)).toEqual(['streak-7']);

    // The streak broke, but the best one still counts.
    const q = await person();
    const april = (d: number) => `2026-04-${String(d).padStart(2, '0')}`;
    for (let d = 1; d <= 30; d++) await recordVisit(t.app, q.m.id, april(d));
    await recordVisit(t.app, q.m.id, '2026-05-05');
    expect(await held(q)).toEqual(['streak-7', 'streak-30']);
    const { member } = await q.c.ok(
      `query($h: String!) { member(handle: $h) { standing { currentStreak bestStreak } } }`,
      { h: q.m.handle },
    );
    expect(member.standing).toEqual({ currentStreak: 1, bestStreak: 30 });
    expect(await badgeNotices(q)).toHaveLength(2);
  });

  it('grants member since by the year joined in the community’s time zone', async () => {
    // 23:59 on 31 December 2025 in Tokyo, and a minute later.
    const early = await person({ joinedAt: new Date('2025-12-31T14:59:00Z') });
    const late = await person({ joinedAt: new Date('2025-12-31T15:00:00Z') });
    for (const p of [early, late]) await joined(p.m.id);
    expect(await held(early)).toEqual(['member-since-2025']);
    expect(await held(late)).toEqual([]);
  });
});

describe('earned at events', () => {
  const CREATE_EVENT = `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`;
  const RSVP = `mutation($i: RsvpInput!) { rsvpEvent(input: $i) { id } }`;
  const CHECK_IN = `mutation($i: CheckInInput!) { checkInAttendee(input: $i) { checkedInAt } }`;
  const UNDO = `mutation($i: UndoCheckInInput!) { undoCheckIn(input: $i) { checkedInAt } }`;
  const STANDING = `query($h: String!) { member(handle: $h) { standing { eventsAttended } } }`;
  const HOUR = 3_600_000;

  /** An event starting within the hour, so check-in is open. */
  async function eventNow(): Promise<string> {
    const { createEvent } = await mod.c.ok(CREATE_EVENT, {
      i: {
        title: '月例ミートアップ',
        description: '新しい豆を囲んで話しましょう。',
        kind: 'IN_PERSON',
        venueName: '渋谷ロースタリー',
        startsAt: new Date(Date.now() + HOUR).toISOString(),
        endsAt: new Date(Date.now() + 3 * HOUR).toISOString(),
        timeZone: 'Asia/Tokyo',
        spaceId: space.id,
        publish: true,
      },
    });
    return createEvent.id;
  }

  const checkIn = (p: Person, eventId: string) =>
    mod.c.ok(CHECK_IN, { i: { eventId, memberId: p.m.id } });

  async function attend(p: Person, eventId: string) {
    await p.c.ok(RSVP, { i: { eventId, status: 'GOING', guests: 0 } });
    await checkIn(p, eventId);
  }

  async function eventsAttended(p: Person): Promise<number> {
    await settle();
    return (await mod.c.ok(STANDING, { h: p.m.handle })).member.standing.eventsAttended;
  }

  it('grants the first event badge once, however often the member is checked in or the check-in delivered', async () => {
    const p = await person();
    const e = await eventNow();
    await p.c.ok(RSVP, { i: { eventId: e, status: 'GOING', guests: 0 } });
    expect(await held(p)).toEqual([]);
    await checkIn(p, e);
    expect(await held(p)).toEqual(['first-event']);
    expect(await eventsAttended(p)).toBe(1);

    await checkIn(p, e);
    // The consumers receive the member's activities once more, as after a crash mid-delivery.
    const again = await db.query<unknown[]>(
      `UPDATE outbox SET pending = consumers, delivered_at = NULL
        WHERE event = 'activity.changed' AND payload->>'memberId' = $1 RETURNING 1`,
      [p.m.id],
    );
    expect(again.length).toBeGreaterThan(0);
    await Promise.all(Array.from({ length: 5 }, () => badges.evaluate([p.m.id])));
    expect(await eventsAttended(p)).toBe(1);
    expect(await rows(p.m.id)).toEqual([
      { key: 'first-event', revokedAt: null, revokedBy: null, revokeReason: null, generation: 1 },
    ]);
    expect(await badgeNotices(p)).toEqual(['BADGE: 🎟️ はじめてのイベント参加 / First event']);
  });

  it('grants the regular badge at the fifth event; an undone check-in lowers the count and earned badges stay', async () => {
    const p = await person();
    const events: string[] = [];
    for (let i = 0; i < 5; i++) events.push(await eventNow());
    for (const e of events.slice(0, 4)) await attend(p, e);
    expect(await eventsAttended(p)).toBe(4);
    expect(await held(p)).toEqual(['first-event']);
    await attend(p, events[4]);
    expect(await eventsAttended(p)).toBe(5);
    expect(await held(p)).toEqual(['first-event', 'events-5']);

    await mod.c.ok(UNDO, {
      i: { eventId: events[4], memberId: p.m.id, reason: '別の方のチケットを読み取りました' },
    });
    expect(await eventsAttended(p)).toBe(4);
    expect(await held(p)).toEqual(['first-event', 'events-5']);

    // Checked in again: counted again, but the badge is not granted (or announced) twice.
    await checkIn(p, events[4]);
    expect(await eventsAttended(p)).toBe(5);
    expect((await rows(p.m.id)).map((r) => [r.key, r.generation])).toEqual([
      ['first-event', 1],
      ['events-5', 1],
    ]);
    expect(await badgeNotices(p)).toHaveLength(2);
  });
});

describe('awarded by moderators', () => {
  it('needs a moderator, a manual badge and a reason', async () => {
    const p = await person();
    const i = { memberId: p.m.id, badgeId: ids['community-hero'], reason: '勉強会の運営' };
    expect(await p.c.code(AWARD, { i })).toBe('FORBIDDEN');
    expect(await mod.c.code(AWARD, { i: { ...i, reason: '' } })).toBe('VALIDATION_FAILED');
    expect(await mod.c.code(AWARD, { i: { ...i, reason: '   ' } })).toBe('VALIDATION_FAILED');
    expect(await mod.c.code(AWARD, { i: { ...i, badgeId: ids['first-post'] } })).toBe(
      'VALIDATION_FAILED',
    );
    expect(await mod.c.code(AWARD, { i: { ...i, memberId: 'nobody' } })).toBe('NOT_FOUND');
    expect(await mod.c.code(REVOKE, { i })).toBe('VALIDATION_FAILED');
  });

  it('awards, revokes (keeping the row) and awards again, notifying on each award', async () => {
    const p = await person();
    const i = { memberId: p.m.id, badgeId: ids['community-hero'], reason: '勉強会の運営' };
    expect((await mod.c.ok(AWARD, { i })).awardBadge).toEqual({
      badge: { key: 'community-hero' },
      member: { handle: p.m.handle },
      reason: '勉強会の運営',
      revokedAt: null,
      revokeReason: null,
      grantedBy: { handle: mod.m.handle },
    });
    expect(await mod.c.code(AWARD, { i })).toBe('CONFLICT');
    expect(await badgeNotices(p)).toHaveLength(1);
    // The member sees the reason, not who awarded it.
    const own = (await p.c.ok(PROFILE, { h: p.m.handle })).member.badges;
    expect(own).toEqual([
      { badge: { key: 'community-hero' }, reason: '勉強会の運営', grantedBy: null },
    ]);
    const before = (await mod.c.ok(BADGE, { key: 'community-hero' })).badge.holderCount;

    expect(await mod.c.code(REVOKE, { i: { ...i, reason: ' ' } })).toBe('VALIDATION_FAILED');
    const revoked = (await mod.c.ok(REVOKE, { i: { ...i, reason: '誤って付与' } })).revokeBadge;
    expect(revoked.revokedAt).not.toBeNull();
    expect(revoked.revokeReason).toBe('誤って付与');
    expect(await mod.c.code(REVOKE, { i: { ...i, reason: '二度目' } })).toBe('VALIDATION_FAILED');
    expect(await held(p)).toEqual([]);
    expect((await mod.c.ok(BADGE, { key: 'community-hero' })).badge.holderCount).toBe(before - 1);
    expect(await rows(p.m.id)).toEqual([
      {
        key: 'community-hero',
        revokedAt: expect.any(Date),
        revokedBy: mod.m.id,
        revokeReason: '誤って付与',
        generation: 1,
      },
    ]);

    await mod.c.ok(AWARD, { i: { ...i, reason: '改めて' } });
    expect(await held(p)).toEqual(['community-hero']);
    expect(await badgeNotices(p)).toHaveLength(2);
    expect((await rows(p.m.id))[0]).toMatchObject({ revokedAt: null, generation: 2 });
  });

  it('revokes an earned badge for good: checking the criteria again does not bring it back', async () => {
    const p = await person();
    await createPost(p.c, { spaceId: space.id });
    expect(await held(p)).toEqual(['first-post']);
    await mod.c.ok(REVOKE, {
      i: { memberId: p.m.id, badgeId: ids['first-post'], reason: 'スパム投稿' },
    });
    await badges.evaluate([p.m.id]);
    await createPost(p.c, { spaceId: space.id });
    expect(await held(p)).toEqual([]);
    // A moderator can give it back.
    await mod.c.ok(AWARD, {
      i: { memberId: p.m.id, badgeId: ids['first-post'], reason: '確認済み' },
    });
    expect(await held(p)).toEqual(['first-post']);
    expect(await badgeNotices(p)).toHaveLength(2);
  });
});

describe('badge page', () => {
  it('pages through the holders, latest first', async () => {
    const people = [await person(), await person(), await person()];
    for (const p of people) {
      await mod.c.ok(AWARD, {
        i: { memberId: p.m.id, badgeId: ids['community-hero'], reason: '貢献' },
      });
    }
    const first = (await people[0].c.ok(BADGE, { key: 'community-hero', first: 2 })).badge;
    expect(first.holders.nodes.map((n: { member: { handle: string } }) => n.member.handle)).toEqual(
      [people[2].m.handle, people[1].m.handle],
    );
    expect(first.holders.pageInfo.hasNextPage).toBe(true);
    const next = (
      await people[0].c.ok(BADGE, {
        key: 'community-hero',
        first: 2,
        after: first.holders.pageInfo.endCursor,
      })
    ).badge;
    expect(next.holders.nodes[0].member.handle).toBe(people[0].m.handle);
    expect(first.holderCount).toBeGreaterThanOrEqual(3);
    expect(await people[0].c.code(BADGE, { key: 'no-such-badge' })).toBe('NOT_FOUND');
  });
});
