import { Injectable } from '@nestjs/common';
import { Db } from '../../core/database/db.js';

export interface AuditRow {
  id: string;
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  ip: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  targetLabel: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export interface AuditFilter {
  actorId?: string | null;
  action?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** Words in the target's label or the reason. */
  search?: string | null;
}

const COLUMNS = `id::text, at, actor_id AS "actorId", actor_role AS "actorRole", ip, action,
  target_type AS "targetType", target_id AS "targetId", target_label AS "targetLabel",
  before, after, reason`;

/** Reads the audit log; entries are only ever added (by AuditTrail), never changed. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly db: Db) {}

  /** Newest first, keyset-paged on (at, id). */
  page(filter: AuditFilter, limit: number, after: [string, string] | null): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (filter.actorId) add('actor_id = ?', filter.actorId);
    if (filter.action) add('action = ?', filter.action);
    if (filter.targetType) add('target_type = ?', filter.targetType);
    if (filter.targetId) add('target_id = ?', filter.targetId);
    if (filter.from) add('at >= ?', filter.from);
    if (filter.to) add('at < ?', filter.to);
    if (filter.search) {
      const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      add('(target_label ILIKE ? OR reason ILIKE ?)', like);
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(at, id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
    }
    params.push(limit);
    return this.db.query<AuditRow[]>(
      `SELECT ${COLUMNS} FROM audit_log
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
  }
}
