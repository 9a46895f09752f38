import { graphql } from '../../gql';

/** What a card in the list or the calendar shows. */
export const EventCardFieldsFragment = graphql(`
  fragment EventCardFields on Event {
    id
    title
    kind
    status
    startsAt
    endsAt
    timeZone
    venueName
    capacity
    seatsTaken
    spotsLeft
    waitlistCount
    minRankPosition
    viewerCanRegister
    space {
      id
      slug
      nameJa
      nameEn
      icon
      color
    }
    viewerRsvp {
      status
      guests
      waitlistPosition
    }
  }
`);

export const EVENTS_PAGE_SIZE = 20;
/** The calendar shows a month at a time: the api's largest page covers any community's month. */
export const CALENDAR_PAGE_SIZE = 100;

export const EventsDocument = graphql(`
  query Events(
    $filter: EventListFilter!
    $first: Int!
    $after: String
    $spaceId: ID
    $kind: EventKind
  ) {
    events(filter: $filter, first: $first, after: $after, spaceId: $spaceId, kind: $kind) {
      nodes {
        ...EventCardFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The viewer's own answer and seat: refetched when the counts move (a seat may have come free). */
export const EventViewerFieldsFragment = graphql(`
  fragment EventViewerFields on Event {
    id
    seatsTaken
    spotsLeft
    waitlistCount
    joinUrl
    viewerCanRegister
    viewerRsvp {
      status
      guests
      waitlistPosition
      offeredUntil
      respondedAt
    }
    viewerTicket {
      code
      checkedInAt
    }
  }
`);

export const EventDocument = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      ...EventCardFields
      ...EventViewerFields
      descriptionHtml
      venueAddress
      mapUrl
      rsvpDeadline
      guestsAllowed
      calendarFileUrl
      googleCalendarUrl
      coverUrl
      discussion {
        id
        commentCount
        lockedAt
      }
      series {
        id
        startsAt
        status
      }
      attendeesPreview {
        id
        handle
        displayName
        avatarUrl
      }
    }
  }
`);

export const EventViewerDocument = graphql(`
  query EventViewer($id: ID!) {
    event(id: $id) {
      ...EventViewerFields
      attendeesPreview {
        id
        handle
        displayName
        avatarUrl
      }
    }
  }
`);

export const RsvpEventDocument = graphql(`
  mutation RsvpEvent($input: RsvpInput!) {
    rsvpEvent(input: $input) {
      ...EventCardFields
      ...EventViewerFields
      attendeesPreview {
        id
        handle
        displayName
        avatarUrl
      }
    }
  }
`);
