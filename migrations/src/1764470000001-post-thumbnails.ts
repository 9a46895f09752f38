import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feed cards show the first uploaded image of a post, small. New and edited posts store it from
 * their rendered Markdown; existing posts take the first `![…](/media/<id>/…)` of their body.
 */
export class PostThumbnails1764470000001 implements MigrationInterface {
  name = 'PostThumbnails1764470000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE posts ADD COLUMN thumbnail_url text`);
    await q.query(
      `UPDATE posts SET thumbnail_url = '/media/' || m[1] || '/thumb.webp'
         FROM (SELECT id, regexp_match(body,
                 '!\\[[^\\]]*\\]\\(/media/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/(?:thumb|medium|large)\\.webp\\)') AS m
                 FROM posts WHERE body LIKE '%](/media/%') found
        WHERE posts.id = found.id AND found.m IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE posts DROP COLUMN thumbnail_url`);
  }
}
