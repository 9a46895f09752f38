import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Popular posts from an index: each post's hot score is its engagement on a log scale plus a
 * term for when it was posted (twelve hours newer counts as much as e times the engagement).
 * Time adds the same to every post, so scores never need decaying: the order they give at any
 * moment is the order of the decayed scores. PostgreSQL keeps the column in step with the
 * counters it is computed from (reactions, comments, views).
 */
export class PopularHotScore1764400000000 implements MigrationInterface {
  name = 'PopularHotScore1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE posts ADD COLUMN hot_score float8 GENERATED ALWAYS AS (
        ln(1 + 2 * reaction_count + 3 * comment_count + ln(1 + view_count::float8))
        + extract(epoch FROM created_at - timestamptz '2025-01-01 00:00:00+00')::float8 / 43200
      ) STORED`);
    await q.query(
      `CREATE INDEX posts_hot_idx ON posts (hot_score DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX posts_space_hot_idx ON posts (space_id, hot_score DESC, id DESC)
        WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE posts DROP COLUMN hot_score`);
  }
}
