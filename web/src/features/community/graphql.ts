import { graphql } from '../../gql';

export const CommunityDocument = graphql(`
  query Community {
    community {
      name
      description
      logoUrl
      registrationMode
      leaderboardsIncludeStaff
      moderatorsCanSuspend
      visibleToVisitors
      defaultLocale
      timezone
      updatedAt
    }
  }
`);

export const UpdateCommunityDocument = graphql(`
  mutation UpdateCommunity($input: UpdateCommunityInput!) {
    updateCommunity(input: $input) {
      name
      description
      logoUrl
      registrationMode
      leaderboardsIncludeStaff
      moderatorsCanSuspend
      visibleToVisitors
      defaultLocale
      timezone
      updatedAt
    }
  }
`);

export const InvitesDocument = graphql(`
  query Invites($first: Int!, $after: String) {
    invites(first: $first, after: $after) {
      nodes {
        id
        code
        note
        status
        uses
        maxUses
        expiresAt
        revokedAt
        createdAt
        createdBy {
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

export const CreateInviteDocument = graphql(`
  mutation CreateInvite($input: CreateInviteInput!) {
    createInvite(input: $input) {
      id
      code
      note
      status
      uses
      maxUses
      expiresAt
      revokedAt
      createdAt
    }
  }
`);

export const RevokeInviteDocument = graphql(`
  mutation RevokeInvite($id: ID!) {
    revokeInvite(id: $id) {
      id
      status
      revokedAt
    }
  }
`);

export const DevMailboxDocument = graphql(`
  query DevMailbox($first: Int!, $after: String) {
    devMailbox(first: $first, after: $after) {
      nodes {
        id
        to
        subject
        body
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
