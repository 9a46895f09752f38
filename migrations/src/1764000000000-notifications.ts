import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1764000000000 implements MigrationInterface {
  name = 'Notifications1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        kind text NOT NULL,
        -- One notification per member and key: a comment, a mention, a year of membership, or a
        -- reacted-to target whose reactions are grouped into one row.
        dedupe_key text NOT NULL,
        post_id uuid REFERENCES posts(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        actor_count integer NOT NULL DEFAULT 0 CHECK (actor_count >= 0),
        read_at timestamptz,
        email_pending boolean NOT NULL DEFAULT false,
        emailed_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX notifications_dedupe_key ON notifications (member_id, dedupe_key)`,
    );
    await q.query(
      `CREATE INDEX notifications_member_idx ON notifications (member_id, updated_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX notifications_unread_idx ON notifications (member_id) WHERE read_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX notifications_email_idx ON notifications (member_id) WHERE email_pending`,
    );
    await q.query(`
      CREATE TABLE notification_actors (
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        actor_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, actor_id)
      )`);
    await q.query(`
      CREATE TABLE notification_settings (
        member_id uuid PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        channels jsonb NOT NULL DEFAULT '{}'::jsonb,
        email_frequency text NOT NULL DEFAULT 'daily' CHECK (email_frequency IN ('immediate', 'daily')),
        last_digest_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_settings`);
    await q.query(`DROP TABLE notification_actors`);
    await q.query(`DROP TABLE notifications`);
  }
}
