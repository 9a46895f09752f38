import { startTestApp, startTwin, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { cookieOf } from '../support/sockets.js';
import { settle } from '../support/settle.js';
import { Db } from '../../src/core/database/db.js';
import { EventBus } from '../../src/core/domain-events/event-bus.js';
import { EventFollowups } from '../../src/modules/events/event-followups.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';

const EVENT_FIELDS = `id status seatsTaken waitlistCount claimHours joinUrl
  viewerRsvp { status waitlistPosition offeredUntil } viewerTicket { code }`;
const CREATE = `mutation($i: CreateEventInput!) { createEvent(input: $i) { ${EVENT_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateEventInput!) { updateEvent(input: $i) { id startsAt } }`;
const RSVP = `mutation($i: RsvpInput!) { rsvpEvent(input: $i) { ${EVENT_FIELDS} } }`;
const EVENT = `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS}
  attendance { going checkedIn noShows noShowRate } attendeesCsvUrl } }`;
const CANCEL = `mutation($id: ID!) { cancelEvent(id: $id) { id status } }`;
const MESSAGE = `mutation($i: MessageAttendeesInput!) { messageEventAttendees(input: $i) }`;
const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind subject { type id } params { title hours message } } } }`;
const SETTINGS = `mutation($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { emailFrequency } }`;

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

const at = (ms: number) => new Date(Date.now() + ms).toISOString();

async function createEvent(o: Record<string, unknown> = {}) {
  const input = {
    title: '新商品ローンチパーティー',
    kind: 'IN_PERSON',
    venueName: '表参道ホール',
    startsAt: at(7 * DAY),
    endsAt: at(7 * DAY + 2 * HOUR),
    timeZone: 'Asia/Tokyo',
    spaceId,
    publish: true,
    ...o,
  };
  return (await mod.ok(CREATE, { i: input })).createEvent;
}

async function people(n: number): Promise<Person[]> {
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const m = await buildMember(t.app);
      return { m, c: await clientFor(t.app, i % 2 ? twin.url : t.url, m) };
    }),
  );
}

const rsvp = (c: GqlClient, eventId: string, status: string) =>
  c.gql(RSVP, { i: { eventId, status } });

async function told(p: Person, kind: string, eventId: string) {
  await settle(t.app);
  const nodes = (await p.c.ok(NOTIFICATIONS)).notifications.nodes as Array<{
    kind: string;
    subject: { id: string } | null;
    params: { title: string | null; hours: number | null; message: string | null };
  }>;
  return nodes.filter((n) => n.kind === kind && n.subject?.id === eventId);
}

/** Both instances sweep at once, as their schedules may. */
const sweepBoth = (now = new Date()) =>
  Promise.all([
    t.app.get(EventFollowups).sweep(now),
    twin.app.get(EventFollowups).sweep(now),
    t.app.get(EventFollowups).sweep(now),
  ]);

/** Moves an event's times (ends `endedAgo` ms ago), as if it had taken place. */
const moveToPast = (eventId: string, endedAgo: number) =>
  t.app.get(Db).query(
    `UPDATE events SET starts_at = now() - $2 * interval '1 millisecond' - interval '2 hours',
              ends_at = now() - $2 * interval '1 millisecond', rsvp_deadline = NULL
        WHERE id = $1`,
    [eventId, endedAgo],
  );

describe('reminders', () => {
  it('tells members going a day and an hour before, each once with two instances sweeping', async () => {
    const e = await createEvent({ startsAt: at(20 * HOUR), endsAt: at(22 * HOUR) });
    const [a, b, c] = await people(3);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    await rsvp(c.c, e.id, 'INTERESTED');

    for (let i = 0; i < 3; i++) await sweepBoth();
    const [dayBefore] = await told(a, 'EVENT_REMINDER', e.id);
    expect(dayBefore.params).toMatchObject({ title: '新商品ローンチパーティー', hours: 20 });
    expect(await told(a, 'EVENT_REMINDER', e.id)).toHaveLength(1);
    expect(await told(b, 'EVENT_REMINDER', e.id)).toHaveLength(1);
    expect(await told(c, 'EVENT_REMINDER', e.id)).toHaveLength(0);

    // Nineteen hours on, it starts within the hour.
    const later = new Date(Date.now() + 19.5 * HOUR);
    for (let i = 0; i < 3; i++) await sweepBoth(later);
    const reminders = await told(a, 'EVENT_REMINDER', e.id);
    expect(reminders.map((r) => r.params.hours).sort()).toEqual([1, 20]);
    expect(await told(b, 'EVENT_REMINDER', e.id)).toHaveLength(2);
  });

  it('sends only the last reminder for an event set up within the hour, and none to a member who turned them off', async () => {
    const e = await createEvent({ startsAt: at(40 * 60_000), endsAt: at(2 * HOUR) });
    const [a, b] = await people(2);
    await b.c.ok(SETTINGS, { i: { channels: [{ kind: 'EVENT_REMINDER', channel: 'OFF' }] } });
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    await sweepBoth();
    const reminders = await told(a, 'EVENT_REMINDER', e.id);
    expect(reminders.map((r) => r.params.hours)).toEqual([1]);
    expect(await told(b, 'EVENT_REMINDER', e.id)).toHaveLength(0);
  });

  it('reminds again when the event moves to a new time, and tells registrants of the change', async () => {
    const e = await createEvent({ startsAt: at(10 * HOUR), endsAt: at(12 * HOUR) });
    const [a, b, c] = await people(3);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'INTERESTED');
    await rsvp(c.c, e.id, 'NOT_GOING');
    await sweepBoth();
    expect(await told(a, 'EVENT_REMINDER', e.id)).toHaveLength(1);

    await mod.ok(UPDATE, { i: { id: e.id, startsAt: at(14 * HOUR), endsAt: at(16 * HOUR) } });
    await sweepBoth();
    expect(await told(a, 'EVENT_REMINDER', e.id)).toHaveLength(2);
    expect(await told(a, 'EVENT_UPDATED', e.id)).toHaveLength(1);
    expect(await told(b, 'EVENT_UPDATED', e.id)).toHaveLength(1);
    expect(await told(c, 'EVENT_UPDATED', e.id)).toHaveLength(0);

    // A new description is not news to registrants.
    await mod.ok(UPDATE, { i: { id: e.id, description: '持ち物: なし' } });
    expect(await told(a, 'EVENT_UPDATED', e.id)).toHaveLength(1);
    await mod.ok(UPDATE, { i: { id: e.id, venueName: '青山ホール' } });
    expect(await told(a, 'EVENT_UPDATED', e.id)).toHaveLength(2);
  });

  it('tells registrants once when the event is cancelled, and sends no reminders for it', async () => {
    const e = await createEvent({ startsAt: at(5 * HOUR), endsAt: at(6 * HOUR), capacity: 1 });
    const [a, b, c] = await people(3);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    await rsvp(c.c, e.id, 'NOT_GOING');
    await mod.ok(CANCEL, { id: e.id });
    await mod.ok(CANCEL, { id: e.id });
    await sweepBoth();
    expect(await told(a, 'EVENT_CANCELLED', e.id)).toHaveLength(1);
    expect(await told(b, 'EVENT_CANCELLED', e.id)).toHaveLength(1);
    expect(await told(c, 'EVENT_CANCELLED', e.id)).toHaveLength(0);
    expect(await told(a, 'EVENT_REMINDER', e.id)).toHaveLength(0);
  });
});

describe('new events', () => {
  it('announces a repeating event to the space’s followers once, not once per date', async () => {
    const [f] = await people(1);
    await f.c.ok(`mutation($s: ID!) { followSpace(spaceId: $s, follow: true) { id } }`, {
      s: spaceId,
    });
    await createEvent({ title: '月例カッピング会', recurrence: { frequency: 'WEEKLY', count: 3 } });
    await settle(t.app);
    const nodes = (await f.c.ok(NOTIFICATIONS)).notifications.nodes as Array<{
      kind: string;
      params: { title: string };
    }>;
    expect(
      nodes.filter((n) => n.kind === 'EVENT_NEW' && n.params.title === '月例カッピング会'),
    ).toHaveLength(1);
  });
});

describe('after the event', () => {
  const CHECK_IN = `mutation($i: CheckInInput!) { checkInAttendee(input: $i) { checkedInAt } }`;
  const UNDO = `mutation($i: UndoCheckInInput!) { undoCheckIn(input: $i) { checkedInAt } }`;
  const noShows = (eventId: string) =>
    t.app.get(Db).query<Array<{ memberId: string }>>(
      `SELECT member_id AS "memberId" FROM member_activity
          WHERE action = 'event_no_show' AND subject_id = $1 AND retracted_at IS NULL`,
      [eventId],
    );
  // What a post-event survey would hang on, heard on both instances.
  const endings: string[] = [];
  beforeAll(() => {
    for (const app of [t.app, twin.app])
      app
        .get(EventBus)
        .on('event.ended', 'followup-probe', async (e) => void endings.push(e.eventId));
  });
  const ended = async (eventId: string) => {
    await settle(t.app);
    await settle(twin.app);
    return endings.filter((id) => id === eventId).length;
  };

  it('records no-shows once check-in closes and gives the no-show rate; the follow-up hook fires once', async () => {
    const e = await createEvent({ startsAt: at(HOUR), endsAt: at(2 * HOUR) });
    const [a, b, c] = await people(3);
    for (const p of [a, b, c]) await rsvp(p.c, e.id, 'GOING');
    await rsvp(c.c, e.id, 'NOT_GOING');
    const code = (await a.c.ok(EVENT, { id: e.id })).event.viewerTicket.code;
    await mod.ok(CHECK_IN, { i: { eventId: e.id, code } });

    const before = (await mod.ok(EVENT, { id: e.id })).event.attendance;
    expect(before).toEqual({ going: 2, checkedIn: 1, noShows: null, noShowRate: null });

    // Ended an hour ago: the follow-up is due, check-in still open.
    await moveToPast(e.id, HOUR);
    await sweepBoth();
    expect(await ended(e.id)).toBe(1);
    expect(await noShows(e.id)).toEqual([]);

    // Check-in has closed.
    await moveToPast(e.id, 7 * HOUR);
    await sweepBoth();
    await sweepBoth();
    expect(await noShows(e.id)).toEqual([{ memberId: b.m.id }]);
    expect(await ended(e.id)).toBe(1);
    const after = (await mod.ok(EVENT, { id: e.id })).event.attendance;
    expect(after).toEqual({ going: 2, checkedIn: 1, noShows: 1, noShowRate: 0.5 });
    expect((await a.c.ok(EVENT, { id: e.id })).event.attendance).toBeNull();

    // A check-in undone after check-in closed makes a no-show too.
    await mod.ok(UNDO, { i: { eventId: e.id, memberId: a.m.id, reason: '別人のチケットでした' } });
    expect((await noShows(e.id)).map((r) => r.memberId).sort()).toEqual([a.m.id, b.m.id].sort());
  });

  it('lets staff message those going, the waitlist, and after the start those who came or did not', async () => {
    const e = await createEvent({ startsAt: at(HOUR), endsAt: at(2 * HOUR), capacity: 2 });
    const [a, b, c] = await people(3);
    for (const p of [a, b, c]) await rsvp(p.c, e.id, 'GOING');
    const code = (await a.c.ok(EVENT, { id: e.id })).event.viewerTicket.code;
    await mod.ok(CHECK_IN, { i: { eventId: e.id, code } });

    const send = (audience: string, message: string) =>
      mod.gql(MESSAGE, { i: { eventId: e.id, audience, message } });
    expect((await send('GOING', '会場は2階です')).data?.messageEventAttendees).toBe(2);
    expect(
      (await send('WAITLISTED', '空きが出たらお知らせします')).data?.messageEventAttendees,
    ).toBe(1);
    const early = await send('NO_SHOWS', 'お待ちしています');
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'audience' })],
    });
    const blank = await send('GOING', '   ');
    expect(blank.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'message', issue: 'REQUIRED' })],
    });
    expect(await a.c.code(MESSAGE, { i: { eventId: e.id, audience: 'GOING', message: 'x' } })).toBe(
      'FORBIDDEN',
    );

    await moveToPast(e.id, 30 * 60_000);
    expect((await send('NO_SHOWS', '次回はぜひ')).data?.messageEventAttendees).toBe(1);
    expect(
      (await send('ATTENDED', 'ご参加ありがとうございました')).data?.messageEventAttendees,
    ).toBe(1);
    const messages = async (p: Person) =>
      (await told(p, 'EVENT_MESSAGE', e.id)).map((n) => n.params.message).sort();
    expect(await messages(a)).toEqual(['ご参加ありがとうございました', '会場は2階です']);
    expect(await messages(b)).toEqual(['会場は2階です', '次回はぜひ']);
    expect(await messages(c)).toEqual(['空きが出たらお知らせします']);
  });
});

describe('claim window', () => {
  it('holds a freed seat for the next in line, who takes it by answering going', async () => {
    const e = await createEvent({ capacity: 1, claimHours: 12 });
    expect(e.claimHours).toBe(12);
    const [a, b, c] = await people(3);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    await rsvp(c.c, e.id, 'GOING');
    await rsvp(a.c, e.id, 'NOT_GOING');

    const offered = (await b.c.ok(EVENT, { id: e.id })).event;
    expect(offered.viewerRsvp.status).toBe('OFFERED');
    const until = Date.parse(offered.viewerRsvp.offeredUntil);
    expect(Math.abs(until - (Date.now() + 12 * HOUR))).toBeLessThan(HOUR);
    expect(offered.viewerTicket).toBeNull();
    // The seat is held: no one else takes it meanwhile.
    expect(offered).toMatchObject({ seatsTaken: 1, waitlistCount: 1 });
    const [promotion] = await told(b, 'WAITLIST_PROMOTION', e.id);
    expect(promotion.params.hours).toBe(12);

    const answer = await rsvp(b.c, e.id, 'GOING');
    expect(answer.errors).toBeUndefined();
    const taken = answer.data!.rsvpEvent;
    expect(taken.viewerRsvp.status).toBe('GOING');
    expect(taken.viewerTicket.code).toMatch(/-/);
    expect(taken).toMatchObject({ seatsTaken: 1, waitlistCount: 1 });
  });

  it('passes a seat not taken in time to the next in line, once with two instances sweeping', async () => {
    const e = await createEvent({ capacity: 1, claimHours: 2 });
    const [a, b, c] = await people(3);
    for (const p of [a, b, c]) await rsvp(p.c, e.id, 'GOING');
    await rsvp(a.c, e.id, 'NOT_GOING');
    expect((await b.c.ok(EVENT, { id: e.id })).event.viewerRsvp.status).toBe('OFFERED');

    await sweepBoth(new Date(Date.now() + HOUR));
    expect((await b.c.ok(EVENT, { id: e.id })).event.viewerRsvp.status).toBe('OFFERED');

    await sweepBoth(new Date(Date.now() + 3 * HOUR));
    await sweepBoth(new Date(Date.now() + 3 * HOUR));
    const afterB = (await b.c.ok(EVENT, { id: e.id })).event;
    expect(afterB.viewerRsvp.status).toBe('NOT_GOING');
    const nowC = (await c.c.ok(EVENT, { id: e.id })).event;
    expect(nowC.viewerRsvp.status).toBe('OFFERED');
    expect(nowC).toMatchObject({ seatsTaken: 1, waitlistCount: 0 });
    expect(await told(c, 'WAITLIST_PROMOTION', e.id)).toHaveLength(1);
  });

  it('gives the seat to one member when an offer is taken as it lapses', async () => {
    for (let round = 0; round < 6; round++) {
      const e = await createEvent({ capacity: 1, claimHours: 2 });
      const [a, b, c] = await people(3);
      for (const p of [a, b, c]) await rsvp(p.c, e.id, 'GOING');
      await rsvp(a.c, e.id, 'NOT_GOING');
      // The sweep sees the offer lapsed while the member, on their clock, takes it in time.
      const [taken] = await Promise.all([
        rsvp(b.c, e.id, 'GOING'),
        sweepBoth(new Date(Date.now() + 3 * HOUR)),
      ]);
      expect(taken.errors).toBeUndefined();
      const rows = await t.app
        .get(Db)
        .query<Array<{ memberId: string; status: string }>>(
          `SELECT member_id AS "memberId", status FROM event_rsvps WHERE event_id = $1`,
          [e.id],
        );
      const statusOf = (p: Person) => rows.find((r) => r.memberId === p.m.id)!.status;
      const holders = [b, c].filter((p) => ['going', 'offered'].includes(statusOf(p)));
      expect(holders).toHaveLength(1);
      const [other] = [b, c].filter((p) => p !== holders[0]);
      // Whoever lost the seat waits in line (b answered going after losing it) or never had it.
      expect(statusOf(other)).toBe('waitlisted');
      expect((await mod.ok(EVENT, { id: e.id })).event).toMatchObject({
        seatsTaken: 1,
        waitlistCount: 1,
      });
    }
  });

  it('seats the next in line at once when answers have closed, as no one could take an offer', async () => {
    const e = await createEvent({ capacity: 1, claimHours: 12, rsvpDeadline: at(DAY) });
    const [a, b] = await people(2);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    // An offer now is held until answers close, not past.
    await t.app
      .get(Db)
      .query(`UPDATE events SET rsvp_deadline = now() - interval '1 minute' WHERE id = $1`, [e.id]);
    await mod.ok(UPDATE, { i: { id: e.id, capacity: 2 } });
    expect((await b.c.ok(EVENT, { id: e.id })).event.viewerRsvp.status).toBe('GOING');
  });

  it('holds an offer no longer than answers are taken', async () => {
    const deadline = at(2 * HOUR);
    const e = await createEvent({ capacity: 1, claimHours: 12, rsvpDeadline: deadline });
    const [a, b] = await people(2);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    await rsvp(a.c, e.id, 'NOT_GOING');
    const offered = (await b.c.ok(EVENT, { id: e.id })).event.viewerRsvp;
    expect(offered.status).toBe('OFFERED');
    expect(Date.parse(offered.offeredUntil)).toBe(Date.parse(deadline));
  });

  it('refuses a claim window out of range', async () => {
    const r = await mod.gql(CREATE, {
      i: {
        title: 'x',
        kind: 'ONLINE',
        startsAt: at(DAY),
        endsAt: at(DAY + HOUR),
        timeZone: 'Asia/Tokyo',
        claimHours: 0,
      },
    });
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'claimHours', issue: 'OUT_OF_RANGE' })],
    });
  });
});

describe('links', () => {
  const follow = (url: string, cookie?: string) =>
    fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });

  it('checks a member going in when they join an online event through the community during it', async () => {
    const e = await createEvent({
      kind: 'ONLINE',
      venueName: null,
      joinUrl: 'https://meet.example.com/launch',
      startsAt: at(10 * 60_000),
      endsAt: at(HOUR),
    });
    const [a, b] = await people(2);
    await rsvp(a.c, e.id, 'GOING');
    const link = (await a.c.ok(EVENT, { id: e.id })).event.joinUrl as string;
    expect(link).toBe(`${t.config.PUBLIC_URL}/event-links/${e.id}/join`);
    expect((await mod.ok(EVENT, { id: e.id })).event.joinUrl).toBe(
      'https://meet.example.com/launch',
    );
    const path = `${t.url}/event-links/${e.id}/join`;

    const joined = await follow(path, cookieOf(a.c));
    expect(joined.status).toBe(303);
    expect(joined.headers.get('location')).toBe('https://meet.example.com/launch');
    expect((await mod.ok(EVENT, { id: e.id })).event.attendance.checkedIn).toBe(1);
    await follow(path, cookieOf(a.c));
    expect((await mod.ok(EVENT, { id: e.id })).event.attendance.checkedIn).toBe(1);
    await settle(t.app);
    const [attended] = await t.app
      .get(Db)
      .query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM point_ledger WHERE member_id = $1 AND rule = 'event_attended'`,
        [a.m.id],
      );
    expect(attended.n).toBe(1);

    // Not going: to the event's page. Not signed in: to sign in first.
    const other = await follow(path, cookieOf(b.c));
    expect(other.headers.get('location')).toBe(`/events/${e.id}`);
    const visitor = await follow(path);
    expect(visitor.headers.get('location')).toBe(
      `/sign-in?next=${encodeURIComponent(`/event-links/${e.id}/join`)}`,
    );
  });

  it('does not check in a member who joins before the event is about to start', async () => {
    const e = await createEvent({
      kind: 'ONLINE',
      venueName: null,
      joinUrl: 'https://meet.example.com/later',
      startsAt: at(2 * HOUR),
      endsAt: at(3 * HOUR),
    });
    const [a] = await people(1);
    await rsvp(a.c, e.id, 'GOING');
    const r = await follow(`${t.url}/event-links/${e.id}/join`, cookieOf(a.c));
    expect(r.headers.get('location')).toBe('https://meet.example.com/later');
    expect((await mod.ok(EVENT, { id: e.id })).event.attendance.checkedIn).toBe(0);
  });

  it('exports the attendee list as CSV for staff only', async () => {
    const e = await createEvent({ capacity: 1 });
    const [a, b] = await people(2);
    await rsvp(a.c, e.id, 'GOING');
    await rsvp(b.c, e.id, 'GOING');
    const sly = await buildMember(t.app, { displayName: '=HYPERLINK("https://evil.example")' });
    await rsvp(await clientFor(t.app, t.url, sly), e.id, 'INTERESTED');
    const url = (await mod.ok(EVENT, { id: e.id })).event.attendeesCsvUrl as string;
    expect((await a.c.ok(EVENT, { id: e.id })).event.attendeesCsvUrl).toBeNull();
    const path = `${t.url}${new URL(url).pathname}`;

    const res = await follow(path, cookieOf(mod));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines[0]).toBe(
      '表示名,ハンドル,メール,ランク,回答,同伴者,キャンセル待ち順,回答日時,チェックイン日時',
    );
    expect(lines).toHaveLength(4);
    // A name that reads as a formula stays text in a spreadsheet.
    expect(lines[3]).toMatch(/^"'=HYPERLINK\(/);
    expect(lines[1]).toContain(`${a.m.handle},${a.m.email}`);
    expect(lines[1]).toContain(',going,0,,');
    expect(lines[2]).toContain(',waitlisted,0,1,');

    expect((await follow(path, cookieOf(a.c))).status).toBe(403);
    expect((await follow(path)).status).toBe(401);
  });
});
