import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../core/auth/access.decorators.js';
import { invalidField } from '../../core/errors/app-error.js';
import { streamCsv } from '../../core/http/csv.js';
import { AuditLogService } from './audit-log.service.js';

const single = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;

function date(field: string, v: unknown): Date | undefined {
  const s = single(v);
  if (s === undefined) return undefined;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) throw invalidField(field, 'INVALID_FORMAT', 'This is not a date.');
  return d;
}

/** The audit log as CSV, with the same filters as the `auditLog` query. */
@Controller('audit')
export class AuditLogController {
  constructor(private readonly service: AuditLogService) {}

  @Roles('admin')
  @Get('log.csv')
  async csv(@Query() q: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const rows = this.service.csv({
      actorId: single(q.actorId),
      action: single(q.action),
      targetType: single(q.targetType),
      targetId: single(q.targetId),
      search: single(q.search),
      from: date('from', q.from),
      to: date('to', q.to),
    });
    await streamCsv(res, rows, { name: `audit-log-${new Date().toISOString().slice(0, 10)}.csv` });
  }
}
