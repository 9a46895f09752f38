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
 * ('all', 'week:YYYY-MM-DD', 'month:YYYY-MM'), and `leaderboard_scores` how many members hold
 * each score. A dense rank is 1 + the scores held above, counted in `leaderboard_scores_held_idx`
 * (at most one row per distinct score), so no rank is ever stored.
 */
@Injectable()
export class LeaderboardsRepository {
  constructor(private readonly db: Db) {}

  async memberCount(period: string): Promise<number> {
    const [row] = await this.db.query<Array<{ n: number }>>(
      `SELECT coalesce(sum(members), 0)::int AS n FROM leaderboard_scores
        WHERE period = $1 AND members > 0`,
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
              (SELECT count(*) FROM leaderboard_scores s
                WHERE s.period = $1 AND s.members > 0
                  AND s.points > (SELECT max(points) FROM page))::int
              + dense_rank() OVER (ORDER BY points DESC)::int AS rank
         FROM page ORDER BY -points, member_id`,
      after ? [period, limit, after.points, after.memberId] : [period, limit],
      { prepare: true },
    );
  }

  async entryOf(period: string, memberId: string): Promise<EntryRow | null> {
    const rows = await this.db.query<EntryRow[]>(
      `SELECT e.member_id AS "memberId", e.points,
              1 + (SELECT count(*) FROM leaderboard_scores s
                    WHERE s.period = e.period AND s.members > 0 AND s.points > e.points)::int
                AS rank
         FROM leaderboard_entries e WHERE e.period = $1 AND e.member_id = $2`,
      [period, memberId],
      { prepare: true },
    );
    return rows[0] ?? null;
  }
}
