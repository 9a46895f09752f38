import { graphql } from '../../../gql';

export const ChurnRisksDocument = graphql(`
  query ChurnRisks($reason: ChurnReason, $offset: Int!, $limit: Int!) {
    churnRisks(reason: $reason, offset: $offset, limit: $limit) {
      totalCount
      nodes {
        ...AnalyticsLoyaltyRowFields
        churnReasons
        ltv
        highLtv
        npsClass
        npsScore
      }
    }
  }
`);

export const MessageMembersDocument = graphql(`
  mutation MessageMembers($memberIds: [ID!]!, $subject: String!, $body: String!) {
    messageMembers(memberIds: $memberIds, subject: $subject, body: $body)
  }
`);
