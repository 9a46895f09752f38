import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member's personal calendar feed. The feed's address is signed with its version: resetting
 * the address bumps the version (the old address stops working), turning it off removes the row.
 */
export class CalendarFeeds1764500000001 implements MigrationInterface {
  name = 'CalendarFeeds1764500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feeds (
        member_id uuid PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feeds`);
  }
}
