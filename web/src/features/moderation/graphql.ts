import { graphql } from '../../gql';

export const ReviewMemberFieldsFragment = graphql(`
  fragment ReviewMemberFields on Member {
    id
    handle
    displayName
    avatarUrl
    role
    status
    joinedAt
  }
`);

export const SanctionFieldsFragment = graphql(`
  fragment SanctionFields on Sanction {
    id
    kind
    reason
    message
    endsAt
    createdAt
    createdBy {
      id
      handle
      displayName
    }
  }
`);

export const ReviewItemFieldsFragment = graphql(`
  fragment ReviewItemFields on ReviewItem {
    id
    targetType
    targetId
    status
    source
    detail
    score
    flagCount
    hiddenByReview
    createdAt
    updatedAt
    resolvedAt
    resolution
    resolvedBy {
      id
      handle
      displayName
    }
    content {
      label
      excerpt
      path
      hidden
      deleted
      createdAt
    }
    author {
      ...ReviewMemberFields
    }
    flags {
      id
      reason
      note
      weight
      createdAt
      flagger {
        id
        handle
        displayName
        avatarUrl
      }
      flaggerAccuracy {
        agreed
        disagreed
        rate
      }
    }
  }
`);

export const ReviewQueueDocument = graphql(`
  query ReviewQueue(
    $status: ReviewStatus!
    $targetType: ReviewTargetType
    $source: ReviewSource
    $reason: FlagReason
    $first: Int!
    $after: String
  ) {
    reviewQueue(
      status: $status
      targetType: $targetType
      source: $source
      reason: $reason
      first: $first
      after: $after
    ) {
      nodes {
        ...ReviewItemFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The author's record beside one item (the api reads it per item, so only for the chosen one). */
export const ReviewAuthorHistoryDocument = graphql(`
  query ReviewAuthorHistory($id: ID!) {
    reviewItem(id: $id) {
      id
      authorHistory {
        agreed
        disagreed
        ignored
        pending
      }
      authorSanctions {
        ...SanctionFields
      }
    }
  }
`);

export const ReviewQueueCountDocument = graphql(`
  query ReviewQueueCount {
    reviewQueueCount
  }
`);

export const ResolveReviewItemDocument = graphql(`
  mutation ResolveReviewItem($input: ResolveReviewInput!) {
    resolveReviewItem(input: $input) {
      id
      status
      resolution
      resolvedAt
      hiddenByReview
    }
  }
`);

export const MemberRecordDocument = graphql(`
  query MemberRecord($memberId: ID!) {
    memberRecord(memberId: $memberId) {
      member {
        ...ReviewMemberFields
        email
        suspendedAt
        suspensionReason
      }
      suspendedUntil
      silencedUntil
      silenceReason
      sanctions {
        ...SanctionFields
      }
      reviewHistory {
        agreed
        disagreed
        ignored
        pending
      }
      flagAccuracy {
        agreed
        disagreed
        rate
      }
    }
  }
`);

export const WarnMemberDocument = graphql(`
  mutation WarnMember($input: WarnMemberInput!) {
    warnMember(input: $input) {
      ...SanctionFields
    }
  }
`);

export const SilenceMemberDocument = graphql(`
  mutation SilenceMember($input: SilenceMemberInput!) {
    silenceMember(input: $input) {
      id
      status
    }
  }
`);

export const UnsilenceMemberDocument = graphql(`
  mutation UnsilenceMember($memberId: ID!) {
    unsilenceMember(memberId: $memberId) {
      id
      status
    }
  }
`);

export const ModerationSettingsFieldsFragment = graphql(`
  fragment ModerationSettingsFields on ModerationSettings {
    flagMinRank
    flagsPerHour
    hideThreshold
    newMemberDays
    trustedRank
    newMemberMaxLinks
    newMemberMaxImages
    newMemberMaxMentions
    holdNewMemberLinks
  }
`);

export const ModerationSettingsDocument = graphql(`
  query ModerationSettings {
    moderationSettings {
      ...ModerationSettingsFields
    }
  }
`);

export const UpdateModerationSettingsDocument = graphql(`
  mutation UpdateModerationSettings($input: ModerationSettingsInput!) {
    updateModerationSettings(input: $input) {
      ...ModerationSettingsFields
    }
  }
`);

export const WatchedWordsDocument = graphql(`
  query WatchedWords {
    watchedWords {
      id
      word
      action
      createdAt
    }
  }
`);

export const AddWatchedWordDocument = graphql(`
  mutation AddWatchedWord($input: WatchedWordInput!) {
    addWatchedWord(input: $input) {
      id
      word
      action
      createdAt
    }
  }
`);

export const RemoveWatchedWordDocument = graphql(`
  mutation RemoveWatchedWord($id: ID!) {
    removeWatchedWord(id: $id) {
      id
      word
    }
  }
`);

export const AuditLogDocument = graphql(`
  query AuditLog(
    $actorId: ID
    $action: String
    $targetType: String
    $targetId: String
    $from: DateTime
    $to: DateTime
    $search: String
    $first: Int!
    $after: String
  ) {
    auditLog(
      actorId: $actorId
      action: $action
      targetType: $targetType
      targetId: $targetId
      from: $from
      to: $to
      search: $search
      first: $first
      after: $after
    ) {
      nodes {
        id
        at
        actor {
          id
          handle
          displayName
          avatarUrl
        }
        actorRole
        ip
        action
        targetType
        targetId
        targetLabel
        reason
        changes {
          field
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Members to choose the audit log's actor from, by name, handle or email. */
export const AuditActorSearchDocument = graphql(`
  query AuditActorSearch($search: String!) {
    members(first: 10, search: $search) {
      nodes {
        id
        handle
        displayName
        role
      }
    }
  }
`);
