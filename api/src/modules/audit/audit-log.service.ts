import { Injectable } from '@nestjs/common';
import { invalidField } from '../../core/errors/app-error.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { AuditLogRepository, type AuditFilter, type AuditRow } from './audit-log.repository.js';
import type { AuditChange } from './audit-log.models.js';

const EXPORT_BATCH = 1000;

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Admins read and export the audit log; nothing here writes to it. */
@Injectable()
export class AuditLogService {
  constructor(private readonly log: AuditLogRepository) {}

  async page(
    filter: AuditFilter,
    first: number,
    after?: string | null,
  ): Promise<Connection<AuditRow>> {
    this.check(filter);
    const cursor = decodeCursor(after, ['date', 'int']) as [string, string] | null;
    const rows = await this.log.page(filter, first + 1, cursor);
    return toConnection(rows, first, (r) => [r.at.toISOString(), r.id]);
  }

  /** Every matching entry as CSV rows (header first), read a batch at a time. */
  async *csv(filter: AuditFilter): AsyncIterable<unknown[]> {
    this.check(filter);
    yield [
      'at',
      'actor_id',
      'actor_role',
      'ip',
      'action',
      'target_type',
      'target_id',
      'target',
      'reason',
      'before',
      'after',
    ];
    let cursor: [string, string] | null = null;
    for (;;) {
      const rows = await this.log.page(filter, EXPORT_BATCH, cursor);
      for (const r of rows) {
        yield [
          r.at.toISOString(),
          r.actorId,
          r.actorRole,
          r.ip,
          r.action,
          r.targetType,
          r.targetId,
          r.targetLabel,
          r.reason,
          json(r.before),
          json(r.after),
        ];
      }
      if (rows.length < EXPORT_BATCH) return;
      const last = rows[rows.length - 1];
      cursor = [last.at.toISOString(), last.id];
    }
  }

  /** The top-level fields that differ; every field of whichever side exists when one is empty. */
  changes(row: Pick<AuditRow, 'before' | 'after'>): AuditChange[] {
    const obj = (v: unknown): Record<string, unknown> | null =>
      v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
    const before = obj(row.before);
    const after = obj(row.after);
    if (!before && !after) {
      return row.before === null && row.after === null
        ? []
        : [{ field: '', before: json(row.before), after: json(row.after) }];
    }
    const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
    return fields
      .map((field) => ({ field, before: json(before?.[field]), after: json(after?.[field]) }))
      .filter((c) => c.before !== c.after);
  }

  private check(filter: AuditFilter): void {
    if (filter.actorId && !isUuid(filter.actorId))
      throw invalidField('actorId', 'INVALID_FORMAT', 'Choose a member from the list.');
    if (filter.from && filter.to && filter.from >= filter.to)
      throw invalidField('to', 'INVALID_VALUE', 'The end must be after the start.');
  }
}
