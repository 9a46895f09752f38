import { graphql } from '../../gql';

export const ReactionFieldsFragment = graphql(`
  fragment ReactionFields on ReactionCount {
    kind
    emoji
    count
    viewerReacted
  }
`);

export const AuthorFieldsFragment = graphql(`
  fragment AuthorFields on Member {
    id
    handle
    displayName
    avatarUrl
    role
    rank {
      ...RankChipFields
    }
  }
`);

export const PostCardFieldsFragment = graphql(`
  fragment PostCardFields on Post {
    id
    kind
    title
    excerpt
    thumbnailUrl
    tags
    createdAt
    lastActivityAt
    editedAt
    pinnedAt
    lockedAt
    hiddenAt
    solved
    commentCount
    reactionCount
    reactions {
      ...ReactionFields
    }
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
`);

export const PostsDocument = graphql(`
  query Posts(
    $first: Int!
    $after: String
    $sort: FeedSort!
    $spaceSlug: String
    $authorHandle: String
    $tag: String
    $kind: PostKind
    $solved: Boolean
    $pinned: Boolean
  ) {
    posts(
      first: $first
      after: $after
      sort: $sort
      spaceSlug: $spaceSlug
      authorHandle: $authorHandle
      tag: $tag
      kind: $kind
      solved: $solved
      pinned: $pinned
    ) {
      nodes {
        ...PostCardFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    postId
    parentId
    body
    bodyHtml
    createdAt
    editedAt
    deletedAt
    hiddenAt
    hiddenReason
    viewerCanEdit
    viewerFlagged
    replyCount
    reactionCount
    reactions {
      ...ReactionFields
    }
    author {
      ...AuthorFields
    }
  }
`);

export const PostDocument = graphql(`
  query Post($id: ID!) {
    post(id: $id) {
      ...PostCardFields
      body
      bodyHtml
      revision
      viewCount
      viewerCanEdit
      viewerFlagged
      hiddenReason
      space {
        id
        slug
        nameJa
        nameEn
        icon
        color
        viewerCanPost
      }
      bestAnswer {
        ...CommentFields
      }
    }
  }
`);

export const PostCommentsDocument = graphql(`
  query PostComments($id: ID!, $first: Int!, $after: String) {
    post(id: $id) {
      id
      comments(first: $first, after: $after) {
        nodes {
          ...CommentFields
          replies(first: 3) {
            nodes {
              ...CommentFields
            }
            pageInfo {
              hasNextPage
              endCursor
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

export const CommentRepliesDocument = graphql(`
  query CommentReplies($id: ID!, $first: Int!, $after: String) {
    commentReplies(commentId: $id, first: $first, after: $after) {
      nodes {
        ...CommentFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreatePostDocument = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      hiddenAt
    }
  }
`);

export const UpdatePostDocument = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      id
      title
      body
      bodyHtml
      tags
      editedAt
      revision
      excerpt
    }
  }
`);

export const DeletePostDocument = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);

export const ModeratePostDocument = graphql(`
  mutation ModeratePost($input: ModeratePostInput!) {
    moderatePost(input: $input) {
      id
      pinnedAt
      lockedAt
      hiddenAt
      hiddenReason
      space {
        id
        slug
        nameJa
        nameEn
        icon
        color
        viewerCanPost
      }
    }
  }
`);

export const SetBestAnswerDocument = graphql(`
  mutation SetBestAnswer($postId: ID!, $commentId: ID) {
    setBestAnswer(postId: $postId, commentId: $commentId) {
      id
      solved
      bestAnswer {
        ...CommentFields
      }
    }
  }
`);

export const CreateCommentDocument = graphql(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const UpdateCommentDocument = graphql(`
  mutation UpdateComment($input: UpdateCommentInput!) {
    updateComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const DeleteCommentDocument = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...CommentFields
    }
  }
`);

export const HideCommentDocument = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const SetReactionDocument = graphql(`
  mutation SetReaction($input: SetReactionInput!) {
    setReaction(input: $input) {
      targetId
      targetType
      reactions {
        ...ReactionFields
      }
    }
  }
`);

export const WhoReactedDocument = graphql(`
  query WhoReacted($targetType: ReactionTarget!, $targetId: ID!, $kind: String!, $first: Int!) {
    whoReacted(targetType: $targetType, targetId: $targetId, kind: $kind, first: $first) {
      nodes {
        ...AuthorFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PostRevisionsDocument = graphql(`
  query PostRevisions($postId: ID!, $first: Int!) {
    postRevisions(postId: $postId, first: $first) {
      nodes {
        id
        revision
        title
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

export const PreviewMarkdownDocument = graphql(`
  query PreviewMarkdown($body: String!) {
    previewMarkdown(body: $body)
  }
`);

export const MentionCandidatesDocument = graphql(`
  query MentionCandidates($prefix: String!, $first: Int!) {
    mentionCandidates(prefix: $prefix, first: $first) {
      nodes {
        ...AuthorFields
      }
    }
  }
`);

export const MemberCommentsDocument = graphql(`
  query MemberComments($handle: String!, $first: Int!, $after: String) {
    memberComments(handle: $handle, first: $first, after: $after) {
      nodes {
        ...CommentFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const EditPostDocument = graphql(`
  query EditPost($id: ID!) {
    post(id: $id) {
      id
      kind
      title
      body
      tags
      viewerCanEdit
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
`);

export const ReactionKindsDocument = graphql(`
  query ReactionKinds {
    reactionKinds {
      key
      emoji
      labelJa
      labelEn
      enabled
      position
    }
  }
`);

export const UpdateReactionKindsDocument = graphql(`
  mutation UpdateReactionKinds($kinds: [ReactionKindInput!]!) {
    updateReactionKinds(kinds: $kinds) {
      key
      emoji
      labelJa
      labelEn
      enabled
      position
    }
  }
`);

/** Only the reactions of comments, to refresh them when someone else reacts. */
export const CommentReactionFieldsFragment = graphql(`
  fragment CommentReactionFields on Comment {
    id
    reactionCount
    reactions {
      ...ReactionFields
    }
  }
`);

export const PostCommentReactionsDocument = graphql(`
  query PostCommentReactions($id: ID!, $first: Int!, $after: String) {
    post(id: $id) {
      id
      comments(first: $first, after: $after) {
        nodes {
          ...CommentReactionFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const CommentRepliesReactionsDocument = graphql(`
  query CommentRepliesReactions($id: ID!, $first: Int!, $after: String) {
    commentReplies(commentId: $id, first: $first, after: $after) {
      nodes {
        ...CommentReactionFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CommentParentFragment = graphql(`
  fragment CommentParent on Comment {
    id
    parentId
  }
`);
