import type { EventStatus, RsvpStatus } from '../../gql/graphql';

/** The zone the browser runs in: the viewer's when they have not chosen one. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone. */
export function localDay(iso: string, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, f);
  }
  const part = (type: string) => f.formatToParts(new Date(iso)).find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The month (`YYYY-MM-01`) of a `YYYY-MM-DD` day, as the calendar shows months. */
export const monthOf = (day: string): string => `${day.slice(0, 7)}-01`;

/** Events by the day they start on in the viewer's zone, each day's in order of start. */
export function groupByLocalDay<E extends { startsAt: string }>(
  events: readonly E[],
  timeZone: string,
): Map<string, E[]> {
  const days = new Map<string, E[]>();
  const sorted = [...events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const event of sorted) {
    const day = localDay(event.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return days;
}

/** Whether an instant reads the same on the clocks of two zones (so noting the other is noise). */
export function sameWallClock(iso: string, zoneA: string, zoneB: string): boolean {
  if (zoneA === zoneB) return true;
  const read = (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    }).format(new Date(iso));
  return read(zoneA) === read(zoneB);
}

/** Why an event takes RSVPs or not, in the order a member would want to hear it. */
export type RsvpAvailability =
  'open' | 'cancelled' | 'draft' | 'ended' | 'started' | 'closed' | 'signIn' | 'locked';

export interface AvailabilityInput {
  status: EventStatus;
  startsAt: string;
  endsAt: string;
  rsvpDeadline?: string | null;
  viewerCanRegister: boolean;
}

export function rsvpAvailability(
  event: AvailabilityInput,
  signedIn: boolean,
  now: number = Date.now(),
): RsvpAvailability {
  if (event.status === 'CANCELLED') return 'cancelled';
  if (event.status === 'DRAFT') return 'draft';
  if (Date.parse(event.endsAt) <= now) return 'ended';
  if (Date.parse(event.startsAt) <= now) return 'started';
  if (event.rsvpDeadline && Date.parse(event.rsvpDeadline) < now) return 'closed';
  if (!signedIn) return 'signIn';
  if (!event.viewerCanRegister) return 'locked';
  return 'open';
}

/** The viewer's answer as one of the labels a card or the RSVP panel shows. */
export type RsvpState = 'going' | 'offered' | 'waitlisted' | 'interested' | 'notGoing' | 'none';

const STATE: Record<RsvpStatus, RsvpState> = {
  GOING: 'going',
  OFFERED: 'offered',
  WAITLISTED: 'waitlisted',
  INTERESTED: 'interested',
  NOT_GOING: 'notGoing',
};

export function rsvpState(rsvp: { status: RsvpStatus } | null | undefined): RsvpState {
  return rsvp ? STATE[rsvp.status] : 'none';
}

/**
 * The choice the RSVP buttons show as pressed: the waitlist is the "going" button's answer; an
 * offered seat is not taken until the member presses it.
 */
export function pressedChoice(
  rsvp: { status: RsvpStatus } | null | undefined,
): 'GOING' | 'INTERESTED' | 'NOT_GOING' | null {
  if (!rsvp || rsvp.status === 'OFFERED') return null;
  return rsvp.status === 'WAITLISTED' ? 'GOING' : rsvp.status;
}

export type Seats =
  | { kind: 'unlimited'; taken: number }
  | { kind: 'left'; left: number; capacity: number }
  | { kind: 'full'; waitlist: number };

/** What the seat count says: none to count, some left, or full (with who waits). */
export function seats(event: {
  capacity?: number | null;
  seatsTaken: number;
  spotsLeft?: number | null;
  waitlistCount: number;
}): Seats {
  if (event.capacity == null) return { kind: 'unlimited', taken: event.seatsTaken };
  const left = event.spotsLeft ?? Math.max(0, event.capacity - event.seatsTaken);
  if (left > 0 && event.waitlistCount === 0)
    return { kind: 'left', left, capacity: event.capacity };
  return { kind: 'full', waitlist: event.waitlistCount };
}

/** Counts pushed from the event's room, written over what the page shows. */
export function withCounts<E extends { capacity?: number | null }>(
  event: E,
  counts: { seatsTaken: number; waitlistCount: number },
): E & { seatsTaken: number; waitlistCount: number; spotsLeft: number | null } {
  return {
    ...event,
    seatsTaken: counts.seatsTaken,
    waitlistCount: counts.waitlistCount,
    spotsLeft: event.capacity == null ? null : Math.max(0, event.capacity - counts.seatsTaken),
  };
}

/** The rank a locked event asks for, from the community's ranks. */
export function rankAt<R extends { position: number }>(
  ranks: readonly R[] | undefined,
  position: number | null | undefined,
): R | null {
  if (!position || !ranks) return null;
  return ranks.find((r) => r.position === position) ?? null;
}
