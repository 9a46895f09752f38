import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators.js';

@Controller()
export class HealthController {
  constructor(private readonly ds: DataSource) {}

  /** The process is up. */
  @Public()
  @Get('healthz')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  /** The database answers and every migration is applied: ready for traffic. */
  @Public()
  @Get('readyz')
  async ready(@Res({ passthrough: true }) res: Response) {
    try {
      await this.ds.query('SELECT 1');
      if (await this.ds.showMigrations()) {
        res.status(503);
        return { status: 'migrations pending' };
      }
      return { status: 'ready' };
    } catch {
      res.status(503);
      return { status: 'database unreachable' };
    }
  }
}
