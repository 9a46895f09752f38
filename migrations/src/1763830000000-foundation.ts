import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763830000000 implements MigrationInterface {
  name = 'Foundation1763830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE community_settings (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        logo_url text,
        default_locale text NOT NULL DEFAULT 'ja' CHECK (default_locale IN ('ja', 'en')),
        timezone text NOT NULL DEFAULT 'Asia/Tokyo',
        registration_mode text NOT NULL DEFAULT 'open'
          CHECK (registration_mode IN ('open', 'approval', 'invite')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO community_settings (name) VALUES ('Kizuna')`);

    await q.query(`
      CREATE TABLE members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        handle text NOT NULL CHECK (handle ~ '^[a-z][a-z0-9_]{2,29}$'),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'moderator', 'product', 'admin')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'pending', 'suspended')),
        avatar_url text,
        bio text NOT NULL DEFAULT '',
        locale text NOT NULL DEFAULT 'ja' CHECK (locale IN ('ja', 'en')),
        timezone text NOT NULL DEFAULT 'Asia/Tokyo',
        suspended_at timestamptz,
        suspension_reason text,
        joined_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX members_email_key ON members (lower(email))`);
    await q.query(`CREATE UNIQUE INDEX members_handle_key ON members (handle)`);
    await q.query(`CREATE INDEX members_joined_idx ON members (joined_at DESC, id DESC)`);
    await q.query(`CREATE INDEX members_status_idx ON members (status, joined_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        ip text,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_member_idx ON sessions (member_id)`);

    await q.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX password_resets_member_idx ON password_resets (member_id)`);

    await q.query(`
      CREATE TABLE invites (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        note text NOT NULL DEFAULT '',
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz,
        max_uses integer CHECK (max_uses > 0),
        uses integer NOT NULL DEFAULT 0 CHECK (uses >= 0),
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX invites_created_idx ON invites (created_at DESC, id DESC)`);
    await q.query(
      `ALTER TABLE members ADD COLUMN invite_id uuid REFERENCES invites(id) ON DELETE SET NULL`,
    );

    await q.query(`
      CREATE TABLE rate_limits (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);

    await q.query(`
      CREATE TABLE dev_mail (
        id bigserial PRIMARY KEY,
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dev_mail`);
    await q.query(`DROP TABLE rate_limits`);
    await q.query(`ALTER TABLE members DROP COLUMN invite_id`);
    await q.query(`DROP TABLE invites`);
    await q.query(`DROP TABLE password_resets`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE members`);
    await q.query(`DROP TABLE community_settings`);
  }
}
