import { graphql } from '../../gql';

/** What a rank chip next to a name needs (leaf fields only: free in the cost limit). */
export const RankChipFieldsFragment = graphql(`
  fragment RankChipFields on Rank {
    id
    position
    nameJa
    nameEn
    color
    icon
  }
`);

export const RankFieldsFragment = graphql(`
  fragment RankFields on Rank {
    id
    position
    nameJa
    nameEn
    color
    icon
    threshold
    minActiveDays
    minBestAnswers
    perksJa
    perksEn
  }
`);

export const StandingFieldsFragment = graphql(`
  fragment StandingFields on Standing {
    balance
    lifetime
    posts
    comments
    bestAnswers
    reactionsReceived
    eventsAttended
    activeDays
    currentStreak
    bestStreak
    rank {
      ...RankFields
    }
    nextRank {
      ...RankFields
    }
  }
`);

export const MemberStandingDocument = graphql(`
  query MemberStanding($handle: String!) {
    member(handle: $handle) {
      id
      rank {
        ...RankChipFields
      }
      standing {
        ...StandingFields
      }
    }
  }
`);

export const MyStandingDocument = graphql(`
  query MyStanding {
    me {
      id
      rank {
        ...RankChipFields
      }
      standing {
        ...StandingFields
      }
    }
  }
`);

export const PointHistoryDocument = graphql(`
  query PointHistory($handle: String!, $first: Int!, $after: String) {
    pointHistory(handle: $handle, first: $first, after: $after) {
      nodes {
        id
        rule
        points
        reversal
        reason
        createdAt
        actor {
          id
          handle
          displayName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RanksDocument = graphql(`
  query Ranks {
    ranks {
      ...RankFields
    }
  }
`);

export const UpdateRanksDocument = graphql(`
  mutation UpdateRanks($ranks: [RankInput!]!) {
    updateRanks(ranks: $ranks) {
      id
      done
      total
      finished
      failed
    }
  }
`);

export const JobProgressDocument = graphql(`
  query JobProgress($id: ID!) {
    jobProgress(id: $id) {
      id
      done
      total
      finished
      failed
    }
  }
`);

export const PointRulesDocument = graphql(`
  query PointRules {
    pointRules {
      key
      points
      dailyCap
      once
      enabled
    }
  }
`);

export const UpdatePointRulesDocument = graphql(`
  mutation UpdatePointRules($rules: [PointRuleInput!]!) {
    updatePointRules(rules: $rules) {
      key
      points
      dailyCap
      once
      enabled
    }
  }
`);

export const AdjustPointsDocument = graphql(`
  mutation AdjustPoints($input: AdjustPointsInput!) {
    adjustPoints(input: $input) {
      ...StandingFields
    }
  }
`);

export const LeaderboardEntryFieldsFragment = graphql(`
  fragment LeaderboardEntryFields on LeaderboardEntry {
    rank
    points
    member {
      id
      handle
      displayName
      avatarUrl
      rank {
        ...RankChipFields
      }
    }
  }
`);

export const LeaderboardDocument = graphql(`
  query Leaderboard($period: LeaderboardPeriod!, $first: Int!, $after: String) {
    leaderboard(period: $period) {
      period
      startsOn
      refreshedAt
      memberCount
      viewer {
        ...LeaderboardEntryFields
      }
      entries(first: $first, after: $after) {
        nodes {
          ...LeaderboardEntryFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
