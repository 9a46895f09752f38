import type { ReactNode } from 'react';
import { Container } from '@mantine/core';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { CommunityDocument } from '../features/community/graphql';
import { ErrorPanel, LoadingState } from '../ui/states';
import { canAccess, type Access } from './access';
import { useViewer } from './session';
import { NoPermissionPage } from './pages';

/** Only same-site paths: `next=//evil.example` or absolute URLs fall back to home. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/**
 * Visitors go to sign-in (and come back after), unless the page is for readers and the community
 * is visible to visitors; members without the role see "no permission".
 */
export function RequireAccess({ access, children }: { access: Access; children: ReactNode }) {
  const { viewer, loading, error, refetch } = useViewer();
  const community = useQuery(CommunityDocument, { skip: access.kind !== 'readers' });
  const location = useLocation();
  if (loading || (community.loading && !community.data)) return <LoadingState minHeight={320} />;
  if (!viewer && canAccess(access, null, !!community.data?.community.visibleToVisitors)) {
    return <>{children}</>;
  }
  if (error) {
    return (
      <Container size="sm" py="xl">
        <ErrorPanel error={error} onRetry={() => refetch()} />
      </Container>
    );
  }
  if (!viewer) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (!canAccess(access, viewer)) return <NoPermissionPage />;
  return <>{children}</>;
}

/** Sign-in and sign-up are for visitors; members are sent on to where they were going. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const { viewer, loading } = useViewer();
  const [params] = useSearchParams();
  if (loading) return <LoadingState minHeight={320} />;
  if (viewer) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <>{children}</>;
}
