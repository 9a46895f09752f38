import { Injectable } from '@nestjs/common';
import { Db } from '../../core/database/db.js';

export interface EntryRow {
  memberId: string;
  points: number;
  rank: number;
}

/** A page's start: after the entry with these points and member, or from the top. */
export type After = { points: number; memberId: string } | null;

/**
 * The boards, kept by the database as points move (see the live-leaderboards migration):
 * `leaderboard_entries` holds each board's members and points, keyed by period_points period
 * ('all', 'week:YYYY-MM-DD', 'month:YYYY-MM'), `leaderboard_scores` how many members hold
 * each score and `leaderboard_blocks` the same per block of 256 scores. A dense rank is 1 + the
 * scores held above: the blocks above added up, then the held scores above in its own block, so
 * no rank is ever stored and counting one reads a few hundred index entries at most.
 */
/** Held scores above `points` on board `period` (SQL; both are expressions). */
const SCORES_ABOVE = (period: string, points: string) => `(
  (SELECT coalesce(sum(b.scores), 0) FROM leaderboard_blocks b
    WHERE b.period = ${period} AND b.block > ${points} / 256)
  + (SELECT count(*) FROM leaderboard_scores s
      WHERE s.period = ${period} AND s.members > 0
        AND s.points > ${points} AND s.points < (${points} / 256 + 1) * 256))::int`;

@Injectable()
export class LeaderboardsRepository {
  constructor(private readonly db: Db) {}

  async memberCount(period: string): Promise<number> {
    const [row] = await this.db.query<Array<{ n: number }>>(
      `SELECT coalesce(sum(members), 0)::int AS n FROM leaderboard_blocks WHERE period = $1`,
      [period],
      { prepare: true },
    );
    return row.n;
  }

  /** Up to `limit` entries, most points first then by member, after `after`. */
  page(period: string, after: After, limit: number): Promise<EntryRow[]> {
    // Within a page the ranks follow from the first one: the board holds every member between.
    return this.db.query(
      `WITH page AS (
         SELECT member_id, points FROM leaderboard_entries
          WHERE period = $1 ${after ? 'AND (-points, member_id) > (-$3::int, $4::uuid)' : ''}
          ORDER BY -points, member_id LIMIT $2)
       SELECT member_id AS "memberId", points,
              ${SCORES_ABOVE('$1', '(SELECT max(points) FROM page)')} + dense_rank() OVER (ORDER BY points DESC)::int AS rank
         FROM page ORDER BY -points, member_id`,
      after ? [period, limit, after.points, after.memberId] : [period, limit],
      { prepare: true },
    );
  }

  async entryOf(period: string, memberId: string): Promise<EntryRow | null> {
    const rows = await this.db.query<EntryRow[]>(
      `SELECT e.member_id AS "memberId", e.points,
              1 + ${SCORES_ABOVE('e.period', 'e.points')} AS rank
         FROM leaderboard_entries e WHERE e.period = $1 AND e.member_id = $2`,
      [period, memberId],
      { prepare: true },
    );
    return rows[0] ?? null;
  }
}
