import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../../core/auth/access.decorators.js';
import type { RequestWithViewer } from '../../../core/auth/viewer.js';
import { notFound } from '../../../core/errors/app-error.js';
import { streamCsv } from '../../../core/http/csv.js';
import { CustomerExportService } from './customer-export.service.js';
import { LoyaltyListsService } from './loyalty-lists.service.js';

const SEGMENT_FILE = /^([0-9a-f-]{36})\.csv$/;

/** A query parameter given once; one given twice arrives as an array and is not read. */
const single = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Customers and saved segments as CSV (UTF-8 with a BOM, streamed as read), for staff and the
 * product team.
 */
@Controller('exports')
export class LoyaltyExportsController {
  constructor(
    private readonly customers: CustomerExportService,
    private readonly lists: LoyaltyListsService,
  ) {}

  @Roles('moderator', 'product')
  @Get('customers.csv')
  async customersCsv(
    @Query('asOf') asOf: unknown,
    @Req() req: RequestWithViewer,
    @Res() res: Response,
  ): Promise<void> {
    const { name, rows } = await this.customers.csv(req.viewer!, single(asOf));
    await streamCsv(res, rows, { name });
  }

  @Roles('moderator', 'product')
  @Get('segments/:file')
  async segmentCsv(
    @Param('file') file: string,
    @Query('standing') standing: unknown,
    @Req() req: RequestWithViewer,
    @Res() res: Response,
  ): Promise<void> {
    const id = SEGMENT_FILE.exec(file)?.[1];
    if (!id) throw notFound('This segment');
    const { name, rows } = await this.lists.segmentCsv(req.viewer!, id, single(standing));
    await streamCsv(res, rows, { name });
  }
}
