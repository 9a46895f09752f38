import { useQuery } from '@apollo/client/react';
import { PendingApprovalCountDocument } from '../../features/members/graphql';
import { PendingIdeaCountDocument } from '../../features/feedback/staff/graphql';
import { canAccess, FEEDBACK_TEAM, STAFF } from '../access';
import type { PendingWork } from '../nav';
import type { Viewer } from '../session';

/** How much of each kind of work waits for staff; null while unknown. */
export function usePendingWork(viewer: Viewer | null) {
  const staff = canAccess(STAFF, viewer);
  const team = canAccess(FEEDBACK_TEAM, viewer);
  const approvals = useQuery(PendingApprovalCountDocument, {
    skip: !staff,
    pollInterval: 60_000,
    notifyOnNetworkStatusChange: false,
  });
  const ideas = useQuery(PendingIdeaCountDocument, {
    skip: !team,
    pollInterval: 60_000,
    notifyOnNetworkStatusChange: false,
  });
  const counts: Record<PendingWork, number | null> = {
    approvals: approvals.data?.pendingApprovalCount ?? null,
    ideas: ideas.data?.ideas.totalCount ?? null,
  };
  return {
    counts,
    loading: (approvals.loading && !approvals.data) || (ideas.loading && !ideas.data),
    error: approvals.error ?? ideas.error,
    refetch: () => Promise.all([staff ? approvals.refetch() : null, team ? ideas.refetch() : null]),
  };
}
