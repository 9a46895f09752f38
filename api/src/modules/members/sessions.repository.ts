import { Injectable } from '@nestjs/common';
import type { Locale, MemberStatus, Role } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { SessionEntity } from './entities/session.entity.js';
import { MemberCache } from './member-cache.js';

export interface ActiveSession {
  sessionId: string;
  memberId: string;
  role: Role;
  status: MemberStatus;
  locale: Locale;
  lastSeenAt: Date;
  expiresAt: Date;
  rankPosition: number;
}

@Injectable()
export class SessionsRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: MemberCache,
  ) {}

  async create(
    s: Pick<SessionEntity, 'memberId' | 'tokenHash' | 'ip' | 'userAgent' | 'expiresAt'>,
  ): Promise<SessionEntity> {
    const repo = this.db.repo(SessionEntity);
    return repo.save(repo.create(s));
  }

  /**
   * The session and its member in one query, kept briefly (MemberCache); expired sessions are
   * not returned.
   */
  findActive(tokenHash: string): Promise<ActiveSession | null> {
    return this.cache.session(tokenHash, async () => {
      const rows = await this.db.query<ActiveSession[]>(
        `SELECT s.id AS "sessionId", m.id AS "memberId", m.role, m.status, m.locale,
                s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt",
                coalesce(r.rank_position, 1) AS "rankPosition"
           FROM sessions s JOIN members m ON m.id = s.member_id
           LEFT JOIN points_ranks r ON r.member_id = m.id
          WHERE s.token_hash = $1 AND s.expires_at > now()`,
        [tokenHash],
        { prepare: true },
      );
      return rows[0] ?? null;
    });
  }

  async touch(sessionId: string, expiresAt: Date): Promise<void> {
    await this.db.query(`UPDATE sessions SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [
      sessionId,
      expiresAt,
    ]);
    // Kept with its old times, it would be touched again by this instance's next request.
    this.cache.forgetSession(sessionId);
  }

  async delete(sessionId: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
    await this.cache.sessionEnded([sessionId]);
  }

  async deleteForMember(memberId: string, exceptSessionId?: string): Promise<void> {
    const ended = await this.db.query<Array<{ id: string }>>(
      `DELETE FROM sessions WHERE member_id = $1 AND id IS DISTINCT FROM $2 RETURNING id`,
      [memberId, exceptSessionId ?? null],
    );
    await this.cache.sessionEnded(ended.map((s) => s.id));
  }

  async deleteExpired(): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE expires_at <= now()`);
  }
}
