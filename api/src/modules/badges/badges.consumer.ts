import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { BADGE_JOB, BadgesService } from './badges.service.js';

/**
 * Badges follow the stats: once the points consumer has moved the counters and streaks they are
 * judged on, each member of a batch of activities is checked.
 */
@Injectable()
export class BadgesConsumer implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly jobs: Jobs,
    private readonly service: BadgesService,
  ) {}

  onModuleInit(): void {
    this.events.onBatch(
      'activity.changed',
      'badges',
      async (deliveries) => {
        await this.service.evaluate([...new Set(deliveries.map((d) => d.payload.memberId))]);
      },
      { after: ['points'] },
    );
    this.jobs.define<{ badgeId: string }>(BADGE_JOB.backfill, (d) =>
      this.service.backfill(d.badgeId),
    );
  }
}
