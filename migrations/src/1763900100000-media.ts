import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Media1763900100000 implements MigrationInterface {
  name = 'Media1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid REFERENCES members(id) ON DELETE SET NULL,
        original_type text NOT NULL CHECK (original_type IN ('jpeg', 'png', 'webp', 'gif')),
        width integer NOT NULL CHECK (width > 0),
        height integer NOT NULL CHECK (height > 0),
        bytes integer NOT NULL CHECK (bytes >= 0),
        variants jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX media_owner_idx ON media (owner_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE media`);
  }
}
