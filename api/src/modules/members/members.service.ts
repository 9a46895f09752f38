import { Injectable } from '@nestjs/common';
import { UPLOADED_AVATAR, type MemberStatus, type Role } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { ActivityService } from '../activity/activity.service.js';
import { conflict, forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { isStaff, memberOf, type Reader, type Viewer } from '../../core/auth/viewer.js';
import type { MemberBrief } from './member-cache.js';
import { MembersRepository, type NewMember } from './members.repository.js';
import { SessionsRepository } from './sessions.repository.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { MediaService } from '../media/media.service.js';
import type { MemberEntity } from './entities/member.entity.js';
import type { UpdateProfileInput } from './dto/update-profile.input.js';
import type { MembersArgs, MentionCandidatesArgs } from './dto/members.args.js';

const TIME_ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

export const isValidTimeZone = (tz: string) => TIME_ZONES.has(tz);

@Injectable()
export class MembersService {
  constructor(
    private readonly db: Db,
    private readonly members: MembersRepository,
    private readonly sessions: SessionsRepository,
    private readonly realtime: RealtimeService,
    private readonly activity: ActivityService,
    private readonly media: MediaService,
  ) {}

  /** Read interface for other modules (they never use the repository). */
  findById(id: string): Promise<MemberEntity | null> {
    return this.members.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<MemberEntity[]> {
    return this.members.findByIds(ids);
  }

  /** The members as they would act (no session behind them): for judging what they may see. */
  viewers(ids: readonly string[]): Promise<Viewer[]> {
    return this.members.briefs(ids);
  }

  /** As viewers, with when each joined. */
  briefs(ids: readonly string[]): Promise<MemberBrief[]> {
    return this.members.briefs(ids);
  }

  /** Members whose rank moved, for whoever keeps their rank (the points module tells). */
  ranksMoved(ids: readonly string[]): Promise<void> {
    return this.members.ranksMoved(ids);
  }

  findByHandle(handle: string): Promise<MemberEntity | null> {
    return this.members.findByHandle(handle);
  }

  findByHandles(handles: readonly string[]): Promise<MemberEntity[]> {
    return this.members.findByHandles(handles);
  }

  /** Member ids by email (lower-cased keys). */
  idsByEmails(emails: readonly string[]): Promise<Map<string, string>> {
    return this.members.idsByEmails(emails.map((e) => e.toLowerCase()));
  }

  /**
   * Accounts, for the auth module: credentials, registration checks and writes. Registration
   * runs under lockRegistrations, so "is this the first member" and the checks hold.
   */
  findCredentialsByEmail(email: string): Promise<MemberEntity | null> {
    return this.members.findCredentialsByEmail(email);
  }

  passwordHash(id: string): Promise<string | null> {
    return this.members.passwordHash(id);
  }

  lockRegistrations(): Promise<void> {
    return this.members.lockRegistrations();
  }

  count(): Promise<number> {
    return this.members.count();
  }

  emailTaken(email: string): Promise<boolean> {
    return this.members.emailTaken(email);
  }

  handleTaken(handle: string): Promise<boolean> {
    return this.members.handleTaken(handle);
  }

  insert(member: NewMember): Promise<MemberEntity> {
    return this.members.insert(member);
  }

  update(id: string, patch: Partial<MemberEntity>): Promise<MemberEntity> {
    return this.members.update(id, patch);
  }

  delete(id: string): Promise<void> {
    return this.members.delete(id);
  }

  anniversariesOn(now: Date): Promise<Array<{ memberId: string; year: number; years: number }>> {
    return this.members.anniversariesOn(now);
  }

  /** Active members in id order after `afterId`, for batch work. */
  activeIdsAfter(afterId: string | null, limit: number): Promise<string[]> {
    return this.members.activeIdsAfter(afterId, limit);
  }

  async me(viewer: Viewer | null): Promise<MemberEntity | null> {
    return viewer ? this.members.findById(viewer.memberId) : null;
  }

  /** Pending members are visible to staff only. */
  async byHandle(viewer: Reader, handle: string): Promise<MemberEntity> {
    const member = await this.members.findByHandle(handle);
    if (
      !member ||
      (member.status === 'pending' && !isStaff(viewer) && member.id !== memberOf(viewer)?.memberId)
    ) {
      throw notFound('This member');
    }
    return member;
  }

  async list(args: MembersArgs): Promise<Connection<MemberEntity>> {
    const after = decodeCursor(args.after, ['date', 'uuid']) as [string, string] | null;
    const rows = await this.members.list({
      first: args.first,
      after,
      search: args.search?.trim() || null,
      role: args.role,
      status: args.status,
    });
    return toConnection(rows, args.first, (m) => [m.joinedAt.toISOString(), m.id]);
  }

  /** Sign-ups waiting in the approval queue. */
  pendingApprovalCount(): Promise<number> {
    return this.members.countByStatus('pending');
  }

  /** Members to offer after an @: handle or name prefix matches, active members only. */
  async mentionCandidates(args: MentionCandidatesArgs): Promise<Connection<MemberEntity>> {
    const rows = await this.members.byPrefix(args.prefix.trim().replace(/^@/, ''), args.first);
    return { nodes: rows, pageInfo: { hasNextPage: false, endCursor: null } };
  }

  /** Staff (and the member themself) see email and suspension details. */
  canSeePrivate(viewer: Viewer | null, member: MemberEntity): boolean {
    return !!viewer && (viewer.memberId === member.id || isStaff(viewer));
  }

  updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<MemberEntity> {
    return this.db.transaction(async () => {
      if (input.timezone !== undefined && !isValidTimeZone(input.timezone)) {
        throw invalidField('timezone', 'INVALID_VALUE', 'Choose a time zone from the list.');
      }
      const current = (await this.members.findById(viewer.memberId))!;
      if (
        input.handle !== undefined &&
        input.handle !== current.handle &&
        (await this.members.handleTaken(input.handle))
      ) {
        throw conflict('handle', 'This handle is already taken.');
      }
      const patch: Partial<MemberEntity> = {};
      if (input.displayName !== undefined) patch.displayName = input.displayName.trim();
      if (input.handle !== undefined) patch.handle = input.handle;
      if (input.avatarUrl !== undefined) {
        const uploaded = input.avatarUrl?.match(UPLOADED_AVATAR);
        // Someone else's upload is refused as unknown, like one that does not exist.
        if (uploaded && input.avatarUrl !== current.avatarUrl)
          await this.media.requireOwn(viewer.memberId, uploaded[1]);
        patch.avatarUrl = input.avatarUrl;
      }
      if (input.bio !== undefined) patch.bio = input.bio;
      if (input.locale !== undefined) patch.locale = input.locale;
      if (input.timezone !== undefined) patch.timezone = input.timezone;
      if (patch.displayName === '')
        throw invalidField('displayName', 'REQUIRED', 'This field is required.');
      const saved = await this.members.update(viewer.memberId, patch);
      await this.activity.apply(ActivityRules.profileSaved(saved));
      return saved;
    });
  }

  setRole(viewer: Viewer, memberId: string, role: Role): Promise<MemberEntity> {
    return this.db.transaction(async () => {
      const member = await this.require(memberId);
      if (member.id === viewer.memberId && role !== 'admin') {
        throw forbidden('You cannot remove your own admin role. Ask another admin.');
      }
      if (member.role === 'admin' && role !== 'admin') await this.keepOneAdmin(member.id);
      // Their sockets reconnect and join the rooms the new role allows.
      if (role !== member.role)
        this.db.afterCommit(() => this.realtime.disconnectMember(member.id));
      return this.members.update(member.id, { role });
    });
  }

  suspend(viewer: Viewer, memberId: string, reason: string | undefined): Promise<MemberEntity> {
    return this.db.transaction(async () => {
      const member = await this.require(memberId);
      if (member.id === viewer.memberId) throw forbidden('You cannot suspend yourself.');
      this.mayRestrict(viewer, member);
      if (member.status === 'suspended') return member;
      if (member.role === 'admin') await this.keepOneAdmin(member.id);
      const updated = await this.members.update(member.id, {
        status: 'suspended' satisfies MemberStatus,
        suspendedAt: new Date(),
        suspensionReason: reason?.trim() || null,
      });
      await this.sessions.deleteForMember(member.id);
      this.db.afterCommit(() => this.realtime.disconnectMember(member.id));
      return updated;
    });
  }

  restore(viewer: Viewer, memberId: string): Promise<MemberEntity> {
    return this.db.transaction(async () => {
      const member = await this.require(memberId);
      this.mayRestrict(viewer, member);
      if (member.status !== 'suspended') return member;
      return this.members.update(member.id, {
        status: 'active',
        suspendedAt: null,
        suspensionReason: null,
      });
    });
  }

  /** Moderators suspend and restore members; staff answer to admins only. */
  private mayRestrict(viewer: Viewer, member: MemberEntity): void {
    if (viewer.role !== 'admin' && member.role !== 'member')
      throw forbidden('Only admins can suspend or restore staff.');
  }

  async require(memberId: string): Promise<MemberEntity> {
    const member = isUuid(memberId) ? await this.members.findById(memberId) : null;
    if (!member) throw notFound('This member');
    return member;
  }

  private async keepOneAdmin(leavingId: string): Promise<void> {
    const admins = await this.members.lockActiveAdmins();
    if (admins.filter((id) => id !== leavingId).length === 0) {
      throw invalidField('role', 'INVALID_VALUE', 'The community needs at least one admin.');
    }
  }
}
