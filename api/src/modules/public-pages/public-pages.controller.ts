import { Controller, Get, Header, NotFoundException } from '@nestjs/common';
import { Public } from '../../core/auth/access.decorators.js';
import { PublicPagesService } from './public-pages.service.js';

/** What crawlers ask for first: which pages they may read, and the list of them. */
@Controller()
export class PublicPagesController {
  constructor(private readonly pages: PublicPagesService) {}

  @Public()
  @Get('robots.txt')
  @Header('content-type', 'text/plain; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  robots(): Promise<string> {
    return this.pages.robots();
  }

  @Public()
  @Get('sitemap.xml')
  @Header('content-type', 'application/xml; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  async sitemap(): Promise<string> {
    const map = await this.pages.sitemap();
    if (!map) throw new NotFoundException();
    return map;
  }
}
