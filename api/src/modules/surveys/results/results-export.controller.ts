import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../../core/auth/access.decorators.js';
import type { RequestWithViewer } from '../../../core/auth/viewer.js';
import { notFound } from '../../../core/errors/app-error.js';
import { streamCsv } from '../../../core/http/csv.js';
import { SurveyResultsExportService, type ExportQuery } from './results-export.service.js';

const FILE = /^([a-z-]+)\.csv$/;

/** Results tables as CSV (UTF-8 with a BOM, streamed), for staff and the product team. */
@Controller('surveys')
export class SurveyResultsExportController {
  constructor(private readonly exports: SurveyResultsExportService) {}

  @Roles('moderator', 'product')
  @Get(':id/export/:file')
  async export(
    @Param('id') id: string,
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Req() req: RequestWithViewer,
    @Res() res: Response,
  ): Promise<void> {
    const table = FILE.exec(file)?.[1];
    if (!table) throw notFound('This export');
    // A parameter given twice arrives as an array: only single values are read.
    const q = Object.fromEntries(
      Object.entries(query).filter(([, v]) => typeof v === 'string'),
    ) as ExportQuery;
    const { rows, name } = await this.exports.export(req.viewer!, id, table, q);
    await streamCsv(res, rows, { name });
  }
}
