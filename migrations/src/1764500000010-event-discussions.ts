import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An event's discussion is a post of kind `event` without a space: it is read where its event
 * is, never listed among posts, and takes comments and reactions like any post. Events gain a
 * cover image and the series a repeating event was created as.
 */
export class EventDiscussions1764500000010 implements MigrationInterface {
  name = 'EventDiscussions1764500000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE posts DROP CONSTRAINT posts_kind_check`);
    await q.query(
      `ALTER TABLE posts ADD CONSTRAINT posts_kind_check
         CHECK (kind IN ('talk', 'question', 'announcement', 'event'))`,
    );
    await q.query(`ALTER TABLE posts ALTER COLUMN space_id DROP NOT NULL`);
    await q.query(
      `ALTER TABLE posts ADD CONSTRAINT posts_discussion_without_space
         CHECK ((kind = 'event') = (space_id IS NULL))`,
    );
    await q.query(`
      ALTER TABLE events
        ADD COLUMN discussion_post_id uuid UNIQUE REFERENCES posts(id),
        ADD COLUMN cover_image_id uuid REFERENCES media(id) ON DELETE SET NULL,
        ADD COLUMN series_id uuid`);
    await q.query(
      `CREATE INDEX events_series ON events (series_id, starts_at) WHERE series_id IS NOT NULL`,
    );
    await q.query(`
      WITH made AS (
        INSERT INTO posts (space_id, author_id, kind, title, body, body_html, excerpt,
                           search_text, search_grams, created_at, last_activity_at)
        SELECT NULL, e.created_by, 'event', e.id::text, '', '', '', '', '{}', e.created_at,
               e.created_at
          FROM events e WHERE e.discussion_post_id IS NULL
        RETURNING id, title)
      UPDATE events e SET discussion_post_id = made.id FROM made WHERE made.title = e.id::text`);
    await q.query(
      `UPDATE posts p SET title = e.title FROM events e WHERE e.discussion_post_id = p.id`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX events_series`);
    await q.query(`ALTER TABLE events DROP COLUMN discussion_post_id, DROP COLUMN cover_image_id,
                     DROP COLUMN series_id`);
    await q.query(`DELETE FROM posts WHERE kind = 'event'`);
    await q.query(`ALTER TABLE posts DROP CONSTRAINT posts_discussion_without_space`);
    await q.query(`ALTER TABLE posts ALTER COLUMN space_id SET NOT NULL`);
    await q.query(`ALTER TABLE posts DROP CONSTRAINT posts_kind_check`);
    await q.query(
      `ALTER TABLE posts ADD CONSTRAINT posts_kind_check
         CHECK (kind IN ('talk', 'question', 'announcement'))`,
    );
  }
}
