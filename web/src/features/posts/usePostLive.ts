import { useEffect, useEffectEvent } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { postRoom } from '@kizuna/shared';
import { createBatcher } from '../../app/batch';
import type { CommentReactionFieldsFragment as CommentReactions } from '../../gql/graphql';
import { useRoom, useSocketHub } from '../../app/socket';
import {
  CommentParentFragment,
  CommentReactionFieldsFragment,
  CommentRepliesReactionsDocument,
  PostCommentReactionsDocument,
} from './graphql';

const PAGE = 100;

interface ReactionsPage {
  nodes: CommentReactions[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}
/** Enough for any thread people read on one page; past this a reload shows the counts. */
const MAX_PAGES = 10;

/**
 * Fresh reaction counts for comments someone else reacted to. Only comments on screen (in the
 * cache) are looked for, page by page through their thread, and written into the cache so the
 * lists already loaded stay as they are.
 */
async function refreshCommentReactions(
  client: ApolloClient,
  postId: string,
  commentIds: string[],
): Promise<void> {
  const byParent = new Map<string | null, Set<string>>();
  for (const id of commentIds) {
    const comment = client.cache.readFragment({
      id: client.cache.identify({ __typename: 'Comment', id }),
      fragment: CommentParentFragment,
    });
    if (!comment) continue;
    const key = comment.parentId ?? null;
    byParent.set(key, (byParent.get(key) ?? new Set()).add(id));
  }
  for (const [parentId, wanted] of byParent) {
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES && wanted.size > 0; page++) {
      const connection: ReactionsPage | undefined = parentId
        ? (
            await client.query({
              query: CommentRepliesReactionsDocument,
              variables: { id: parentId, first: PAGE, after },
              fetchPolicy: 'no-cache',
            })
          ).data?.commentReplies
        : (
            await client.query({
              query: PostCommentReactionsDocument,
              variables: { id: postId, first: PAGE, after },
              fetchPolicy: 'no-cache',
            })
          ).data?.post.comments;
      if (!connection) break;
      for (const node of connection.nodes) {
        if (!wanted.delete(node.id)) continue;
        client.cache.writeFragment({
          id: client.cache.identify({ __typename: 'Comment', id: node.id }),
          fragment: CommentReactionFieldsFragment,
          fragmentName: 'CommentReactionFields',
          data: node,
        });
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? null;
    }
  }
}

/**
 * Keeps an open post current: follows its room, refetches the post when it changes, gets a
 * comment or a reaction, and refreshes the reactions of comments. New comments themselves are
 * added by the comment list (`CommentsSection`), which knows what it has loaded.
 */
export function usePostLive(postId: string | null, refetchPost: () => Promise<unknown>): void {
  const client = useApolloClient();
  const hub = useSocketHub();
  useRoom(postId ? postRoom(postId) : null);
  const onPostChanged = useEffectEvent(() => {
    void refetchPost().catch(() => undefined);
  });

  useEffect(() => {
    if (!hub || !postId) return;
    const post = createBatcher<'post'>(() => onPostChanged(), 150);
    const comments = createBatcher<string>(
      (ids) => void refreshCommentReactions(client, postId, ids).catch(() => undefined),
      250,
    );
    const stops = [
      hub.on('post:changed', (p) => {
        if (p.postId === postId) post.add('post');
      }),
      hub.on('comment:new', (p) => {
        if (p.postId === postId) post.add('post');
      }),
      hub.on('reactions:changed', (p) => {
        if (p.postId !== postId) return;
        if (p.targetType === 'comment') comments.add(p.targetId);
        else post.add('post');
      }),
    ];
    return () => {
      for (const stop of stops) stop();
      post.cancel();
      comments.cancel();
    };
  }, [hub, postId, client]);
}
