import { graphql } from '../../../gql';

export const Member360PageDocument = graphql(`
  query Member360Page($memberId: ID!) {
    member360(memberId: $memberId) {
      member {
        id
        handle
        displayName
        avatarUrl
        role
        joinedAt
        rank {
          id
          position
          nameJa
          nameEn
          color
          icon
        }
      }
      loyalty {
        asOf
        engagementScore
        engagementTier
        previousScore
        trend
        why {
          action
          count
          points
        }
        activeDays90
        lastActiveOn
        posts
        bestAnswers
        eventsAttended
        membershipDays
        matrixCell
        churnReasons
      }
      customer {
        ...CustomerRowFields
      }
      orders {
        orderId
        orderedAt
        amount
      }
      npsHistory {
        surveyId
        surveyTitle
        score
        npsClass
        answeredAt
        imported
      }
      segments {
        setId
        name
        standing
      }
      timeline {
        at
        action
        subjectType
        subjectId
        title
        points
      }
    }
  }
`);

export const SetMemberCustomerIdDocument = graphql(`
  mutation SetMemberCustomerId($memberId: ID!, $customerId: String) {
    setMemberCustomerId(memberId: $memberId, customerId: $customerId)
  }
`);
