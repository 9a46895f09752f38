import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { MeDocument, SignOutDocument } from '../features/auth/graphql';
import type { MeQuery } from '../gql/graphql';

export type Viewer = NonNullable<MeQuery['me']>;

/** The signed-in member (null for visitors), shared by every component through the cache. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  return {
    viewer: data?.me ?? null,
    /** True only until the first answer; later refetches keep showing the cached member. */
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
  };
}

/**
 * After sign-in or sign-up: drops everything cached for the visitor and refetches what is on
 * screen (the same queries answer differently for a member).
 */
export function useStartSession() {
  const client = useApolloClient();
  return useCallback(async () => {
    await client.resetStore();
  }, [client]);
}

/**
 * After sign-out: leaves the member-only page first, so nothing on screen asks the api for
 * member data without a session, then resets the cache.
 */
export function useEndSession() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    async (to = '/') => {
      await navigate(to, { replace: true, flushSync: true });
      await client.resetStore();
    },
    [client, navigate],
  );
}

export function useSignOut() {
  const [signOut, state] = useMutation(SignOutDocument);
  const endSession = useEndSession();
  const run = useCallback(async () => {
    await signOut();
    await endSession('/');
  }, [signOut, endSession]);
  return [run, state] as const;
}
