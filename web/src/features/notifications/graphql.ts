import { graphql } from '../../gql';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    actorCount
    actors {
      id
      handle
      displayName
      avatarUrl
    }
    post {
      id
      title
    }
    commentId
    subject {
      type
      id
    }
    params {
      message
      title
      years
      points
      position
      hours
      nameJa
      nameEn
      icon
      into
      path
    }
    read
    createdAt
    updatedAt
  }
`);

export const NotificationUnreadCountDocument = graphql(`
  query NotificationUnreadCount {
    notificationUnreadCount
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        ...NotificationFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationPreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      emailFrequency
      channels {
        kind
        channel
      }
    }
  }
`);

export const UpdateNotificationPreferencesDocument = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      emailFrequency
      channels {
        kind
        channel
      }
    }
  }
`);

export const SendMemberMessageDocument = graphql(`
  mutation SendMemberMessage($input: SendMemberMessageInput!) {
    sendMemberMessage(input: $input)
  }
`);

export const NotificationDocument = graphql(`
  query Notification($id: ID!) {
    notification(id: $id) {
      ...NotificationFields
    }
  }
`);
