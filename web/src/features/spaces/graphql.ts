import { graphql } from '../../gql';

export const SpaceFieldsFragment = graphql(`
  fragment SpaceFields on Space {
    id
    slug
    nameJa
    nameEn
    descriptionJa
    descriptionEn
    icon
    color
    position
    archivedAt
    viewerCanPost
  }
`);

/** Every space in one page: communities have few, and the api allows up to 100 per page. */
export const SPACES_PAGE_SIZE = 100;

export const SpacesDocument = graphql(`
  query Spaces($first: Int!, $after: String) {
    spaces(first: $first, after: $after) {
      nodes {
        ...SpaceFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SpaceDocument = graphql(`
  query Space($slug: String!) {
    space(slug: $slug) {
      ...SpaceFields
      viewerFollows
      followerCount
    }
  }
`);

export const FollowSpaceDocument = graphql(`
  mutation FollowSpace($spaceId: ID!, $follow: Boolean!) {
    followSpace(spaceId: $spaceId, follow: $follow) {
      __typename
      id
      viewerFollows
      followerCount
    }
  }
`);

export const SpacesAdminDocument = graphql(`
  query SpacesAdmin($first: Int!) {
    spaces(first: $first) {
      nodes {
        ...SpaceFields
        postRoles
        viewRoles
        minRankPosition
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateSpaceDocument = graphql(`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      ...SpaceFields
      postRoles
      viewRoles
      minRankPosition
    }
  }
`);

export const UpdateSpaceDocument = graphql(`
  mutation UpdateSpace($input: UpdateSpaceInput!) {
    updateSpace(input: $input) {
      ...SpaceFields
      postRoles
      viewRoles
      minRankPosition
    }
  }
`);

export const ReorderSpacesDocument = graphql(`
  mutation ReorderSpaces($ids: [ID!]!) {
    reorderSpaces(ids: $ids) {
      id
      position
    }
  }
`);
