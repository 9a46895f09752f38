import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../core/auth/access.decorators.js';
import type { RequestWithViewer } from '../../core/auth/viewer.js';
import { DemandService } from './demand.service.js';

/** The product team's export of ideas with their votes and who cast them. */
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
    if (csv === null) {
      res.status(400).type('text/plain').send('Unknown board or status.');
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    res
      .status(200)
      .set({
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="ideas-${day}.csv"`,
        'cache-control': 'private, no-store',
      })
      .send(csv);
  }
}
