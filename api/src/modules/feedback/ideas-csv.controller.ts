import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../core/auth/access.decorators.js';
import type { RequestWithViewer } from '../../core/auth/viewer.js';
import { sendCsv } from '../../core/http/csv.js';
import { DemandService } from './demand.service.js';

/** The product team's export of ideas: counts and their voters' breakdown, never who voted. */
@Controller('feedback')
export class IdeasCsvController {
  constructor(private readonly demand: DemandService) {}

  @Roles('product', 'moderator')
  @Get('ideas.csv')
  async ideas(
    @Query('boardId') boardId: string | undefined,
    @Query('status') status: string | undefined,
    @Req() req: RequestWithViewer,
    @Res() res: Response,
  ): Promise<void> {
    const lang = req.viewer?.locale === 'en' ? 'en' : 'ja';
    const csv = await this.demand.exportCsv({ boardId, status }, lang);
    sendCsv(res, csv, { name: `ideas-${new Date().toISOString().slice(0, 10)}.csv` });
  }
}
