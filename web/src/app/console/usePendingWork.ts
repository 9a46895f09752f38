import { useQuery } from '@apollo/client/react';
import { PendingApprovalCountDocument } from '../../features/members/graphql';
import { canAccess, STAFF } from '../access';
import type { PendingWork } from '../nav';
import type { Viewer } from '../session';

/** How much of each kind of work waits for staff; null while unknown. */
export function usePendingWork(viewer: Viewer | null) {
  const approvals = useQuery(PendingApprovalCountDocument, {
    skip: !canAccess(STAFF, viewer),
    pollInterval: 60_000,
    notifyOnNetworkStatusChange: false,
  });
  const counts: Record<PendingWork, number | null> = {
    approvals: approvals.data?.pendingApprovalCount ?? null,
  };
  return {
    counts,
    loading: approvals.loading && !approvals.data,
    error: approvals.error,
    refetch: () => approvals.refetch(),
  };
}
