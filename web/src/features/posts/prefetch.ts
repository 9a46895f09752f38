import type { ApolloClient } from '@apollo/client';
import { PostCommentsDocument, PostDocument } from './graphql';

export const COMMENTS_PAGE_SIZE = 6;

/**
 * The post page's first queries, asked for as soon as the address is known (see router): a small
 * module, so they start beside the page's code rather than after it.
 */
export function prefetchPostPage(client: ApolloClient, { id }: { id?: string }): void {
  if (!id) return;
  void client.query({ query: PostDocument, variables: { id } }).catch(() => undefined);
  void client
    .query({ query: PostCommentsDocument, variables: { id, first: COMMENTS_PAGE_SIZE } })
    .catch(() => undefined);
}
