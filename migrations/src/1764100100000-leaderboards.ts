import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leaderboard snapshots, rebuilt by a job every minute from period_points for this week, this
 * month and all time. A dense rank depends only on the points, so it is kept per distinct score
 * (leaderboard_ranks) rather than per member: when someone reaches a new score, the ranks of
 * everyone below move, and only the few thousand score rows change, not a million member rows.
 */
export class Leaderboards1764100100000 implements MigrationInterface {
  name = 'Leaderboards1764100100000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign key to members: a snapshot row outlives a removed member by a minute at most,
    // readers join members anyway, and a cascade would have to scan every board.
    await q.query(`
      CREATE TABLE leaderboard_entries (
        period text NOT NULL CHECK (period IN ('week', 'month', 'all')),
        member_id uuid NOT NULL,
        points integer NOT NULL CHECK (points > 0),
        PRIMARY KEY (period, member_id)
      )`);
    // Board order: most points first, then member id; (-points, member_id) makes it one range.
    await q.query(
      `CREATE INDEX leaderboard_entries_order_idx ON leaderboard_entries (period, (-points), member_id)`,
    );
    await q.query(`
      CREATE TABLE leaderboard_ranks (
        period text NOT NULL CHECK (period IN ('week', 'month', 'all')),
        points integer NOT NULL,
        rank integer NOT NULL CHECK (rank > 0),
        PRIMARY KEY (period, points)
      )`);
    await q.query(`
      CREATE TABLE leaderboard_refreshes (
        period text PRIMARY KEY CHECK (period IN ('week', 'month', 'all')),
        source text NOT NULL,
        member_count integer NOT NULL,
        refreshed_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['leaderboard_refreshes', 'leaderboard_ranks', 'leaderboard_entries'])
      await q.query(`DROP TABLE ${t}`);
  }
}
