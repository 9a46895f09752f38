import { useApolloClient, useQuery } from '@apollo/client/react';
import { PendingApprovalCountDocument } from '../../features/members/graphql';
import { PendingIdeaCountDocument } from '../../features/feedback/staff/graphql';
import { ReviewQueueCountDocument } from '../../features/moderation/graphql';
import { canAccess, FEEDBACK_TEAM, STAFF } from '../access';
import type { PendingWork } from '../nav';
import type { Viewer } from '../session';
import { usePush } from '../socket';

/** How much of each kind of work waits for staff; null while unknown. */
export function usePendingWork(viewer: Viewer | null) {
  const client = useApolloClient();
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
  const reviews = useQuery(ReviewQueueCountDocument, {
    skip: !staff,
    pollInterval: 60_000,
    notifyOnNetworkStatusChange: false,
  });
  // The moderators' room hears of every change to the queue, with the count waiting.
  usePush(
    'review:changed',
    ({ pending }) =>
      client.cache.writeQuery({
        query: ReviewQueueCountDocument,
        data: { reviewQueueCount: pending },
      }),
    staff,
  );
  const counts: Record<PendingWork, number | null> = {
    approvals: approvals.data?.pendingApprovalCount ?? null,
    ideas: ideas.data?.ideas.totalCount ?? null,
    reviews: reviews.data?.reviewQueueCount ?? null,
  };
  return {
    counts,
    loading:
      (approvals.loading && !approvals.data) ||
      (ideas.loading && !ideas.data) ||
      (reviews.loading && !reviews.data),
    error: approvals.error ?? ideas.error ?? reviews.error,
    refetch: () =>
      Promise.all([
        staff ? approvals.refetch() : null,
        team ? ideas.refetch() : null,
        staff ? reviews.refetch() : null,
      ]),
  };
}
