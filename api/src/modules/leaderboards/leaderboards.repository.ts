import { Injectable } from '@nestjs/common';
import type { LeaderboardPeriod } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';

export interface EntryRow {
  memberId: string;
  points: number;
  rank: number;
}

export interface RebuildResult {
  memberCount: number;
  /** Distinct scores on the board. */
  scores: number;
  membersRemoved: number;
  /** Members added or whose points changed. */
  membersWritten: number;
  /** Scores added, removed or re-ranked. */
  scoresWritten: number;
}

export interface RefreshRow {
  period: LeaderboardPeriod;
  /** The period_points period the board was built from: 'all', 'week:YYYY-MM-DD', 'month:YYYY-MM'. */
  source: string;
  memberCount: number;
  refreshedAt: Date;
}

/** Any fixed number: refreshes of the boards take this advisory lock, one at a time. */
const REFRESH_LOCK = 1_764_100_100;

/**
 * The snapshot tables: `leaderboard_entries` holds each board's members and points,
 * `leaderboard_ranks` the dense rank of each score on it. Readers only look rows up by
 * (period, -points, member) or (period, member) and a score's rank by primary key, so a page
 * anywhere in a board of a million members, or one member's place, is a few index lookups.
 */
@Injectable()
export class LeaderboardsRepository {
  constructor(private readonly db: Db) {}

  /** Waits for any other refresh to finish (call inside a transaction; freed at its end). */
  async lockRefresh(): Promise<void> {
    await this.db.query(`SELECT pg_advisory_xact_lock($1)`, [REFRESH_LOCK]);
  }

  /** Whether the board was last built from `source` less than `ms` ago. */
  async refreshedWithin(period: LeaderboardPeriod, source: string, ms: number): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM leaderboard_refreshes
        WHERE period = $1 AND source = $2
          AND refreshed_at > statement_timestamp() - $3 * interval '1 millisecond'`,
      [period, source, ms],
    );
    return rows.length > 0;
  }

  /**
   * Makes board `period` the ranking of `source` now, in one statement (so readers see the old
   * board or the new one, never a mix): active members (and staff only with `includeStaff`)
   * with points, and the dense rank of
   * each score among them. Only rows that differ are written — members who left the board or
   * whose points moved, scores that appeared, went or changed rank — with the refresh time and
   * board size alongside. Returns how many rows of each kind changed.
   */
  async rebuild(
    period: LeaderboardPeriod,
    source: string,
    includeStaff: boolean,
  ): Promise<RebuildResult> {
    const [row] = await this.db.query<RebuildResult[]>(
      `WITH fresh AS MATERIALIZED (
         SELECT p.member_id, p.points
           FROM points_by_period p JOIN members_listed m ON m.id = p.member_id
          WHERE p.period = $2 AND p.points > 0 AND ($3 OR m.role = 'member')),
       scores AS MATERIALIZED (
         SELECT points, row_number() OVER (ORDER BY points DESC)::int AS rank
           FROM (SELECT DISTINCT points FROM fresh) s),
       -- Members new to the board or whose points moved (with their points), and those who
       -- left it (points null); one pass over both sides.
       diff AS MATERIALIZED (
         SELECT coalesce(f.member_id, e.member_id) AS member_id, f.points
           FROM fresh f
           FULL JOIN (SELECT member_id, points FROM leaderboard_entries WHERE period = $1) e
             ON e.member_id = f.member_id
          WHERE f.points IS DISTINCT FROM e.points),
       left_board AS (
         DELETE FROM leaderboard_entries e USING diff d
          WHERE e.period = $1 AND e.member_id = d.member_id AND d.points IS NULL
         RETURNING 1),
       moved AS (
         INSERT INTO leaderboard_entries (period, member_id, points)
         SELECT $1, member_id, points FROM diff WHERE points IS NOT NULL
         ON CONFLICT (period, member_id) DO UPDATE SET points = EXCLUDED.points
         RETURNING 1),
       -- Likewise for the scores: new, re-ranked, or gone (rank null).
       score_diff AS MATERIALIZED (
         SELECT coalesce(s.points, r.points) AS points, s.rank
           FROM scores s
           FULL JOIN (SELECT points, rank FROM leaderboard_ranks WHERE period = $1) r
             ON r.points = s.points
          WHERE s.rank IS DISTINCT FROM r.rank),
       old_scores AS (
         DELETE FROM leaderboard_ranks r USING score_diff d
          WHERE r.period = $1 AND r.points = d.points AND d.rank IS NULL
         RETURNING 1),
       new_scores AS (
         INSERT INTO leaderboard_ranks (period, points, rank)
         SELECT $1, points, rank FROM score_diff WHERE rank IS NOT NULL
         ON CONFLICT (period, points) DO UPDATE SET rank = EXCLUDED.rank
         RETURNING 1),
       counted AS (SELECT count(*)::int AS n FROM fresh),
       refreshed AS (
         INSERT INTO leaderboard_refreshes (period, source, member_count, refreshed_at)
         SELECT $1, $2, n, statement_timestamp() FROM counted
         ON CONFLICT (period) DO UPDATE SET source = EXCLUDED.source,
           member_count = EXCLUDED.member_count, refreshed_at = EXCLUDED.refreshed_at)
       SELECT (SELECT n FROM counted) AS "memberCount",
              (SELECT count(*)::int FROM scores) AS scores,
              (SELECT count(*)::int FROM left_board) AS "membersRemoved",
              (SELECT count(*)::int FROM moved) AS "membersWritten",
              (SELECT count(*)::int FROM old_scores) + (SELECT count(*)::int FROM new_scores)
                AS "scoresWritten"`,
      [period, source, includeStaff],
    );
    return row;
  }

  /**
   * Fresh planner statistics after a large rebuild (the first one, a new week): the next
   * refresh's joins are planned for the board's real size.
   */
  async analyze(): Promise<void> {
    await this.db.query(`ANALYZE leaderboard_entries, leaderboard_ranks`);
  }

  async refreshOf(period: LeaderboardPeriod): Promise<RefreshRow | null> {
    const rows = await this.db.query<RefreshRow[]>(
      `SELECT period, source, member_count AS "memberCount", refreshed_at AS "refreshedAt"
         FROM leaderboard_refreshes WHERE period = $1`,
      [period],
    );
    return rows[0] ?? null;
  }

  /**
   * Up to `limit` entries, most points first then by member, after the entry with
   * (afterPoints, afterMember); members suspended or removed since the snapshot are left out.
   */
  page(
    period: LeaderboardPeriod,
    after: { points: number; memberId: string } | null,
    limit: number,
  ): Promise<EntryRow[]> {
    return this.db.query(
      `SELECT e.member_id AS "memberId", e.points, r.rank
         FROM leaderboard_entries e
         JOIN leaderboard_ranks r ON r.period = e.period AND r.points = e.points
         JOIN members_listed m ON m.id = e.member_id
        WHERE e.period = $1 ${after ? 'AND (-e.points, e.member_id) > (-$3::int, $4::uuid)' : ''}
        ORDER BY -e.points, e.member_id LIMIT $2`,
      after ? [period, limit, after.points, after.memberId] : [period, limit],
    );
  }

  async entryOf(period: LeaderboardPeriod, memberId: string): Promise<EntryRow | null> {
    const rows = await this.db.query<EntryRow[]>(
      `SELECT e.member_id AS "memberId", e.points, r.rank
         FROM leaderboard_entries e
         JOIN leaderboard_ranks r ON r.period = e.period AND r.points = e.points
        WHERE e.period = $1 AND e.member_id = $2`,
      [period, memberId],
    );
    return rows[0] ?? null;
  }
}
