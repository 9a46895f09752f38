import type { EmailFrequency, NotificationChannel, NotificationKind } from '../../gql/graphql';

/**
 * The kinds a member can set today, in the order the settings page lists them. Features that add
 * notifications (points, events, surveys…) add their kinds here when they ship.
 */
export const SETTINGS_KINDS = [
  'REPLY_TO_POST',
  'REPLY_TO_COMMENT',
  'MENTION',
  'REACTIONS',
  'BEST_ANSWER',
  'MODERATOR_MESSAGE',
  'ANNIVERSARY',
  'EVENT_REMINDER',
  'WAITLIST_PROMOTION',
  'EVENT_UPDATED',
  'EVENT_CANCELLED',
  'EVENT_MESSAGE',
  'EVENT_NEW',
  'FEEDBACK_STATUS',
  'SURVEY_INVITATION',
] as const satisfies readonly NotificationKind[];

export const CHANNELS = [
  'IN_APP',
  'EMAIL',
  'OFF',
] as const satisfies readonly NotificationChannel[];
export const FREQUENCIES = ['IMMEDIATE', 'DAILY'] as const satisfies readonly EmailFrequency[];

/** Messages from the moderators always arrive: the api refuses to turn them off. */
export function canChoose(kind: NotificationKind, channel: NotificationChannel): boolean {
  return !(kind === 'MODERATOR_MESSAGE' && channel === 'OFF');
}

/** The channels to save: every kind on the page, as chosen (kinds not on the page are left alone). */
export function channelsInput(
  chosen: Partial<Record<NotificationKind, NotificationChannel>>,
): { kind: NotificationKind; channel: NotificationChannel }[] {
  return SETTINGS_KINDS.flatMap((kind) => {
    const channel = chosen[kind];
    return channel && canChoose(kind, channel) ? [{ kind, channel }] : [];
  });
}
