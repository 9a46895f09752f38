import type { ApolloClient } from '@apollo/client';
import { MemberProfileDocument } from '../members/graphql';
import { MemberStandingDocument } from '../points/graphql';

/**
 * The profile page's first queries, asked for as soon as the address is known (see router): a
 * small module, so they start beside the page's code rather than after it.
 */
export function prefetchProfilePage(client: ApolloClient, { handle }: { handle?: string }): void {
  if (!handle) return;
  const variables = { handle: handle.toLowerCase() };
  void client.query({ query: MemberProfileDocument, variables }).catch(() => undefined);
  void client.query({ query: MemberStandingDocument, variables }).catch(() => undefined);
}
