/** GraphQL-path test factories: content created by the member whose client is given. */
import type { GqlClient } from './gql-client.js';

export const CREATE_POST = `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`;
export const CREATE_COMMENT = `mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`;
const SET_REACTION = `mutation($i: SetReactionInput!) { setReaction(input: $i) { targetId } }`;
const SET_BEST_ANSWER = `mutation($p: ID!, $c: ID) { setBestAnswer(postId: $p, commentId: $c) { id } }`;

export interface PostFields {
  spaceId: string;
  title?: string;
  body?: string;
  kind?: 'TALK' | 'QUESTION' | 'ANNOUNCEMENT';
  tags?: string[];
}

export interface CommentFields {
  body?: string;
  parentId?: string;
}

export interface ReactionFields {
  active?: boolean;
  kind?: string;
  targetType?: 'POST' | 'COMMENT';
}

export async function createPost(
  client: GqlClient,
  { title = '今日の一杯', body = '本文', ...rest }: PostFields,
): Promise<string> {
  const r = await client.ok<{ createPost: { id: string } }>(CREATE_POST, {
    i: { title, body, ...rest },
  });
  return r.createPost.id;
}

export async function createComment(
  client: GqlClient,
  postId: string,
  { body = 'いいですね', parentId }: CommentFields = {},
): Promise<string> {
  const r = await client.ok<{ createComment: { id: string } }>(CREATE_COMMENT, {
    i: { postId, body, parentId },
  });
  return r.createComment.id;
}

export async function setReaction(
  client: GqlClient,
  targetId: string,
  { active = true, kind = 'like', targetType = 'POST' }: ReactionFields = {},
): Promise<void> {
  await client.ok(SET_REACTION, { i: { targetType, targetId, kind, active } });
}

export async function setBestAnswer(
  client: GqlClient,
  postId: string,
  commentId: string | null,
): Promise<void> {
  await client.ok(SET_BEST_ANSWER, { p: postId, c: commentId });
}
