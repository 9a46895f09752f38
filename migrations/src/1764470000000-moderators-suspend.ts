import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Moderators may suspend members unless an admin keeps that to admins. */
export class ModeratorsSuspend1764470000000 implements MigrationInterface {
  name = 'ModeratorsSuspend1764470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE community_settings
         ADD COLUMN moderators_can_suspend boolean NOT NULL DEFAULT true`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE community_settings DROP COLUMN moderators_can_suspend`);
  }
}
