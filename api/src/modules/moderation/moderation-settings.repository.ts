import { Injectable } from '@nestjs/common';
import { DEFAULT_MODERATION_SETTINGS, type ModerationSettings } from '@kizuna/shared';
import { ReadCache } from '../../core/cache/read-cache.js';
import { Db } from '../../core/database/db.js';
import { CommunityRepository } from '../community/community.repository.js';

/**
 * The community's moderation settings (a JSON column of its settings row, read with the cached
 * row: screening reads them on every post and comment), with defaults.
 */
@Injectable()
export class ModerationSettingsRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: ReadCache,
    private readonly community: CommunityRepository,
  ) {}

  async get(): Promise<ModerationSettings> {
    return { ...DEFAULT_MODERATION_SETTINGS, ...(await this.community.settings()).moderation };
  }

  async update(patch: Partial<ModerationSettings>): Promise<ModerationSettings> {
    await this.db.query(
      `UPDATE community_settings SET moderation = moderation || $1::jsonb, updated_at = now()`,
      [JSON.stringify(patch)],
    );
    this.cache.changed('community_settings');
    return this.get();
  }
}
