import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { BadgesRepository, type BadgeRow, type MemberBadgeRow } from './badges.repository.js';

@Injectable()
export class BadgesLoaderFactory {
  constructor(private readonly badges: BadgesRepository) {}

  create(): DataLoader<string, BadgeRow | null> {
    return new DataLoader(async (ids) => {
      const byId = new Map((await this.badges.findByIds(ids)).map((b) => [b.id, b]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

/** The badges each member holds, for profiles and member lists. */
@Injectable()
export class MemberBadgesLoaderFactory {
  constructor(private readonly badges: BadgesRepository) {}

  create(): DataLoader<string, MemberBadgeRow[]> {
    return new DataLoader(async (memberIds) => {
      const byMember = new Map<string, MemberBadgeRow[]>();
      for (const row of await this.badges.heldBy(memberIds)) {
        const list = byMember.get(row.memberId) ?? [];
        list.push(row);
        byMember.set(row.memberId, list);
      }
      return memberIds.map((id) => byMember.get(id) ?? []);
    });
  }
}

@Injectable()
export class HolderCountLoaderFactory {
  constructor(private readonly badges: BadgesRepository) {}

  create(): DataLoader<string, number> {
    return new DataLoader(async (ids) => {
      const counts = await this.badges.holderCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }
}
