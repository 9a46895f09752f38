import type { EventAudience } from '../../../gql/graphql';
import { toAppError } from '../../../ui/errors';

/** What the door shows after a check-in attempt. */
export type CheckInOutcome =
  | { kind: 'checkedIn' | 'already' }
  | { kind: 'otherEvent' | 'unknownCode' | 'noSeat' | 'closed' | 'codeRequired' }
  | { kind: 'failed'; error: unknown };

const REASONS = new Set(['otherEvent', 'unknownCode', 'noSeat']);

/** The api's refusal of a check-in, by the reason it gives. */
export function refusalOf(error: unknown): CheckInOutcome {
  const info = toAppError(error);
  if (info.code === 'VALIDATION_FAILED') {
    const field = info.fields[0];
    const reason = field?.params?.reason;
    if (typeof reason === 'string' && REASONS.has(reason))
      return { kind: reason as 'otherEvent' | 'unknownCode' | 'noSeat' };
    if (reason === 'checkInClosed' || field?.field === 'eventId') return { kind: 'closed' };
    if (field?.field === 'code' && field.issue === 'REQUIRED') return { kind: 'codeRequired' };
  }
  return { kind: 'failed', error };
}

/**
 * Checking in twice changes nothing and answers with the first time: a check-in older than the
 * moment the request left (less a minute for clocks that disagree) was an earlier one.
 */
export function wasEarlier(checkedInAt: string, sentAt: number): boolean {
  return Date.parse(checkedInAt) < sentAt - 60_000;
}

const CODE = /\b([0-9A-Za-z]{5})[\s-]?([0-9A-Za-z]{5})\b/;

/**
 * The ticket code in what a QR code holds: the code itself, or a link or text carrying it.
 * Null when there is none.
 */
export function codeFromScan(text: string): string | null {
  const trimmed = text.trim();
  const whole = /^[0-9A-Za-z]{5}-?[0-9A-Za-z]{5}$/.exec(trimmed);
  if (whole) return trimmed.toUpperCase();
  const fromParam = /[?&#](?:code|ticket)=([0-9A-Za-z-]{10,11})/.exec(trimmed);
  if (fromParam) return fromParam[1].toUpperCase();
  const anywhere = CODE.exec(trimmed);
  return anywhere ? `${anywhere[1]}-${anywhere[2]}`.toUpperCase() : null;
}

/** What the moderator typed, tidied for display: upper case, the dash after five characters. */
export function tidyCode(typed: string): string {
  const c = typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return c.length > 5 ? `${c.slice(0, 5)}-${c.slice(5, 10)}` : c;
}

/** Whom staff may write to: who came and who did not is known once the event has started. */
export function audiences(started: boolean): EventAudience[] {
  return started ? ['GOING', 'ATTENDED', 'NO_SHOWS', 'WAITLISTED'] : ['GOING', 'WAITLISTED'];
}
