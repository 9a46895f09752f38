import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { CONFIG, type Config } from '../../config/env.js';
import { Public } from '../auth/access.decorators.js';
import { forbidden } from '../errors/app-error.js';
import { Metrics } from './metrics.js';

const digest = (s: string) => createHash('sha256').update(s).digest();
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

/**
 * Prometheus metrics. With METRICS_TOKEN set, scrapers must send it as a bearer token; without
 * it the endpoint is open outside production and closed in production.
 */
@Controller()
export class MetricsController {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly metrics: Metrics,
  ) {}

  @Public()
  @Get('metrics')
  async metricsText(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.config.METRICS_TOKEN;
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
    if (token ? !same(given, token) : this.config.isProduction)
      throw forbidden('Metrics need the METRICS_TOKEN as a bearer token.');
    res
      .status(200)
      .setHeader('content-type', this.metrics.registry.contentType)
      .setHeader('cache-control', 'no-store')
      .send(await this.metrics.registry.metrics());
  }
}
