import { isVisitor, memberOf, type Reader, type Viewer } from '../../core/auth/viewer.js';
import type { BoardRow } from './boards.repository.js';
import type { IdeaRow } from './ideas.repository.js';

/** The product team: the product role, and admins. */
const isProductTeam = (v: Reader | null | undefined): boolean => {
  const m = memberOf(v);
  return !!m && (m.role === 'product' || m.role === 'admin');
};

/** Who reviews ideas waiting for approval: the product team and moderators. */
const isReviewer = (v: Reader | null | undefined): boolean => {
  const m = memberOf(v);
  return !!m && (m.role === 'product' || m.role === 'moderator' || m.role === 'admin');
};

/** Whether a member's role and rank pass a board's gate (reviewers always do). */
function passes(
  reader: Reader | null | undefined,
  roles: BoardRow['postRoles'],
  minRank: number | null,
): boolean {
  const viewer = memberOf(reader);
  if (!viewer || viewer.status !== 'active') return false;
  if (isReviewer(viewer)) return true;
  if (roles && !roles.includes(viewer.role)) return false;
  return !minRank || (viewer.rankPosition ?? 1) >= minRank;
}

/**
 * Who sees and does what with feedback, on every path that reads or changes it. Boards and
 * their approved ideas are read by everyone reading the community (visitors too, where it is
 * visible to them); ideas waiting for approval, or refused, by their author and reviewers only.
 */
export const FeedbackPolicy = {
  isProductTeam,
  isReviewer,

  canSee(reader: Reader | null | undefined, idea: Pick<IdeaRow, 'approval' | 'authorId'>): boolean {
    if (!reader) return false;
    if (idea.approval === 'approved') return true;
    if (isReviewer(reader)) return true;
    return !isVisitor(reader) && reader.memberId === idea.authorId;
  },

  canPost: (reader: Reader | null | undefined, board: BoardRow) =>
    passes(reader, board.postRoles, board.minPostRankPosition),

  canVote: (reader: Reader | null | undefined, board: BoardRow) =>
    passes(reader, board.voteRoles, board.minVoteRankPosition),

  /** The author edits until the product team responds (an answer, or any move from OPEN). */
  canEdit(viewer: Viewer | null, idea: IdeaRow): boolean {
    return (
      !!viewer &&
      viewer.memberId === idea.authorId &&
      !idea.respondedAt &&
      idea.status === 'open' &&
      idea.approval !== 'rejected'
    );
  },

  /** Ideas on a board that asks for approval wait for it, unless a reviewer writes them. */
  needsApproval: (viewer: Viewer, board: BoardRow) => board.requiresApproval && !isReviewer(viewer),
};
