import { Controller, Get, Header, NotFoundException } from '@nestjs/common';
import { Public } from '../../core/auth/access.decorators.js';
import { ChangelogService } from './changelog.service.js';

/** The changelog as an Atom feed, for feed readers (no session: public pages only). */
@Controller()
export class ChangelogController {
  constructor(private readonly changelog: ChangelogService) {}

  @Public()
  @Get('changelog.atom')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  async atom(): Promise<string> {
    const feed = await this.changelog.atom();
    if (!feed) throw new NotFoundException();
    return feed;
  }
}
