import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  EventAudience,
  EventKind,
  EventListFilter,
  EventStatus,
  RecurrenceFrequency,
  Role,
  RsvpChoice,
  RsvpStatus,
} from '@kizuna/shared';
import { ConnectionType } from '../../../core/graphql/pagination.js';

registerEnumType(EventKind, { name: 'EventKind' });
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'draft: seen by staff only; published; cancelled: shown, closed to RSVPs.',
});
registerEnumType(RsvpStatus, {
  name: 'RsvpStatus',
  description:
    'waitlisted: going, once a seat frees up (seats go in order of arrival); offered: a seat freed up and is held for the member until offeredUntil (answer going to take it).',
});
registerEnumType(RsvpChoice, { name: 'RsvpChoice' });
registerEnumType(EventAudience, {
  name: 'EventAudience',
  description: 'attended and no_shows: once the event has started.',
});
registerEnumType(RecurrenceFrequency, { name: 'RecurrenceFrequency' });
registerEnumType(EventListFilter, {
  name: 'EventListFilter',
  description:
    'upcoming: not ended, soonest first; past: latest first; mine: upcoming events the viewer answered going, waitlisted or interested; drafts: staff only.',
});

@ObjectType({ description: 'The viewer’s answer to an event.' })
export class ViewerRsvp {
  @Field(() => RsvpStatus)
  status: RsvpStatus;

  @Field(() => Int, { description: 'Guests coming with the member (they take seats too).' })
  guests: number;

  @Field(() => Int, { nullable: true, description: 'Place on the waitlist, 1 = next in line.' })
  waitlistPosition: number | null;

  @Field(() => Date)
  respondedAt: Date;

  @Field(() => Date, { nullable: true, description: 'An offered seat is held until then.' })
  offeredUntil: Date | null;
}

@ObjectType('Event', { description: 'A meetup, tasting, study session or launch party.' })
export class CommunityEvent {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown.' })
  description: string;

  @Field({ description: 'Sanitised HTML.' })
  descriptionHtml: string;

  @Field(() => EventKind)
  kind: EventKind;

  @Field(() => String, { nullable: true })
  venueName: string | null;

  @Field(() => String, { nullable: true })
  venueAddress: string | null;

  @Field(() => String, { nullable: true })
  mapUrl: string | null;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field({ description: 'The IANA time zone the event was planned in, such as Asia/Tokyo.' })
  timeZone: string;

  @Field(() => Date, { nullable: true, description: 'RSVPs close then; null: when it starts.' })
  rsvpDeadline: Date | null;

  @Field(() => Int, { nullable: true, description: 'Seats, guests included; null: unlimited.' })
  capacity: number | null;

  @Field(() => Int, { description: 'Guests each member may bring.' })
  guestsAllowed: number;

  @Field(() => Int, { nullable: true, description: 'The rank members need to register.' })
  minRankPosition: number | null;

  @Field(() => [Role], { nullable: true, description: 'Roles that may register; null: all.' })
  roles: Role[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Hours a freed seat is held for the next in line; null: seated at once.',
  })
  claimHours: number | null;

  @Field(() => EventStatus)
  status: EventStatus;

  @Field(() => Int, { description: 'Seats taken: members going and their guests.' })
  seatsTaken: number;

  @Field(() => Int)
  waitlistCount: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'Shared by the occurrences of a repeating event; null for a single event.',
  })
  seriesId: string | null;
}

@ObjectType({ description: 'Who came, for staff.' })
export class EventAttendance {
  @Field(() => Int, { description: 'Members holding a seat (guests not counted).' })
  going: number;

  @Field(() => Int)
  checkedIn: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Going and not checked in; null until check-in closes.',
  })
  noShows: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'noShows ÷ going, 0–1; null until check-in closes or when no one was going.',
  })
  noShowRate: number | null;
}

export const EventConnection = ConnectionType(CommunityEvent, 'Event');

@ObjectType({ description: 'A member’s ticket: shown as a QR code and as the code itself.' })
export class EventTicket {
  @Field({ description: 'Ten characters, such as 7K2QD-M4X9T; useless for another event.' })
  code: string;

  @Field(() => Date, { nullable: true })
  checkedInAt: Date | null;
}

@ObjectType({ description: 'A member’s RSVP as staff see it.' })
export class EventAttendee {
  @Field(() => RsvpStatus)
  status: RsvpStatus;

  @Field(() => Int)
  guests: number;

  @Field(() => Int, { nullable: true })
  waitlistPosition: number | null;

  @Field(() => Date)
  respondedAt: Date;

  @Field(() => Date, { nullable: true })
  checkedInAt: Date | null;

  @Field(() => Date, { nullable: true })
  offeredUntil: Date | null;
}

export const EventAttendeeConnection = ConnectionType(EventAttendee, 'EventAttendee');
