import { Injectable } from '@nestjs/common';
import { DEFAULT_MODERATION_SETTINGS, type ModerationSettings } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';

/** The community's moderation settings (a JSON column of its settings row), with defaults. */
@Injectable()
export class ModerationSettingsRepository {
  constructor(private readonly db: Db) {}

  async get(): Promise<ModerationSettings> {
    const rows = await this.db.query<Array<{ moderation: Partial<ModerationSettings> }>>(
      `SELECT moderation FROM community_settings LIMIT 1`,
      [],
      { prepare: true },
    );
    return { ...DEFAULT_MODERATION_SETTINGS, ...rows[0]?.moderation };
  }

  async update(patch: Partial<ModerationSettings>): Promise<ModerationSettings> {
    await this.db.query(
      `UPDATE community_settings SET moderation = moderation || $1::jsonb, updated_at = now()`,
      [JSON.stringify(patch)],
    );
    return this.get();
  }
}
