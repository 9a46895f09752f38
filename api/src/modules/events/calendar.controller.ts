import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public, Reading } from '../../core/auth/access.decorators.js';
import { VISITOR, type RequestWithViewer } from '../../core/auth/viewer.js';
import { CalendarService } from './calendar.service.js';

const ICS = /^(.+)\.ics$/;

/** iCalendar files: one event (as the requester may see it) and members' personal feeds. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Reading()
  @Get('events/:file')
  async event(
    @Param('file') file: string,
    @Req() req: RequestWithViewer,
    @Res() res: Response,
  ): Promise<void> {
    const reader = req.viewer ?? (req.visitor ? VISITOR : null);
    const id = ICS.exec(file)?.[1];
    const body = reader && id ? await this.calendar.eventFile(reader, id) : null;
    send(res, body, `event-${id}.ics`);
  }

  /** The address is the secret: no session, so calendar apps can subscribe to it. */
  @Public()
  @Get('feed/:file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = ICS.exec(file)?.[1];
    send(res, token ? await this.calendar.feed(token) : null, 'kizuna.ics');
  }
}

function send(res: Response, body: string | null, filename: string): void {
  if (body === null) {
    res.status(404).type('text/plain').send('Not found');
    return;
  }
  res
    .status(200)
    .set({
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-cache',
    })
    .send(body);
}
