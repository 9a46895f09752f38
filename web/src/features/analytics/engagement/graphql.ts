import { graphql } from '../../../gql';

/** A member as the analytics lists show them: linked to their member 360 page. */
export const AnalyticsMemberFieldsFragment = graphql(`
  fragment AnalyticsMemberFields on Member {
    id
    handle
    displayName
    avatarUrl
  }
`);

/** One member's engagement, as every analytics list shows it. */
export const AnalyticsLoyaltyRowFieldsFragment = graphql(`
  fragment AnalyticsLoyaltyRowFields on MemberLoyalty {
    memberId
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
    member {
      ...AnalyticsMemberFields
    }
  }
`);

export const EngagementPageDocument = graphql(`
  query EngagementPage($tier: EngagementTier, $offset: Int!, $limit: Int!) {
    analyticsSettings {
      windowDays
      halfLifeDays
    }
    engagement(tier: $tier, offset: $offset, limit: $limit) {
      distribution {
        tier
        count
      }
      totalCount
      nodes {
        ...AnalyticsLoyaltyRowFields
      }
    }
  }
`);
