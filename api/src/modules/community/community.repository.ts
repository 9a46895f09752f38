import { Injectable } from '@nestjs/common';
import { ReadCache } from '../../core/cache/read-cache.js';
import { Db } from '../../core/database/db.js';
import { CommunitySettingsEntity } from './entities/community-settings.entity.js';
import { InviteEntity } from './entities/invite.entity.js';

@Injectable()
export class CommunityRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: ReadCache,
  ) {}

  settings(): Promise<CommunitySettingsEntity> {
    return this.cache.get(
      'community_settings',
      async () => (await this.db.repo(CommunitySettingsEntity).findOneBy({ id: 1 }))!,
    );
  }

  async updateSettings(patch: Partial<CommunitySettingsEntity>): Promise<CommunitySettingsEntity> {
    await this.db
      .repo(CommunitySettingsEntity)
      .update({ id: 1 }, { ...patch, updatedAt: () => 'now()' } as object);
    this.cache.changed('community_settings');
    return this.settings();
  }

  async createInvite(
    invite: Pick<InviteEntity, 'code' | 'note' | 'createdBy' | 'expiresAt' | 'maxUses'>,
  ): Promise<InviteEntity> {
    const repo = this.db.repo(InviteEntity);
    const { id } = await repo.save(repo.create(invite));
    return (await repo.findOneBy({ id }))!;
  }

  findInvite(id: string): Promise<InviteEntity | null> {
    return this.db.repo(InviteEntity).findOneBy({ id });
  }

  async revokeInvite(id: string): Promise<void> {
    await this.db.query(
      `UPDATE invites SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [id],
    );
  }

  /**
   * Uses one place on a valid invite in a single statement, so concurrent sign-ups cannot exceed
   * the limit. Returns the invite id, or null when the code is unknown, revoked, expired or used up.
   */
  async consumeInvite(code: string): Promise<string | null> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `UPDATE invites SET uses = uses + 1
        WHERE code = $1 AND revoked_at IS NULL
          AND (expires_at IS NULL OR expires_at > now())
          AND (max_uses IS NULL OR uses < max_uses)
        RETURNING id`,
      [code],
    );
    return rows[0]?.id ?? null;
  }

  listInvites(first: number, after: [string, string] | null): Promise<InviteEntity[]> {
    const q = this.db
      .repo(InviteEntity)
      .createQueryBuilder('i')
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(first + 1);
    if (after)
      q.where('(i.createdAt, i.id) < (:at::timestamptz, :id::uuid)', {
        at: after[0],
        id: after[1],
      });
    return q.getMany();
  }
}
