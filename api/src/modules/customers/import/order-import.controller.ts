import { Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../../core/auth/access.decorators.js';
import { CsrfGuard } from '../../../core/auth/csrf.js';
import type { RequestWithViewer } from '../../../core/auth/viewer.js';
import { sendCsv } from '../../../core/http/csv.js';
import type { DataImportRow } from './data-imports.repository.js';
import { OrderImportService, SAMPLE_ORDERS_CSV } from './order-import.service.js';

/**
 * The import's record as the GraphQL type DataImport answers it (enum values by name, times in
 * ISO 8601), so the page reads the upload's answer and the query's alike.
 */
export function dataImportJson(row: DataImportRow) {
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status.toUpperCase(),
    rowsRead: row.rowsRead,
    rowsImported: row.rowsImported,
    rowsUpdated: row.rowsUpdated,
    rowsUnchanged: row.rowsUnchanged,
    rowsFailed: row.rowsFailed,
    errors: row.errors.map((e) => ({
      line: e.line,
      issue: e.issue.toUpperCase(),
      column: e.column,
    })),
    failure: row.failure,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    actorId: row.actorId,
  };
}

@Controller('imports/orders')
export class OrderImportController {
  constructor(private readonly imports: OrderImportService) {}

  /**
   * Orders from a CSV file (multipart field `file`; `importId`, a UUID to follow the progress
   * pushed as `job:progress`, as a field before it). Access and CSRF are checked before the body
   * is read. Answers the import's record.
   */
  @Roles('moderator')
  @Post()
  @HttpCode(200)
  @UseGuards(CsrfGuard)
  async upload(@Req() req: RequestWithViewer) {
    return dataImportJson(await this.imports.import(req.viewer!, req));
  }

  /** A small file with every column and each way of writing a date. */
  @Roles('moderator', 'product')
  @Get('sample.csv')
  sample(@Res() res: Response): void {
    sendCsv(res, `\uFEFF${SAMPLE_ORDERS_CSV}\r\n`, { name: 'orders-sample.csv' });
  }
}
