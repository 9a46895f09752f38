import { Injectable } from '@nestjs/common';
import {
  EVENT_LIMITS,
  type EventKind,
  type EventListFilter,
  type EventStatus,
  type Role,
  type RsvpStatus,
} from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { chainCtes, SqlParams, type CteFragment } from '../../core/database/sql-fragment.js';
import { outboxInsertSql } from '../../core/domain-events/outbox.repository.js';

export interface EventRow {
  id: string;
  spaceId: string | null;
  title: string;
  description: string;
  descriptionHtml: string;
  kind: EventKind;
  venueName: string | null;
  venueAddress: string | null;
  mapUrl: string | null;
  joinUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  rsvpDeadline: Date | null;
  capacity: number | null;
  guestsAllowed: number;
  minRankPosition: number | null;
  roles: Role[] | null;
  /** Hours a seat freed up is held for the next in line to accept; null: seated at once. */
  claimHours: number | null;
  /** An uploaded image (media) shown at the top of the event. */
  coverImageId: string | null;
  status: EventStatus;
  seatsTaken: number;
  waitlistCount: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** The post its comments and reactions are on (see Discussions). */
  discussionPostId: string | null;
  /** Shared by the occurrences of a repeating event, created together. */
  seriesId: string | null;
}

export type EventFields = Omit<
  EventRow,
  | 'id'
  | 'status'
  | 'seatsTaken'
  | 'waitlistCount'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
  | 'discussionPostId'
  | 'seriesId'
>;

/** What a new event is made of besides its fields. */
export interface NewEvent extends EventFields {
  status: EventStatus;
  createdBy: string;
  discussionPostId: string;
  seriesId?: string | null;
}

export interface RsvpRow {
  eventId: string;
  memberId: string;
  status: RsvpStatus;
  guests: number;
  queueOrder: string | null;
  respondedAt: Date;
  /** Place on the waitlist (1 = next in line); null unless waitlisted. */
  position: number | null;
  ticketCode: string;
  checkedInAt: Date | null;
  /** An offered seat is held until then. */
  offeredUntil: Date | null;
}

export interface AttendeeQuery {
  eventId: string;
  status: RsvpStatus | null;
  /** Part of a name or handle. */
  search: string | null;
  after: { respondedAt: string; memberId: string } | null;
  limit: number;
}

const EVENT = `id, space_id AS "spaceId", title, description, description_html AS "descriptionHtml",
  kind, venue_name AS "venueName", venue_address AS "venueAddress", map_url AS "mapUrl",
  join_url AS "joinUrl", starts_at AS "startsAt", ends_at AS "endsAt", time_zone AS "timeZone",
  rsvp_deadline AS "rsvpDeadline", capacity, guests_allowed AS "guestsAllowed",
  min_rank_position AS "minRankPosition", roles, claim_hours AS "claimHours", status, seats_taken AS "seatsTaken",
  waitlist_count AS "waitlistCount", created_by AS "createdBy", created_at AS "createdAt",
  updated_at AS "updatedAt", cover_image_id AS "coverImageId",
  discussion_post_id AS "discussionPostId", series_id AS "seriesId"`;

const RSVP = `event_id AS "eventId", member_id AS "memberId", status, guests,
  queue_order AS "queueOrder", responded_at AS "respondedAt", ticket_code AS "ticketCode",
  checked_in_at AS "checkedInAt", offered_until AS "offeredUntil"`;
const WAITLIST_POSITION = `CASE WHEN r.status = 'waitlisted' THEN
  (SELECT count(*)::int FROM event_rsvps w
    WHERE w.event_id = r.event_id AND w.status = 'waitlisted' AND w.queue_order <= r.queue_order)
  END AS position`;

export interface EventWithRsvp {
  event: EventRow;
  rsvp: RsvpRow | null;
  version: string | null;
}

/**
 * What an answer decided without the event's lock assumed of the event, for `saveRsvp` to check
 * once its statement holds the event's row: the member's old place given back (`held` seats,
 * `waited` places on the waitlist) and the new one taken (`seats`, `waiting`), the event must
 * still call for the same decision (`assumed`: their party fits, it fits with no one waiting,
 * it is full or someone waits; or anything), and no one may be left waiting for a seat now
 * free (seating them takes the careful way).
 */
export interface SeatGuard {
  held: number;
  waited: number;
  seats: number;
  waiting: number;
  /** The member and their guests. */
  partySize: number;
  assumed: 'any' | 'fits' | 'free' | 'full';
}

function guardSql(g: SeatGuard, p: SqlParams): string {
  const fits = (n: string) => `(capacity IS NULL OR ${n} <= capacity)`;
  const left = `(seats_taken - ${p.add(g.held, 'int')})`;
  const waiting = `(waitlist_count - ${p.add(g.waited, 'int')})`;
  // Each placeholder is made only where it is used: an unused one has no type to be given.
  const partyFits = () => fits(`${left} + ${p.add(g.partySize, 'int')}`);
  const free = () => `(${waiting} = 0 AND ${partyFits()})`;
  const assumed =
    g.assumed === 'fits'
      ? partyFits()
      : g.assumed === 'free'
        ? free()
        : g.assumed === 'full'
          ? `NOT ${free()}`
          : 'true';
  const stranded = `(${waiting} + ${p.add(g.waiting, 'int')} > 0
    AND ${fits(`${left} + ${p.add(g.seats, 'int')} + 1`)})`;
  // A place given back that is not in the counts any more was changed meanwhile (the member
  // seated, say): such a write is refused whole by `saveRsvp`, but must not break the counts'
  // checks on its way there.
  return `${left} >= 0 AND ${waiting} >= 0 AND ${assumed} AND NOT ${stranded}`;
}

/**
 * `counted`, writing the event's (`$1`) seats and waitlist; with `gate`, only if that CTE of the
 * statement has rows.
 */
const countsCte = (p: SqlParams, counts: { seats: number; waiting: number }, gate?: string) =>
  `counted AS (
     UPDATE events SET seats_taken = ${p.add(counts.seats)}, waitlist_count = ${p.add(counts.waiting)}
      WHERE id = $1 ${gate ? `AND EXISTS (SELECT 1 FROM ${gate})` : ''} RETURNING id)`;

/** `changed`, the event's `event.rsvp.changed` for `consumers`, once per row of `rows`. */
const rsvpChangedCte = (p: SqlParams, eventId: string, consumers: string[], rows: string) =>
  `changed AS (${outboxInsertSql(
    'event.rsvp.changed',
    p.add(JSON.stringify({ eventId }), 'jsonb'),
    rows,
    p.add(consumers),
  )})`;

/** A seating of waitlisted members (see `promote`). */
export interface Seating {
  memberIds: string[];
  offeredUntil: Date | null;
  /** The consumers of `event.seat.promoted`. */
  promoted: string[];
}

/**
 * `promoted`, the waitlisted members seated (or offered seats) with an `event.seat.promoted`
 * event for each; only if `gate` has rows, when given.
 */
const promotedCtes = (p: SqlParams, s: Seating, gate?: string) => {
  const until = p.add(s.offeredUntil, 'timestamptz');
  return `promoted AS (
     UPDATE event_rsvps
        SET status = CASE WHEN ${until} IS NULL THEN 'going' ELSE 'offered' END,
            offered_until = ${until}, queue_order = NULL, promoted_at = now()
      WHERE event_id = $1 AND member_id = ANY(${p.add(s.memberIds, 'uuid[]')}) AND status = 'waitlisted'
        ${gate ? `AND EXISTS (SELECT 1 FROM ${gate})` : ''}
      RETURNING event_id, member_id),
   told AS (${outboxInsertSql(
     'event.seat.promoted',
     `jsonb_build_object('eventId', event_id, 'memberId', member_id,
                         'offeredUntil', ${p.add(s.offeredUntil?.toISOString() ?? null, 'text')})`,
     'promoted',
     p.add(s.promoted),
   )})`;
};

const COLUMN: Record<keyof EventFields, string> = {
  spaceId: 'space_id',
  title: 'title',
  description: 'description',
  descriptionHtml: 'description_html',
  kind: 'kind',
  venueName: 'venue_name',
  venueAddress: 'venue_address',
  mapUrl: 'map_url',
  joinUrl: 'join_url',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  timeZone: 'time_zone',
  rsvpDeadline: 'rsvp_deadline',
  capacity: 'capacity',
  guestsAllowed: 'guests_allowed',
  minRankPosition: 'min_rank_position',
  roles: 'roles',
  claimHours: 'claim_hours',
  coverImageId: 'cover_image_id',
};

export interface EventListQuery {
  filter: EventListFilter;
  /** Spaces the reader sees; events without a space are seen by everyone who sees events. */
  spaceIds: string[];
  spaceId: string | null;
  kind: EventKind | null;
  memberId: string | null;
  now: Date;
  after: { startsAt: string; id: string } | null;
  limit: number;
}

@Injectable()
export class EventsRepository {
  constructor(private readonly db: Db) {}

  async insert(e: NewEvent): Promise<EventRow> {
    const keys = Object.keys(COLUMN) as Array<keyof EventFields>;
    const n = keys.length;
    const [row] = await this.db.query<EventRow[]>(
      `INSERT INTO events (${keys.map((k) => COLUMN[k]).join(', ')}, status, created_by,
                           discussion_post_id, series_id)
       VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}, $${n + 1}, $${n + 2}, $${n + 3}, $${n + 4})
       RETURNING ${EVENT}`,
      [...keys.map((k) => e[k]), e.status, e.createdBy, e.discussionPostId, e.seriesId ?? null],
    );
    return row;
  }

  async byDiscussion(postId: string): Promise<EventRow | null> {
    const rows = await this.db.query<EventRow[]>(
      `SELECT ${EVENT} FROM events WHERE discussion_post_id = $1`,
      [postId],
    );
    return rows[0] ?? null;
  }

  byDiscussions(postIds: readonly string[]): Promise<EventRow[]> {
    return this.db.query(`SELECT ${EVENT} FROM events WHERE discussion_post_id = ANY($1::uuid[])`, [
      postIds,
    ]);
  }

  /** The occurrences of these series, each series in order of start. */
  inSeries(seriesIds: readonly string[]): Promise<EventRow[]> {
    return this.db.query(
      `SELECT ${EVENT} FROM events WHERE series_id = ANY($1::uuid[]) ORDER BY starts_at, id`,
      [seriesIds],
    );
  }

  async update(
    id: string,
    patch: Partial<EventFields> & { status?: EventStatus },
  ): Promise<EventRow> {
    const sets: string[] = [];
    const values: unknown[] = [id];
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) continue;
      values.push(v);
      sets.push(
        `${k === 'status' ? 'status' : COLUMN[k as keyof EventFields]} = $${values.length}`,
      );
    }
    const [row] = await this.db.query<EventRow[]>(
      `UPDATE events SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1
       RETURNING ${EVENT}`,
      values,
    );
    return row;
  }

  async findById(id: string): Promise<EventRow | null> {
    const rows = await this.db.query<EventRow[]>(
      `SELECT ${EVENT} FROM events WHERE id = $1`,
      [id],
      {
        prepare: true,
      },
    );
    return rows[0] ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<EventRow[]> {
    return this.db.query(`SELECT ${EVENT} FROM events WHERE id = ANY($1::uuid[])`, [ids], {
      prepare: true,
    });
  }

  /** The event, locked until the transaction ends: every RSVP of an event queues here. */
  async lock(id: string): Promise<EventRow | null> {
    const rows = await this.db.query<EventRow[]>(
      `SELECT ${EVENT} FROM events WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async setCounts(id: string, seatsTaken: number, waitlistCount: number): Promise<void> {
    await this.db.query(`UPDATE events SET seats_taken = $2, waitlist_count = $3 WHERE id = $1`, [
      id,
      seatsTaken,
      waitlistCount,
    ]);
  }

  /**
   * Upcoming (not ended, soonest first), past (latest first), the member's own (going,
   * waitlisted or interested; upcoming first) or drafts (staff).
   */
  list(q: EventListQuery): Promise<EventRow[]> {
    const values: unknown[] = [q.spaceIds, q.limit];
    const where = [`(e.space_id IS NULL OR e.space_id = ANY($1::uuid[]))`];
    const add = (sql: (n: string) => string, v: unknown) => {
      values.push(v);
      where.push(sql(`$${values.length}`));
    };
    const past = q.filter === 'past';
    where.push(q.filter === 'drafts' ? `e.status = 'draft'` : `e.status <> 'draft'`);
    if (q.filter === 'upcoming') add((n) => `e.ends_at >= ${n} AND e.status = 'published'`, q.now);
    if (past) add((n) => `e.ends_at < ${n}`, q.now);
    if (q.filter === 'mine') {
      add(
        (n) =>
          `EXISTS (SELECT 1 FROM event_rsvps r WHERE r.event_id = e.id AND r.member_id = ${n}
                     AND r.status IN ('going', 'waitlisted', 'interested'))`,
        q.memberId,
      );
      add((n) => `e.ends_at >= ${n}`, q.now);
    }
    if (q.spaceId) add((n) => `e.space_id = ${n}`, q.spaceId);
    if (q.kind) add((n) => `e.kind = ${n}`, q.kind);
    if (q.after) {
      values.push(q.after.startsAt, q.after.id);
      const a = `$${values.length - 1}`;
      const b = `$${values.length}`;
      where.push(
        past ? `(e.starts_at, e.id) < (${a}, ${b})` : `(e.starts_at, e.id) > (${a}, ${b})`,
      );
    }
    const order = past ? 'e.starts_at DESC, e.id DESC' : 'e.starts_at, e.id';
    return this.db.query(
      `SELECT ${EVENT} FROM events e
        WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $2`,
      values,
    );
  }

  async rsvp(eventId: string, memberId: string): Promise<RsvpRow | null> {
    return (await this.versionedRsvp(eventId, memberId)).rsvp;
  }

  /** The member's answer with its version (see `lockWithRsvp`). */
  async versionedRsvp(
    eventId: string,
    memberId: string,
  ): Promise<{ rsvp: RsvpRow | null; version: string | null }> {
    return (
      (await this.versionedRsvps(eventId, [memberId])).get(memberId) ?? {
        rsvp: null,
        version: null,
      }
    );
  }

  /** The members' answers to the event, each with its version (see `versionedRsvp`). */
  async versionedRsvps(
    eventId: string,
    memberIds: string[],
  ): Promise<Map<string, { rsvp: RsvpRow; version: string }>> {
    const rows = await this.db.query<Array<RsvpRow & { version: string }>>(
      `SELECT ${RSVP}, NULL::int AS position, xmin::text AS version FROM event_rsvps
        WHERE event_id = $1 AND member_id = ANY($2::uuid[])`,
      [eventId, memberIds],
      { prepare: true },
    );
    return new Map(rows.map(({ version, ...rsvp }) => [rsvp.memberId, { rsvp, version }]));
  }

  /** The members' answers to the events, with their place on each waitlist. */
  rsvpsOf(eventIds: readonly string[], memberId: string): Promise<RsvpRow[]> {
    return this.db.query(
      `SELECT ${RSVP}, ${WAITLIST_POSITION}
         FROM event_rsvps r WHERE r.event_id = ANY($1::uuid[]) AND r.member_id = $2`,
      [eventIds, memberId],
      { prepare: true },
    );
  }

  /** The first `limit` members going to each event, earliest answer first. */
  goingPreview(
    eventIds: readonly string[],
    limit: number,
  ): Promise<Array<{ eventId: string; memberId: string }>> {
    return this.db.query(
      `SELECT e.id AS "eventId", r.member_id AS "memberId"
         FROM unnest($1::uuid[]) AS e(id)
         CROSS JOIN LATERAL (
           SELECT member_id FROM event_rsvps
            WHERE event_id = e.id AND status = 'going'
            ORDER BY responded_at, member_id LIMIT $2
         ) r`,
      [eventIds, limit],
    );
  }

  /**
   * Writes the member's answer. Joining the waitlist takes the next place in the queue (the
   * order of arrival under the event's lock); staying on it keeps the place. With `counts`, the
   * event's seats and waitlist are written by the same statement, and with `changed` (the
   * consumers of `event.rsvp.changed`) its event; `seating` seats others from the waitlist
   * (see `promote`), and `then` adds what follows from the answer. With `expected` (the
   * `version` of the answer the decision was made on, null: none), nothing is written if the
   * answer has changed since: then the result is undefined. Otherwise it is the answer as
   * saved, with its place on the waitlist.
   *
   * With `guard` instead of `counts`, the statement needs no lock taken before it: it changes
   * the counts by the answer's difference only if the event, as it is when the statement holds
   * its row, still calls for the decision made (see `SeatGuard`); the result is undefined if it
   * did not, and the statement fails with serialization_failure, changing nothing, if the answer
   * itself changed meanwhile.
   */
  async saveRsvp(a: {
    eventId: string;
    memberId: string;
    status: RsvpStatus;
    guests: number;
    queue: 'take' | 'keep' | 'clear';
    ticketCode: string;
    counts?: { seats: number; waiting: number } | null;
    guard?: SeatGuard;
    changed?: string[] | null;
    seating?: Seating;
    then?: CteFragment[];
    expected?: string | null;
  }): Promise<(RsvpRow & { seatsTaken: number; waitlistCount: number }) | undefined> {
    const order =
      a.queue === 'take'
        ? `nextval('event_rsvp_queue')`
        : a.queue === 'keep'
          ? 'event_rsvps.queue_order'
          : 'NULL';
    const p = new SqlParams([a.eventId, a.memberId, a.status, a.guests, a.ticketCode]);
    const counts = a.guard
      ? `ev AS (
           UPDATE events
              SET seats_taken = seats_taken + ${p.add(a.guard.seats - a.guard.held, 'int')},
                  waitlist_count = waitlist_count + ${p.add(a.guard.waiting - a.guard.waited, 'int')}
            WHERE id = $1 AND status = 'published' AND starts_at > now()
              AND (rsvp_deadline IS NULL OR rsvp_deadline >= now()) AND ${guardSql(a.guard, p)}
           RETURNING seats_taken, waitlist_count),`
      : '';
    const counted = a.counts ? `, ${countsCte(p, a.counts, 'saved')}` : '';
    const unchanged =
      a.expected === undefined
        ? ''
        : `WHERE event_rsvps.xmin::text IS NOT DISTINCT FROM ${p.add(a.expected, 'text')}`;
    const changed = a.changed ? `, ${rsvpChangedCte(p, a.eventId, a.changed, 'saved')}` : '';
    const seated = a.seating ? `, ${promotedCtes(p, a.seating, 'saved')}` : '';
    const answer = `SELECT ${RSVP},
              CASE WHEN status = 'waitlisted' THEN 1 + (
                SELECT count(*)::int FROM event_rsvps w
                 WHERE w.event_id = $1 AND w.status = 'waitlisted'
                   AND w.queue_order < saved.queue_order) END AS position
         FROM saved`;
    const [saved] = await this.db.query<
      Array<RsvpRow & { seatsTaken: number; waitlistCount: number }>
    >(
      `WITH ${counts} saved AS (
         INSERT INTO event_rsvps
           (event_id, member_id, status, guests, queue_order, responded_at, ticket_code)
         SELECT $1::uuid, $2::uuid, $3::text, $4::int, ${a.queue === 'take' ? order : 'NULL'},
                clock_timestamp(), $5::text
           ${a.guard ? 'FROM ev' : ''}
         ON CONFLICT (event_id, member_id) DO UPDATE
           SET status = $3, guests = $4, queue_order = ${order}, offered_until = NULL,
               responded_at = clock_timestamp()
         ${unchanged}
         RETURNING *)
       ${counted}${changed}${seated}
       ${chainCtes(p, 'saved', a.then ?? []).sql}
       ${
         a.guard
           ? `SELECT s.*, ev.seats_taken AS "seatsTaken", ev.waitlist_count AS "waitlistCount"
                FROM (SELECT retry_unless(NOT EXISTS (SELECT 1 FROM ev)
                                          OR EXISTS (SELECT 1 FROM saved))) ok
                LEFT JOIN ev ON true LEFT JOIN (${answer}) s ON true`
           : a.seating
             ? `SELECT s.*
                  FROM (SELECT retry_unless(NOT EXISTS (SELECT 1 FROM saved)
                          OR (SELECT count(*) FROM promoted) = ${p.add(a.seating.memberIds.length, 'int')})) ok
                  LEFT JOIN (${answer}) s ON true`
             : answer
       }`,
      p.values,
      { prepare: true },
    );
    return saved?.eventId ? saved : undefined;
  }

  /**
   * The event, locked until the transaction ends, with the member's answer to it and that
   * answer's version. The answer is read as of the statement's start: when the lock had to be
   * waited for, another may have changed it meanwhile (seated the member from the waitlist), so
   * a write based on it passes the version to `saveRsvp` to be sure.
   */
  lockWithRsvp(eventId: string, memberId: string): Promise<EventWithRsvp | null> {
    return this.withRsvp(eventId, memberId, true);
  }

  /** The event with the member's answer to it and that answer's version, without a lock. */
  readWithRsvp(eventId: string, memberId: string): Promise<EventWithRsvp | null> {
    return this.withRsvp(eventId, memberId, false);
  }

  private async withRsvp(
    eventId: string,
    memberId: string,
    lock: boolean,
  ): Promise<EventWithRsvp | null> {
    const rows = await this.db.query<
      Array<
        EventRow & {
          rsvp: (Omit<RsvpRow, 'eventId' | 'memberId' | 'position'> & { version: string }) | null;
        }
      >
    >(
      `SELECT e.*, CASE WHEN r.status IS NOT NULL THEN json_build_object(
                'status', r.status, 'guests', r.guests, 'queueOrder', r.queue_order::text,
                'respondedAt', r.responded_at, 'ticketCode', r.ticket_code,
                'checkedInAt', r.checked_in_at, 'offeredUntil', r.offered_until,
                'version', r.xmin::text) END AS rsvp
         FROM (SELECT ${EVENT} FROM events WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}) e
         LEFT JOIN event_rsvps r ON r.event_id = e.id AND r.member_id = $2`,
      [eventId, memberId],
      { prepare: true },
    );
    if (!rows[0]) return null;
    const { rsvp, ...event } = rows[0];
    if (!rsvp) return { event, rsvp: null, version: null };
    const { version, ...answer } = rsvp;
    const at = (v: unknown) => (v ? new Date(v as string) : null);
    return {
      event,
      rsvp: {
        ...answer,
        eventId,
        memberId,
        position: null,
        respondedAt: new Date(answer.respondedAt),
        checkedInAt: at(answer.checkedInAt),
        offeredUntil: at(answer.offeredUntil),
      },
      version,
    };
  }

  /** The waitlist in order, for promotion (the event is locked). */
  waitlist(eventId: string, limit: number): Promise<RsvpRow[]> {
    return this.db.query(
      `SELECT ${RSVP}, NULL::int AS position FROM event_rsvps
        WHERE event_id = $1 AND status = 'waitlisted' ORDER BY queue_order LIMIT $2`,
      [eventId, limit],
      { prepare: true },
    );
  }

  /**
   * Seats the waitlisted members, or offers them seats held until `offeredUntil`, writing an
   * `event.seat.promoted` event for each (to `promoted`, its consumers), in one statement. With
   * `counts`, the event's seats and waitlist are written too, and with `changed` (the consumers
   * of `event.rsvp.changed`) its event; `then` adds what follows from the seats given.
   */
  async promote(
    a: Seating & {
      eventId: string;
      counts: { seats: number; waiting: number } | null;
      changed: string[] | null;
      then: CteFragment[];
    },
  ): Promise<void> {
    const p = new SqlParams([a.eventId]);
    const counts = a.counts ? `, ${countsCte(p, a.counts)}` : '';
    const changed =
      a.counts && a.changed ? `, ${rsvpChangedCte(p, a.eventId, a.changed, 'counted')}` : '';
    await this.db.query(
      `WITH ${promotedCtes(p, a)}
       ${counts}${changed}
       ${chainCtes(p, 'promoted', a.then).sql}
       SELECT 1`,
      p.values,
      { prepare: true },
    );
  }

  /** Events with offers not accepted in time, a batch at a time. */
  async withExpiredOffers(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT DISTINCT r.event_id AS id FROM event_rsvps r JOIN events e ON e.id = r.event_id
        WHERE r.status = 'offered' AND r.offered_until <= $1 AND e.status = 'published'
        LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Withdraws the event's lapsed offers (the event is locked); the members and their guests. */
  expireOffers(eventId: string, now: Date): Promise<Array<{ memberId: string; guests: number }>> {
    return this.db.query(
      `UPDATE event_rsvps SET status = 'not_going', offered_until = NULL, responded_at = now()
        WHERE event_id = $1 AND status = 'offered' AND offered_until <= $2
        RETURNING member_id AS "memberId", guests`,
      [eventId, now],
    );
  }

  /**
   * Stamps one published event whose `moment` has come and was not handled, and returns it: the
   * stamp is the claim, so with several instances each event is handled once (and by one).
   * Reminders: an hour before, and a day before unless the hour-before one already went out.
   * The follow-up comes half an hour after the end; no-shows once check-in has closed (with a
   * few minutes' grace, so a check-in at the last moment on another instance has committed).
   */
  async claimDue(
    moment: 'dayBefore' | 'hourBefore' | 'followUp' | 'noShows',
    now: Date,
    skip: string[] = [],
  ): Promise<EventRow | null> {
    const [column, due] = {
      hourBefore: [
        'reminded_1h_at',
        `starts_at > $1::timestamptz AND starts_at <= $1::timestamptz + interval '1 hour'`,
      ],
      dayBefore: [
        'reminded_24h_at',
        `reminded_1h_at IS NULL AND starts_at > $1::timestamptz + interval '1 hour'
           AND starts_at <= $1::timestamptz + interval '24 hours'`,
      ],
      followUp: [
        'followed_up_at',
        `ends_at + interval '${EVENT_LIMITS.followUpMinutesAfter} minutes' <= $1::timestamptz`,
      ],
      noShows: [
        'no_shows_at',
        `ends_at + interval '${EVENT_LIMITS.checkInClosesHoursAfter} hours 10 minutes'
           <= $1::timestamptz`,
      ],
    }[moment];
    const rows = await this.db.query<EventRow[]>(
      `UPDATE events SET ${column} = $1
        WHERE id = (SELECT id FROM events
                     WHERE status = 'published' AND ${column} IS NULL AND ${due}
                       AND id <> ALL($2::uuid[])
                     LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING ${EVENT}`,
      [now, skip],
    );
    return rows[0] ?? null;
  }

  /** The members with one of the statuses at the event (its check-in state when given). */
  async membersWith(
    eventId: string,
    statuses: RsvpStatus[],
    checkedIn: boolean | null = null,
  ): Promise<string[]> {
    const rows = await this.db.query<Array<{ memberId: string }>>(
      `SELECT member_id AS "memberId" FROM event_rsvps
        WHERE event_id = $1 AND status = ANY($2::text[])
          AND ($3::boolean IS NULL OR (checked_in_at IS NOT NULL) = $3)`,
      [eventId, statuses, checkedIn],
    );
    return rows.map((r) => r.memberId);
  }

  /** Members going to each event, and how many of them checked in. */
  attendance(
    eventIds: readonly string[],
  ): Promise<Array<{ eventId: string; going: number; checkedIn: number }>> {
    return this.db.query(
      `SELECT event_id AS "eventId", count(*)::int AS going,
              count(checked_in_at)::int AS "checkedIn"
         FROM event_rsvps WHERE event_id = ANY($1::uuid[]) AND status = 'going'
        GROUP BY event_id`,
      [eventIds],
    );
  }

  /** The event's RSVPs, earliest first, for staff: by status and part of a name or handle. */
  attendees(q: AttendeeQuery): Promise<RsvpRow[]> {
    const values: unknown[] = [q.eventId, q.limit];
    const where = ['r.event_id = $1'];
    const add = (sql: (n: string) => string, v: unknown) => {
      values.push(v);
      where.push(sql(`$${values.length}`));
    };
    if (q.status) add((n) => `r.status = ${n}`, q.status);
    if (q.search)
      add(
        (n) =>
          `EXISTS (SELECT 1 FROM members m WHERE m.id = r.member_id
                     AND (m.display_name ILIKE ${n} OR m.handle ILIKE ${n}))`,
        `%${q.search.replace(/[\\%_]/g, '\\$&')}%`,
      );
    if (q.after) {
      values.push(q.after.respondedAt, q.after.memberId);
      where.push(`(r.responded_at, r.member_id) > ($${values.length - 1}, $${values.length})`);
    }
    return this.db.query(
      `SELECT ${RSVP}, ${WAITLIST_POSITION} FROM event_rsvps r
        WHERE ${where.join(' AND ')} ORDER BY r.responded_at, r.member_id LIMIT $2`,
      values,
    );
  }

  async byTicket(eventId: string, ticketCode: string): Promise<RsvpRow | null> {
    const rows = await this.db.query<RsvpRow[]>(
      `SELECT ${RSVP}, NULL::int AS position FROM event_rsvps
        WHERE event_id = $1 AND ticket_code = $2`,
      [eventId, ticketCode],
    );
    return rows[0] ?? null;
  }

  async ticketElsewhere(eventId: string, ticketCode: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM event_rsvps WHERE ticket_code = $2 AND event_id <> $1 LIMIT 1`,
      [eventId, ticketCode],
    );
    return rows.length > 0;
  }

  /** Checks the member in unless they are already; true when this call did. */
  async checkIn(eventId: string, memberId: string, by: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `UPDATE event_rsvps SET checked_in_at = now(), checked_in_by = $3
        WHERE event_id = $1 AND member_id = $2 AND status = 'going' AND checked_in_at IS NULL
        RETURNING 1`,
      [eventId, memberId, by],
    );
    return rows.length > 0;
  }

  /** Undoes a check-in, keeping why; true when this call did. */
  async undoCheckIn(eventId: string, memberId: string, reason: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `UPDATE event_rsvps
          SET checked_in_at = NULL, checked_in_by = NULL, check_in_undone_at = now(),
              check_in_undo_reason = $3
        WHERE event_id = $1 AND member_id = $2 AND checked_in_at IS NOT NULL
        RETURNING 1`,
      [eventId, memberId, reason],
    );
    return rows.length > 0;
  }

  /** Events the member holds a seat at, from `since` on (cancelled ones too, so calendars drop them). */
  seatsOf(memberId: string, since: Date): Promise<EventRow[]> {
    return this.db.query(
      `SELECT ${EVENT} FROM events
        WHERE id IN (SELECT event_id FROM event_rsvps WHERE member_id = $1 AND status = 'going')
          AND status <> 'draft' AND ends_at >= $2
        ORDER BY starts_at`,
      [memberId, since],
    );
  }

  async feedVersion(memberId: string): Promise<number | null> {
    const rows = await this.db.query<Array<{ version: number }>>(
      `SELECT version FROM calendar_feeds WHERE member_id = $1`,
      [memberId],
    );
    return rows[0]?.version ?? null;
  }

  async resetFeed(memberId: string): Promise<number> {
    const [row] = await this.db.query<Array<{ version: number }>>(
      `INSERT INTO calendar_feeds (member_id) VALUES ($1)
       ON CONFLICT (member_id) DO UPDATE
         SET version = calendar_feeds.version + 1, updated_at = now()
       RETURNING version`,
      [memberId],
    );
    return row.version;
  }

  async removeFeed(memberId: string): Promise<void> {
    await this.db.query(`DELETE FROM calendar_feeds WHERE member_id = $1`, [memberId]);
  }

  /** Every RSVP with who answered and their rank, for the attendee export. */
  exportRows(eventId: string): Promise<
    Array<{
      displayName: string;
      handle: string;
      email: string;
      rankJa: string | null;
      rankEn: string | null;
      status: RsvpStatus;
      guests: number;
      position: number | null;
      respondedAt: Date;
      checkedInAt: Date | null;
    }>
  > {
    return this.db.query(
      `SELECT m.display_name AS "displayName", m.handle, m.email, k.name_ja AS "rankJa",
              k.name_en AS "rankEn", r.status, r.guests, ${WAITLIST_POSITION},
              r.responded_at AS "respondedAt", r.checked_in_at AS "checkedInAt"
         FROM event_rsvps r
         JOIN members m ON m.id = r.member_id
         LEFT JOIN member_stats s ON s.member_id = r.member_id
         LEFT JOIN ranks k ON k.position = s.rank_position
        WHERE r.event_id = $1
        ORDER BY r.responded_at, r.member_id`,
      [eventId],
    );
  }

  /** A new time: reminders, the follow-up and no-shows are due again. */
  async resetFollowups(id: string): Promise<void> {
    await this.db.query(
      `UPDATE events SET reminded_24h_at = NULL, reminded_1h_at = NULL, followed_up_at = NULL,
              no_shows_at = NULL
        WHERE id = $1`,
      [id],
    );
  }

  /** Each event's seats, waitlist and check-ins as they stand, for the live counts. */
  liveCounts(
    ids: readonly string[],
  ): Promise<
    Array<{ eventId: string; seatsTaken: number; waitlistCount: number; checkedIn: number }>
  > {
    return this.db.query(
      `SELECT e.id AS "eventId", e.seats_taken AS "seatsTaken", e.waitlist_count AS "waitlistCount",
              (SELECT count(*)::int FROM event_rsvps r
                WHERE r.event_id = e.id AND r.checked_in_at IS NOT NULL) AS "checkedIn"
         FROM events e WHERE e.id = ANY($1::uuid[])`,
      [ids],
      { prepare: true },
    );
  }
}
