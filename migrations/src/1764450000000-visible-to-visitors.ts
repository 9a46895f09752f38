import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether people without an account may read the community's public spaces. Off by default. */
export class VisibleToVisitors1764450000000 implements MigrationInterface {
  name = 'VisibleToVisitors1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE community_settings
         ADD COLUMN visible_to_visitors boolean NOT NULL DEFAULT false`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE community_settings DROP COLUMN visible_to_visitors`);
  }
}
