// RSVPs to one hot event through the api: 50 connections, each cycling through its own members
// and turning each one's answer between "going" and "not going" (GraphQL `rsvpEvent`), so the
// event fills, its waitlist grows and every freed seat seats the next in line. Every RSVP of an
// event takes the event's row lock, so this is the slowest case there is: all of them in one
// queue. Prints RSVPs/s and latency, then checks the invariant: seats taken equal the members
// going and never exceed capacity, the waitlist count equals the members waiting, and no one
// waits while a seat is free.
//
//   npm run bench:rsvp
//   BENCH_SECONDS=20 BENCH_CAPACITY=100 npm run bench:rsvp
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { client, inWorker, measure } from './support/load.mjs';

process.env.NODE_ENV ??= 'production';

const CONNECTIONS = 50;
const MEMBERS_PER_CONNECTION = 4;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 100);

const RSVP = `mutation Rsvp($input: RsvpInput!) {
  rsvpEvent(input: $input) { id seatsTaken waitlistCount viewerRsvp { status waitlistPosition } } }`;

async function drive({ url, members, eventIds, seconds }) {
  const { post, close } = client(url, CONNECTIONS);
  const going = members.map(() => false);
  const result = await measure(CONNECTIONS, seconds, async (c, n) => {
    const i = c * MEMBERS_PER_CONNECTION + (n % MEMBERS_PER_CONNECTION);
    const input = {
      eventId: eventIds[c % eventIds.length],
      status: going[i] ? 'NOT_GOING' : 'GOING',
    };
    await post(JSON.stringify({ operationName: 'Rsvp', query: RSVP, variables: { input } }), {
      cookie: members[i].cookie,
      [members[i].csrfHeader]: members[i].csrf,
    });
    going[i] = !going[i];
  });
  close();
  return result;
}

if (!isMainThread) {
  parentPort.postMessage(await drive(workerData));
} else {
  const { cpuClock, machine, startApi } = await import('./support/api.mjs');
  const api = await startApi();
  try {
    const { AuthService } = await import('../api/dist/modules/auth/auth.service.js');
    const { EventsService } = await import('../api/dist/modules/events/events.service.js');
    const { Db } = await import('../api/dist/core/database/db.js');
    const { OutboxDispatcher } =
      await import('../api/dist/core/domain-events/outbox-dispatcher.js');
    const { SESSION_COOKIE, CSRF_COOKIE, CSRF_HEADER } = await import('@kizuna/shared');
    const db = api.app.get(Db);

    const ids = (
      await db.query(
        `INSERT INTO members (email, handle, display_name, password_hash, role)
         SELECT 'bench' || i || '@example.test', 'bench_' || i, 'ベンチ ' || i, 'x',
                CASE WHEN i = 0 THEN 'moderator' ELSE 'member' END
           FROM generate_series(0, $1) i ORDER BY i RETURNING id`,
        [CONNECTIONS * MEMBERS_PER_CONNECTION],
      )
    ).map((r) => r.id);
    await db.query(`INSERT INTO member_stats (member_id) SELECT unnest($1::uuid[])`, [ids]);
    const [moderator, ...people] = ids;
    const hour = 3_600_000;
    const plan = (capacity, n) =>
      api.app.get(EventsService).create(
        {
          memberId: moderator,
          sessionId: 'bench',
          role: 'moderator',
          status: 'active',
          locale: 'ja',
        },
        {
          title: `新商品の発表会 ${n}`,
          kind: 'in_person',
          venueName: '本社ホール',
          startsAt: new Date(Date.now() + 48 * hour),
          endsAt: new Date(Date.now() + 50 * hour),
          timeZone: 'Asia/Tokyo',
          capacity,
          publish: true,
        },
      );
    const event = await plan(CAPACITY, 0);
    // The same RSVPs spread over one event per connection (half its members fit): what the
    // path costs when no one queues on another's lock.
    const spread = [];
    for (let c = 0; c < CONNECTIONS; c++)
      spread.push(await plan(MEMBERS_PER_CONNECTION / 2, c + 1));

    const csrf = 'bench-csrf-token-0123456789';
    const members = [];
    for (const id of people) {
      const { token } = await api.app
        .get(AuthService)
        .startSession(
          { id, role: 'member', status: 'active', locale: 'ja' },
          { ip: '127.0.0.1', userAgent: 'bench' },
        );
      members.push({
        csrf,
        csrfHeader: CSRF_HEADER,
        cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrf}`,
      });
    }

    const load = (eventIds) =>
      inWorker(new URL(import.meta.url), {
        url: `${api.url}/graphql`,
        members,
        eventIds,
        seconds: SECONDS,
      });
    // CPU per RSVP, its deliveries included: the api's process (the load generator's thread
    // with it) and PostgreSQL's, from the warm-up's start until the last delivery is done.
    const clock = await cpuClock((sql) => db.query(sql));
    const costed = async (eventIds) => {
      const before = clock();
      const r = await load(eventIds);
      await api.app.get(OutboxDispatcher).idle();
      const after = clock();
      const n = r.total;
      r.apiMs = (after.api - before.api) / n;
      r.dbMs = after.database === null ? null : (after.database - before.database) / n;
      return r;
    };
    const result = await costed([event.id]);
    const spreadResult = await costed(spread.map((e) => e.id));

    const [check] = await db.query(
      `SELECT e.capacity, e.seats_taken AS "seatsTaken", e.waitlist_count AS "waitlistCount",
              (SELECT count(*)::int FROM event_rsvps WHERE event_id = e.id AND status = 'going')
                AS going,
              (SELECT count(*)::int FROM event_rsvps WHERE event_id = e.id AND status = 'waitlisted')
                AS waiting,
              (SELECT count(DISTINCT queue_order)::int FROM event_rsvps
                WHERE event_id = e.id AND status = 'waitlisted') AS places
         FROM events e WHERE e.id = $1`,
      [event.id],
    );
    const holds =
      check.seatsTaken === check.going &&
      check.going <= check.capacity &&
      check.waitlistCount === check.waiting &&
      check.places === check.waiting &&
      (check.waiting === 0 || check.going === check.capacity);
    const [spreadCheck] = await db.query(
      `SELECT count(*)::int AS broken FROM events e
        WHERE e.id = ANY($1::uuid[])
          AND (e.seats_taken <> (SELECT count(*) FROM event_rsvps r
                                  WHERE r.event_id = e.id AND r.status = 'going')
               OR e.seats_taken > e.capacity
               OR e.waitlist_count <> (SELECT count(*) FROM event_rsvps r
                                        WHERE r.event_id = e.id AND r.status = 'waitlisted'))`,
      [spread.map((e) => e.id)],
    );

    console.log(await machine());
    console.log(
      `One event, capacity ${CAPACITY}; ${CONNECTIONS} connections, ${people.length} members ` +
        `turning between going and not going; ${SECONDS} s after a 2 s warm-up\n`,
    );
    const row = (name, r) => ({
      events: name,
      'RSVPs/s': Math.round(r.rate),
      'p50 ms': r.p50.toFixed(1),
      'p95 ms': r.p95.toFixed(1),
      'p99 ms': r.p99.toFixed(1),
      'api CPU ms': r.apiMs.toFixed(2),
      'db CPU ms': r.dbMs?.toFixed(2) ?? '',
    });
    console.table([
      { ...row('one hot event', result), target: '≥ 500/s' },
      { ...row(`${CONNECTIONS} events, one per connection`, spreadResult), target: '' },
    ]);
    console.log(
      `One hot event at ${(result.rate / spreadResult.rate).toFixed(2)}× the rate of the same ` +
        `RSVPs spread so that no one waits for another's lock.`,
    );
    console.log(
      `At the end: ${check.going} going (${check.seatsTaken} seats taken), ${check.waiting} ` +
        `waitlisted (count ${check.waitlistCount}): invariant ${holds ? 'holds' : 'BROKEN'}`,
    );
    console.log(
      `The ${CONNECTIONS} spread events: invariant ${spreadCheck.broken === 0 ? 'holds' : `BROKEN in ${spreadCheck.broken}`}`,
    );
    if (!holds || spreadCheck.broken) process.exitCode = 1;
  } finally {
    await api.stop();
  }
}
