import { graphql } from '../../gql';

export const SearchDocument = graphql(`
  query Search(
    $query: String!
    $first: Int!
    $after: String
    $spaceSlug: String
    $kind: PostKind
    $solved: Boolean
    $authorHandle: String
    $from: DateTime
    $to: DateTime
  ) {
    search(
      query: $query
      first: $first
      after: $after
      spaceSlug: $spaceSlug
      kind: $kind
      solved: $solved
      authorHandle: $authorHandle
      from: $from
      to: $to
    ) {
      nodes {
        type
        score
        snippetHtml
        comment {
          id
          createdAt
          author {
            ...AuthorFields
          }
        }
        post {
          id
          title
          kind
          solved
          createdAt
          author {
            ...AuthorFields
          }
          space {
            id
            slug
            nameJa
            nameEn
            icon
            color
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
