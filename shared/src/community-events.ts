export const EventKind = {
  IN_PERSON: 'in_person',
  ONLINE: 'online',
  HYBRID: 'hybrid',
} as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

export const EventStatus = {
  DRAFT: 'draft',
  PUBLISHED: 'published',
  CANCELLED: 'cancelled',
} as const;
export type EventStatus = (typeof EventStatus)[keyof typeof EventStatus];

/**
 * A member's answer to an event; `waitlisted` is "going" while the event is full; `offered`: a
 * seat freed up and is held for the member to accept within the event's claim window.
 */
export const RsvpStatus = {
  GOING: 'going',
  OFFERED: 'offered',
  WAITLISTED: 'waitlisted',
  INTERESTED: 'interested',
  NOT_GOING: 'not_going',
} as const;
export type RsvpStatus = (typeof RsvpStatus)[keyof typeof RsvpStatus];

/** What a member picks; the event decides between going and the waitlist. */
export const RsvpChoice = {
  GOING: 'going',
  INTERESTED: 'interested',
  NOT_GOING: 'not_going',
} as const;
export type RsvpChoice = (typeof RsvpChoice)[keyof typeof RsvpChoice];

export const EventListFilter = {
  UPCOMING: 'upcoming',
  PAST: 'past',
  MINE: 'mine',
  DRAFTS: 'drafts',
} as const;
export type EventListFilter = (typeof EventListFilter)[keyof typeof EventListFilter];

/** Whom staff write to about an event. */
export const EventAudience = {
  GOING: 'going',
  WAITLISTED: 'waitlisted',
  /** Checked in (after the start). */
  ATTENDED: 'attended',
  /** Going and not checked in (after the start). */
  NO_SHOWS: 'no_shows',
} as const;
export type EventAudience = (typeof EventAudience)[keyof typeof EventAudience];

export const EVENT_LIMITS = {
  titleMax: 200,
  descriptionMax: 50_000,
  venueNameMax: 200,
  venueAddressMax: 500,
  urlMax: 2_000,
  capacityMax: 100_000,
  guestsMax: 10,
  claimHoursMax: 168,
  /** Check-in opens this long before the start and closes this long after the end. */
  checkInOpensHoursBefore: 3,
  checkInClosesHoursAfter: 6,
  undoReasonMax: 500,
  messageMax: 2000,
  /** The longest an event may last. */
  durationDaysMax: 31,
  /** The follow-up (a post-event survey) goes out this long after the end. */
  followUpMinutesAfter: 30,
  /** Online attendees are checked in by joining through the platform from this long before. */
  joinOpensMinutesBefore: 15,
  /** Occurrences a repeating event may be created with, the first included. */
  recurrenceMin: 2,
  recurrenceMax: 12,
} as const;

/**
 * How a series repeats, in the event's time zone: weekly on the same weekday; monthly on the
 * same day of the month, skipping months without that day (a series from the 31st meets only
 * months with a 31st).
 */
export const RecurrenceFrequency = {
  WEEKLY: 'weekly',
  MONTHLY: 'monthly',
} as const;
export type RecurrenceFrequency = (typeof RecurrenceFrequency)[keyof typeof RecurrenceFrequency];
