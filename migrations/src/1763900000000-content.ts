import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Content1763900000000 implements MigrationInterface {
  name = 'Content1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE spaces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
        name_ja text NOT NULL,
        name_en text NOT NULL,
        description_ja text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        icon text NOT NULL DEFAULT '💬',
        color text NOT NULL DEFAULT '#2f7d57' CHECK (color ~ '^#[0-9a-f]{6}$'),
        position integer NOT NULL DEFAULT 0,
        view_roles text[],
        post_roles text[],
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_id uuid NOT NULL REFERENCES spaces(id),
        author_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('talk', 'question', 'announcement')),
        title text NOT NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        excerpt text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        search_text text NOT NULL,
        search_grams text[] NOT NULL,
        comment_count integer NOT NULL DEFAULT 0,
        reaction_count integer NOT NULL DEFAULT 0,
        view_count integer NOT NULL DEFAULT 0,
        best_answer_id uuid,
        revision integer NOT NULL DEFAULT 1,
        pinned_at timestamptz,
        locked_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        deleted_at timestamptz,
        edited_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_activity_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX posts_latest_idx ON posts (created_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX posts_space_idx ON posts (space_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX posts_author_idx ON posts (author_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX posts_tags_idx ON posts USING gin (tags)`);
    await q.query(`CREATE INDEX posts_search_idx ON posts USING gin (search_grams)`);
    await q.query(
      `CREATE INDEX posts_unanswered_idx ON posts (created_at DESC, id DESC)
        WHERE kind = 'question' AND best_answer_id IS NULL AND deleted_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE post_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        revision integer NOT NULL,
        editor_id uuid REFERENCES members(id) ON DELETE SET NULL,
        title text NOT NULL,
        body text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (post_id, revision)
      )`);

    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        body text NOT NULL,
        body_html text NOT NULL,
        search_text text NOT NULL,
        search_grams text[] NOT NULL,
        reaction_count integer NOT NULL DEFAULT 0,
        reply_count integer NOT NULL DEFAULT 0,
        hidden_at timestamptz,
        hidden_reason text,
        deleted_at timestamptz,
        edited_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX comments_post_idx ON comments (post_id, parent_id, created_at, id)`,
    );
    await q.query(
      `CREATE INDEX comments_author_idx ON comments (author_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX comments_search_idx ON comments USING gin (search_grams)`);
    await q.query(
      `ALTER TABLE posts ADD CONSTRAINT posts_best_answer_fk
         FOREIGN KEY (best_answer_id) REFERENCES comments(id) ON DELETE SET NULL`,
    );

    await q.query(`
      CREATE TABLE reaction_kinds (
        key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z_]{1,19}$'),
        emoji text NOT NULL,
        label_ja text NOT NULL,
        label_en text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        enabled boolean NOT NULL DEFAULT true
      )`);
    await q.query(`
      INSERT INTO reaction_kinds (key, emoji, label_ja, label_en, position) VALUES
        ('like', '👍', 'いいね', 'Like', 0),
        ('thanks', '🙏', 'ありがとう', 'Thanks', 1),
        ('love', '❤️', '大好き', 'Love', 2),
        ('laugh', '😄', '笑った', 'Haha', 3),
        ('wow', '😮', 'すごい', 'Wow', 4),
        ('idea', '💡', 'なるほど', 'Insightful', 5)`);

    await q.query(`
      CREATE TABLE reactions (
        target_type text NOT NULL CHECK (target_type IN ('post', 'comment')),
        target_id uuid NOT NULL,
        kind text NOT NULL REFERENCES reaction_kinds(key) ON UPDATE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (target_type, target_id, kind, member_id)
      )`);
    await q.query(
      `CREATE INDEX reactions_member_idx ON reactions (member_id, target_type, target_id)`,
    );

    await q.query(`
      CREATE TABLE post_views (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        viewer_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        day date NOT NULL,
        PRIMARY KEY (post_id, viewer_id, day)
      )`);

    await q.query(`
      CREATE TABLE mentions (
        source_type text NOT NULL CHECK (source_type IN ('post', 'comment')),
        source_id uuid NOT NULL,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (source_type, source_id, member_id)
      )`);
    await q.query(`CREATE INDEX mentions_member_idx ON mentions (member_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mentions`);
    await q.query(`DROP TABLE post_views`);
    await q.query(`DROP TABLE reactions`);
    await q.query(`DROP TABLE reaction_kinds`);
    await q.query(`ALTER TABLE posts DROP CONSTRAINT posts_best_answer_fk`);
    await q.query(`DROP TABLE comments`);
    await q.query(`DROP TABLE post_revisions`);
    await q.query(`DROP TABLE posts`);
    await q.query(`DROP TABLE spaces`);
  }
}
