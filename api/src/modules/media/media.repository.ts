import { Injectable } from '@nestjs/common';
import { Db } from '../../core/database/db.js';
import type { MediaEntity } from './entities/media.entity.js';

const COLUMNS = `id, owner_id AS "ownerId", original_type AS "originalType", width, height, bytes,
  variants, created_at AS "createdAt"`;

/**
 * All SQL of the media module. Plain statements through `db.query` (rows come back in the
 * MediaEntity shape), so the module does not depend on the entity list of the data source.
 */
@Injectable()
export class MediaRepository {
  constructor(private readonly db: Db) {}

  async insert(m: Omit<MediaEntity, 'createdAt'>): Promise<MediaEntity> {
    const rows = await this.db.query<MediaEntity[]>(
      `INSERT INTO media (id, owner_id, original_type, width, height, bytes, variants)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
       RETURNING ${COLUMNS}`,
      [m.id, m.ownerId, m.originalType, m.width, m.height, m.bytes, JSON.stringify(m.variants)],
    );
    return rows[0];
  }

  async findById(id: string): Promise<MediaEntity | null> {
    const rows = await this.db.query<MediaEntity[]>(`SELECT ${COLUMNS} FROM media WHERE id = $1`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  /**
   * Counts one use of `key` in a fixed window of `windowSeconds` (a new window starts once the
   * last has ended), in the shared rate_limits table. One statement, so concurrent requests are
   * all counted. Returns the count so far and the seconds left in the window.
   */
  async countInWindow(
    key: string,
    windowSeconds: number,
  ): Promise<{ count: number; retryAfterSeconds: number }> {
    const rows = await this.db.query<Array<{ count: number; retry_after: number }>>(
      `INSERT INTO rate_limits AS r (key, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN r.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE r.failures + 1 END,
         window_started_at = CASE WHEN r.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE r.window_started_at END
       RETURNING failures AS count,
         greatest(1, ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now())))::int AS retry_after`,
      [key, windowSeconds],
    );
    return { count: rows[0].count, retryAfterSeconds: rows[0].retry_after };
  }
}
