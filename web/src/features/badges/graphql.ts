import { graphql } from '../../gql';

export const BadgeFieldsFragment = graphql(`
  fragment BadgeFields on Badge {
    id
    key
    nameJa
    nameEn
    descriptionJa
    descriptionEn
    icon
    criterion
    threshold
    enabled
    position
  }
`);

export const BadgesDocument = graphql(`
  query Badges($includeDisabled: Boolean!) {
    badges(includeDisabled: $includeDisabled) {
      ...BadgeFields
      holderCount
    }
  }
`);

export const BadgeDocument = graphql(`
  query Badge($key: String!, $first: Int!, $after: String) {
    badge(key: $key) {
      ...BadgeFields
      holderCount
      holders(first: $first, after: $after) {
        nodes {
          grantedAt
          reason
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
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const MemberBadgesDocument = graphql(`
  query MemberBadges($handle: String!) {
    member(handle: $handle) {
      id
      badges {
        grantedAt
        reason
        badge {
          ...BadgeFields
        }
      }
    }
  }
`);

export const CreateBadgeDocument = graphql(`
  mutation CreateBadge($input: CreateBadgeInput!) {
    createBadge(input: $input) {
      ...BadgeFields
      holderCount
    }
  }
`);

export const UpdateBadgeDocument = graphql(`
  mutation UpdateBadge($input: UpdateBadgeInput!) {
    updateBadge(input: $input) {
      ...BadgeFields
      holderCount
    }
  }
`);

export const AwardBadgeDocument = graphql(`
  mutation AwardBadge($input: BadgeGrantInput!) {
    awardBadge(input: $input) {
      grantedAt
      reason
      badge {
        id
      }
    }
  }
`);

export const RevokeBadgeDocument = graphql(`
  mutation RevokeBadge($input: BadgeGrantInput!) {
    revokeBadge(input: $input) {
      revokedAt
      badge {
        id
      }
    }
  }
`);
