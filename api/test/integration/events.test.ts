import { startTestApp, startTwin, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace, setVisibleToVisitors } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { concurrently } from '../support/probes.js';
import ICAL from 'ical.js';
import pg from 'pg';
import { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import { PointsAdminService } from '../../src/modules/points/points-admin.service.js';
import { settle, until } from '../support/settle.js';
import { connected, cookieOf, openSocket, record } from '../support/sockets.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';

const EVENT_FIELDS = `id title status kind startsAt endsAt timeZone capacity guestsAllowed seatsTaken
  waitlistCount spotsLeft joinUrl viewerCanRegister space { id }
  viewerRsvp { status guests waitlistPosition }`;
const CREATE = `mutation($i: CreateEventInput!) { createEvent(input: $i) { ${EVENT_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateEventInput!) { updateEvent(input: $i) { ${EVENT_FIELDS} } }`;
const RSVP = `mutation($i: RsvpInput!) { rsvpEvent(input: $i) { ${EVENT_FIELDS} } }`;
const EVENT = `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;
const EVENTS = `query($f: EventListFilter, $after: String) {
  events(filter: $f, first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
const CANCEL = `mutation($id: ID!) { cancelEvent(id: $id) { id status } }`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
let twin: Awaited<ReturnType<typeof startTwin>>;
let mod: GqlClient;
let spaceId: string;

interface Person {
  m: MemberEntity;
  c: GqlClient;
}

beforeAll(async () => {
  t = await startTestApp();
  twin = await startTwin(t);
  mod = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
  spaceId = (await buildSpace(t.app)).id;
});
afterAll(async () => {
  await twin.close();
  await t.close();
});

const inDays = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * HOUR);

function eventInput(o: Record<string, unknown> = {}) {
  return {
    title: 'コーヒーテイスティング会',
    description: '**浅煎り**を飲み比べます。',
    kind: 'IN_PERSON',
    venueName: '渋谷ロースタリー',
    startsAt: inDays(7).toISOString(),
    endsAt: inDays(7, 2).toISOString(),
    timeZone: 'Asia/Tokyo',
    spaceId,
    publish: true,
    ...o,
  };
}

async function createEvent(o: Record<string, unknown> = {}) {
  return (await mod.ok(CREATE, { i: eventInput(o) })).createEvent;
}

/** Members signed in, alternately on each instance. */
async function people(n: number): Promise<Person[]> {
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const m = await buildMember(t.app);
      return { m, c: await clientFor(t.app, i % 2 ? twin.url : t.url, m) };
    }),
  );
}

const rsvp = (c: GqlClient, eventId: string, status: string, guests = 0) =>
  c.gql(RSVP, { i: { eventId, status, guests } });

interface RsvpState {
  memberId: string;
  status: string;
  guests: number;
  respondedAt: Date;
  promotedAt: Date | null;
}

const rsvpsOf = (eventId: string) =>
  t.app.get(Db).query<RsvpState[]>(
    `SELECT member_id AS "memberId", status, guests, responded_at AS "respondedAt",
            promoted_at AS "promotedAt"
       FROM event_rsvps WHERE event_id = $1 ORDER BY responded_at`,
    [eventId],
  );

const countsOf = async (eventId: string) => {
  const [row] = await t.app
    .get(Db)
    .query<Array<{ seats: number; waiting: number; going: number; queued: number }>>(
      `SELECT seats_taken AS seats, waitlist_count AS waiting,
            (SELECT coalesce(sum(1 + guests), 0)::int FROM event_rsvps
              WHERE event_id = e.id AND status = 'going') AS going,
            (SELECT count(*)::int FROM event_rsvps
              WHERE event_id = e.id AND status = 'waitlisted') AS queued
       FROM events e WHERE id = $1`,
      [eventId],
    );
  return row;
};

/**
 * Runs `request` while another connection holds the event's row lock, and `meanwhile` on that
 * connection once the request waits for the lock; commits, then resolves with the request's answer.
 */
async function whileLocked<T>(
  eventId: string,
  request: () => Promise<T>,
  meanwhile: (sql: pg.Client) => Promise<unknown>,
): Promise<T> {
  const sql = new pg.Client({ connectionString: t.databaseUrl });
  await sql.connect();
  try {
    await sql.query('BEGIN');
    await sql.query('SELECT 1 FROM events WHERE id = $1 FOR UPDATE', [eventId]);
    const answer = request();
    await until(
      async () =>
        (
          await sql.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity s USING (pid)
              WHERE NOT l.granted AND s.datname = current_database()`,
          )
        ).rows[0].n > 0,
    );
    await meanwhile(sql);
    await sql.query('COMMIT');
    return await answer;
  } finally {
    await sql.end();
  }
}

describe('creating events', () => {
  it('stores the instants and the time zone it was planned in', async () => {
    // 00:30 in Tokyo is the previous day in UTC.
    const e = await createEvent({
      startsAt: '2027-01-10T00:30:00+09:00',
      endsAt: '2027-01-10T02:00:00+09:00',
    });
    expect(e).toMatchObject({
      startsAt: '2027-01-09T15:30:00.000Z',
      endsAt: '2027-01-09T17:00:00.000Z',
      timeZone: 'Asia/Tokyo',
      status: 'PUBLISHED',
      capacity: null,
      spotsLeft: null,
      space: { id: spaceId },
    });
  });

  it.each([
    ['end before start', { endsAt: inDays(6).toISOString() }, 'endsAt'],
    ['a negative capacity', { capacity: -1 }, 'capacity'],
    ['a deadline after the start', { rsvpDeadline: inDays(8).toISOString() }, 'rsvpDeadline'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['no venue for an event in person', { venueName: null }, 'venueName'],
    ['too many guests allowed', { guestsAllowed: 11 }, 'guestsAllowed'],
    ['a space that does not exist', { spaceId: '00000000-0000-4000-8000-000000000000' }, 'spaceId'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, o, field) => {
    const db = t.app.get(Db);
    const [before] = await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM events`);
    const r = await mod.gql(CREATE, { i: eventInput(o) });
    expect(r.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0].extensions.fields?.map((f) => f.field)).toContain(field);
    const [after] = await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM events`);
    expect(after.n).toBe(before.n);
  });

  it('keeps drafts from members and lists them to staff', async () => {
    const draft = await createEvent({ publish: false });
    const [member] = await people(1);
    expect((await member.c.gql(EVENT, { id: draft.id })).errors?.[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await member.c.gql(EVENTS, { f: 'DRAFTS' })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await mod.ok(EVENTS, { f: 'DRAFTS', after })).events;
      ids.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toContain(draft.id);
    expect((await rsvp(member.c, draft.id, 'GOING')).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('duplicating', () => {
  it('makes a draft copy with the same details and none of the RSVPs', async () => {
    const e = await createEvent({ title: '毎月の焙煎会', capacity: 4, guestsAllowed: 1 });
    const [p] = await people(1);
    await rsvp(p.c, e.id, 'GOING');
    const { duplicateEvent: copy } = await mod.ok(
      `mutation($id: ID!) { duplicateEvent(id: $id) { ${EVENT_FIELDS} } }`,
      { id: e.id },
    );
    expect(copy.id).not.toBe(e.id);
    expect(copy).toMatchObject({
      title: '毎月の焙煎会',
      status: 'DRAFT',
      capacity: 4,
      guestsAllowed: 1,
      startsAt: e.startsAt,
      timeZone: 'Asia/Tokyo',
      seatsTaken: 0,
      waitlistCount: 0,
      space: { id: spaceId },
    });
    expect(await rsvpsOf(copy.id)).toEqual([]);
  });
});

describe('RSVP, capacity and the waitlist', () => {
  it('seats exactly 10 of 50 members pressing "going" at once, the rest waitlisted in order of arrival', async () => {
    const e = await createEvent({ capacity: 10 });
    const crowd = await people(50);
    const results = await concurrently(50, (i) => rsvp(crowd[i].c, e.id, 'GOING'));
    expect(results.filter((r) => r.errors)).toEqual([]);

    const rows = await rsvpsOf(e.id);
    expect(rows.map((r) => r.status)).toEqual([
      ...Array(10).fill('going'),
      ...Array(40).fill('waitlisted'),
    ]);
    expect(await countsOf(e.id)).toEqual({ seats: 10, waiting: 40, going: 10, queued: 40 });

    // Each waitlisted member sees their place: 1 to 40 in the order they arrived.
    const byMember = new Map(crowd.map((p) => [p.m.id, p.c]));
    const positions = await Promise.all(
      rows.slice(10).map(async (r) => {
        const { event } = await byMember.get(r.memberId)!.ok(EVENT, { id: e.id });
        return event.viewerRsvp.waitlistPosition;
      }),
    );
    expect(positions).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // The answer to each press already told them as much.
    const answered = new Map(
      results.map((r, i) => [crowd[i].m.id, r.data!.rsvpEvent.viewerRsvp.waitlistPosition]),
    );
    expect(rows.slice(10).map((r) => answered.get(r.memberId))).toEqual(positions);
    expect(rows.slice(0, 10).map((r) => answered.get(r.memberId))).toEqual(Array(10).fill(null));
  });

  it('gives every freed seat to the next in line while cancellations and new RSVPs race', async () => {
    const capacity = 20;
    const e = await createEvent({ capacity });
    const seated = await people(capacity);
    for (const p of seated) await rsvp(p.c, e.id, 'GOING');
    const waiting = await people(20);
    for (const p of waiting) await rsvp(p.c, e.id, 'GOING');
    const newcomers = await people(20);

    let racing = true;
    let highest = 0;
    const watch = (async () => {
      while (racing) {
        const c = await countsOf(e.id);
        highest = Math.max(highest, c.seats, c.going);
      }
    })();
    const results = await concurrently(40, (i) =>
      i % 2 ? rsvp(seated[i >> 1].c, e.id, 'NOT_GOING') : rsvp(newcomers[i >> 1].c, e.id, 'GOING'),
    );
    racing = false;
    await watch;
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(highest).toBeLessThanOrEqual(capacity);

    const rows = await rsvpsOf(e.id);
    const status = new Map(rows.map((r) => [r.memberId, r]));
    // The 20 who waited hold the 20 freed seats, each promoted once; newcomers wait behind them.
    for (const p of waiting) {
      expect(status.get(p.m.id)).toMatchObject({ status: 'going' });
      expect(status.get(p.m.id)!.promotedAt).not.toBeNull();
    }
    for (const p of newcomers) expect(status.get(p.m.id)!.status).toBe('waitlisted');
    for (const p of seated) expect(status.get(p.m.id)!.status).toBe('not_going');
    expect(await countsOf(e.id)).toEqual({ seats: 20, waiting: 20, going: 20, queued: 20 });
  });

  it('refuses only the RSVPs that may not be, among many to one event at once', async () => {
    const e = await createEvent({ capacity: 10, guestsAllowed: 1 });
    const crowd = await people(30);
    // Every fifth asks for more guests than the event takes; one member presses twice.
    const greedy = (i: number) => i % 5 === 4;
    const [twice] = crowd;
    const results = await concurrently(31, (i) =>
      i === 30
        ? rsvp(twice.c, e.id, 'NOT_GOING')
        : rsvp(crowd[i].c, e.id, 'GOING', greedy(i) ? 3 : i % 2),
    );
    results.slice(0, 30).forEach((r, i) => {
      if (greedy(i))
        expect(r.errors?.[0].extensions).toMatchObject({
          code: 'VALIDATION_FAILED',
          fields: [{ field: 'guests' }],
        });
      else expect(r.errors).toBeUndefined();
    });
    expect(results[30].errors).toBeUndefined();

    const rows = await rsvpsOf(e.id);
    expect(rows.filter((r) => r.memberId === twice.m.id)).toHaveLength(1);
    const greedyIds = new Set(crowd.filter((_, i) => greedy(i)).map((p) => p.m.id));
    expect(rows.filter((r) => greedyIds.has(r.memberId))).toEqual([]);
    const counts = await countsOf(e.id);
    expect(counts.seats).toBe(counts.going);
    expect(counts.waiting).toBe(counts.queued);
    expect(counts.going).toBeLessThanOrEqual(10);
    // The seats fill before anyone waits: only a party too big for the seats left may wait.
    expect(counts.going).toBeGreaterThanOrEqual(9);
    expect(counts.queued).toBe(rows.filter((r) => r.status === 'waitlisted').length);
    expect(counts.queued).toBeGreaterThan(0);
  });

  it('decides on the answer as it stands once the lock is had, when the member was seated meanwhile', async () => {
    const e = await createEvent({ capacity: 1 });
    const [a, b] = await people(2);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    // b gives up their place in the line, and waits for the event's lock having read it, while
    // a leaves and b is seated in their place.
    const leaving = await whileLocked(
      e.id,
      () => rsvp(b.c, e.id, 'NOT_GOING'),
      async (sql) => {
        await sql.query(
          `UPDATE event_rsvps SET queue_order = NULL,
                  status = CASE member_id WHEN $2 THEN 'not_going' ELSE 'going' END
            WHERE event_id = $1`,
          [e.id, a.m.id],
        );
        await sql.query('UPDATE events SET seats_taken = 1, waitlist_count = 0 WHERE id = $1', [
          e.id,
        ]);
      },
    );
    expect(leaving.errors).toBeUndefined();
    // b's answer ends the seat they had been given, not a place they no longer held.
    expect(await countsOf(e.id)).toEqual({ seats: 0, waiting: 0, going: 0, queued: 0 });
    expect((await rsvpsOf(e.id)).map((r) => r.status)).toEqual(['not_going', 'not_going']);
  });

  it('keeps the seat of a member checked in while their "not going" was on its way', async () => {
    const e = await createEvent({ capacity: 5 });
    const [a] = await people(1);
    await rsvp(a.c, e.id, 'GOING');
    const leaving = await whileLocked(
      e.id,
      () => rsvp(a.c, e.id, 'NOT_GOING'),
      (sql) =>
        sql.query(
          'UPDATE event_rsvps SET checked_in_at = now() WHERE event_id = $1 AND member_id = $2',
          [e.id, a.m.id],
        ),
    );
    expect(leaving.errors?.[0].extensions.fields?.[0].message).toBe('You have already checked in.');
    expect(await countsOf(e.id)).toEqual({ seats: 1, waiting: 0, going: 1, queued: 0 });
    expect((await rsvpsOf(e.id)).map((r) => r.status)).toEqual(['going']);
  });

  it('seats the waitlist in order when capacity rises and removes no one when it falls', async () => {
    const e = await createEvent({ capacity: 2 });
    const crowd = await people(6);
    for (const p of crowd) await rsvp(p.c, e.id, 'GOING');
    const raised = (await mod.ok(UPDATE, { i: { id: e.id, capacity: 5 } })).updateEvent;
    expect(raised).toMatchObject({ seatsTaken: 5, waitlistCount: 1, spotsLeft: 0 });
    const rows = await rsvpsOf(e.id);
    expect(rows.map((r) => r.status)).toEqual([
      'going',
      'going',
      'going',
      'going',
      'going',
      'waitlisted',
    ]);

    const lowered = (await mod.ok(UPDATE, { i: { id: e.id, capacity: 1 } })).updateEvent;
    expect(lowered).toMatchObject({ capacity: 1, seatsTaken: 5, waitlistCount: 1, spotsLeft: 0 });
    expect((await rsvpsOf(e.id)).filter((r) => r.status === 'going')).toHaveLength(5);
    // Below capacity again only once enough have left.
    for (const p of crowd.slice(0, 4)) await rsvp(p.c, e.id, 'NOT_GOING');
    expect(await countsOf(e.id)).toMatchObject({ seats: 1, waiting: 1 });
    await rsvp(crowd[4].c, e.id, 'NOT_GOING');
    expect(await countsOf(e.id)).toMatchObject({ seats: 1, waiting: 0 });
    expect((await rsvpsOf(e.id)).find((r) => r.memberId === crowd[5].m.id)?.status).toBe('going');
  });

  it('counts guests against capacity', async () => {
    const e = await createEvent({ capacity: 3, guestsAllowed: 2 });
    const [a, b] = await people(2);
    expect((await rsvp(a.c, e.id, 'GOING', 2)).data?.rsvpEvent).toMatchObject({
      seatsTaken: 3,
      viewerRsvp: { status: 'GOING', guests: 2, waitlistPosition: null },
    });
    expect((await rsvp(b.c, e.id, 'GOING')).data?.rsvpEvent.viewerRsvp).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    const tooMany = await rsvp(b.c, e.id, 'GOING', 3);
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'guests' }],
    });
    await rsvp(a.c, e.id, 'GOING', 1);
    expect((await b.c.ok(EVENT, { id: e.id })).event.viewerRsvp.status).toBe('GOING');
    expect(await countsOf(e.id)).toMatchObject({ seats: 3, going: 3, waiting: 0 });
  });

  it('tells a member seated from the waitlist, once', async () => {
    const e = await createEvent({ title: '焙煎ワークショップ', capacity: 1 });
    const [a, b, c] = await people(3);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    await rsvp(c.c, e.id, 'GOING');
    await rsvp(a.c, e.id, 'NOT_GOING');
    await settle(t.app);
    const NOTIFICATIONS = `{ notifications(first: 10) { nodes { kind params { title } subject { type id } } } }`;
    const seen = async (p: Person) =>
      (await p.c.ok(NOTIFICATIONS)).notifications.nodes.filter(
        (n: { kind: string }) => n.kind === 'WAITLIST_PROMOTION',
      );
    expect(await seen(b)).toEqual([
      {
        kind: 'WAITLIST_PROMOTION',
        params: { title: '焙煎ワークショップ' },
        subject: { type: 'EVENT', id: e.id },
      },
    ]);
    expect(await seen(c)).toEqual([]);
    expect(await seen(a)).toEqual([]);
  });

  it('shows the join link to members going and to staff only', async () => {
    const e = await createEvent({
      kind: 'ONLINE',
      venueName: null,
      joinUrl: 'https://meet.example.com/kizuna',
      capacity: 1,
    });
    const [a, b] = await people(2);
    expect((await a.c.ok(EVENT, { id: e.id })).event.joinUrl).toBeNull();
    // Through the community, which checks them in as they join.
    expect((await rsvp(a.c, e.id, 'GOING')).data?.rsvpEvent.joinUrl).toBe(
      `${t.config.PUBLIC_URL}/event-links/${e.id}/join`,
    );
    expect((await rsvp(b.c, e.id, 'GOING')).data?.rsvpEvent.joinUrl).toBeNull();
    expect((await mod.ok(EVENT, { id: e.id })).event.joinUrl).toBe(
      'https://meet.example.com/kizuna',
    );
  });

  it('refuses RSVPs to cancelled, started, closed and rank-locked events', async () => {
    const [p] = await people(1);
    const cancelled = await createEvent();
    await mod.ok(CANCEL, { id: cancelled.id });
    const started = await createEvent();
    await t.app.get(Db).query(
      `UPDATE events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour'
        WHERE id = $1`,
      [started.id],
    );
    const closed = await createEvent({ rsvpDeadline: inDays(1).toISOString() });
    await t.app
      .get(Db)
      .query(`UPDATE events SET rsvp_deadline = now() - interval '1 minute' WHERE id = $1`, [
        closed.id,
      ]);
    const locked = await createEvent({ minRankPosition: 3 });
    for (const e of [cancelled, started, closed]) {
      const r = await rsvp(p.c, e.id, 'GOING');
      expect(r.errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'eventId' }],
      });
    }
    expect((await p.c.ok(EVENT, { id: locked.id })).event.viewerCanRegister).toBe(false);
    expect((await rsvp(p.c, locked.id, 'GOING')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await rsvpsOf(locked.id)).length + (await rsvpsOf(cancelled.id)).length).toBe(0);
  });
});

describe('who is going', () => {
  const PREVIEW = `query($f: EventListFilter) {
    events(filter: $f, first: 100) { nodes { id attendeesPreview { id } } } }`;
  const previewOf = async (c: GqlClient, eventId: string) =>
    (await c.ok(PREVIEW, { f: 'UPCOMING' })).events.nodes
      .find((n: { id: string }) => n.id === eventId)
      ?.attendeesPreview.map((m: { id: string }) => m.id);

  it('shows members the first 12 going, earliest first, and visitors no one', async () => {
    const e = await createEvent({ spaceId: null, capacity: 20 });
    const other = await createEvent({ spaceId: null });
    const crowd = await people(15);
    for (const p of crowd.slice(0, 14)) await rsvp(p.c, e.id, 'GOING');
    await rsvp(crowd[1].c, e.id, 'NOT_GOING');
    await rsvp(crowd[14].c, e.id, 'INTERESTED');
    await rsvp(crowd[14].c, other.id, 'GOING');

    const going = [crowd[0], ...crowd.slice(2, 13)].map((p) => p.m.id);
    expect(await previewOf(crowd[0].c, e.id)).toEqual(going);
    expect(await previewOf(crowd[0].c, other.id)).toEqual([crowd[14].m.id]);
    expect((await crowd[0].c.ok(EVENT, { id: e.id })).event.seatsTaken).toBe(13);

    await setVisibleToVisitors(t.app, true);
    try {
      expect(await previewOf(new GqlClient(t.url), e.id)).toEqual([]);
    } finally {
      await setVisibleToVisitors(t.app, false);
    }
  });
});

describe('what RSVPs record', () => {
  const ledger = (memberId: string) =>
    t.app
      .get(Db)
      .query<Array<{ points: number }>>(
        `SELECT points FROM point_ledger WHERE member_id = $1 AND rule = 'event_rsvped' ORDER BY id`,
        [memberId],
      );

  afterAll(() =>
    t.app
      .get(PointsAdminService)
      .updateRules([{ key: 'event_rsvped', points: 0, dailyCap: null, enabled: true }]),
  );

  it('records a held seat as an activity: points by the "event RSVP’d" rule, taken back when the seat is given up', async () => {
    await t.app
      .get(PointsAdminService)
      .updateRules([{ key: 'event_rsvped', points: 5, dailyCap: null, enabled: true }]);
    const e = await createEvent({ capacity: 1 });
    const [a, b] = await people(2);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    await settle(t.app);
    expect(await ledger(a.m.id)).toEqual([{ points: 5 }]);
    // Waiting is not a seat yet.
    expect(await ledger(b.m.id)).toEqual([]);

    await rsvp(a.c, e.id, 'NOT_GOING');
    await settle(t.app);
    expect(await ledger(a.m.id)).toEqual([{ points: 5 }, { points: -5 }]);
    expect(await ledger(b.m.id)).toEqual([{ points: 5 }]);
    const [activity] = await t.app.get(Db).query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM member_activity
        WHERE action = 'event_rsvped' AND subject_id = $1 AND retracted_at IS NULL`,
      [e.id],
    );
    expect(activity.n).toBe(1);

    // With no one waiting, the seat given up is simply free.
    await rsvp(b.c, e.id, 'NOT_GOING');
    await settle(t.app);
    expect(await ledger(b.m.id)).toEqual([{ points: 5 }, { points: -5 }]);
    expect(await countsOf(e.id)).toMatchObject({ seats: 0, waiting: 0 });
  });
});

describe('check-in', () => {
  const CHECK_IN = `mutation($i: CheckInInput!) { checkInAttendee(input: $i) { status checkedInAt member { id } } }`;
  const UNDO = `mutation($i: UndoCheckInInput!) { undoCheckIn(input: $i) { status checkedInAt } }`;
  const TICKET = `query($id: ID!) { event(id: $id) { viewerTicket { code checkedInAt } } }`;
  const ATTENDEES = `query($id: ID!, $s: String, $st: RsvpStatus) {
    eventAttendees(eventId: $id, search: $s, status: $st, first: 50) {
      nodes { status checkedInAt waitlistPosition member { id } } } }`;
  const attended = (memberId: string) =>
    t.app
      .get(Db)
      .query<Array<{ points: number }>>(
        `SELECT points FROM point_ledger WHERE member_id = $1 AND rule = 'event_attended' ORDER BY id`,
        [memberId],
      );
  // Check-in opens three hours before the start.
  const soon = () =>
    createEvent({
      capacity: 1,
      startsAt: new Date(Date.now() + HOUR).toISOString(),
      endsAt: new Date(Date.now() + 3 * HOUR).toISOString(),
    });

  it('checks a member in once by their ticket, awards attendance points, and undoes it with a reason', async () => {
    const e = await soon();
    const [a, b] = await people(2);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    const { viewerTicket } = (await a.c.ok(TICKET, { id: e.id })).event;
    expect(viewerTicket.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect((await b.c.ok(TICKET, { id: e.id })).event.viewerTicket).toBeNull();

    // Typed as people do: lower case, no dash; at once on both instances.
    const typed = viewerTicket.code.replace('-', '').toLowerCase();
    const twinMod = await clientFor(
      t.app,
      twin.url,
      await buildMember(t.app, { role: 'moderator' }),
    );
    const results = await concurrently(10, (i) =>
      (i % 2 ? twinMod : mod).gql(CHECK_IN, { i: { eventId: e.id, code: typed } }),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const times = new Set(results.map((r) => r.data!.checkInAttendee.checkedInAt));
    expect(times.size).toBe(1);
    expect(results[0].data!.checkInAttendee.member.id).toBe(a.m.id);
    await settle(t.app);
    expect(await attended(a.m.id)).toEqual([{ points: 30 }]);
    expect((await a.c.ok(TICKET, { id: e.id })).event.viewerTicket.checkedInAt).not.toBeNull();
    const COUNT = `query($id: ID!) { event(id: $id) { attendance { checkedIn } } }`;
    expect((await mod.ok(COUNT, { id: e.id })).event.attendance.checkedIn).toBe(1);
    expect((await a.c.ok(COUNT, { id: e.id })).event.attendance).toBeNull();
    const leaving = await rsvp(a.c, e.id, 'NOT_GOING');
    expect(leaving.errors?.[0].extensions.fields?.[0].message).toBe('You have already checked in.');

    const noReason = await mod.gql(UNDO, { i: { eventId: e.id, memberId: a.m.id, reason: '' } });
    expect(noReason.errors?.[0].extensions.fields?.[0].field).toBe('reason');
    const undone = await mod.ok(UNDO, {
      i: { eventId: e.id, memberId: a.m.id, reason: '別の方のチケットを読み取りました' },
    });
    expect(undone.undoCheckIn).toEqual({ status: 'GOING', checkedInAt: null });
    await settle(t.app);
    expect(await attended(a.m.id)).toEqual([{ points: 30 }, { points: -30 }]);
  });

  it('refuses another event’s ticket, members without a seat and check-in outside its window', async () => {
    const e = await soon();
    const other = await soon();
    const later = await createEvent({ capacity: 5 });
    const [a, b] = await people(2);
    await rsvp(a.c, other.id, 'GOING');
    await rsvp(a.c, later.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    await rsvp(a.c, e.id, 'GOING');
    const otherCode = (await a.c.ok(TICKET, { id: other.id })).event.viewerTicket.code;
    const wrong = await mod.gql(CHECK_IN, { i: { eventId: e.id, code: otherCode } });
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        {
          field: 'code',
          message: 'This ticket is for another event.',
          params: { reason: 'otherEvent' },
        },
      ],
    });
    const unknown = await mod.gql(CHECK_IN, { i: { eventId: e.id, code: '00000-00000' } });
    expect(unknown.errors?.[0].extensions.fields?.[0]).toMatchObject({
      field: 'code',
      params: { reason: 'unknownCode' },
    });
    const waitlisted = await mod.gql(CHECK_IN, { i: { eventId: e.id, memberId: a.m.id } });
    expect(waitlisted.errors?.[0].extensions.fields?.[0]).toMatchObject({
      field: 'code',
      params: { reason: 'noSeat' },
    });
    const laterCode = (await a.c.ok(TICKET, { id: later.id })).event.viewerTicket.code;
    const early = await mod.gql(CHECK_IN, { i: { eventId: later.id, code: laterCode } });
    expect(early.errors?.[0].extensions.fields?.[0]).toMatchObject({
      field: 'eventId',
      params: { reason: 'checkInClosed' },
    });
    const [row] = await t.app.get(Db).query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM event_rsvps WHERE checked_in_at IS NOT NULL
          AND event_id = ANY($1::uuid[])`,
      [[e.id, other.id, later.id]],
    );
    expect(row.n).toBe(0);
  });

  it('lists attendees for staff by status and name, with waitlist places', async () => {
    const e = await soon();
    const [a, b] = await people(2);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    const all = (await mod.ok(ATTENDEES, { id: e.id })).eventAttendees.nodes;
    expect(all).toEqual([
      { status: 'GOING', checkedInAt: null, waitlistPosition: null, member: { id: a.m.id } },
      { status: 'WAITLISTED', checkedInAt: null, waitlistPosition: 1, member: { id: b.m.id } },
    ]);
    const byName = (await mod.ok(ATTENDEES, { id: e.id, s: b.m.handle })).eventAttendees.nodes;
    expect(byName.map((n: { member: { id: string } }) => n.member.id)).toEqual([b.m.id]);
    const going = (await mod.ok(ATTENDEES, { id: e.id, st: 'GOING' })).eventAttendees.nodes;
    expect(going.map((n: { member: { id: string } }) => n.member.id)).toEqual([a.m.id]);
  });
});

describe('calendars', () => {
  const vevents = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        start: e.startDate.toJSDate().toISOString(),
        end: e.endDate.toJSDate().toISOString(),
        status: v.getFirstPropertyValue('status'),
      };
    });

  it('serves an event as a valid .ics file to those who may see it', async () => {
    const e = await createEvent({
      title: '朝のカッピング会',
      startsAt: '2027-02-01T00:30:00+09:00',
      endsAt: '2027-02-01T02:00:00+09:00',
    });
    const { event } = await mod.ok(
      `query($id: ID!) { event(id: $id) { calendarFileUrl googleCalendarUrl } }`,
      { id: e.id },
    );
    const path = new URL(event.calendarFileUrl).pathname;
    expect(path).toBe(`/calendar/events/${e.id}.ics`);
    const google = new URL(event.googleCalendarUrl);
    expect(google.searchParams.get('dates')).toBe('20270131T153000Z/20270131T170000Z');
    expect(google.searchParams.get('text')).toBe('朝のカッピング会');

    const [member] = await people(1);
    const cookie = [...member.c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${t.url}${path}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(vevents(await res.text())).toEqual([
      {
        uid: expect.stringContaining(e.id),
        summary: '朝のカッピング会',
        start: '2027-01-31T15:30:00.000Z',
        end: '2027-01-31T17:00:00.000Z',
        status: 'CONFIRMED',
      },
    ]);

    const draft = await createEvent({ publish: false });
    const hidden = await fetch(`${t.url}/calendar/events/${draft.id}.ics`, { headers: { cookie } });
    expect(hidden.status).toBe(404);
    expect((await fetch(`${t.url}${path}`)).status).toBe(401);
  });

  it('keeps a personal feed of the events a member holds a seat at, at an address they can reset or remove', async () => {
    const [p] = await people(1);
    const going = await createEvent({ title: '行く会' });
    const cancelled = await createEvent({ title: '中止になる会' });
    const interested = await createEvent({ title: '気になる会' });
    await rsvp(p.c, going.id, 'GOING');
    await rsvp(p.c, cancelled.id, 'GOING');
    await rsvp(p.c, interested.id, 'INTERESTED');
    await mod.ok(CANCEL, { id: cancelled.id });

    expect((await p.c.ok(`{ calendarFeedUrl }`)).calendarFeedUrl).toBeNull();
    const first = (await p.c.ok(`mutation { resetCalendarFeed }`)).resetCalendarFeed;
    expect((await p.c.ok(`{ calendarFeedUrl }`)).calendarFeedUrl).toBe(first);
    const feed = async (url: string) => {
      const res = await fetch(`${t.url}${new URL(url).pathname}`);
      return res.status === 200 ? vevents(await res.text()) : res.status;
    };
    const events = (await feed(first)) as Array<{ summary: string; status: string }>;
    expect(events.map((e) => [e.summary, e.status])).toEqual([
      ['行く会', 'CONFIRMED'],
      ['中止になる会', 'CANCELLED'],
    ]);

    const second = (await p.c.ok(`mutation { resetCalendarFeed }`)).resetCalendarFeed;
    expect(second).not.toBe(first);
    expect(await feed(first)).toBe(404);
    expect(await feed(second)).toHaveLength(2);
    const forged = second.replace(/\.[^.]+\.ics$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics');
    expect(await feed(forged)).toBe(404);

    await p.c.ok(`mutation { removeCalendarFeed }`);
    expect(await feed(second)).toBe(404);
    expect((await p.c.ok(`{ calendarFeedUrl }`)).calendarFeedUrl).toBeNull();
  });
});

describe('live', () => {
  it('pushes seat, waitlist and check-in counts to the event’s room, which only those who may see the event can join', async () => {
    const e = await createEvent({
      capacity: 1,
      startsAt: new Date(Date.now() + HOUR).toISOString(),
      endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
    });
    const [watcher, a, b] = await people(3);
    // Without Redis each instance pushes to its own sockets: the watcher listens on both.
    const sockets = await Promise.all(
      [t.url, twin.url].map((url) => connected(openSocket(url, { cookie: cookieOf(watcher.c) }))),
    );
    try {
      for (const socket of sockets)
        expect(await socket.emitWithAck('subscribe', { room: `event:${e.id}` })).toEqual({
          ok: true,
        });
      const draft = await createEvent({ publish: false });
      expect(
        await sockets[0].emitWithAck('subscribe', { room: `event:${draft.id}` }),
      ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      const seen = sockets.map((socket) => record(socket, 'event:changed'));
      await rsvp(a.c, e.id, 'GOING');
      await rsvp(b.c, e.id, 'GOING');
      const code = (
        await a.c.ok(`query($id: ID!) { event(id: $id) { viewerTicket { code } } }`, {
          id: e.id,
        })
      ).event.viewerTicket.code;
      await mod.ok(`mutation($i: CheckInInput!) { checkInAttendee(input: $i) { status } }`, {
        i: { eventId: e.id, code },
      });
      const pushes = () => seen.flat().map((p) => p.data as { checkedIn: number });
      await until(() => pushes().some((p) => p.checkedIn === 1));
      expect(pushes().find((p) => p.checkedIn === 1)).toEqual({
        eventId: e.id,
        seatsTaken: 1,
        waitlistCount: 1,
        checkedIn: 1,
      });
    } finally {
      for (const socket of sockets) socket.close();
    }
  });
});
