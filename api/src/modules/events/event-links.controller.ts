import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public, Roles } from '../../core/auth/access.decorators.js';
import { memberOf, type RequestWithViewer } from '../../core/auth/viewer.js';
import { sendCsv } from '../../core/http/csv.js';
import { EventsService } from './events.service.js';

/** Addresses members and staff open directly: joining an online event, the attendee export. */
@Controller('event-links')
export class EventLinksController {
  constructor(private readonly events: EventsService) {}

  /**
   * Joining an online event through the community checks the member in (during the event) and
   * sends them on to the meeting; anyone else goes to the event's page (signing in first).
   */
  @Public()
  @Get(':id/join')
  async join(
    @Param('id') id: string,
    @Req() req: RequestWithViewer,
    @Res() res: Response,
  ): Promise<void> {
    const page = `/events/${encodeURIComponent(id)}`;
    const viewer = memberOf(req.viewer);
    if (!viewer) return res.redirect(303, `/sign-in?next=${encodeURIComponent(req.originalUrl)}`);
    const meeting = await this.events.joinOnline(viewer, id);
    res.set('cache-control', 'no-store').redirect(303, meeting ?? page);
  }

  @Roles('moderator')
  @Get(':id/attendees.csv')
  async attendees(
    @Param('id') id: string,
    @Req() req: RequestWithViewer,
    @Res() res: Response,
  ): Promise<void> {
    const lang = req.viewer?.locale === 'en' ? 'en' : 'ja';
    const file = await this.events.exportAttendees(id, lang);
    if (!file) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    sendCsv(res, file.csv, { name: `attendees-${id}.csv`, displayName: `${file.title}.csv` });
  }
}
