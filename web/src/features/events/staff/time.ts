import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { EVENT_LIMITS } from '@kizuna/shared';

dayjs.extend(utc);
dayjs.extend(timezone);

/** A wall-clock date and time as a `datetime-local` input holds it: `2026-12-05T00:30`. */
export type WallTime = string;

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const HOUR_MS = 3_600_000;

/**
 * The instant (ISO, UTC) when the clocks of `zone` show `wall`; null when `wall` is not a
 * complete date and time. A time skipped by a daylight-saving change moves forward by the gap,
 * as clocks do.
 */
export function wallToInstant(wall: WallTime, zone: string): string | null {
  const m = WALL.exec(wall);
  if (!m) return null;
  const [, , mo, d, h, mi] = m.map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  let parsed;
  try {
    parsed = dayjs.tz(`${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`, zone);
  } catch {
    return null; // an unknown zone
  }
  // 31 February rolls over into March: not a date.
  if (!parsed.isValid() || Number(m[2]) !== parsed.month() + 1) return null;
  return parsed.utc().toISOString().replace('.000Z', 'Z');
}

/** What the clocks of `zone` show at `iso`, for the form's inputs. */
export function instantToWall(iso: string, zone: string): WallTime {
  return dayjs(iso).tz(zone).format('YYYY-MM-DDTHH:mm');
}

export interface TimesInput {
  startsAt: WallTime;
  endsAt: WallTime;
  rsvpDeadline: WallTime;
  timeZone: string;
}

export type TimeIssue =
  | { field: 'startsAt' | 'endsAt' | 'rsvpDeadline'; issue: 'REQUIRED' | 'INVALID_FORMAT' }
  | { field: 'endsAt'; issue: 'beforeStart' | 'tooLong' }
  | { field: 'rsvpDeadline'; issue: 'afterStart' };

/** The server's rules on an event's times, checked on the wall-clock values of the form. */
export function checkTimes(v: TimesInput): TimeIssue[] {
  const issues: TimeIssue[] = [];
  const start = v.startsAt ? wallToInstant(v.startsAt, v.timeZone) : null;
  const end = v.endsAt ? wallToInstant(v.endsAt, v.timeZone) : null;
  if (!v.startsAt) issues.push({ field: 'startsAt', issue: 'REQUIRED' });
  else if (!start) issues.push({ field: 'startsAt', issue: 'INVALID_FORMAT' });
  if (!v.endsAt) issues.push({ field: 'endsAt', issue: 'REQUIRED' });
  else if (!end) issues.push({ field: 'endsAt', issue: 'INVALID_FORMAT' });
  if (start && end) {
    const length = Date.parse(end) - Date.parse(start);
    if (length <= 0) issues.push({ field: 'endsAt', issue: 'beforeStart' });
    else if (length > EVENT_LIMITS.durationDaysMax * 24 * HOUR_MS)
      issues.push({ field: 'endsAt', issue: 'tooLong' });
  }
  if (v.rsvpDeadline) {
    const deadline = wallToInstant(v.rsvpDeadline, v.timeZone);
    if (!deadline) issues.push({ field: 'rsvpDeadline', issue: 'INVALID_FORMAT' });
    else if (start && Date.parse(deadline) > Date.parse(start))
      issues.push({ field: 'rsvpDeadline', issue: 'afterStart' });
  }
  return issues;
}

/** Whether check-in is open at `now`: from three hours before the start to six after the end. */
export function checkInWindow(
  event: { startsAt: string; endsAt: string },
  now: number = Date.now(),
): 'before' | 'open' | 'after' {
  const opens = Date.parse(event.startsAt) - EVENT_LIMITS.checkInOpensHoursBefore * HOUR_MS;
  const closes = Date.parse(event.endsAt) + EVENT_LIMITS.checkInClosesHoursAfter * HOUR_MS;
  if (now < opens) return 'before';
  return now > closes ? 'after' : 'open';
}
