import { createHmac, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_LIMITS, type EventAudience, type RsvpStatus } from '@kizuna/shared';
import { isStaff, memberOf, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { CONFIG, type Config } from '../../config/env.js';
import { Db } from '../../core/database/db.js';
import {
  AuditTrail,
  changedFields,
  memberTarget,
  textSummary,
  type AuditTarget,
} from '../../core/audit/audit-trail.js';
import { toCsv } from '../../core/http/csv.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import {
  AppError,
  forbidden,
  invalid,
  invalidField,
  notFound,
} from '../../core/errors/app-error.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { renderMarkdown } from '../../core/markdown/markdown.js';
import type { FieldError } from '@kizuna/shared';
import type { SpaceEntity } from '../spaces/entities/space.entity.js';
import { SpacesService } from '../spaces/spaces.service.js';
import { ActivityService } from '../activity/activity.service.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { MediaService } from '../media/media.service.js';
import { MembersService } from '../members/members.service.js';
import { PostsService } from '../posts/posts.service.js';
import { EventPolicy } from './events.policy.js';
import { occurrenceStarts } from './recurrence.js';
import {
  EventsRepository,
  type EventFields,
  type EventRow,
  type EventWithRsvp,
  type RsvpRow,
  type SeatGuard,
} from './events.repository.js';
import type {
  AttendeesArgs,
  CheckInInput,
  CreateEventInput,
  EventsArgs,
  RsvpInput,
  UndoCheckInInput,
  UpdateEventInput,
} from './dto/event.inputs.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Crockford's base 32: no I, L, O or U, so a code read aloud or typed is not misread. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const trimmed = (s: string | null | undefined) => s?.trim() || null;

const eventTarget = (e: EventRow): AuditTarget => ({ type: 'event', id: e.id, label: e.title });

/** The event a member's attendance is about, as the log names it. */
const eventRef = (e: EventRow) => ({ id: e.id, title: e.title });

/** What the log keeps of an event: its settings, the description as its length and a digest. */
const auditView = (e: EventRow) => ({
  spaceId: e.spaceId,
  title: e.title,
  description: textSummary(e.description),
  kind: e.kind,
  venueName: e.venueName,
  venueAddress: e.venueAddress,
  mapUrl: e.mapUrl,
  joinUrl: e.joinUrl,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  timeZone: e.timeZone,
  rsvpDeadline: e.rsvpDeadline,
  capacity: e.capacity,
  guestsAllowed: e.guestsAllowed,
  minRankPosition: e.minRankPosition,
  roles: e.roles,
  claimHours: e.claimHours,
  coverImageId: e.coverImageId,
});

type RsvpOutcome = { event: EventRow; rsvp: RsvpRow | null };

/** How many of the waitlist a batch of RSVPs, or a seating, reads at a time. */
const LINE_READ = 100;

/**
 * The head of an event's waitlist, in order, as a batch of RSVPs changes it; `complete`: the
 * whole waitlist; not `known` once something else seated members.
 */
interface WaitingLine {
  rows: RsvpRow[];
  complete: boolean;
  known: boolean;
}

/** An RSVP waiting for the one ahead of it, in this process, on the same event. */
interface QueuedRsvp {
  viewer: Viewer;
  wanted: RsvpStatus;
  guests: number;
  resolve: (outcome: RsvpOutcome) => void;
  reject: (err: unknown) => void;
}

interface Decision {
  status: RsvpStatus;
  queue: 'take' | 'keep' | 'clear';
  seats: number;
  waiting: number;
  assumed: SeatGuard['assumed'];
  seating: boolean;
}

@Injectable()
export class EventsService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: Db,
    private readonly events: EventsRepository,
    private readonly spaces: SpacesService,
    private readonly bus: EventBus,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
    private readonly posts: PostsService,
    private readonly media: MediaService,
    private readonly members: MembersService,
    private readonly audit: AuditTrail,
  ) {}

  /** Per event with an RSVP under way in this process, the RSVPs that arrived since. */
  private readonly queued = new Map<string, QueuedRsvp[]>();

  async byId(reader: Reader, id: string): Promise<EventRow> {
    const event = isUuid(id) ? await this.events.findById(id) : null;
    if (!event || !(await this.canSee(reader, event))) throw notFound('This event');
    return event;
  }

  /** Read interface: events as they are, by id (the caller decides who may see them). */
  findByIds(ids: readonly string[]): Promise<EventRow[]> {
    return this.events.findByIds(ids);
  }

  /** Read interface: the events among `ids` the reader may see (as byId would show them). */
  async visibleByIds(reader: Reader, ids: readonly string[]): Promise<EventRow[]> {
    const events = await this.events.findByIds(ids);
    const spaceIds = new Set(events.flatMap((e) => (e.spaceId ? [e.spaceId] : [])));
    const spaces = new Map<string, SpaceEntity | null>();
    if (spaceIds.size)
      for (const s of await this.spaces.active()) if (spaceIds.has(s.id)) spaces.set(s.id, s);
    for (const id of spaceIds) if (!spaces.has(id)) spaces.set(id, await this.spaces.findById(id));
    return events.filter((e) =>
      EventPolicy.canSee(reader, e, e.spaceId ? (spaces.get(e.spaceId) ?? null) : null),
    );
  }

  async list(reader: Reader, args: EventsArgs): Promise<Connection<EventRow>> {
    const member = memberOf(reader);
    if (args.filter === 'drafts' && !isStaff(reader)) throw forbidden();
    if (args.filter === 'mine' && !member) return toConnection([], args.first, () => []);
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const spaceIds = (await this.spaces.active())
      .filter((s) => this.spaces.canSee(reader, s))
      .map((s) => s.id);
    const rows = await this.events.list({
      filter: args.filter,
      spaceIds,
      spaceId: args.spaceId && isUuid(args.spaceId) ? args.spaceId : null,
      kind: args.kind ?? null,
      memberId: member?.memberId ?? null,
      now: new Date(),
      after: after ? { startsAt: after[0], id: after[1] } : null,
      limit: args.first + 1,
    });
    return toConnection(rows, args.first, (e) => [e.startsAt.toISOString(), e.id]);
  }

  canRegister(reader: Reader | null, event: EventRow): boolean {
    return EventPolicy.canRegister(reader, event);
  }

  async create(viewer: Viewer, input: CreateEventInput): Promise<EventRow> {
    return this.db.transaction(async () => {
      const fields: EventFields = {
        spaceId: await this.spaceFor(input.spaceId ?? null),
        title: input.title.trim(),
        description: input.description ?? '',
        descriptionHtml: renderMarkdown(input.description ?? '').html,
        kind: input.kind,
        venueName: trimmed(input.venueName),
        venueAddress: trimmed(input.venueAddress),
        mapUrl: input.mapUrl ?? null,
        joinUrl: input.joinUrl ?? null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeZone: input.timeZone,
        rsvpDeadline: input.rsvpDeadline ?? null,
        capacity: input.capacity ?? null,
        guestsAllowed: input.guestsAllowed ?? 0,
        minRankPosition: input.minRankPosition ?? null,
        roles: input.roles?.length ? input.roles : null,
        claimHours: input.claimHours ?? null,
        coverImageId: await this.coverFor(viewer, input.coverImageId ?? null),
      };
      this.check(fields);
      const event = input.recurrence
        ? await this.insertSeries(viewer, fields, input)
        : await this.insert(viewer, fields, input.publish ? 'published' : 'draft');
      await this.audit.record(viewer, {
        action: 'event.create',
        target: eventTarget(event),
        after: {
          ...auditView(event),
          status: event.status,
          ...(input.recurrence && { recurrence: input.recurrence, seriesId: event.seriesId }),
        },
      });
      return event;
    });
  }

  /**
   * The occurrences of a repeating event, each its own event (its own RSVPs and discussion)
   * sharing a series id, written in the caller's transaction: all of them or none.
   */
  private async insertSeries(
    viewer: Viewer,
    fields: EventFields,
    input: CreateEventInput,
  ): Promise<EventRow> {
    const { frequency, count } = input.recurrence!;
    const seriesId = randomUUID();
    const first = fields.startsAt.getTime();
    const occurrences: EventRow[] = [];
    for (const start of occurrenceStarts(fields.startsAt, fields.timeZone, frequency, count)) {
      const shift = start.getTime() - first;
      const at = (d: Date | null) => d && new Date(d.getTime() + shift);
      occurrences.push(
        await this.insert(
          viewer,
          {
            ...fields,
            startsAt: start,
            endsAt: at(fields.endsAt)!,
            rsvpDeadline: at(fields.rsvpDeadline),
          },
          input.publish ? 'published' : 'draft',
          seriesId,
        ),
      );
    }
    return occurrences[0];
  }

  private async insert(
    viewer: Viewer,
    fields: EventFields,
    status: 'draft' | 'published',
    seriesId: string | null = null,
  ): Promise<EventRow> {
    const discussion = await this.posts.createDiscussion(viewer.memberId, fields.title);
    const event = await this.events.insert({
      ...fields,
      status,
      createdBy: viewer.memberId,
      discussionPostId: discussion.id,
      seriesId,
    });
    await this.bus.emit('event.changed', { eventId: event.id });
    if (status === 'published') await this.bus.emit('event.published', { eventId: event.id });
    return event;
  }

  /** An image the organiser uploaded, as the cover; VALIDATION_FAILED for any other id. */
  private async coverFor(viewer: Viewer, id: string | null): Promise<string | null> {
    if (id === null) return null;
    const image = await this.media.findOwn(viewer.memberId, id);
    if (!image)
      throw invalidField('coverImageId', 'INVALID_VALUE', 'Upload the cover image first.');
    return image.id;
  }

  async update(viewer: Viewer, input: UpdateEventInput): Promise<EventRow> {
    return this.db.transaction(async () => {
      const event = isUuid(input.id) ? await this.events.lock(input.id) : null;
      if (!event) throw notFound('This event');
      const { id: _id, description, spaceId, roles, coverImageId, ...rest } = input;
      const patch = Object.fromEntries(
        Object.entries(rest).filter(([, v]) => v !== undefined),
      ) as Partial<EventFields>;
      for (const k of ['venueName', 'venueAddress'] as const)
        if (rest[k] !== undefined) patch[k] = trimmed(rest[k]);
      if (rest.title !== undefined) patch.title = rest.title.trim();
      if (description !== undefined) {
        patch.description = description;
        patch.descriptionHtml = renderMarkdown(description).html;
      }
      if (spaceId !== undefined) patch.spaceId = await this.spaceFor(spaceId);
      if (roles !== undefined) patch.roles = roles?.length ? roles : null;
      // Another organiser's cover stays as it is; a new one must be the editor's own upload.
      if (coverImageId !== undefined && coverImageId !== event.coverImageId)
        patch.coverImageId = await this.coverFor(viewer, coverImageId);
      this.check({ ...event, ...patch });
      if (patch.title !== undefined && patch.title !== event.title && event.discussionPostId)
        await this.posts.renameDiscussion(event.discussionPostId, patch.title);
      let updated = await this.events.update(event.id, patch);
      if (patch.capacity !== undefined) updated = await this.seatWaitlist(updated);
      const diff = changedFields(auditView(event), auditView(updated));
      if (diff)
        await this.audit.record(viewer, {
          action: 'event.update',
          target: eventTarget(event),
          ...diff,
        });
      const changes = changesOf(event, updated);
      if (changes.includes('time')) await this.events.resetFollowups(event.id);
      if (changes.length && event.status === 'published')
        await this.bus.emit('event.updated', { eventId: event.id, changes });
      await this.bus.emit('event.changed', { eventId: event.id });
      return updated;
    });
  }

  /** A draft copy to adapt (new dates, say): no RSVPs, nothing published. */
  async duplicate(viewer: Viewer, id: string): Promise<EventRow> {
    return this.db.transaction(async () => {
      const source = isUuid(id) ? await this.events.findById(id) : null;
      if (!source) throw notFound('This event');
      const {
        id: _id,
        status: _s,
        seatsTaken: _t,
        waitlistCount: _w,
        createdBy: _c,
        createdAt: _a,
        updatedAt: _u,
        discussionPostId: _d,
        seriesId: _r,
        ...fields
      } = source;
      const copy = await this.insert(viewer, fields, 'draft');
      await this.audit.record(viewer, {
        action: 'event.duplicate',
        target: eventTarget(copy),
        after: { duplicateOf: eventRef(source), status: copy.status },
      });
      return copy;
    });
  }

  publish(viewer: Viewer, id: string): Promise<EventRow> {
    return this.setStatus(viewer, id, 'published');
  }

  cancel(viewer: Viewer, id: string): Promise<EventRow> {
    return this.setStatus(viewer, id, 'cancelled');
  }

  private setStatus(
    viewer: Viewer,
    id: string,
    status: 'published' | 'cancelled',
  ): Promise<EventRow> {
    return this.db.transaction(async () => {
      const event = isUuid(id) ? await this.events.lock(id) : null;
      if (!event) throw notFound('This event');
      if (event.status === status) return event;
      if (event.status === 'cancelled')
        throw invalidField('id', 'INVALID_VALUE', 'A cancelled event cannot be published again.');
      if (status === 'published' && event.endsAt.getTime() <= Date.now())
        throw invalidField('endsAt', 'INVALID_VALUE', 'This event has already ended.');
      const updated = await this.events.update(id, { status });
      await this.audit.record(viewer, {
        action: status === 'published' ? 'event.publish' : 'event.cancel',
        target: eventTarget(event),
        before: { status: event.status },
        after: { status },
      });
      if (status === 'cancelled' && event.status === 'published')
        await this.bus.emit('event.cancelled', { eventId: id });
      await this.bus.emit('event.changed', { eventId: id });
      if (status === 'published') await this.bus.emit('event.published', { eventId: id });
      return updated;
    });
  }

  /**
   * Going, interested or not going. "Going" takes a seat while one is free and no one waits
   * before the member, else joins the end of the waitlist; a freed seat goes to the next in line.
   * The answer is decided on the event as read, and written by one statement that takes the
   * event's row only while it runs, checking that the event still calls for that decision; when
   * it does not, when the answer changed meanwhile, or when a freed seat must be given to the
   * waitlist, the RSVP runs again under the event's row lock, where every decision is exact.
   * RSVPs to an event that arrive in this process while one is under way wait for it, then are
   * decided together, in the order they came, in one transaction holding that lock: a popular
   * event's answers take one lock and one commit per batch, not one each.
   * Returns the event and, unless seating others may have changed it, the member's answer.
   */
  async rsvp(viewer: Viewer, input: RsvpInput): Promise<RsvpOutcome> {
    const guests = input.guests ?? 0;
    const id = input.eventId;
    if (!isUuid(id)) throw notFound('This event');
    const queued = this.enqueue(id, viewer, input.status, guests);
    if (queued) return queued;
    // Refused before any write, and judged again under the lock (pure checks; the space's sight
    // again only if the event moved meanwhile).
    const seen = await this.events.readWithRsvp(id, viewer.memberId);
    if (!seen || !(await this.canSee(viewer, seen.event))) throw notFound('This event');
    this.admit(viewer, seen.event, input.status, guests);
    if (this.db.inTransaction) return this.rsvpLocked(viewer, input.status, guests, id, seen.event);
    const behind = this.enqueue(id, viewer, input.status, guests);
    if (behind) return behind;
    this.queued.set(id, []);
    try {
      return (
        (await this.rsvpAtOnce(viewer, input.status, guests, seen)) ??
        (await this.rsvpLocked(viewer, input.status, guests, id, seen.event))
      );
    } finally {
      this.drain(id);
    }
  }

  /**
   * Behind another RSVP to the event in this process: judged and decided with the others that
   * queue meanwhile, under one lock of the event. Null when none is under way.
   */
  private enqueue(
    eventId: string,
    viewer: Viewer,
    wanted: RsvpStatus,
    guests: number,
  ): Promise<RsvpOutcome> | null {
    const queue = this.db.inTransaction ? undefined : this.queued.get(eventId);
    return queue
      ? new Promise((resolve, reject) => queue.push({ viewer, wanted, guests, resolve, reject }))
      : null;
  }

  /** The RSVPs that queued meanwhile, decided together under one lock of the event. */
  private drain(eventId: string): void {
    const queued = this.queued.get(eventId)!;
    if (!queued.length) {
      this.queued.delete(eventId);
      return;
    }
    this.queued.set(eventId, []);
    void this.rsvpMany(eventId, queued).finally(() => this.drain(eventId));
  }

  private async rsvpMany(eventId: string, queued: QueuedRsvp[]): Promise<void> {
    // A member who pressed twice is decided once per batch, in the order pressed.
    const members = new Set<string>();
    const batch: QueuedRsvp[] = [];
    const again: QueuedRsvp[] = [];
    for (const q of queued) {
      (members.has(q.viewer.memberId) ? again : batch).push(q);
      members.add(q.viewer.memberId);
    }
    this.queued.get(eventId)!.unshift(...again);
    const outcomes = new Map<QueuedRsvp, RsvpOutcome | AppError>();
    try {
      await this.db.transaction(async () => {
        outcomes.clear();
        let event = await this.events.lock(eventId);
        if (!event) throw notFound('This event');
        const answers = await this.events.versionedRsvps(eventId, [...members]);
        const rows = await this.events.waitlist(eventId, LINE_READ);
        const line = { rows, complete: rows.length < LINE_READ, known: true };
        for (const q of batch) {
          try {
            const outcome = await this.settle(
              q.viewer,
              q.wanted,
              q.guests,
              null,
              event,
              {
                rsvp: answers.get(q.viewer.memberId)?.rsvp ?? null,
                version: answers.get(q.viewer.memberId)?.version ?? null,
              },
              line,
            );
            outcomes.set(q, outcome);
            event = outcome.event;
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            outcomes.set(q, err);
          }
        }
      });
    } catch {
      // Something failed that would have failed the others too: each alone, as if the first.
      for (const q of batch)
        await this.rsvpLocked(q.viewer, q.wanted, q.guests, eventId, null).then(
          q.resolve,
          q.reject,
        );
      return;
    }
    for (const q of batch) {
      const outcome = outcomes.get(q)!;
      if (outcome instanceof AppError) q.reject(outcome);
      else q.resolve(outcome);
    }
  }

  private async rsvpAtOnce(
    viewer: Viewer,
    wanted: RsvpStatus,
    guests: number,
    { event, rsvp: current, version }: EventWithRsvp,
  ): Promise<RsvpOutcome | null> {
    // A statement that fails would end a transaction around it too.
    if (this.db.inTransaction) return null;
    let decided: Decision;
    try {
      decided = this.decide(event, current, wanted, guests);
    } catch {
      return null; // judged under the lock, on the event as it is then
    }
    if (decided.seating) return null;
    const { status } = decided;
    const holds = current?.status === 'going' || current?.status === 'offered';
    try {
      const saved = await this.events.saveRsvp({
        ...this.answer(viewer, event, current, decided, guests, version),
        guard: {
          held: holds ? 1 + current.guests : 0,
          waited: current?.status === 'waitlisted' ? 1 : 0,
          seats: status === 'going' ? 1 + guests : 0,
          waiting: status === 'waitlisted' ? 1 : 0,
          partySize: 1 + guests,
          assumed: decided.assumed,
        },
        changed: this.bus.consumersOf('event.rsvp.changed'),
      });
      if (!saved) return null;
      this.bus.committed();
      const { seatsTaken, waitlistCount, ...answer } = saved;
      // The statement's own count of the waitlist may miss a place taken just before it; but a
      // new place, taken while the statement held the event, is the last one the event counts.
      const position = decided.queue === 'take' ? waitlistCount : null;
      return {
        event: { ...event, seatsTaken, waitlistCount },
        rsvp: status !== 'waitlisted' ? answer : position ? { ...answer, position } : null,
      };
    } catch (err) {
      if ((err as { code?: string }).code === '40001') return null;
      throw err;
    }
  }

  private rsvpLocked(
    viewer: Viewer,
    wanted: RsvpStatus,
    guests: number,
    eventId: string,
    seen: EventRow | null,
  ): Promise<RsvpOutcome> {
    return this.db.transaction(async () => {
      const locked = await this.events.lockWithRsvp(eventId, viewer.memberId);
      if (!locked) throw notFound('This event');
      return this.settle(viewer, wanted, guests, seen, locked.event, locked);
    });
  }

  /**
   * Decides and writes the member's answer on the event as locked by this transaction. With the
   * `line` a batch keeps of the waitlist (read under the lock and kept as its answers change), a
   * freed seat goes to the next in line in the answer's own statement.
   */
  private async settle(
    viewer: Viewer,
    wanted: RsvpStatus,
    guests: number,
    seen: EventRow | null,
    event: EventRow,
    answer: { rsvp: RsvpRow | null; version: string | null },
    line: WaitingLine | null = null,
  ): Promise<RsvpOutcome> {
    if ((!seen || event.spaceId !== seen.spaceId) && !(await this.canSee(viewer, event)))
      throw notFound('This event');
    this.admit(viewer, event, wanted, guests);
    let { rsvp: current, version } = answer;
    for (;;) {
      const decided = this.decide(event, current, wanted, guests);
      const { seats, waiting, seating } = decided;
      const own = this.answer(viewer, event, current, decided, guests, version);
      const rest = line?.known ? line.rows.filter((r) => r.memberId !== viewer.memberId) : null;
      const plan = seating && rest ? this.seatingPlan(event, seats, waiting, rest) : null;
      // Seated here only when the line holds everyone the free seats go to (and the answer
      // records no seat of its own: one statement records activities once).
      const atOnce =
        plan &&
        !(decided.status === 'going' && current?.status !== 'going') &&
        (plan.blocked || !this.seatFree(event, plan.seats, plan.waiting));
      if (seating && !atOnce && line) line.known = false;
      const offeredUntil = atOnce ? this.offeredUntil(event, new Date()) : null;
      const after = atOnce ? plan : { seats, waiting, memberIds: [] };
      // Someone waits for a seat now free and the line is not known: seating them reads it, so
      // the counts are written after; otherwise the answer, its activity, the seats given, the
      // counts and the change's event go in one statement.
      const saved = await this.events.saveRsvp({
        ...own,
        counts: seating && !atOnce ? null : { seats: after.seats, waiting: after.waiting },
        changed: seating && !atOnce ? null : this.bus.consumersOf('event.rsvp.changed'),
        seating: atOnce
          ? {
              memberIds: after.memberIds,
              offeredUntil,
              promoted: this.bus.consumersOf('event.seat.promoted'),
            }
          : undefined,
        then: [...own.then, ...this.seatsTaken(event, after.memberIds, offeredUntil)],
      });
      if (!saved) {
        // Changed while this waited for the lock: decided again on the answer as it is now.
        ({ rsvp: current, version } = await this.events.versionedRsvp(event.id, viewer.memberId));
        continue;
      }
      if (line?.known) {
        const seated = new Set(after.memberIds);
        line.rows = line.rows.flatMap((r) =>
          seated.has(r.memberId)
            ? []
            : r.memberId !== viewer.memberId
              ? [r]
              : saved.status === 'waitlisted'
                ? [saved]
                : [],
        );
        if (decided.queue === 'take' && line.complete) line.rows.push(saved);
      }
      if (!seating || atOnce) {
        this.bus.committed();
        return {
          event: { ...event, seatsTaken: after.seats, waitlistCount: after.waiting },
          rsvp: saved,
        };
      }
      // Seating changes only the waitlist's answers.
      const rsvp = saved.status === 'waitlisted' ? null : saved;
      const counted = { ...event, seatsTaken: seats, waitlistCount: waiting };
      return { event: await this.seatWaitlist(counted, { announce: true }), rsvp };
    }
  }

  /**
   * The member's answer as `saveRsvp` writes it, over the answer (`version`) it was decided on;
   * a seat taken or given up is an activity, recorded or retracted with it.
   */
  private answer(
    viewer: Viewer,
    event: EventRow,
    current: RsvpRow | null,
    { status, queue }: Decision,
    guests: number,
    version: string | null,
  ) {
    const seat = { eventId: event.id, memberId: viewer.memberId, spaceId: event.spaceId };
    return {
      eventId: event.id,
      memberId: viewer.memberId,
      status,
      guests,
      queue,
      ticketCode: this.ticketCode(event.id, viewer.memberId),
      then:
        status === 'going' && current?.status !== 'going'
          ? [this.activity.recording(ActivityRules.seatTaken(seat))]
          : status !== 'going' && current?.status === 'going'
            ? [this.activity.retracting(ActivityRules.seatLeft(seat))]
            : [],
      expected: version,
    };
  }

  /**
   * The answer the member gets and the event's counts after it: "going" takes a seat while one
   * is free and no one waits before the member, else joins the end of the waitlist. With what
   * the decision assumed of the event, and whether someone waits for a seat now free.
   */
  private decide(
    event: EventRow,
    current: RsvpRow | null,
    wanted: RsvpStatus,
    guests: number,
  ): Decision {
    if (current?.checkedInAt && wanted !== 'going')
      throw invalidField('eventId', 'INVALID_VALUE', 'You have already checked in.');
    const holds = current?.status === 'going' || current?.status === 'offered';
    let seats = event.seatsTaken - (holds ? 1 + current.guests : 0);
    let waiting = event.waitlistCount - (current?.status === 'waitlisted' ? 1 : 0);
    const fits = (n: number) => event.capacity === null || n <= event.capacity;
    let status: RsvpStatus = wanted;
    let queue: Decision['queue'] = 'clear';
    let assumed: Decision['assumed'] = 'any';
    if (wanted === 'going') {
      if (holds) {
        if (!fits(seats + 1 + guests))
          throw invalidField(
            'guests',
            'OUT_OF_RANGE',
            `Not enough seats are left for ${guests} guests.`,
            { min: 0, max: Math.max(0, event.capacity! - seats - 1) },
          );
        assumed = 'fits';
      } else if (current?.status === 'waitlisted') {
        status = 'waitlisted';
        queue = 'keep';
      } else if (waiting > 0 || !fits(seats + 1 + guests)) {
        status = 'waitlisted';
        queue = 'take';
        assumed = 'full';
      } else assumed = 'free';
    }
    if (status === 'going') seats += 1 + guests;
    if (status === 'waitlisted') waiting += 1;
    return { status, queue, seats, waiting, assumed, seating: waiting > 0 && fits(seats + 1) };
  }

  /** Whether the member may answer so now: the event open, its gates and its guest limit. */
  private admit(viewer: Viewer, event: EventRow, status: RsvpStatus, guests: number): void {
    this.checkOpen(event);
    if (!EventPolicy.canRegister(viewer, event))
      throw forbidden(
        event.minRankPosition
          ? 'This event opens to members of a higher rank.'
          : 'This event is open to some members only.',
      );
    if (status === 'going' && guests > event.guestsAllowed)
      throw invalidField(
        'guests',
        'OUT_OF_RANGE',
        event.guestsAllowed
          ? `You may bring up to ${event.guestsAllowed} guests.`
          : 'This event does not take guests.',
        { min: 0, max: event.guestsAllowed },
      );
  }

  /**
   * A member's ticket for an event: ten characters of an HMAC of the event and the member, so
   * it cannot be guessed or made for another event, and is the same however often it is shown.
   */
  ticketCode(eventId: string, memberId: string): string {
    const mac = createHmac('sha256', this.config.SESSION_SECRET)
      .update(`ticket:${eventId}:${memberId}`)
      .digest();
    let bits = 0n;
    for (const b of mac.subarray(0, 7)) bits = (bits << 8n) | BigInt(b);
    let code = '';
    for (let i = 0; i < 10; i++) code += BASE32[Number((bits >> BigInt(5 * i)) & 31n)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  }

  /** The event's RSVPs for staff, earliest first. */
  async attendees(args: AttendeesArgs): Promise<Connection<RsvpRow>> {
    const event = isUuid(args.eventId) ? await this.events.findById(args.eventId) : null;
    if (!event) throw notFound('This event');
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const rows = await this.events.attendees({
      eventId: event.id,
      status: args.status ?? null,
      search: args.search?.trim() || null,
      after: after ? { respondedAt: after[0], memberId: after[1] } : null,
      limit: args.first + 1,
    });
    return toConnection(rows, args.first, (r) => [r.respondedAt.toISOString(), r.memberId]);
  }

  /**
   * Checks a member holding a seat in, by their ticket code or (from the attendee list) by
   * member, while check-in is open. Checking in twice changes nothing.
   */
  async checkIn(staff: Viewer, input: CheckInInput): Promise<RsvpRow> {
    return this.db.transaction(async () => {
      const event = isUuid(input.eventId) ? await this.events.findById(input.eventId) : null;
      if (!event) throw notFound('This event');
      this.checkInOpen(event);
      let rsvp: RsvpRow | null;
      if (input.code) {
        const code = normalizeCode(input.code);
        rsvp = await this.events.byTicket(event.id, code);
        if (!rsvp && (await this.events.ticketElsewhere(event.id, code)))
          throw invalidField('code', 'INVALID_VALUE', 'This ticket is for another event.', {
            reason: 'otherEvent',
          });
        if (!rsvp)
          throw invalidField('code', 'INVALID_VALUE', 'No ticket has this code.', {
            reason: 'unknownCode',
          });
      } else if (input.memberId && isUuid(input.memberId)) {
        rsvp = await this.events.rsvp(event.id, input.memberId);
      } else {
        throw invalidField('code', 'REQUIRED', 'Enter the ticket code.');
      }
      if (!rsvp || rsvp.status !== 'going')
        throw invalidField('code', 'INVALID_VALUE', 'This member does not hold a seat.', {
          reason: 'noSeat',
        });
      const checkedIn = await this.markAttended(event, rsvp.memberId, staff.memberId);
      const attendee = (await this.events.rsvp(event.id, rsvp.memberId))!;
      if (checkedIn)
        await this.audit.record(staff, {
          action: 'event.checkIn',
          target: memberTarget((await this.members.findById(rsvp.memberId))!),
          after: { event: eventRef(event), checkedInAt: attendee.checkedInAt },
        });
      return attendee;
    });
  }

  /**
   * A member going to an online event joins through the platform: during the event (from a
   * little before) that checks them in. The address to send them on to; null when they may not.
   */
  async joinOnline(viewer: Viewer, id: string, now = new Date()): Promise<string | null> {
    return this.db.transaction(async () => {
      const event = isUuid(id) ? await this.events.findById(id) : null;
      if (!event?.joinUrl || !(await this.canSee(viewer, event))) return null;
      const rsvp = await this.events.rsvp(event.id, viewer.memberId);
      if (!EventPolicy.canJoinOnline(viewer, rsvp?.status === 'going')) return null;
      const opens = event.startsAt.getTime() - EVENT_LIMITS.joinOpensMinutesBefore * 60_000;
      const during = now.getTime() >= opens && now.getTime() <= event.endsAt.getTime();
      if (rsvp?.status === 'going' && during && event.status === 'published')
        await this.markAttended(event, viewer.memberId, viewer.memberId);
      return event.joinUrl;
    });
  }

  /** Checks the member in (once) with the attendance it earns; true when this call did. */
  private async markAttended(event: EventRow, memberId: string, by: string): Promise<boolean> {
    if (!(await this.events.checkIn(event.id, memberId, by))) return false;
    await this.activity.apply(
      ActivityRules.attended({ eventId: event.id, memberId, spaceId: event.spaceId }),
    );
    await this.bus.emit('event.rsvp.changed', { eventId: event.id });
    return true;
  }

  /**
   * Staff write to the event's members: everyone going, the waitlist, or after the start those
   * who came or did not. In app and by mail, as each member's settings say. How many were told.
   */
  async message(
    viewer: Viewer,
    input: { eventId: string; audience: EventAudience; message: string },
  ): Promise<number> {
    const text = input.message.trim();
    if (!text) throw invalidField('message', 'REQUIRED', 'Write a message.');
    const event = isUuid(input.eventId) ? await this.events.findById(input.eventId) : null;
    if (!event) throw notFound('This event');
    const started = event.startsAt.getTime() <= Date.now();
    if ((input.audience === 'attended' || input.audience === 'no_shows') && !started)
      throw invalidField(
        'audience',
        'INVALID_VALUE',
        'Who came and who did not is known once the event has started.',
      );
    const members =
      input.audience === 'waitlisted'
        ? await this.events.membersWith(event.id, ['waitlisted', 'offered'])
        : await this.events.membersWith(
            event.id,
            ['going'],
            input.audience === 'going' ? null : input.audience === 'attended',
          );
    const dedupeKey = `event_message:${randomUUID()}`;
    const told = members.filter((m) => m !== viewer.memberId).length;
    await this.db.transaction(async () => {
      await this.notifications.notifyAll(
        members.map((memberId) => ({
          memberId,
          kind: 'event_message' as const,
          dedupeKey,
          subject: { type: 'event' as const, id: event.id },
          params: { title: event.title, message: text },
          actorId: viewer.memberId,
        })),
      );
      await this.audit.record(viewer, {
        action: 'event.message',
        target: eventTarget(event),
        after: { audience: input.audience, message: text, recipients: told },
      });
    });
    return told;
  }

  /** The attendee list as CSV (UTF-8 with a byte order mark, so spreadsheet apps read Japanese). */
  async exportAttendees(
    id: string,
    lang: 'ja' | 'en',
  ): Promise<{ title: string; csv: string } | null> {
    const event = isUuid(id) ? await this.events.findById(id) : null;
    if (!event) return null;
    const rows = await this.events.exportRows(event.id);
    const header =
      lang === 'ja'
        ? [
            '表示名',
            'ハンドル',
            'メール',
            'ランク',
            '回答',
            '同伴者',
            'キャンセル待ち順',
            '回答日時',
            'チェックイン日時',
          ]
        : [
            'Name',
            'Handle',
            'Email',
            'Rank',
            'Answer',
            'Guests',
            'Waitlist position',
            'Answered at',
            'Checked in at',
          ];
    const csv = toCsv([
      header,
      ...rows.map((r) => [
        r.displayName,
        r.handle,
        r.email,
        (lang === 'ja' ? r.rankJa : r.rankEn) ?? '',
        r.status,
        r.guests,
        r.position ?? '',
        r.respondedAt.toISOString(),
        r.checkedInAt?.toISOString() ?? '',
      ]),
    ]);
    return { title: event.title, csv };
  }

  /** Who came: no-shows (members going, not checked in) are counted once check-in has closed. */
  attendance(event: EventRow, counts: { going: number; checkedIn: number }) {
    const closed = event.status === 'published' && Date.now() > checkInClosesAt(event);
    const noShows = closed ? counts.going - counts.checkedIn : null;
    return {
      ...counts,
      noShows,
      noShowRate: noShows === null || counts.going === 0 ? null : noShows / counts.going,
    };
  }

  /** Undoes a check-in with a reason; the attendance and what it earned are taken back. */
  async undoCheckIn(viewer: Viewer, input: UndoCheckInInput): Promise<RsvpRow> {
    return this.db.transaction(async () => {
      const event = isUuid(input.eventId) ? await this.events.findById(input.eventId) : null;
      if (!event) throw notFound('This event');
      const rsvp = isUuid(input.memberId) ? await this.events.rsvp(event.id, input.memberId) : null;
      if (!rsvp) throw notFound('This attendee');
      if (await this.events.undoCheckIn(event.id, rsvp.memberId, input.reason.trim())) {
        await this.audit.record(viewer, {
          action: 'event.undoCheckIn',
          target: memberTarget((await this.members.findById(rsvp.memberId))!),
          before: { event: eventRef(event), checkedInAt: rsvp.checkedInAt },
          after: { checkedInAt: null },
          reason: input.reason,
        });
        await this.activity.apply(
          ActivityRules.attendanceUndone({ eventId: event.id, memberId: rsvp.memberId }),
        );
        // After check-in has closed, no one can check them in again: they did not come.
        if (Date.now() > checkInClosesAt(event))
          await this.activity.apply(
            ActivityRules.noShows(
              { eventId: event.id, spaceId: event.spaceId, endedAt: event.endsAt },
              [rsvp.memberId],
            ),
          );
        await this.bus.emit('event.rsvp.changed', { eventId: event.id });
      }
      return (await this.events.rsvp(event.id, rsvp.memberId))!;
    });
  }

  /**
   * Withdraws seats offered from the waitlist and not accepted in time, and offers them to the
   * next in line. Each event under its lock, so an offer accepted at the last moment stands.
   */
  async expireOffers(now = new Date()): Promise<number> {
    let expired = 0;
    for (const id of await this.events.withExpiredOffers(now, 100)) {
      expired += await this.db.transaction(async () => {
        const event = await this.events.lock(id);
        if (!event) return 0;
        const lapsed = await this.events.expireOffers(id, now);
        if (!lapsed.length) return 0;
        const freed = lapsed.reduce((n, r) => n + 1 + r.guests, 0);
        await this.seatWaitlist(
          { ...event, seatsTaken: event.seatsTaken - freed },
          { now, announce: true },
        );
        return lapsed.length;
      });
    }
    return expired;
  }

  /**
   * Seats waitlisted members in order while their party fits (or, with a claim window, offers
   * them the seats until it closes, never past the RSVP deadline); saves the counts.
   */
  private async seatWaitlist(
    event: EventRow,
    o: { now?: Date; announce?: boolean } = {},
  ): Promise<EventRow> {
    const offeredUntil = this.offeredUntil(event, o.now ?? new Date());
    let { seatsTaken: seats, waitlistCount: waiting } = event;
    // Each batch of the line is seated by one statement; the last also writes the counts.
    for (let more = true; more;) {
      const line = this.seatFree(event, seats, waiting)
        ? await this.events.waitlist(event.id, LINE_READ)
        : [];
      const plan = this.seatingPlan(event, seats, waiting, line);
      ({ seats, waiting } = plan);
      more = !plan.blocked && line.length === LINE_READ && this.seatFree(event, seats, waiting);
      await this.events.promote({
        eventId: event.id,
        memberIds: plan.memberIds,
        offeredUntil,
        promoted: this.bus.consumersOf('event.seat.promoted'),
        counts: more ? null : { seats, waiting },
        changed: o.announce ? this.bus.consumersOf('event.rsvp.changed') : null,
        then: this.seatsTaken(event, plan.memberIds, offeredUntil),
      });
    }
    this.bus.committed();
    return { ...event, seatsTaken: seats, waitlistCount: waiting };
  }

  /** Whether someone waits while a seat is free. */
  private seatFree(event: EventRow, seats: number, waiting: number): boolean {
    return waiting > 0 && (event.capacity === null || seats + 1 <= event.capacity);
  }

  /**
   * Whom of `line` (waitlisted, in order) the free seats take: the first in line while their
   * party fits, then `blocked` by the first whose party does not. With the counts after.
   */
  private seatingPlan(event: EventRow, seats: number, waiting: number, line: RsvpRow[]) {
    const memberIds: string[] = [];
    for (const r of line) {
      if (event.capacity !== null && seats + 1 + r.guests > event.capacity)
        return { memberIds, seats, waiting, blocked: true };
      seats += 1 + r.guests;
      waiting -= 1;
      memberIds.push(r.memberId);
    }
    return { memberIds, seats, waiting, blocked: false };
  }

  /** Until when a promoted member's seat is held for them; null: theirs at once. */
  private offeredUntil(event: EventRow, now: Date): Date | null {
    // A hold ends when answers close; with no time left to answer, the seat is given at once.
    const answersClose = (event.rsvpDeadline ?? event.startsAt).getTime();
    const holdEnds = event.claimHours
      ? Math.min(now.getTime() + event.claimHours * HOUR_MS, answersClose)
      : null;
    return holdEnds !== null && holdEnds > now.getTime() ? new Date(holdEnds) : null;
  }

  /** The activities of seats given at once (an offered seat is taken when accepted). */
  private seatsTaken(event: EventRow, memberIds: string[], offeredUntil: Date | null) {
    return offeredUntil || !memberIds.length
      ? []
      : [
          this.activity.recording({
            record: memberIds.flatMap(
              (memberId) =>
                ActivityRules.seatTaken({ eventId: event.id, memberId, spaceId: event.spaceId })
                  .record,
            ),
            retract: [],
          }),
        ];
  }

  private async canSee(reader: Reader, event: EventRow): Promise<boolean> {
    const space = event.spaceId ? await this.spaces.findById(event.spaceId) : null;
    return EventPolicy.canSee(reader, event, space);
  }

  private checkInOpen(event: EventRow): void {
    const now = Date.now();
    const opens = event.startsAt.getTime() - EVENT_LIMITS.checkInOpensHoursBefore * HOUR_MS;
    const closes = checkInClosesAt(event);
    if (event.status !== 'published' || now < opens || now > closes)
      throw invalidField(
        'eventId',
        'INVALID_VALUE',
        `Check-in is open from ${EVENT_LIMITS.checkInOpensHoursBefore} hours before the event until ${EVENT_LIMITS.checkInClosesHoursAfter} hours after it ends.`,
        {
          reason: 'checkInClosed',
          opensHoursBefore: EVENT_LIMITS.checkInOpensHoursBefore,
          closesHoursAfter: EVENT_LIMITS.checkInClosesHoursAfter,
        },
      );
  }

  private checkOpen(event: EventRow): void {
    const now = Date.now();
    if (event.status === 'cancelled')
      throw invalidField('eventId', 'INVALID_VALUE', 'This event was cancelled.');
    if (event.status !== 'published')
      throw invalidField('eventId', 'INVALID_VALUE', 'This event is not open yet.');
    if (event.startsAt.getTime() <= now)
      throw invalidField('eventId', 'INVALID_VALUE', 'This event has already started.');
    if (event.rsvpDeadline && event.rsvpDeadline.getTime() < now)
      throw invalidField('eventId', 'INVALID_VALUE', 'RSVPs for this event have closed.');
  }

  private async spaceFor(spaceId: string | null): Promise<string | null> {
    if (!spaceId) return null;
    const space: SpaceEntity | null = isUuid(spaceId) ? await this.spaces.findById(spaceId) : null;
    if (!space || space.archivedAt)
      throw invalidField('spaceId', 'INVALID_VALUE', 'This space was not found.');
    return space.id;
  }

  private check(e: EventFields): void {
    const errors: FieldError[] = [];
    const start = e.startsAt.getTime();
    const end = e.endsAt.getTime();
    if (end <= start)
      errors.push({
        field: 'endsAt',
        issue: 'INVALID_VALUE',
        message: 'The event must end after it starts.',
      });
    else if (end - start > EVENT_LIMITS.durationDaysMax * DAY_MS)
      errors.push({
        field: 'endsAt',
        issue: 'OUT_OF_RANGE',
        message: `An event may last at most ${EVENT_LIMITS.durationDaysMax} days.`,
        params: { max: EVENT_LIMITS.durationDaysMax },
      });
    if (e.rsvpDeadline && e.rsvpDeadline.getTime() > start)
      errors.push({
        field: 'rsvpDeadline',
        issue: 'INVALID_VALUE',
        message: 'The RSVP deadline must be before the event starts.',
      });
    if (e.kind !== 'online' && !e.venueName)
      errors.push({ field: 'venueName', issue: 'REQUIRED', message: 'Give the venue’s name.' });
    if (errors.length) throw invalid(errors);
  }
}

const checkInClosesAt = (event: Pick<EventRow, 'endsAt'>) =>
  event.endsAt.getTime() + EVENT_LIMITS.checkInClosesHoursAfter * HOUR_MS;

/** What registrants are told of: a new time, or a new place (or way to join). */
function changesOf(before: EventRow, after: EventRow): Array<'time' | 'place'> {
  const changes: Array<'time' | 'place'> = [];
  if (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime()
  )
    changes.push('time');
  if (
    before.kind !== after.kind ||
    before.venueName !== after.venueName ||
    before.venueAddress !== after.venueAddress ||
    before.joinUrl !== after.joinUrl
  )
    changes.push('place');
  return changes;
}

/** A code as typed: any case, with or without the dash, letters read as the digits they look like. */
function normalizeCode(raw: string): string {
  const c = raw
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return `${c.slice(0, 5)}-${c.slice(5)}`;
}
