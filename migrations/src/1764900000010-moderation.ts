import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation: members' flags gathered into one review item per target, watched words, and
 * time-limited restrictions (suspension, silence) with the warnings kept in a member's record.
 */
export class Moderation1764900000010 implements MigrationInterface {
  name = 'Moderation1764900000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE community_settings
        ADD COLUMN moderation jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(`
      ALTER TABLE members
        ADD COLUMN suspended_until timestamptz,
        ADD COLUMN silenced_until timestamptz,
        ADD COLUMN silence_reason text`);
    await q.query(`
      CREATE TABLE review_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_type text NOT NULL CHECK (target_type IN ('post', 'comment', 'idea', 'member')),
        target_id uuid NOT NULL,
        author_id uuid REFERENCES members (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'agreed', 'disagreed', 'ignored')),
        source text NOT NULL CHECK (source IN ('flags', 'watched_word', 'approval', 'duplicate')),
        detail text,
        score real NOT NULL DEFAULT 0,
        flag_count int NOT NULL DEFAULT 0,
        hidden_by_review boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES members (id) ON DELETE SET NULL,
        resolution text
      )`);
    await q.query(`
      CREATE UNIQUE INDEX review_items_one_open ON review_items (target_type, target_id)
        WHERE status = 'pending'`);
    await q.query(`CREATE INDEX review_items_queue ON review_items (status, updated_at DESC)`);
    await q.query(`CREATE INDEX review_items_author ON review_items (author_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES review_items (id) ON DELETE CASCADE,
        target_type text NOT NULL,
        target_id uuid NOT NULL,
        flagger_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        reason text NOT NULL
          CHECK (reason IN ('spam', 'inappropriate', 'harassment', 'off_topic', 'other')),
        note text,
        weight real NOT NULL,
        outcome text CHECK (outcome IN ('agreed', 'disagreed', 'ignored')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (target_type, target_id, flagger_id)
      )`);
    await q.query(`CREATE INDEX flags_item ON flags (item_id)`);
    await q.query(`CREATE INDEX flags_flagger ON flags (flagger_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE member_sanctions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('warning', 'suspension', 'silence')),
        reason text,
        message text,
        ends_at timestamptz,
        created_by uuid REFERENCES members (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX member_sanctions_member ON member_sanctions (member_id, created_at DESC)`,
    );
    await q.query(`
      CREATE TABLE watched_words (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        word text NOT NULL,
        normalized text NOT NULL UNIQUE,
        action text NOT NULL CHECK (action IN ('block', 'approve', 'flag')),
        created_by uuid REFERENCES members (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE content_fingerprints (
        fingerprint text NOT NULL,
        target_type text NOT NULL,
        target_id uuid NOT NULL,
        author_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        space_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (target_type, target_id)
      )`);
    await q.query(
      `CREATE INDEX content_fingerprints_recent ON content_fingerprints (fingerprint, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE content_fingerprints`);
    await q.query(`DROP TABLE watched_words`);
    await q.query(`DROP TABLE member_sanctions`);
    await q.query(`DROP TABLE flags`);
    await q.query(`DROP TABLE review_items`);
    await q.query(
      `ALTER TABLE members DROP COLUMN suspended_until, DROP COLUMN silenced_until, DROP COLUMN silence_reason`,
    );
    await q.query(`ALTER TABLE community_settings DROP COLUMN moderation`);
  }
}
