import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loyalty lists count an idea's voters by where they stand against saved criteria (feedback's
 * demand breakdown). The feedback module offers its counted votes as the read-only view
 * `feedback_counted_votes` (one row per idea and voter, merged ideas' votes on the idea they
 * count on), as module-read-views does for other modules.
 */
export class LoyaltyLists1764800000030 implements MigrationInterface {
  name = 'LoyaltyLists1764800000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE VIEW feedback_counted_votes AS
         SELECT counted_idea_id AS idea_id, member_id FROM idea_votes WHERE counted`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW feedback_counted_votes`);
  }
}
