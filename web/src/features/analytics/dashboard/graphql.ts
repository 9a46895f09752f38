import { graphql } from '../../../gql';

export const AnalyticsZoneDocument = graphql(`
  query AnalyticsZone {
    community {
      timezone
    }
  }
`);

export const AnalyticsRunFieldsFragment = graphql(`
  fragment AnalyticsRunFields on AnalyticsRun {
    id
    kind
    status
    progress
    asOf
    startedAt
    finishedAt
    error
  }
`);

export const AnalyticsDashboardDocument = graphql(`
  query AnalyticsDashboard($from: String!, $to: String!, $spaceId: ID) {
    analyticsDashboard(from: $from, to: $to, spaceId: $spaceId) {
      from
      to
      timeZone
      computedAt
      membersTotal
      membersNew
      stickiness
      activity {
        day
        dau
        wau
        mau
        posts
        comments
      }
      questions {
        asked
        answered
        answeredShare
        medianFirstAnswerMinutes
      }
      events {
        seats
        attended
        noShows
        attendanceRate
        noShowRate
      }
      npsTrend {
        period
        nps
        responses
      }
      tiers {
        tier
        count
      }
      tierFlow {
        month
        from
        to
        count
      }
      cohorts {
        month
        size
        retained
      }
      topContributors {
        ...AnalyticsLoyaltyRowFields
      }
      matrix {
        asOf
        customers
        highLtvCutoff
        cells {
          cell
          count
          share
          revenueInYear
        }
        revenueAtRiskDetractors
        revenueAtRiskPassives
      }
      rfm {
        segment
        count
        share
        revenue
        revenueShare
        averageMonetary
      }
    }
  }
`);

/** The spaces to filter by (staff see every space; communities have few). */
export const AnalyticsSpacesDocument = graphql(`
  query AnalyticsSpaces {
    spaces(first: 100) {
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

export const AnalyticsRunDocument = graphql(`
  query AnalyticsRun {
    analyticsRun {
      ...AnalyticsRunFields
    }
  }
`);

export const RecomputeAnalyticsDocument = graphql(`
  mutation RecomputeAnalytics {
    recomputeAnalytics {
      ...AnalyticsRunFields
    }
  }
`);
