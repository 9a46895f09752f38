import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { ANALYTICS_LIMITS } from '@kizuna/shared';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { AnalyticsRuns } from './analytics-runs.service.js';
import { ANALYTICS_JOBS } from './analytics.service.js';
import { LoyaltyRepository } from './loyalty.repository.js';

const MINUTE = 60_000;

/**
 * The analytics' clock: an incremental computation every 15 minutes, and a full one once a
 * community day (looked for hourly, so a restart or a missed hour does not skip a day). An
 * erased customer's figures leave their members at once, and the summaries with the next run.
 */
@Injectable()
export class AnalyticsConsumer implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly jobs: Jobs,
    private readonly runs: AnalyticsRuns,
    private readonly bus: EventBus,
    private readonly loyalty: LoyaltyRepository,
  ) {}

  onModuleInit(): void {
    // A failed run is recorded as failed; the next scheduled one (or a moderator) tries again.
    const once = { attempts: 1 };
    this.jobs.define(ANALYTICS_JOBS.incremental, () => this.incremental(), once);
    this.jobs.define(ANALYTICS_JOBS.daily, () => this.runs.daily(), once);
    this.jobs.define<{ runId: string }>(
      ANALYTICS_JOBS.run,
      (d) => this.runs.executeById(d.runId),
      once,
    );
    this.bus.on('customer.erased', 'analytics', (e) => this.erased(e.memberIds));
  }

  private async erased(memberIds: string[]): Promise<void> {
    if (memberIds.length) await this.loyalty.forgetCustomers(memberIds);
    await this.jobs.enqueue(ANALYTICS_JOBS.incremental, {}, { jobId: 'analytics:erasure' });
  }

  private async incremental(): Promise<void> {
    await this.runs.scheduled('incremental');
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(
      ANALYTICS_JOBS.incremental,
      ANALYTICS_LIMITS.incrementalEveryMinutes * MINUTE,
    );
    await this.jobs.every(ANALYTICS_JOBS.daily, 60 * MINUTE);
  }
}
