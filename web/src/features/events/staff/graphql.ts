import { graphql } from '../../../gql';

export const StaffEventFieldsFragment = graphql(`
  fragment StaffEventFields on Event {
    id
    title
    status
    kind
    startsAt
    endsAt
    timeZone
    capacity
    seatsTaken
    waitlistCount
    attendance {
      going
      checkedIn
      noShows
      noShowRate
    }
    attendeesCsvUrl
    venueName
    space {
      id
      nameJa
      nameEn
      icon
    }
  }
`);

export const StaffEventsDocument = graphql(`
  query StaffEvents($filter: EventListFilter!, $first: Int!, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      nodes {
        ...StaffEventFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const StaffEventDocument = graphql(`
  query StaffEvent($id: ID!) {
    event(id: $id) {
      ...StaffEventFields
      description
      venueAddress
      mapUrl
      joinUrl
      rsvpDeadline
      guestsAllowed
      minRankPosition
      roles
      claimHours
      coverUrl
    }
  }
`);

export const EventFormOptionsDocument = graphql(`
  query EventFormOptions($first: Int!) {
    community {
      timezone
    }
    ranks {
      id
      position
      nameJa
      nameEn
    }
    spaces(first: $first) {
      nodes {
        id
        nameJa
        nameEn
        icon
        archivedAt
      }
    }
  }
`);

export const CreateEventDocument = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...StaffEventFields
    }
  }
`);

export const UpdateEventDocument = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      ...StaffEventFields
    }
  }
`);

export const PublishEventDocument = graphql(`
  mutation PublishEvent($id: ID!) {
    publishEvent(id: $id) {
      ...StaffEventFields
    }
  }
`);

export const CancelEventDocument = graphql(`
  mutation CancelEvent($id: ID!) {
    cancelEvent(id: $id) {
      ...StaffEventFields
    }
  }
`);

export const DuplicateEventDocument = graphql(`
  mutation DuplicateEvent($id: ID!) {
    duplicateEvent(id: $id) {
      ...StaffEventFields
    }
  }
`);

export const AttendeeFieldsFragment = graphql(`
  fragment AttendeeFields on EventAttendee {
    status
    guests
    respondedAt
    checkedInAt
    waitlistPosition
    member {
      id
      handle
      displayName
      avatarUrl
      rank {
        id
        position
        nameJa
        nameEn
      }
    }
  }
`);

export const EventAttendeesDocument = graphql(`
  query EventAttendees(
    $eventId: ID!
    $status: RsvpStatus
    $search: String
    $first: Int!
    $after: String
  ) {
    eventAttendees(
      eventId: $eventId
      status: $status
      search: $search
      first: $first
      after: $after
    ) {
      nodes {
        ...AttendeeFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CheckInAttendeeDocument = graphql(`
  mutation CheckInAttendee($input: CheckInInput!) {
    checkInAttendee(input: $input) {
      ...AttendeeFields
    }
  }
`);

export const UndoCheckInDocument = graphql(`
  mutation UndoCheckIn($input: UndoCheckInInput!) {
    undoCheckIn(input: $input) {
      ...AttendeeFields
    }
  }
`);

export const MessageEventAttendeesDocument = graphql(`
  mutation MessageEventAttendees($input: MessageAttendeesInput!) {
    messageEventAttendees(input: $input)
  }
`);
