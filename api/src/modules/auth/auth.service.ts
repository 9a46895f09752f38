import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/env.js';
import { Db } from '../../core/database/db.js';
import { AppError, invalidField } from '../../core/errors/app-error.js';
import { SESSION_TTL_SECONDS } from '../../core/auth/cookies.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { MailService } from '../../core/mail/mail.service.js';
import { MembersService } from '../members/members.service.js';
import { SessionsService } from '../members/sessions.service.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { CommunityService } from '../community/community.service.js';
import {
  checkPasswordStrength,
  dummyHash,
  hashPassword,
  needsRehash,
  verifyPassword,
} from './passwords.js';
import { hashToken, newToken } from './tokens.js';
import { RATE_LIMITS, RateLimiter } from '../../core/rate-limit/rate-limiter.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import type { ChangePasswordInput, ResetPasswordInput, SignInInput } from './dto/auth.inputs.js';
import { ErrorCode } from '@kizuna/shared';

const RESET_TTL_SECONDS = 3600;

const emailKey = (email: string) => email.trim().toLowerCase();
const TOUCH_EVERY_MS = 10 * 60 * 1000;

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  /** The session the client is signed in with now; a new one replaces it. */
  current?: Viewer | null;
}

export interface StartedSession {
  token: string;
  viewer: Viewer;
  member: MemberEntity;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: Db,
    private readonly members: MembersService,
    private readonly sessions: SessionsService,
    private readonly resets: PasswordResetsRepository,
    private readonly limiter: RateLimiter,
    private readonly mail: MailService,
    private readonly community: CommunityService,
    private readonly realtime: RealtimeService,
  ) {}

  /** The viewer behind a session cookie, or null. Only active members have a viewer. */
  async resolveSession(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const s = await this.sessions.findActive(hashToken(this.config.SESSION_SECRET, token));
    if (!s || s.status !== 'active') return null;
    if (Date.now() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.sessions.touch(s.sessionId, new Date(Date.now() + SESSION_TTL_SECONDS * 1000));
    }
    return {
      memberId: s.memberId,
      sessionId: s.sessionId,
      role: s.role,
      status: s.status,
      locale: s.locale,
      rankPosition: s.rankPosition,
    };
  }

  /** A new session for `member`; the one the client held before ends on the server too. */
  async startSession(member: MemberEntity, client: ClientInfo): Promise<StartedSession> {
    if (client.current) await this.endSession(client.current);
    const token = newToken();
    const session = await this.sessions.create({
      memberId: member.id,
      tokenHash: hashToken(this.config.SESSION_SECRET, token),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
      expiresAt: new Date(Date.now() + SESSION_TTL_SECONDS * 1000),
    });
    const { passwordHash: _omit, ...safe } = member;
    const viewer: Viewer = {
      memberId: member.id,
      sessionId: session.id,
      role: member.role,
      status: member.status,
      locale: member.locale,
    };
    return { token, viewer, member: safe as MemberEntity };
  }

  /**
   * Wrong email and wrong password get the same answer in the same time. Every attempt takes a
   * slot per account and per IP before the password is checked, so concurrent guesses cannot
   * outrun the limits; a correct password frees the account's slots and gives the IP's back.
   */
  async signIn(input: SignInInput, client: ClientInfo): Promise<StartedSession> {
    const email = emailKey(input.email);
    await this.limiter.take(RATE_LIMITS.signInIp, client.ip);
    await this.limiter.take(RATE_LIMITS.signInAccount, email);
    const member = await this.members.findCredentialsByEmail(input.email.trim());
    const ok = await verifyPassword(member?.passwordHash ?? (await dummyHash()), input.password);
    if (!member || !ok) {
      throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'The email or password is incorrect.');
    }
    await this.limiter.refund(RATE_LIMITS.signInIp, client.ip);
    if (member.status === 'suspended') {
      const until = member.suspendedUntil?.toISOString() ?? null;
      throw new AppError(
        ErrorCode.ACCOUNT_SUSPENDED,
        `This account is suspended${until ? ` until ${until}` : ''}.` +
          (member.suspensionReason ? ` Reason: ${member.suspensionReason}` : '') +
          ' Contact the community team.',
        { restriction: { until, reason: member.suspensionReason } },
      );
    }
    if (member.status === 'pending') {
      throw new AppError(
        ErrorCode.ACCOUNT_PENDING,
        'Your account is waiting for approval by a moderator.',
      );
    }
    await this.limiter.reset(RATE_LIMITS.signInAccount, email);
    if (needsRehash(member.passwordHash)) {
      await this.members.update(member.id, { passwordHash: await hashPassword(input.password) });
    }
    return this.startSession(member, client);
  }

  /** Ends one session on the server and closes its sockets. */
  async endSession(viewer: Viewer): Promise<void> {
    await this.sessions.delete(viewer.sessionId);
    this.db.afterCommit(() => this.realtime.disconnectSession(viewer.sessionId));
  }

  async signOutEverywhere(viewer: Viewer): Promise<void> {
    await this.sessions.deleteForMember(viewer.memberId);
    this.realtime.disconnectMember(viewer.memberId);
  }

  /** Keeps the current session and ends every other one. */
  async changePassword(viewer: Viewer, input: ChangePasswordInput): Promise<void> {
    const member = (await this.members.findById(viewer.memberId))!;
    const current = await this.members.passwordHash(viewer.memberId);
    if (!current || !(await verifyPassword(current, input.currentPassword))) {
      throw invalidField('currentPassword', 'INVALID_VALUE', 'The current password is incorrect.');
    }
    checkPasswordStrength('newPassword', input.newPassword, [
      member.handle,
      member.email.split('@')[0],
    ]);
    const hash = await hashPassword(input.newPassword);
    await this.db.transaction(async () => {
      await this.members.update(member.id, { passwordHash: hash });
      await this.sessions.deleteForMember(member.id, viewer.sessionId);
      this.db.afterCommit(() => this.realtime.disconnectMember(member.id, viewer.sessionId));
      await this.resets.invalidateForMember(member.id);
    });
  }

  /** Always succeeds from the outside, so it cannot be used to learn which emails have accounts. */
  async requestPasswordReset(email: string): Promise<void> {
    const member = await this.members.findCredentialsByEmail(email.trim());
    if (!member || member.status !== 'active') return;
    try {
      await this.limiter.take(RATE_LIMITS.passwordReset, emailKey(email));
    } catch {
      return;
    }
    const token = newToken();
    const { name } = await this.community.settings();
    await this.db.transaction(async () => {
      await this.resets.create(
        member.id,
        hashToken(this.config.SESSION_SECRET, token),
        RESET_TTL_SECONDS,
      );
      this.db.afterCommit(() =>
        this.mail.send(member.email, 'passwordReset', member.locale, {
          community: name,
          name: member.displayName,
          link: `${this.config.PUBLIC_URL}/reset-password?token=${token}`,
        }),
      );
    });
  }

  /** Sets the new password and ends every session of the member. */
  async resetPassword(input: ResetPasswordInput): Promise<void> {
    await this.db.transaction(async () => {
      const memberId = await this.resets.consume(
        hashToken(this.config.SESSION_SECRET, input.token),
      );
      if (!memberId) {
        throw new AppError(
          ErrorCode.INVALID_TOKEN,
          'This reset link is invalid or has expired. Ask for a new one.',
        );
      }
      const member = (await this.members.findById(memberId))!;
      checkPasswordStrength('newPassword', input.newPassword, [
        member.handle,
        member.email.split('@')[0],
      ]);
      await this.members.update(memberId, { passwordHash: await hashPassword(input.newPassword) });
      await this.resets.invalidateForMember(memberId);
      await this.sessions.deleteForMember(memberId);
      this.db.afterCommit(() => this.realtime.disconnectMember(memberId));
    });
  }
}
