import { Injectable } from '@nestjs/common';
import { ErrorCode, UPLOADED_AVATAR, type MemberStatus, type Role } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { ActivityService } from '../activity/activity.service.js';
import {
  AppError,
  conflict,
  forbidden,
  invalidField,
  notFound,
} from '../../core/errors/app-error.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { isStaff, memberOf, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { AuditTrail, memberTarget } from '../../core/audit/audit-trail.js';
import { SanctionsRepository, type SanctionRow } from './sanctions.repository.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
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
    private readonly audit: AuditTrail,
    private readonly sanctions: SanctionsRepository,
    private readonly events: EventBus,
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
      if (role === member.role) return member;
      // Their sockets reconnect and join the rooms the new role allows.
      this.db.afterCommit(() => this.realtime.disconnectMember(member.id));
      await this.audit.record(viewer, {
        action: 'member.setRole',
        target: memberTarget(member),
        before: { role: member.role },
        after: { role },
      });
      return this.members.update(member.id, { role });
    });
  }

  /**
   * The member cannot sign in until `until` (null: until restored), and is told the reason when
   * they try. Suspending a suspended member again changes the end and the reason.
   */
  suspend(
    viewer: Viewer,
    memberId: string,
    reason: string | null | undefined,
    until: Date | null = null,
  ): Promise<MemberEntity> {
    return this.db.transaction(async () => {
      const member = await this.require(memberId);
      if (member.id === viewer.memberId) throw forbidden('You cannot suspend yourself.');
      this.mayRestrict(viewer, member);
      if (member.role === 'admin') await this.keepOneAdmin(member.id);
      const updated = await this.members.update(member.id, {
        status: 'suspended' satisfies MemberStatus,
        suspendedAt: member.suspendedAt ?? new Date(),
        suspensionReason: reason?.trim() || null,
        suspendedUntil: until,
      });
      await this.sanctions.add({
        memberId: member.id,
        kind: 'suspension',
        reason: updated.suspensionReason,
        message: null,
        endsAt: until,
        createdBy: viewer.memberId,
      });
      await this.audit.record(viewer, {
        action: 'member.suspend',
        target: memberTarget(member),
        before: { status: member.status, suspendedUntil: member.suspendedUntil },
        after: { status: updated.status, suspendedUntil: until },
        reason,
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
      await this.audit.record(viewer, {
        action: 'member.restore',
        target: memberTarget(member),
        before: { status: member.status, suspensionReason: member.suspensionReason },
        after: { status: 'active' },
      });
      return this.members.update(member.id, {
        status: 'active',
        suspendedAt: null,
        suspensionReason: null,
        suspendedUntil: null,
      });
    });
  }

  /** Until `until` the member reads but cannot post, comment, submit ideas or flag. */
  silence(viewer: Viewer, memberId: string, reason: string, until: Date): Promise<MemberEntity> {
    return this.db.transaction(async () => {
      const member = await this.require(memberId);
      if (member.id === viewer.memberId) throw forbidden('You cannot silence yourself.');
      this.mayRestrict(viewer, member);
      if (until.getTime() <= Date.now())
        throw invalidField('days', 'INVALID_VALUE', 'A silence must end in the future.');
      await this.sanctions.add({
        memberId: member.id,
        kind: 'silence',
        reason: reason.trim(),
        message: null,
        endsAt: until,
        createdBy: viewer.memberId,
      });
      await this.audit.record(viewer, {
        action: 'member.silence',
        target: memberTarget(member),
        before: { silencedUntil: member.silencedUntil },
        after: { silencedUntil: until },
        reason,
      });
      return this.members.update(member.id, {
        silencedUntil: until,
        silenceReason: reason.trim(),
      });
    });
  }

  unsilence(viewer: Viewer, memberId: string): Promise<MemberEntity> {
    return this.db.transaction(async () => {
      const member = await this.require(memberId);
      this.mayRestrict(viewer, member);
      if (!member.silencedUntil) return member;
      await this.audit.record(viewer, {
        action: 'member.unsilence',
        target: memberTarget(member),
        before: { silencedUntil: member.silencedUntil },
        after: { silencedUntil: null },
      });
      return this.members.update(member.id, { silencedUntil: null, silenceReason: null });
    });
  }

  /** A formal warning: a private message the member is sent, kept in their record. */
  warn(viewer: Viewer, memberId: string, reason: string, message: string): Promise<SanctionRow> {
    return this.db.transaction(async () => {
      const member = await this.require(memberId);
      if (member.id === viewer.memberId) throw forbidden('You cannot warn yourself.');
      if (member.status !== 'active') throw notFound('This member');
      const warning = await this.sanctions.add({
        memberId: member.id,
        kind: 'warning',
        reason: reason.trim(),
        message: message.trim(),
        endsAt: null,
        createdBy: viewer.memberId,
      });
      await this.events.emit('member.warned', { sanctionId: warning.id, memberId: member.id });
      await this.audit.record(viewer, {
        action: 'member.warn',
        target: memberTarget(member),
        after: { message: warning.message },
        reason,
      });
      return warning;
    });
  }

  /** A member's warnings, suspensions and silences, newest first. */
  sanctionsOf(memberId: string): Promise<SanctionRow[]> {
    return this.sanctions.ofMember(memberId);
  }

  /** Ends every suspension and silence whose time is up (a job; tests pass their own clock). */
  liftExpired(now = new Date()): Promise<number> {
    return this.db.transaction(async () => {
      const { suspensions, silences } = await this.sanctions.liftExpired(now);
      for (const [action, members] of [
        ['member.suspensionEnded', suspensions],
        ['member.silenceEnded', silences],
      ] as const) {
        for (const m of members)
          await this.audit.record(null, {
            action,
            target: memberTarget(m),
            after: action === 'member.suspensionEnded' ? { status: 'active' } : undefined,
          });
      }
      return suspensions.length + silences.length;
    });
  }

  /**
   * Refuses what a silenced member may not do (post, comment, submit ideas, flag), saying until
   * when and why.
   */
  assertMayPost(member: Pick<MemberEntity, 'silencedUntil' | 'silenceReason'>): void {
    if (!member.silencedUntil || member.silencedUntil.getTime() <= Date.now()) return;
    const until = member.silencedUntil.toISOString();
    throw new AppError(
      ErrorCode.SILENCED,
      `You can read but not post until ${until}.` +
        (member.silenceReason ? ` Reason: ${member.silenceReason}` : ''),
      { restriction: { until, reason: member.silenceReason } },
    );
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
