/**
 * Product feedback: ideas on boards, voted on by members and moved through a workflow by the
 * product team. An idea is a post of kind `idea` without a space (see PostKind.IDEA).
 */
export const IdeaStatus = {
  OPEN: 'open',
  UNDER_REVIEW: 'under_review',
  PLANNED: 'planned',
  IN_PROGRESS: 'in_progress',
  RELEASED: 'released',
  DECLINED: 'declined',
  /** Merged into another idea: only a merge sets it, only an unmerge clears it. */
  DUPLICATE: 'duplicate',
} as const;
export type IdeaStatus = (typeof IdeaStatus)[keyof typeof IdeaStatus];
export const IDEA_STATUSES = Object.values(IdeaStatus);

/** Closed ideas take no votes, and their votes no longer count against a board's budget. */
export const CLOSED_IDEA_STATUSES: readonly IdeaStatus[] = ['released', 'declined', 'duplicate'];
export const isClosedIdeaStatus = (s: IdeaStatus) => CLOSED_IDEA_STATUSES.includes(s);

/**
 * Where the product team may move an idea from each status: anywhere but DUPLICATE, which only
 * a merge reaches, and nowhere from DUPLICATE, which only an unmerge leaves.
 */
export const IDEA_TRANSITIONS: Record<IdeaStatus, readonly IdeaStatus[]> = {
  open: ['under_review', 'planned', 'in_progress', 'released', 'declined'],
  under_review: ['open', 'planned', 'in_progress', 'released', 'declined'],
  planned: ['open', 'under_review', 'in_progress', 'released', 'declined'],
  in_progress: ['open', 'under_review', 'planned', 'released', 'declined'],
  released: ['open', 'under_review', 'planned', 'in_progress', 'declined'],
  declined: ['open', 'under_review', 'planned', 'in_progress', 'released'],
  duplicate: [],
};
export const canMoveIdea = (from: IdeaStatus, to: IdeaStatus) =>
  IDEA_TRANSITIONS[from].includes(to);

/** The roadmap's columns. */
export const ROADMAP_STATUSES: readonly IdeaStatus[] = ['planned', 'in_progress', 'released'];

/** Status names for sentences written on the server (notifications, feeds, exports). */
export const IDEA_STATUS_LABELS: Record<IdeaStatus, { ja: string; en: string }> = {
  open: { ja: '未対応', en: 'Open' },
  under_review: { ja: '検討中', en: 'Under review' },
  planned: { ja: '予定', en: 'Planned' },
  in_progress: { ja: '対応中', en: 'In progress' },
  released: { ja: 'リリース済み', en: 'Released' },
  declined: { ja: '見送り', en: 'Declined' },
  duplicate: { ja: '重複', en: 'Duplicate' },
};

/** Ideas on a board that requires approval wait as PENDING until staff or product review them. */
export const IdeaApproval = {
  PENDING: 'pending',
  APPROVED: 'approved',
  REJECTED: 'rejected',
} as const;
export type IdeaApproval = (typeof IdeaApproval)[keyof typeof IdeaApproval];

export const IdeaSort = {
  VOTES: 'votes',
  /** Votes from members of the highest ranks. */
  TOP_RANK_VOTES: 'top_rank_votes',
  /** Votes in the last 14 days. */
  TRENDING: 'trending',
  NEWEST: 'newest',
  LOYAL_DEMAND: 'loyal_demand',
} as const;
export type IdeaSort = (typeof IdeaSort)[keyof typeof IdeaSort];

/** How engaged a member is, from their recent activity. */
export const EngagementLevel = {
  CORE: 'core',
  REGULAR: 'regular',
  OCCASIONAL: 'occasional',
  DORMANT: 'dormant',
} as const;
export type EngagementLevel = (typeof EngagementLevel)[keyof typeof EngagementLevel];

export const FEEDBACK_LIMITS = {
  boardsMax: 50,
  boardNameMax: 60,
  boardDescriptionMax: 1000,
  titleMax: 200,
  bodyMax: 50_000,
  tagsMax: 10,
  tagMax: 30,
  noteMax: 1000,
  answerMax: 10_000,
  voteBudgetMax: 1000,
  /** Ideas one status change may move at once. */
  bulkMax: 100,
  similarMax: 5,
  /** Released ideas stay on the roadmap this long. */
  roadmapReleasedDays: 90,
  trendingDays: 14,
} as const;

export const BOARD_SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;
