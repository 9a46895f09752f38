import { Injectable } from '@nestjs/common';
import { EVENT_LIMITS, type RsvpStatus } from '@kizuna/shared';
import { isStaff, memberOf, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { forbidden, invalid, invalidField, notFound } from '../../core/errors/app-error.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { renderMarkdown } from '../../core/markdown/markdown.js';
import type { FieldError } from '@kizuna/shared';
import type { SpaceEntity } from '../spaces/entities/space.entity.js';
import { SpacesService } from '../spaces/spaces.service.js';
import { ActivityService } from '../activity/activity.service.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { EventPolicy } from './events.policy.js';
import { EventsRepository, type EventFields, type EventRow } from './events.repository.js';
import type {
  CreateEventInput,
  EventsArgs,
  RsvpInput,
  UpdateEventInput,
} from './dto/event.inputs.js';

const DAY_MS = 86_400_000;
const trimmed = (s: string | null | undefined) => s?.trim() || null;

@Injectable()
export class EventsService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsRepository,
    private readonly spaces: SpacesService,
    private readonly bus: EventBus,
    private readonly activity: ActivityService,
  ) {}

  async byId(reader: Reader, id: string): Promise<EventRow> {
    const event = isUuid(id) ? await this.events.findById(id) : null;
    if (!event || !(await this.canSee(reader, event))) throw notFound('This event');
    return event;
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
      };
      this.check(fields);
      const event = await this.events.insert({
        ...fields,
        status: input.publish ? 'published' : 'draft',
        createdBy: viewer.memberId,
      });
      await this.bus.emit('event.changed', { eventId: event.id });
      return event;
    });
  }

  async update(input: UpdateEventInput): Promise<EventRow> {
    return this.db.transaction(async () => {
      const event = isUuid(input.id) ? await this.events.lock(input.id) : null;
      if (!event) throw notFound('This event');
      const { id: _id, description, spaceId, roles, ...rest } = input;
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
      this.check({ ...event, ...patch });
      let updated = await this.events.update(event.id, patch);
      if (patch.capacity !== undefined) updated = await this.seatWaitlist(updated);
      await this.bus.emit('event.changed', { eventId: event.id });
      return updated;
    });
  }

  publish(id: string): Promise<EventRow> {
    return this.setStatus(id, 'published');
  }

  cancel(id: string): Promise<EventRow> {
    return this.setStatus(id, 'cancelled');
  }

  private setStatus(id: string, status: 'published' | 'cancelled'): Promise<EventRow> {
    return this.db.transaction(async () => {
      const event = isUuid(id) ? await this.events.lock(id) : null;
      if (!event) throw notFound('This event');
      if (event.status === status) return event;
      if (event.status === 'cancelled')
        throw invalidField('id', 'INVALID_VALUE', 'A cancelled event cannot be published again.');
      if (status === 'published' && event.endsAt.getTime() <= Date.now())
        throw invalidField('endsAt', 'INVALID_VALUE', 'This event has already ended.');
      const updated = await this.events.update(id, { status });
      await this.bus.emit('event.changed', { eventId: id });
      return updated;
    });
  }

  /**
   * Going, interested or not going. Every RSVP of an event runs under the event's row lock, so
   * seats are counted once: "going" takes a seat while one is free and no one waits before the
   * member, else joins the end of the waitlist. A freed seat goes to the next in line.
   */
  async rsvp(viewer: Viewer, input: RsvpInput): Promise<EventRow> {
    const guests = input.guests ?? 0;
    return this.db.transaction(async () => {
      const event = isUuid(input.eventId) ? await this.events.lock(input.eventId) : null;
      if (!event || !(await this.canSee(viewer, event))) throw notFound('This event');
      this.checkOpen(event);
      if (!EventPolicy.canRegister(viewer, event))
        throw forbidden(
          event.minRankPosition
            ? 'This event opens to members of a higher rank.'
            : 'This event is open to some members only.',
        );
      if (input.status === 'going' && guests > event.guestsAllowed)
        throw invalidField(
          'guests',
          'OUT_OF_RANGE',
          event.guestsAllowed
            ? `You may bring up to ${event.guestsAllowed} guests.`
            : 'This event does not take guests.',
          { min: 0, max: event.guestsAllowed },
        );

      const current = await this.events.rsvp(event.id, viewer.memberId);
      let seats = event.seatsTaken - (current?.status === 'going' ? 1 + current.guests : 0);
      let waiting = event.waitlistCount - (current?.status === 'waitlisted' ? 1 : 0);
      const fits = (n: number) => event.capacity === null || n <= event.capacity;
      let status: RsvpStatus = input.status;
      let queue: 'take' | 'keep' | 'clear' = 'clear';
      if (input.status === 'going') {
        if (current?.status === 'going') {
          if (!fits(seats + 1 + guests))
            throw invalidField(
              'guests',
              'OUT_OF_RANGE',
              `Not enough seats are left for ${guests} guests.`,
              { min: 0, max: Math.max(0, event.capacity! - seats - 1) },
            );
        } else if (current?.status === 'waitlisted') {
          status = 'waitlisted';
          queue = 'keep';
        } else if (waiting > 0 || !fits(seats + 1 + guests)) {
          status = 'waitlisted';
          queue = 'take';
        }
      }
      if (status === 'going') seats += 1 + guests;
      if (status === 'waitlisted') waiting += 1;
      await this.events.saveRsvp(event.id, viewer.memberId, status, guests, queue);
      const seat = { eventId: event.id, memberId: viewer.memberId, spaceId: event.spaceId };
      if (status === 'going' && current?.status !== 'going')
        await this.activity.apply(ActivityRules.seatTaken(seat));
      if (status !== 'going' && current?.status === 'going')
        await this.activity.apply(ActivityRules.seatLeft(seat));
      const seated = await this.seatWaitlist({
        ...event,
        seatsTaken: seats,
        waitlistCount: waiting,
      });
      await this.bus.emit('event.rsvp.changed', { eventId: event.id });
      return seated;
    });
  }

  /** Seats waitlisted members in order while their party fits; saves the counts. */
  private async seatWaitlist(event: EventRow): Promise<EventRow> {
    let { seatsTaken: seats, waitlistCount: waiting } = event;
    const fits = (n: number) => event.capacity === null || n <= event.capacity;
    const seated: string[] = [];
    while (waiting > 0 && fits(seats + 1)) {
      const line = await this.events.waitlist(event.id, 100);
      const batch: string[] = [];
      let blocked = false;
      for (const r of line) {
        if (!fits(seats + 1 + r.guests)) {
          blocked = true;
          break;
        }
        seats += 1 + r.guests;
        waiting -= 1;
        batch.push(r.memberId);
      }
      if (batch.length) await this.events.promote(event.id, batch);
      seated.push(...batch);
      if (blocked || line.length < 100) break;
    }
    await this.activity.apply({
      record: seated.flatMap(
        (memberId) =>
          ActivityRules.seatTaken({ eventId: event.id, memberId, spaceId: event.spaceId }).record,
      ),
      retract: [],
    });
    for (const memberId of seated)
      await this.bus.emit('event.seat.promoted', { eventId: event.id, memberId });
    await this.events.setCounts(event.id, seats, waiting);
    return { ...event, seatsTaken: seats, waitlistCount: waiting };
  }

  private async canSee(reader: Reader, event: EventRow): Promise<boolean> {
    const space = event.spaceId ? await this.spaces.findById(event.spaceId) : null;
    return EventPolicy.canSee(reader, event, space);
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
