import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { MembersRepository } from './members.repository.js';
import type { MemberEntity } from './entities/member.entity.js';

/** Per-request batching of member lookups for relation fields (e.g. Invite.createdBy). */
@Injectable()
export class MembersLoaderFactory {
  constructor(private readonly members: MembersRepository) {}

  create(): DataLoader<string, MemberEntity | null> {
    return new DataLoader(async (ids) => {
      const rows = await this.members.findByIds(ids);
      const byId = new Map(rows.map((m) => [m.id, m]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
