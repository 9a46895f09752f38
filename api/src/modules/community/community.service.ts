import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditTrail, changedFields, type AuditTarget } from '../../core/audit/audit-trail.js';
import { Db } from '../../core/database/db.js';
import { forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import {
  decodeCursor,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { VisitorReading } from '../../core/auth/visitor-reading.js';
import { isValidTimeZone, MembersService } from '../members/members.service.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { CommunityRepository } from './community.repository.js';
import type { CommunitySettingsEntity } from './entities/community-settings.entity.js';
import type { InviteEntity } from './entities/invite.entity.js';
import type { UpdateCommunityInput } from './dto/update-community.input.js';
import type { CreateInviteInput } from './dto/create-invite.input.js';
import { InviteStatus } from './models/community.model.js';

/** Letters and digits that cannot be mistaken for one another when read aloud or typed. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const inviteTarget = (i: InviteEntity): AuditTarget => ({
  type: 'invite',
  id: i.id,
  label: i.note ? `${i.code} (${i.note})` : i.code,
});

@Injectable()
export class CommunityService implements VisitorReading {
  constructor(
    private readonly db: Db,
    private readonly community: CommunityRepository,
    private readonly members: MembersService,
    private readonly audit: AuditTrail,
  ) {}

  settings(): Promise<CommunitySettingsEntity> {
    return this.community.settings();
  }

  /** Whether visitors without an account may read the public spaces now. */
  async visitorsMayRead(): Promise<boolean> {
    return (await this.community.settings()).visibleToVisitors;
  }

  updateSettings(
    input: UpdateCommunityInput,
    viewer: Viewer | null = null,
  ): Promise<CommunitySettingsEntity> {
    return this.db.transaction(async () => {
      if (input.timezone !== undefined && !isValidTimeZone(input.timezone)) {
        throw invalidField('timezone', 'INVALID_VALUE', 'Choose a time zone from the list.');
      }
      const patch: Partial<CommunitySettingsEntity> = { ...input };
      if (input.name !== undefined) {
        patch.name = input.name.trim();
        if (!patch.name) throw invalidField('name', 'REQUIRED', 'This field is required.');
      }
      const current = await this.community.settings();
      const saved = await this.community.updateSettings(patch);
      const diff = changedFields(
        current,
        saved,
        Object.keys(patch) as Array<keyof CommunitySettingsEntity>,
      );
      if (diff)
        await this.audit.record(viewer, {
          action: 'community.update',
          target: { type: 'community', label: current.name },
          ...diff,
        });
      return saved;
    });
  }

  async suspendMember(
    viewer: Viewer,
    input: { memberId: string; reason?: string | null; days?: number | null },
  ): Promise<MemberEntity> {
    await this.maySuspend(viewer);
    const until = input.days ? new Date(Date.now() + input.days * 86_400_000) : null;
    return this.members.suspend(viewer, input.memberId, input.reason, until);
  }

  async restoreMember(viewer: Viewer, memberId: string): Promise<MemberEntity> {
    await this.maySuspend(viewer);
    return this.members.restore(viewer, memberId);
  }

  /** Admins always may; moderators unless the community keeps suspensions to admins. */
  private async maySuspend(viewer: Viewer): Promise<void> {
    if (viewer.role === 'admin' || (await this.settings()).moderatorsCanSuspend) return;
    throw forbidden('In this community only admins suspend and restore members.');
  }

  createInvite(viewer: Viewer, input: CreateInviteInput): Promise<InviteEntity> {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw invalidField('expiresAt', 'OUT_OF_RANGE', 'The expiry must be in the future.');
    }
    const code = Array.from(
      { length: 10 },
      () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
    ).join('');
    return this.db.transaction(async () => {
      const invite = await this.community.createInvite({
        code,
        note: input.note?.trim() ?? '',
        createdBy: viewer.memberId,
        expiresAt: input.expiresAt ?? null,
        maxUses: input.maxUses ?? null,
      });
      await this.audit.record(viewer, {
        action: 'invite.create',
        target: inviteTarget(invite),
        after: { note: invite.note, expiresAt: invite.expiresAt, maxUses: invite.maxUses },
      });
      return invite;
    });
  }

  revokeInvite(viewer: Viewer, id: string): Promise<InviteEntity> {
    return this.db.transaction(async () => {
      const invite = isUuid(id) ? await this.community.findInvite(id) : null;
      if (!invite) throw notFound('This invite');
      await this.community.revokeInvite(id);
      const revoked = (await this.community.findInvite(id))!;
      if (!invite.revokedAt)
        await this.audit.record(viewer, {
          action: 'invite.revoke',
          target: inviteTarget(invite),
          before: { revokedAt: null },
          after: { revokedAt: revoked.revokedAt },
        });
      return revoked;
    });
  }

  async listInvites(args: PageArgs): Promise<Connection<InviteEntity>> {
    const after = decodeCursor(args.after, ['date', 'uuid']) as [string, string] | null;
    const rows = await this.community.listInvites(args.first, after);
    return toConnection(rows, args.first, (i) => [i.createdAt.toISOString(), i.id]);
  }

  /** Codes are typed by people: spaces and case do not matter. */
  consumeInvite(code: string): Promise<string | null> {
    return this.community.consumeInvite(code.replace(/[\s-]/g, '').toUpperCase());
  }

  inviteStatus(i: InviteEntity, now = new Date()): InviteStatus {
    if (i.revokedAt) return InviteStatus.REVOKED;
    if (i.expiresAt && i.expiresAt <= now) return InviteStatus.EXPIRED;
    if (i.maxUses !== null && i.uses >= i.maxUses) return InviteStatus.USED_UP;
    return InviteStatus.ACTIVE;
  }
}
