import type { IdeaSort, IdeaStatus, Role } from '../../gql/graphql';
import { hasAnyRole } from '../../app/access';
import { normaliseTag } from '../posts/tags';

/** The workflow's order: how lists, filters and menus show the statuses. */
export const IDEA_STATUSES = [
  'OPEN',
  'UNDER_REVIEW',
  'PLANNED',
  'IN_PROGRESS',
  'RELEASED',
  'DECLINED',
  'DUPLICATE',
] as const satisfies readonly IdeaStatus[];

/** One colour per status, used by every badge, column and chart of the feature. */
export const STATUS_COLORS: Record<IdeaStatus, string> = {
  OPEN: 'gray',
  UNDER_REVIEW: 'yellow',
  PLANNED: 'blue',
  IN_PROGRESS: 'violet',
  RELEASED: 'green',
  DECLINED: 'red',
  DUPLICATE: 'dark',
};

/** Closed ideas take no votes (and free the votes a budget counts). */
export const CLOSED_STATUSES: readonly IdeaStatus[] = ['RELEASED', 'DECLINED', 'DUPLICATE'];
export const isClosed = (status: IdeaStatus): boolean => CLOSED_STATUSES.includes(status);

/** Statuses a bulk change may set: a duplicate is made by merging, not by a status. */
export const BULK_STATUSES = IDEA_STATUSES.filter((s) => s !== 'DUPLICATE');

/** The roadmap's columns, in order, with the status each shows. */
export const ROADMAP_COLUMNS = [
  { key: 'planned', status: 'PLANNED' },
  { key: 'inProgress', status: 'IN_PROGRESS' },
  { key: 'released', status: 'RELEASED' },
] as const satisfies readonly { key: string; status: IdeaStatus }[];

/** Who triages feedback (approves, reads demand): the product team and moderators. */
export const FEEDBACK_TEAM: readonly Role[] = ['PRODUCT', 'MODERATOR'];
/** Who decides about ideas (statuses, answers, merges, roadmap, changelog). */
export const PRODUCT_TEAM: readonly Role[] = ['PRODUCT'];

export const isFeedbackTeam = (role: Role | null | undefined): boolean =>
  hasAnyRole(role, FEEDBACK_TEAM);
export const isProductTeam = (role: Role | null | undefined): boolean =>
  hasAnyRole(role, PRODUCT_TEAM);

const MEMBER_SORTS: readonly IdeaSort[] = ['VOTES', 'TRENDING', 'NEWEST'];
const TEAM_SORTS: readonly IdeaSort[] = [
  'VOTES',
  'TOP_RANK_VOTES',
  'TRENDING',
  'NEWEST',
  'LOYAL_DEMAND',
];

/**
 * The sorts a viewer may choose. Votes by rank and loyal demand show who the valuable customers
 * are, which only the feedback team reads.
 */
export const sortsFor = (role: Role | null | undefined): readonly IdeaSort[] =>
  isFeedbackTeam(role) ? TEAM_SORTS : MEMBER_SORTS;

/** The board page's choices from its address, anything unknown falling back to the default. */
export function boardFilters(
  params: URLSearchParams,
  sorts: readonly IdeaSort[],
): { sort: IdeaSort; status: IdeaStatus | null; tag: string | null } {
  const sort = params.get('sort')?.toUpperCase() ?? '';
  const status = params.get('status')?.toUpperCase() ?? '';
  const tag = params.get('tag')?.trim() ?? '';
  return {
    sort: (sorts as readonly string[]).includes(sort) ? (sort as IdeaSort) : 'VOTES',
    status: (IDEA_STATUSES as readonly string[]).includes(status) ? (status as IdeaStatus) : null,
    tag: tag === '' ? null : tag,
  };
}

interface VoteState {
  voteCount: number;
  viewerVoted: boolean;
  viewerFollows: boolean;
}

/** The idea as it will be once the vote is counted: shown at once, undone if the api refuses. */
export function afterVote<T extends VoteState>(idea: T, voted: boolean): T {
  if (idea.viewerVoted === voted) return idea;
  return {
    ...idea,
    viewerVoted: voted,
    voteCount: Math.max(0, idea.voteCount + (voted ? 1 : -1)),
    // Voting follows too; taking the vote back keeps the follow.
    viewerFollows: voted ? true : idea.viewerFollows,
  };
}

/** Votes the viewer may still give on a board with a budget; null when unlimited. */
export function votesLeft(board: { voteBudget?: number | null; viewerOpenVotes: number }) {
  if (board.voteBudget == null) return null;
  return Math.max(0, board.voteBudget - board.viewerOpenVotes);
}

/** The title worth asking similar ideas for: trimmed, and long enough to mean something. */
export function similarQuery(title: string): string | null {
  const trimmed = title.trim();
  return [...trimmed].length >= 3 ? trimmed : null;
}

/** A board's, bucket's or rank's name in the reader's language. */
export const localName = (named: { nameJa: string; nameEn: string }, lang: string): string =>
  lang.startsWith('en') && named.nameEn ? named.nameEn : named.nameJa;

/** The rows a demand chart draws, in the api's order (highest rank first). */
export function demandRows(
  buckets: readonly { key: string; labelJa: string; labelEn: string; votes: number }[],
  lang: string,
): { label: string; votes: number }[] {
  return buckets.map((b) => ({
    label: lang.startsWith('en') && b.labelEn ? b.labelEn : b.labelJa,
    votes: b.votes,
  }));
}

/**
 * The CSV export of the ideas a filter shows, as far as the export filters: by board and by
 * statuses (comma-separated); tags, voters' rank and approval are not export filters.
 */
export function ideasCsvUrl(filter: {
  boardId?: string | null;
  status?: readonly IdeaStatus[] | null;
}) {
  const params = new URLSearchParams();
  if (filter.boardId) params.set('boardId', filter.boardId);
  if (filter.status?.length) params.set('status', filter.status.join(','));
  const query = params.toString();
  return query ? `/feedback/ideas.csv?${query}` : '/feedback/ideas.csv';
}

/** Tags as the api keeps them: trimmed, without a leading #, once each. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normaliseTag(raw);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** A YYYY-MM-DD day in the viewer's calendar (the changelog's release date). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const isIsoDay = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/**
 * The feedback text for a refused vote, when the api said why (the board's votes are all used,
 * or the idea is closed, merged or not approved yet); null for the general error text.
 */
export function voteRefusal(info: {
  code: string;
  fields: readonly { field: string; issue: string; params?: Record<string, unknown> }[];
}): { key: 'vote.budgetSpent' | 'vote.closed'; max?: number } | null {
  const field = info.fields.find((f) => f.field === 'ideaId');
  if (!field) return null;
  if (field.issue === 'OUT_OF_RANGE') {
    const max = Number(field.params?.max);
    return Number.isFinite(max) ? { key: 'vote.budgetSpent', max } : { key: 'vote.budgetSpent' };
  }
  return { key: 'vote.closed' };
}
