import { graphql } from '../../../gql';

export const PendingIdeaCountDocument = graphql(`
  query PendingIdeaCount {
    ideas(approval: PENDING, first: 1) {
      totalCount
    }
  }
`);

export const IdeaDemandDocument = graphql(`
  query IdeaDemand($id: ID!) {
    idea(id: $id) {
      id
      voteCount
      hiddenFromRoadmap
      demand {
        byRank {
          key
          labelJa
          labelEn
          votes
        }
        byEngagement {
          key
          labelJa
          labelEn
          votes
        }
        bySegment {
          key
          labelJa
          labelEn
          votes
        }
        ltvSum
        topRankVotes
        recentVotes
        loyalDemand
      }
    }
  }
`);

export const ReviewIdeaDocument = graphql(`
  mutation ReviewIdea($input: ReviewIdeaInput!) {
    reviewIdea(input: $input) {
      id
      approval
      status
    }
  }
`);

export const ChangeIdeaStatusDocument = graphql(`
  mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {
    changeIdeaStatus(input: $input) {
      id
      status
      statusChangedAt
      viewerCanEdit
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
    }
  }
`);

export const AnswerIdeaDocument = graphql(`
  mutation AnswerIdea($input: AnswerIdeaInput!) {
    answerIdea(input: $input) {
      id
      status
      statusChangedAt
      viewerCanEdit
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
    }
  }
`);

export const MergeIdeaDocument = graphql(`
  mutation MergeIdea($input: MergeIdeaInput!) {
    mergeIdea(input: $input) {
      id
      voteCount
      mergedIdeas {
        id
        title
        status
        voteCount
      }
    }
  }
`);

export const UnmergeIdeaDocument = graphql(`
  mutation UnmergeIdea($ideaId: ID!) {
    unmergeIdea(ideaId: $ideaId) {
      id
      status
      voteCount
      mergedInto {
        id
        title
        status
      }
    }
  }
`);

export const SetIdeaRoadmapVisibilityDocument = graphql(`
  mutation SetIdeaRoadmapVisibility($input: IdeaRoadmapInput!) {
    setIdeaRoadmapVisibility(input: $input) {
      id
      hiddenFromRoadmap
    }
  }
`);

export const StaffFeedbackBoardFieldsFragment = graphql(`
  fragment StaffFeedbackBoardFields on FeedbackBoard {
    id
    slug
    nameJa
    nameEn
    descriptionJa
    descriptionEn
    postRoles
    voteRoles
    minPostRankPosition
    minVoteRankPosition
    requiresApproval
    voteBudget
    position
    ideaCount
  }
`);

export const StaffFeedbackBoardsDocument = graphql(`
  query StaffFeedbackBoards {
    feedbackBoards {
      ...StaffFeedbackBoardFields
    }
  }
`);

export const CreateFeedbackBoardDocument = graphql(`
  mutation CreateFeedbackBoard($input: FeedbackBoardInput!) {
    createFeedbackBoard(input: $input) {
      ...StaffFeedbackBoardFields
    }
  }
`);

export const UpdateFeedbackBoardDocument = graphql(`
  mutation UpdateFeedbackBoard($input: UpdateFeedbackBoardInput!) {
    updateFeedbackBoard(input: $input) {
      ...StaffFeedbackBoardFields
    }
  }
`);

export const CreateChangelogEntryDocument = graphql(`
  mutation CreateChangelogEntry($input: ChangelogEntryInput!) {
    createChangelogEntry(input: $input) {
      ...ChangelogEntryFields
    }
  }
`);

export const UpdateChangelogEntryDocument = graphql(`
  mutation UpdateChangelogEntry($input: UpdateChangelogEntryInput!) {
    updateChangelogEntry(input: $input) {
      ...ChangelogEntryFields
    }
  }
`);

export const PublishChangelogEntryDocument = graphql(`
  mutation PublishChangelogEntry($id: ID!) {
    publishChangelogEntry(id: $id) {
      ...ChangelogEntryFields
    }
  }
`);

export const DeleteChangelogEntryDocument = graphql(`
  mutation DeleteChangelogEntry($id: ID!) {
    deleteChangelogEntry(id: $id)
  }
`);

export const ChangelogEntryDocument = graphql(`
  query ChangelogEntry($id: ID!) {
    changelogEntry(id: $id) {
      ...ChangelogEntryFields
    }
  }
`);
