import { graphql } from '../../gql';

export const MemberProfileDocument = graphql(`
  query MemberProfile($handle: String!) {
    member(handle: $handle) {
      id
      handle
      displayName
      avatarUrl
      bio
      role
      status
      joinedAt
      timezone
      viewerFlagged
      rank {
        ...RankChipFields
      }
    }
  }
`);

export const MembersDocument = graphql(`
  query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {
    members(first: $first, after: $after, search: $search, role: $role, status: $status) {
      nodes {
        id
        handle
        displayName
        avatarUrl
        email
        role
        status
        joinedAt
        suspendedAt
        suspensionReason
        rank {
          ...RankChipFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      handle
      displayName
      avatarUrl
      bio
      locale
      timezone
    }
  }
`);

export const SetRoleDocument = graphql(`
  mutation SetRole($memberId: ID!, $role: Role!) {
    setRole(memberId: $memberId, role: $role) {
      id
      role
    }
  }
`);

export const SuspendMemberDocument = graphql(`
  mutation SuspendMember($input: SuspendMemberInput!) {
    suspendMember(input: $input) {
      id
      status
      suspendedAt
      suspensionReason
    }
  }
`);

export const RestoreMemberDocument = graphql(`
  mutation RestoreMember($memberId: ID!) {
    restoreMember(memberId: $memberId) {
      id
      status
      suspendedAt
      suspensionReason
    }
  }
`);

export const ApproveMemberDocument = graphql(`
  mutation ApproveMember($memberId: ID!) {
    approveMember(memberId: $memberId) {
      id
      status
    }
  }
`);

export const RejectMemberDocument = graphql(`
  mutation RejectMember($memberId: ID!) {
    rejectMember(memberId: $memberId)
  }
`);

export const PendingApprovalCountDocument = graphql(`
  query PendingApprovalCount {
    pendingApprovalCount
  }
`);
