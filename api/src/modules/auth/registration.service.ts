import { Inject, Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { MemberStatus, Role } from '@kizuna/shared';
import { CONFIG, type Config } from '../../config/env.js';
import { Db } from '../../core/database/db.js';
import { AuditTrail, memberTarget } from '../../core/audit/audit-trail.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { RATE_LIMITS, RateLimiter } from '../../core/rate-limit/rate-limiter.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { ActivityService } from '../activity/activity.service.js';
import { conflict, invalidField, notFound } from '../../core/errors/app-error.js';
import { MailService } from '../../core/mail/mail.service.js';
import { MembersService } from '../members/members.service.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { CommunityService } from '../community/community.service.js';
import type { CommunitySettingsEntity } from '../community/entities/community-settings.entity.js';
import { AuthService, type ClientInfo, type StartedSession } from './auth.service.js';
import { checkPasswordStrength, hashPassword } from './passwords.js';
import type { SignUpInput } from './dto/auth.inputs.js';

interface Admission {
  role: Role;
  status: MemberStatus;
  inviteId?: string | null;
}

export interface SignUpResult {
  member: MemberEntity;
  pendingApproval: boolean;
  session: StartedSession | null;
}

/** Joining the community under its registration mode, and the approval queue. */
@Injectable()
export class RegistrationService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: Db,
    private readonly members: MembersService,
    private readonly community: CommunityService,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    private readonly activity: ActivityService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The first account of an empty community becomes its admin whatever the mode. Otherwise open
   * communities admit at once, approval communities queue the member, invite-only communities
   * need a valid code (a use is taken only if the whole sign-up succeeds).
   */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<SignUpResult> {
    await this.limiter.take(RATE_LIMITS.signUpIp, client.ip);
    return this.create(
      input,
      async (first, settings) => {
        if (first) return { role: 'admin', status: 'active' };
        if (settings.registrationMode === 'approval') return { role: 'member', status: 'pending' };
        if (settings.registrationMode === 'invite') {
          if (!input.inviteCode?.trim()) {
            throw invalidField(
              'inviteCode',
              'REQUIRED',
              'This community is invite-only. Enter your invite code.',
            );
          }
          const inviteId = await this.community.consumeInvite(input.inviteCode);
          if (!inviteId) {
            throw invalidField(
              'inviteCode',
              'INVALID_VALUE',
              'This invite code is not valid, has expired or has been used up.',
            );
          }
          return { role: 'member', status: 'active', inviteId };
        }
        return { role: 'member', status: 'active' };
      },
      client,
    );
  }

  /** An admin account made from the shell (`npm run admin:create`), whatever the registration mode. */
  async createAdmin(input: SignUpInput): Promise<MemberEntity> {
    const { member } = await this.create(
      input,
      async () => ({ role: 'admin', status: 'active' }),
      null,
    );
    return member;
  }

  private async create(
    input: SignUpInput,
    admit: (first: boolean, settings: CommunitySettingsEntity) => Promise<Admission>,
    client: ClientInfo | null,
  ): Promise<SignUpResult> {
    const email = input.email.trim();
    const displayName = input.displayName.trim();
    if (!displayName) throw invalidField('displayName', 'REQUIRED', 'This field is required.');
    checkPasswordStrength('password', input.password, [input.handle, email.split('@')[0]]);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.db.transaction(async () => {
        await this.members.lockRegistrations();
        if (await this.members.emailTaken(email))
          throw conflict('email', 'An account with this email already exists.');
        if (await this.members.handleTaken(input.handle))
          throw conflict('handle', 'This handle is already taken.');
        const settings = await this.community.settings();
        const {
          role,
          status,
          inviteId = null,
        } = await admit((await this.members.count()) === 0, settings);
        const member = await this.members.insert({
          email,
          handle: input.handle,
          displayName,
          passwordHash,
          role,
          status,
          locale: input.locale ?? settings.defaultLocale,
          timezone: settings.timezone,
          inviteId,
        });
        if (status === 'active') await this.activity.apply(ActivityRules.joined(member.id));
        const session =
          status === 'active' && client ? await this.auth.startSession(member, client) : null;
        return { member, pendingApproval: status === 'pending', session };
      });
    } catch (err) {
      throw this.uniqueViolation(err) ?? err;
    }
  }

  approve(viewer: Viewer, memberId: string): Promise<MemberEntity> {
    return this.db.transaction(async () => {
      const member = await this.members.require(memberId);
      if (member.status !== 'pending') throw notFound('This sign-up request');
      const approved = await this.members.update(member.id, {
        status: 'active',
        joinedAt: new Date(),
      });
      await this.audit.record(viewer, {
        action: 'member.approve',
        target: memberTarget(member),
        before: { status: member.status },
        after: { status: approved.status },
      });
      await this.activity.apply(ActivityRules.joined(member.id));
      const { name } = await this.community.settings();
      this.db.afterCommit(() =>
        this.mail.send(member.email, 'memberApproved', member.locale, {
          community: name,
          name: member.displayName,
          link: `${this.config.PUBLIC_URL}/sign-in`,
        }),
      );
      return approved;
    });
  }

  /** A refused request is removed, so the person may ask again later. */
  reject(viewer: Viewer, memberId: string): Promise<string> {
    return this.db.transaction(async () => {
      const member = await this.members.require(memberId);
      if (member.status !== 'pending') throw notFound('This sign-up request');
      await this.members.delete(member.id);
      await this.audit.record(viewer, {
        action: 'member.reject',
        target: memberTarget(member),
        before: { status: member.status, email: member.email, displayName: member.displayName },
      });
      return member.id;
    });
  }

  /** Two sign-ups racing for one email or handle: the loser gets the same CONFLICT as a late one. */
  private uniqueViolation(err: unknown) {
    if (!(err instanceof QueryFailedError)) return null;
    const e = err.driverError as { code?: string; constraint?: string };
    if (e.code !== '23505') return null;
    if (e.constraint === 'members_email_key')
      return conflict('email', 'An account with this email already exists.');
    if (e.constraint === 'members_handle_key')
      return conflict('handle', 'This handle is already taken.');
    return null;
  }
}
