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
}
