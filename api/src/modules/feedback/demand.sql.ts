import { DEMAND, ENGAGEMENT, ENGAGEMENT_LEVELS } from '@kizuna/shared';

/**
 * Demand as SQL, from the constants in @kizuna/shared so the sorts, the filter, the breakdown
 * and the CSV agree. Votes are read from idea_votes, ranks from the points module's
 * points_ranks view and visit days from the activity module's activity_visit_days view.
 */
export const VOTES_TABLE = 'idea_votes';
/** The votes that count on an idea (`ideaId` is SQL): its own and those merged into it. */
const countedOn = (ideaId: string) => `v.counted_idea_id = ${ideaId} AND v.counted`;

/** The voter's active days in the engagement window (`since` is a timestamptz parameter). */
export const activeDaysSql = (memberId: string, since: string) =>
  `(SELECT count(*) FROM activity_visit_days d
     WHERE d.member_id = ${memberId} AND d.occurred_at >= ${since})`;

/**
 * The engagement level of a number of active days, as text ('core', …). `days` should be a
 * column: an expression is evaluated once per WHEN (hence the OFFSET 0 fences below).
 */
export const levelSql = (days: string) =>
  `CASE ${ENGAGEMENT_LEVELS.map((l) => `WHEN ${days} >= ${ENGAGEMENT.minActiveDays[l]} THEN '${l}'`).join(' ')} END`;

const engagementWeightSql = (days: string) =>
  `CASE ${ENGAGEMENT_LEVELS.map((l) => `WHEN ${days} >= ${ENGAGEMENT.minActiveDays[l]} THEN ${DEMAND.engagementWeight[l]}`).join(' ')} END`;

const rankWeightSql = (position: string) => `(1 + ${DEMAND.rankStep} * (${position} - 1))`;

export interface DemandSortParams {
  /** The lowest rank position counted as a top rank. */
  topRankMin: string;
  /** Votes since then are recent. */
  recentSince: string;
  /** Visit days since then count. */
  engagementSince: string;
}

/** As of now, from the ranks the points module offers (points_rank_positions). */
const NOW: DemandSortParams = {
  topRankMin: `(SELECT min(position) FROM (SELECT position FROM points_rank_positions
                  ORDER BY position DESC LIMIT ${DEMAND.topRanks}) top)`,
  recentSince: `now() - interval '${DEMAND.recentDays} days'`,
  engagementSince: `now() - interval '${ENGAGEMENT.windowDays} days'`,
};

/**
 * A numeric sort key per idea (`ideaId` is the SQL of its id): votes from top-rank members,
 * recent votes, or loyal demand. Each reads the idea's counted votes through idea_votes_recent.
 */
export const demandSortKeySql = {
  top_rank_votes: (ideaId: string, p: DemandSortParams = NOW) =>
    `(SELECT count(*) FROM ${VOTES_TABLE} v JOIN points_ranks r ON r.member_id = v.member_id
       WHERE ${countedOn(ideaId)} AND r.rank_position >= ${p.topRankMin})`,
  trending: (ideaId: string, p: DemandSortParams = NOW) =>
    `(SELECT count(*) FROM ${VOTES_TABLE} v
       WHERE ${countedOn(ideaId)} AND v.created_at >= ${p.recentSince})`,
  loyal_demand: (ideaId: string, p: DemandSortParams = NOW) =>
    `(SELECT coalesce(sum(${rankWeightSql('coalesce(r.rank_position, 1)')} * ${engagementWeightSql('e.days')}), 0)::float8
        FROM ${VOTES_TABLE} v LEFT JOIN points_ranks r ON r.member_id = v.member_id
        CROSS JOIN LATERAL (SELECT ${activeDaysSql('v.member_id', p.engagementSince)} AS days OFFSET 0) e
       WHERE ${countedOn(ideaId)})`,
} as const satisfies Record<
  'top_rank_votes' | 'trending' | 'loyal_demand',
  (ideaId: string, p?: DemandSortParams) => string
>;

/** Ideas with at least one voter at this rank position or above. */
export const minVoterRankSql = (ideaId: string, position: string) =>
  `EXISTS (SELECT 1 FROM ${VOTES_TABLE} v JOIN points_ranks r ON r.member_id = v.member_id
            WHERE ${countedOn(ideaId)} AND r.rank_position >= ${position})`;

/** The weight of one vote in loyal demand (the same rule as the SQL above). */
export const voteWeight = (rankPosition: number, level: keyof typeof DEMAND.engagementWeight) =>
  (1 + DEMAND.rankStep * (rankPosition - 1)) * DEMAND.engagementWeight[level];
