import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import {
  EVENT_LIMITS,
  EventAudience,
  EventKind,
  EventListFilter,
  GAMIFICATION_LIMITS,
  RecurrenceFrequency,
  Role,
  RsvpChoice,
  RsvpStatus,
} from '@kizuna/shared';
import { PageArgs } from '../../../core/graphql/pagination.js';
import {
  IntRange,
  MaxLen,
  OneOf,
  Omittable,
  Optional,
  Required,
  TimeZone,
  WebUrl,
} from '../../../core/validation/rules.js';

@InputType({
  description:
    'Repeats in the event’s time zone at the same wall-clock time: WEEKLY on the same weekday; MONTHLY on the same day of the month, skipping months without that day.',
})
export class RecurrenceInput {
  @Field(() => RecurrenceFrequency)
  @OneOf(Object.values(RecurrenceFrequency))
  frequency: RecurrenceFrequency;

  @Field(() => Int, { description: 'Occurrences, the first included.' })
  @IntRange(EVENT_LIMITS.recurrenceMin, EVENT_LIMITS.recurrenceMax)
  count: number;
}

@InputType()
export class CreateEventInput {
  @Field()
  @Required()
  @MaxLen(EVENT_LIMITS.titleMax)
  title: string;

  @Field({ nullable: true, description: 'Markdown, as in posts.' })
  @Optional()
  @MaxLen(EVENT_LIMITS.descriptionMax)
  description?: string;

  @Field(() => EventKind)
  @OneOf(Object.values(EventKind))
  kind: EventKind;

  @Field(() => ID, { nullable: true, description: 'The space it belongs to, if any.' })
  @Optional()
  spaceId?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(EVENT_LIMITS.venueNameMax)
  venueName?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(EVENT_LIMITS.venueAddressMax)
  venueAddress?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @WebUrl()
  mapUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Shown only to members who are going.' })
  @Optional()
  @WebUrl()
  joinUrl?: string | null;

  @Field(() => Date)
  @Required()
  startsAt: Date;

  @Field(() => Date)
  @Required()
  endsAt: Date;

  @Field({ description: 'IANA time zone, such as Asia/Tokyo.' })
  @Required()
  @TimeZone()
  timeZone: string;

  @Field(() => Date, { nullable: true })
  @Optional()
  rsvpDeadline?: Date | null;

  @Field(() => Int, { nullable: true, description: 'null: unlimited.' })
  @Optional()
  @IntRange(0, EVENT_LIMITS.capacityMax)
  capacity?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @Optional()
  @IntRange(0, EVENT_LIMITS.guestsMax)
  guestsAllowed?: number;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, GAMIFICATION_LIMITS.ranksMax)
  minRankPosition?: number | null;

  @Field(() => [Role], { nullable: true })
  @Optional()
  @IsArray()
  @ArrayMaxSize(4)
  @OneOf(Object.values(Role), true)
  roles?: Role[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Hours a seat freed up is held for the next on the waitlist to accept; null: they are seated at once.',
  })
  @Optional()
  @IntRange(1, EVENT_LIMITS.claimHoursMax)
  claimHours?: number | null;

  @Field({ nullable: true, defaultValue: false, description: 'false keeps it a draft.' })
  @Optional()
  publish?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'An image the organiser uploaded (POST /media).',
  })
  @Optional()
  coverImageId?: string | null;

  @Field(() => RecurrenceInput, {
    nullable: true,
    description:
      'Creates the occurrences together, each its own event with its own RSVPs; the first is returned.',
  })
  @Optional()
  @ValidateNested()
  @Type(() => RecurrenceInput)
  recurrence?: RecurrenceInput | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateEventInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(EVENT_LIMITS.titleMax)
  title?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(EVENT_LIMITS.descriptionMax)
  description?: string;

  @Field(() => EventKind, { nullable: true })
  @Omittable()
  @OneOf(Object.values(EventKind))
  kind?: EventKind;

  @Field(() => ID, { nullable: true })
  @Optional()
  spaceId?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(EVENT_LIMITS.venueNameMax)
  venueName?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(EVENT_LIMITS.venueAddressMax)
  venueAddress?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @WebUrl()
  mapUrl?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @WebUrl()
  joinUrl?: string | null;

  @Field(() => Date, { nullable: true })
  @Omittable()
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  @Omittable()
  endsAt?: Date;

  @Field({ nullable: true })
  @Omittable()
  @TimeZone()
  timeZone?: string;

  @Field(() => Date, { nullable: true })
  @Optional()
  rsvpDeadline?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Raising it seats the waitlist in order.' })
  @Optional()
  @IntRange(0, EVENT_LIMITS.capacityMax)
  capacity?: number | null;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IntRange(0, EVENT_LIMITS.guestsMax)
  guestsAllowed?: number;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, GAMIFICATION_LIMITS.ranksMax)
  minRankPosition?: number | null;

  @Field(() => [Role], { nullable: true })
  @Optional()
  @IsArray()
  @ArrayMaxSize(4)
  @OneOf(Object.values(Role), true)
  roles?: Role[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Hours a seat freed up is held for the next on the waitlist to accept; null: they are seated at once.',
  })
  @Optional()
  @IntRange(1, EVENT_LIMITS.claimHoursMax)
  claimHours?: number | null;
  @Field(() => ID, { nullable: true, description: 'null removes the cover.' })
  @Optional()
  coverImageId?: string | null;
}

@InputType()
export class RsvpInput {
  @Field(() => ID)
  @Required()
  eventId: string;

  @Field(() => RsvpChoice)
  @OneOf(Object.values(RsvpChoice))
  status: RsvpChoice;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @Optional()
  @IntRange(0, EVENT_LIMITS.guestsMax)
  guests?: number;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventListFilter, { defaultValue: EventListFilter.UPCOMING })
  @OneOf(Object.values(EventListFilter))
  filter: EventListFilter = EventListFilter.UPCOMING;

  @Field(() => ID, { nullable: true })
  @Optional()
  spaceId?: string | null;

  @Field(() => EventKind, { nullable: true })
  @Optional()
  @OneOf(Object.values(EventKind))
  kind?: EventKind | null;
}

@ArgsType()
export class AttendeesArgs extends PageArgs {
  @Field(() => ID)
  @Required()
  eventId: string;

  @Field(() => RsvpStatus, { nullable: true })
  @Optional()
  @OneOf(Object.values(RsvpStatus))
  status?: RsvpStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of a name or handle.' })
  @Optional()
  @MaxLen(100)
  search?: string | null;
}

@InputType({ description: 'A ticket code, or a member from the attendee list.' })
export class CheckInInput {
  @Field(() => ID)
  @Required()
  eventId: string;

  @Field(() => String, { nullable: true, description: 'As on the ticket, such as 7K2QD-M4X9T.' })
  @Optional()
  @MaxLen(20)
  code?: string | null;

  @Field(() => ID, { nullable: true })
  @Optional()
  memberId?: string | null;
}

@InputType()
export class MessageAttendeesInput {
  @Field(() => ID)
  @Required()
  eventId: string;

  @Field(() => EventAudience)
  @OneOf(Object.values(EventAudience))
  audience: EventAudience;

  @Field({ description: 'Sent in app, and by mail to those who get this kind by mail.' })
  @Required()
  @MaxLen(EVENT_LIMITS.messageMax)
  message: string;
}

@InputType()
export class UndoCheckInInput {
  @Field(() => ID)
  @Required()
  eventId: string;

  @Field(() => ID)
  @Required()
  memberId: string;

  @Field({ description: 'Why, kept with the attendance record.' })
  @Required()
  @MaxLen(EVENT_LIMITS.undoReasonMax)
  reason: string;
}
