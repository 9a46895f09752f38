import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { MembersRepository } from './members.repository.js';
import type { MemberEntity } from './entities/member.entity.js';
import type { MemberBrief } from './member-cache.js';

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

/**
 * Per-request batching of members as they act (role, status, locale, rank position), kept in
 * memory across requests until they change (MemberCache): a feed page's authors' ranks cost no
 * statement once read.
 */
@Injectable()
export class BriefsLoaderFactory {
  constructor(private readonly members: MembersRepository) {}

  create(): DataLoader<string, MemberBrief | null> {
    return new DataLoader(async (ids) => {
      const rows = await this.members.briefs(ids);
      const byId = new Map(rows.map((m) => [m.memberId, m]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
