import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../core/events/event-bus.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { BADGE_JOB, BadgesService } from './badges.service.js';

/**
 * A member's badges are checked in a job whenever their stats may have moved: after a points
 * change (the activity counters move with the awards), a day's first visit (streaks) and joining.
 */
@Injectable()
export class BadgesListeners implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly jobs: Jobs,
    private readonly service: BadgesService,
  ) {}

  onModuleInit(): void {
    const { jobs, events } = this;
    jobs.define<{ memberId: string }>(BADGE_JOB.evaluate, async (d) => {
      await this.service.evaluate(d.memberId);
    });
    jobs.define<{ badgeId: string }>(BADGE_JOB.backfill, (d) => this.service.backfill(d.badgeId));

    const evaluate = (e: { memberId: string }) =>
      jobs.enqueue(BADGE_JOB.evaluate, { memberId: e.memberId });
    events.on('points.changed', 'badges', evaluate);
    events.on('member.visited', 'badges', evaluate);
    events.on('member.joined', 'badges', evaluate);
  }
}
