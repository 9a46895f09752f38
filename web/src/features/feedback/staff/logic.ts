import { FEEDBACK_LIMITS } from '@kizuna/shared';
import type { IdeaApproval, IdeaStatus } from '../../../gql/graphql';

export const NOTE_MAX = FEEDBACK_LIMITS.noteMax;
export const ANSWER_MAX = FEEDBACK_LIMITS.answerMax;

/** The triage inbox's tabs: ideas waiting for approval, new open ideas, every idea. */
export const TRIAGE_TABS = ['PENDING', 'NEW', 'ALL'] as const;
export type TriageTab = (typeof TRIAGE_TABS)[number];

export interface TriageFilters {
  boardId: string | null;
  status: IdeaStatus | null;
  tag: string | null;
  minVoterRankPosition: number | null;
}

/** The ideas query for a tab and the filters (a status filter applies to "every idea" only). */
export function triageVariables(
  tab: TriageTab,
  filters: TriageFilters,
): {
  boardId: string | null;
  tag: string | null;
  minVoterRankPosition: number | null;
  approval: IdeaApproval;
  status: IdeaStatus[] | null;
  sort: 'NEWEST' | 'VOTES';
} {
  const common = {
    boardId: filters.boardId,
    tag: filters.tag,
    minVoterRankPosition:
      filters.minVoterRankPosition !== null && Number.isInteger(filters.minVoterRankPosition)
        ? filters.minVoterRankPosition
        : null,
  };
  switch (tab) {
    case 'PENDING':
      return { ...common, approval: 'PENDING', status: null, sort: 'NEWEST' };
    case 'NEW':
      return { ...common, approval: 'APPROVED', status: ['OPEN'], sort: 'NEWEST' };
    case 'ALL':
      return {
        ...common,
        approval: 'APPROVED',
        status: filters.status ? [filters.status] : null,
        sort: 'VOTES',
      };
  }
}

/** Whether merging `from` into `into` is worth asking the api (it refuses the rest too). */
export function mergeTargetProblem(
  from: { id: string; mergedInto?: { id: string } | null },
  into: { id: string; status: IdeaStatus } | null,
): 'none' | 'self' | 'duplicate' | null {
  if (!into) return 'none';
  if (into.id === from.id) return 'self';
  if (into.status === 'DUPLICATE') return 'duplicate';
  return null;
}
