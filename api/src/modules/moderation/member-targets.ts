import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { MembersService } from '../members/members.service.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import type { ReviewedContent } from './review-targets.js';
import { ReviewTargets } from './review-targets.js';

const reviewed = (m: MemberEntity): ReviewedContent => ({
  id: m.id,
  authorId: m.id,
  label: `${m.displayName} (@${m.handle})`,
  excerpt: m.bio.slice(0, 500),
  path: `/members/${m.handle}`,
  hidden: false,
  deleted: m.status === 'pending',
  createdAt: m.joinedAt,
});

/** Profiles are flagged like content; a decision on one acts on the member, not on a text. */
@Injectable()
export class MemberTargets implements OnModuleInit {
  constructor(
    private readonly targets: ReviewTargets,
    private readonly members: MembersService,
  ) {}

  onModuleInit(): void {
    this.targets.register('member', {
      readable: async (_reader: Viewer, id) => {
        const m = await this.members.findById(id);
        return m && m.status === 'active' ? reviewed(m) : null;
      },
      find: async (ids) =>
        new Map((await this.members.findByIds(ids)).map((m) => [m.id, reviewed(m)])),
      hide: async () => undefined,
      show: async () => undefined,
    });
  }
}
