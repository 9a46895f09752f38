import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators.js';
import { Lifecycle } from '../lifecycle/lifecycle.js';

/** A database that does not answer in this time is as good as down for a load balancer. */
const DATABASE_TIMEOUT_MS = 800;

type Readiness = 'ready' | 'migrations pending' | 'database unreachable';

@Controller()
export class HealthController {
  private check: Promise<Readiness> | null = null;
  private migrated = false;

  constructor(
    private readonly ds: DataSource,
    private readonly lifecycle: Lifecycle,
  ) {}

  /** The process is up. */
  @Public()
  @Get('healthz')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  /**
   * Ready for traffic: not shutting down, the database answers within a second, and every
   * migration is applied. Probes arriving together share one database round trip, so a hung
   * database holds one connection, not one per probe.
   */
  @Public()
  @Get('readyz')
  async ready(@Res({ passthrough: true }) res: Response) {
    res.setHeader('cache-control', 'no-store');
    if (!this.lifecycle.accepting) {
      res.status(503);
      return { status: 'shutting down' };
    }
    this.check ??= this.probe().finally(() => (this.check = null));
    let timer: NodeJS.Timeout | undefined;
    const status = await Promise.race([
      this.check,
      new Promise<Readiness>((resolve) => {
        timer = setTimeout(() => resolve('database unreachable'), DATABASE_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    if (status !== 'ready') res.status(503);
    return { status };
  }

  private async probe(): Promise<Readiness> {
    try {
      await this.ds.query('SELECT 1');
      // Migrations only ever get applied, so once they all are, they stay so.
      this.migrated ||= !(await this.ds.showMigrations());
      return this.migrated ? 'ready' : 'migrations pending';
    } catch {
      return 'database unreachable';
    }
  }
}
