import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Reading, Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentReader, CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import {
  isStaff,
  memberOf,
  type GqlContext,
  type Reader,
  type Viewer,
} from '../../core/auth/viewer.js';
import { CONFIG, type Config } from '../../config/env.js';
import { Space } from '../spaces/models/space.model.js';
import { SpacesLoaderFactory } from '../spaces/spaces.loader.js';
import {
  AttendeesArgs,
  CheckInInput,
  CreateEventInput,
  EventsArgs,
  MessageAttendeesInput,
  RsvpInput,
  UndoCheckInInput,
  UpdateEventInput,
} from './dto/event.inputs.js';
import {
  AttendanceLoaderFactory,
  GoingPreviewLoaderFactory,
  ViewerRsvpLoaderFactory,
} from './events.loaders.js';
import { EventPolicy } from './events.policy.js';
import type { EventRow, RsvpRow } from './events.repository.js';
import { Member } from '../members/models/member.model.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { EventsService } from './events.service.js';
import { CalendarService } from './calendar.service.js';
import {
  CommunityEvent,
  EventAttendance,
  EventAttendee,
  EventAttendeeConnection,
  EventConnection,
  EventTicket,
  ViewerRsvp,
} from './models/event.model.js';

@Resolver(() => CommunityEvent)
export class EventsResolver {
  constructor(
    private readonly service: EventsService,
    private readonly spacesLoader: SpacesLoaderFactory,
    private readonly rsvps: ViewerRsvpLoaderFactory,
    private readonly calendar: CalendarService,
    private readonly attendanceLoader: AttendanceLoaderFactory,
    @Inject(CONFIG) private readonly config: Config,
    private readonly goingPreview: GoingPreviewLoaderFactory,
    private readonly members: MembersLoaderFactory,
  ) {}

  @Reading()
  @Query(() => EventConnection)
  events(@CurrentReader() reader: Reader, @Args() args: EventsArgs) {
    return this.service.list(reader, args);
  }

  @Reading()
  @Query(() => CommunityEvent)
  event(@CurrentReader() reader: Reader, @Args('id', { type: () => ID }) id: string) {
    return this.service.byId(reader, id);
  }

  @Roles('moderator')
  @Mutation(() => CommunityEvent, { description: 'A draft unless `publish` is true.' })
  createEvent(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateEventInput) {
    return this.service.create(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => CommunityEvent)
  updateEvent(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateEventInput) {
    return this.service.update(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => CommunityEvent, { description: 'A draft copy of the event, without its RSVPs.' })
  duplicateEvent(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.duplicate(viewer, id);
  }

  @Roles('moderator')
  @Mutation(() => CommunityEvent)
  publishEvent(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.publish(viewer, id);
  }

  @Roles('moderator')
  @Mutation(() => CommunityEvent, { description: 'Closes it to RSVPs; it stays readable.' })
  cancelEvent(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.cancel(viewer, id);
  }

  @SignedIn()
  @Mutation(() => CommunityEvent, {
    description: 'Going (or the waitlist when full), interested or not going.',
  })
  async rsvpEvent(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RsvpInput,
    @Context() ctx: GqlContext,
  ) {
    const { event, rsvp } = await this.service.rsvp(viewer, input);
    const key = { eventId: event.id, memberId: viewer.memberId };
    const rsvps = ctx.loaders.get(this.rsvps).clear(key);
    if (rsvp) rsvps.prime(key, rsvp);
    return event;
  }

  @ResolveField(() => EventTicket, {
    nullable: true,
    description: 'The viewer’s ticket, while they hold a seat.',
  })
  async viewerTicket(event: EventRow, _args: unknown, ctx: GqlContext) {
    const viewer = memberOf(ctx.req.viewer);
    if (!viewer) return null;
    const r = await ctx.loaders
      .get(this.rsvps)
      .load({ eventId: event.id, memberId: viewer.memberId });
    return r?.status === 'going' ? { code: r.ticketCode, checkedInAt: r.checkedInAt } : null;
  }

  @ResolveField(() => String, { description: 'The event as an iCalendar (.ics) file.' })
  calendarFileUrl(event: EventRow) {
    return this.calendar.fileUrl(event);
  }

  @ResolveField(() => String, { description: '“Add to Google Calendar”.' })
  googleCalendarUrl(event: EventRow) {
    return this.calendar.googleUrl(event);
  }

  @SignedIn()
  @Query(() => String, {
    nullable: true,
    description:
      'The viewer’s personal calendar feed of the events they hold a seat at; null while off.',
  })
  calendarFeedUrl(@CurrentViewer() viewer: Viewer) {
    return this.calendar.feedUrl(viewer);
  }

  @SignedIn()
  @Mutation(() => String, { description: 'A new feed address; the previous one stops working.' })
  resetCalendarFeed(@CurrentViewer() viewer: Viewer) {
    return this.calendar.resetFeed(viewer);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Turns the feed off.' })
  removeCalendarFeed(@CurrentViewer() viewer: Viewer) {
    return this.calendar.removeFeed(viewer);
  }

  @ResolveField(() => Space, { nullable: true })
  space(event: EventRow, _args: unknown, ctx: GqlContext) {
    return event.spaceId ? this.spacesLoader.load(ctx.loaders, event.spaceId) : null;
  }

  @ResolveField(() => ViewerRsvp, { nullable: true })
  async viewerRsvp(event: EventRow, _args: unknown, ctx: GqlContext) {
    const viewer = memberOf(ctx.req.viewer);
    if (!viewer) return null;
    const r = await ctx.loaders
      .get(this.rsvps)
      .load({ eventId: event.id, memberId: viewer.memberId });
    return r && { ...r, waitlistPosition: r.position };
  }

  @ResolveField(() => [Member], {
    description: `Up to ${GoingPreviewLoaderFactory.LIMIT} members going, earliest first; empty for visitors.`,
  })
  async attendeesPreview(event: EventRow, _args: unknown, ctx: GqlContext) {
    if (!memberOf(ctx.req.viewer)) return [];
    const ids = await ctx.loaders.get(this.goingPreview).load(event.id);
    const members = await ctx.loaders.get(this.members).loadMany(ids);
    return members.filter((m) => m && !(m instanceof Error));
  }

  @ResolveField(() => Int, { nullable: true, description: 'Seats free; null: unlimited.' })
  spotsLeft(event: EventRow) {
    return event.capacity === null ? null : Math.max(0, event.capacity - event.seatsTaken);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer’s rank and role let them register (a locked event shows what opens it).',
  })
  viewerCanRegister(event: EventRow, _args: unknown, ctx: GqlContext) {
    return this.service.canRegister(ctx.req.viewer ?? null, event);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The online join link: staff get the meeting’s own address; members going get the community’s, which checks them in when they join during the event.',
  })
  async joinUrl(event: EventRow, _args: unknown, ctx: GqlContext) {
    if (!event.joinUrl) return null;
    if (isStaff(ctx.req.viewer)) return event.joinUrl;
    const viewer = memberOf(ctx.req.viewer);
    const r = viewer
      ? await ctx.loaders.get(this.rsvps).load({ eventId: event.id, memberId: viewer.memberId })
      : null;
    return EventPolicy.canJoinOnline(ctx.req.viewer ?? null, r?.status === 'going')
      ? `${this.config.PUBLIC_URL}/event-links/${event.id}/join`
      : null;
  }

  @ResolveField(() => EventAttendance, { nullable: true, description: 'For staff.' })
  async attendance(event: EventRow, _args: unknown, ctx: GqlContext) {
    if (!isStaff(ctx.req.viewer)) return null;
    return this.service.attendance(
      event,
      await ctx.loaders.get(this.attendanceLoader).load(event.id),
    );
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The attendee list as CSV, for staff.',
  })
  attendeesCsvUrl(event: EventRow, _args: unknown, ctx: GqlContext) {
    return isStaff(ctx.req.viewer)
      ? `${this.config.PUBLIC_URL}/event-links/${event.id}/attendees.csv`
      : null;
  }
}

@Resolver(() => EventAttendee)
export class EventAttendeesResolver {
  constructor(
    private readonly service: EventsService,
    private readonly members: MembersLoaderFactory,
  ) {}

  @Roles('moderator')
  @Query(() => EventAttendeeConnection, { description: 'An event’s RSVPs, earliest first.' })
  eventAttendees(@Args() args: AttendeesArgs) {
    return this.service.attendees(args);
  }

  @Roles('moderator')
  @Mutation(() => EventAttendee, { description: 'Checking in twice changes nothing.' })
  checkInAttendee(@CurrentViewer() viewer: Viewer, @Args('input') input: CheckInInput) {
    return this.service.checkIn(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => Int, { description: 'Writes to the event’s members; how many were told.' })
  messageEventAttendees(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MessageAttendeesInput,
  ) {
    return this.service.message(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => EventAttendee, { description: 'The attendance and its points are taken back.' })
  undoCheckIn(@CurrentViewer() viewer: Viewer, @Args('input') input: UndoCheckInInput) {
    return this.service.undoCheckIn(viewer, input);
  }

  @ResolveField(() => Member)
  member(r: RsvpRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(r.memberId);
  }

  @ResolveField(() => Int, { nullable: true })
  waitlistPosition(r: RsvpRow) {
    return r.position;
  }
}
