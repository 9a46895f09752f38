import { graphql } from '../../gql';

export const IDEAS_PAGE_SIZE = 20;

export const FeedbackBoardFieldsFragment = graphql(`
  fragment FeedbackBoardFields on FeedbackBoard {
    id
    slug
    nameJa
    nameEn
    descriptionJa
    descriptionEn
    requiresApproval
    voteBudget
    ideaCount
    viewerCanPost
    viewerCanVote
    viewerOpenVotes
  }
`);

export const FeedbackBoardsDocument = graphql(`
  query FeedbackBoards {
    feedbackBoards {
      ...FeedbackBoardFields
      position
    }
  }
`);

export const FeedbackBoardDocument = graphql(`
  query FeedbackBoard($slug: String!) {
    feedbackBoard(slug: $slug) {
      ...FeedbackBoardFields
    }
  }
`);

/** What a card in a list, the roadmap or the triage inbox shows. */
export const IdeaCardFieldsFragment = graphql(`
  fragment IdeaCardFields on Idea {
    id
    title
    status
    statusChangedAt
    approval
    voteCount
    followerCount
    viewerVoted
    viewerFollows
    tags
    createdAt
    author {
      id
      handle
      displayName
      avatarUrl
    }
    board {
      id
      slug
      nameJa
      nameEn
      viewerCanVote
    }
    post {
      id
      commentCount
    }
  }
`);

export const IdeasDocument = graphql(`
  query Ideas(
    $boardId: ID
    $status: [IdeaStatus!]
    $tag: String
    $sort: IdeaSort
    $minVoterRankPosition: Int
    $approval: IdeaApproval
    $first: Int
    $after: String
  ) {
    ideas(
      boardId: $boardId
      status: $status
      tag: $tag
      sort: $sort
      minVoterRankPosition: $minVoterRankPosition
      approval: $approval
      first: $first
      after: $after
    ) {
      nodes {
        ...IdeaCardFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const IdeaDocument = graphql(`
  query Idea($id: ID!) {
    idea(id: $id) {
      ...IdeaCardFields
      body
      bodyHtml
      viewerCanEdit
      viewerFlagged
      hiddenFromRoadmap
      officialAnswer {
        body
        bodyHtml
        answeredAt
        updatedAt
        author {
          id
          handle
          displayName
          avatarUrl
        }
      }
      statusHistory {
        id
        from
        to
        note
        at
        actor {
          id
          handle
          displayName
        }
      }
      mergedInto {
        id
        title
        status
      }
      mergedIdeas {
        id
        title
        status
        voteCount
      }
      post {
        id
        commentCount
        lockedAt
        reactions {
          ...ReactionFields
        }
      }
    }
  }
`);

export const SimilarIdeasDocument = graphql(`
  query SimilarIdeas($boardId: ID, $title: String!) {
    similarIdeas(boardId: $boardId, title: $title) {
      id
      title
      status
      voteCount
    }
  }
`);

export const RoadmapDocument = graphql(`
  query Roadmap {
    roadmap {
      planned {
        ...IdeaCardFields
      }
      inProgress {
        ...IdeaCardFields
      }
      released {
        ...IdeaCardFields
      }
    }
  }
`);

export const ChangelogEntryFieldsFragment = graphql(`
  fragment ChangelogEntryFields on ChangelogEntry {
    id
    title
    body
    bodyHtml
    releasedOn
    publishedAt
    ideas {
      id
      title
      status
    }
  }
`);

export const ChangelogDocument = graphql(`
  query Changelog($first: Int, $after: String, $drafts: Boolean) {
    changelog(first: $first, after: $after, drafts: $drafts) {
      nodes {
        ...ChangelogEntryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SubmitIdeaDocument = graphql(`
  mutation SubmitIdea($input: SubmitIdeaInput!) {
    submitIdea(input: $input) {
      ...IdeaCardFields
    }
  }
`);

export const UpdateIdeaDocument = graphql(`
  mutation UpdateIdea($input: UpdateIdeaInput!) {
    updateIdea(input: $input) {
      ...IdeaCardFields
      body
      bodyHtml
      viewerCanEdit
    }
  }
`);

export const VoteIdeaDocument = graphql(`
  mutation VoteIdea($input: VoteIdeaInput!) {
    voteIdea(input: $input) {
      id
      voteCount
      followerCount
      viewerVoted
      viewerFollows
    }
  }
`);

export const FollowIdeaDocument = graphql(`
  mutation FollowIdea($input: FollowIdeaInput!) {
    followIdea(input: $input) {
      id
      viewerFollows
      followerCount
    }
  }
`);
