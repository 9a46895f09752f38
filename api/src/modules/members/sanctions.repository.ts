import { Injectable } from '@nestjs/common';
import type { SanctionKind } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { MemberCache } from './member-cache.js';

export interface SanctionRow {
  id: string;
  memberId: string;
  kind: SanctionKind;
  reason: string | null;
  message: string | null;
  endsAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
}

const COLUMNS = `id, member_id AS "memberId", kind, reason, message, ends_at AS "endsAt",
  created_by AS "createdBy", created_at AS "createdAt"`;

/** Warnings, suspensions and silences, kept in a member's record after they end. */
@Injectable()
export class SanctionsRepository {
  constructor(
    private readonly db: Db,
    private readonly briefCache: MemberCache,
  ) {}

  async add(s: Omit<SanctionRow, 'id' | 'createdAt'>): Promise<SanctionRow> {
    const [row] = await this.db.query<SanctionRow[]>(
      `INSERT INTO member_sanctions (member_id, kind, reason, message, ends_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [s.memberId, s.kind, s.reason, s.message, s.endsAt, s.createdBy],
    );
    return row;
  }

  ofMember(memberId: string, limit = 100): Promise<SanctionRow[]> {
    return this.db.query<SanctionRow[]>(
      `SELECT ${COLUMNS} FROM member_sanctions WHERE member_id = $1
        ORDER BY created_at DESC LIMIT $2`,
      [memberId, limit],
    );
  }

  /** Suspensions and silences whose time is up at `now`, lifted; the members lifted. */
  async liftExpired(now: Date): Promise<{
    suspensions: Array<{ id: string; handle: string }>;
    silences: Array<{ id: string; handle: string }>;
  }> {
    const suspensions = await this.db.query<Array<{ id: string; handle: string }>>(
      `UPDATE members SET status = 'active', suspended_at = NULL, suspension_reason = NULL,
              suspended_until = NULL, updated_at = now()
        WHERE status = 'suspended' AND suspended_until <= $1 RETURNING id, handle`,
      [now],
    );
    const silences = await this.db.query<Array<{ id: string; handle: string }>>(
      `UPDATE members SET silenced_until = NULL, silence_reason = NULL, updated_at = now()
        WHERE silenced_until <= $1 RETURNING id, handle`,
      [now],
    );
    if (suspensions.length) await this.briefCache.changed(suspensions.map((m) => m.id));
    return { suspensions, silences };
  }
}
