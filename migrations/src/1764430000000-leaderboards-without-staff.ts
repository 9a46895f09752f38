import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff (moderators, product, admins) are left off the leaderboards unless the community says
 * otherwise: boards are for members. `members_listed` shows each member's role for that.
 */
export class LeaderboardsWithoutStaff1764430000000 implements MigrationInterface {
  name = 'LeaderboardsWithoutStaff1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE community_settings
         ADD COLUMN leaderboards_include_staff boolean NOT NULL DEFAULT false`,
    );
    await q.query(
      `CREATE OR REPLACE VIEW members_listed AS SELECT id, role FROM members WHERE status = 'active'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW members_listed`);
    await q.query(`CREATE VIEW members_listed AS SELECT id FROM members WHERE status = 'active'`);
    await q.query(`ALTER TABLE community_settings DROP COLUMN leaderboards_include_staff`);
  }
}
