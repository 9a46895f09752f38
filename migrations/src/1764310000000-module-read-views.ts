import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read-only views through which a module offers its data to other modules' set-based SQL (a
 * leaderboard of a million members cannot go through a service call per member). Each view
 * belongs to the module named by its prefix and is its published interface: other
 * repositories read the view, never the tables behind it.
 *
 * - members_listed: members shown in lists and boards (active ones: not suspended, not removed).
 * - points_by_period: each member's points per leaderboard period.
 * - points_ranks: each member's rank position (members with no stats yet have none: rank 1).
 */
export class ModuleReadViews1764310000000 implements MigrationInterface {
  name = 'ModuleReadViews1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW members_listed AS SELECT id FROM members WHERE status = 'active'`);
    await q.query(
      `CREATE VIEW points_by_period AS SELECT period, member_id, points FROM period_points`,
    );
    await q.query(`CREATE VIEW points_ranks AS SELECT member_id, rank_position FROM member_stats`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW points_ranks`);
    await q.query(`DROP VIEW points_by_period`);
    await q.query(`DROP VIEW members_listed`);
  }
}
