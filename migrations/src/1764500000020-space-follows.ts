import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members following spaces, to hear of what is new there. The second index serves a space's
 * followers (counted, and listed in member order when they are told).
 */
export class SpaceFollows1764500000020 implements MigrationInterface {
  name = 'SpaceFollows1764500000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE space_follows (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        space_id uuid NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, space_id)
      )`);
    await q.query(`CREATE INDEX space_follows_by_space ON space_follows (space_id, member_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE space_follows`);
  }
}
