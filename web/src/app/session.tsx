import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { MeDocument, SignOutDocument } from '../features/auth/graphql';
import type { MeQuery } from '../gql/graphql';

export type Viewer = NonNullable<MeQuery['me']>;

function useMe() {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  return useMemo(
    () => ({
      viewer: data?.me ?? null,
      /** True only until the first answer; later refetches keep showing the cached member. */
      loading: loading && !data,
      error: data ? undefined : error,
      refetch,
    }),
    [data, loading, error, refetch],
  );
}

const ViewerContext = createContext<ReturnType<typeof useMe> | null>(null);

/**
 * Watches the signed-in member once for the whole app: a post page asks who the viewer is in
 * every comment thread and reaction bar, and each query watch costs a render.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  return <ViewerContext value={useMe()}>{children}</ViewerContext>;
}

/** The signed-in member (null for visitors), from the `ViewerProvider` above. */
export function useViewer() {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer needs a ViewerProvider above it');
  return viewer;
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
