import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { VISIT_JOB } from '../../core/visits/visit-tracker.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { ActivityService } from '../activity/activity.service.js';
import { CommunityCalendar } from '../community/community-calendar.js';
import { PointsService } from './points.service.js';

/**
 * Standings follow the activity stream: each batch of changed activities is read as it stands
 * and applied set-based. A member seen using the api records a visit day.
 */
@Injectable()
export class PointsConsumer implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly jobs: Jobs,
    private readonly activity: ActivityService,
    private readonly calendar: CommunityCalendar,
    private readonly service: PointsService,
  ) {}

  onModuleInit(): void {
    this.events.onBatch('activity.changed', 'points', async (deliveries) => {
      const activities = await this.activity.byIds(deliveries.map((d) => d.payload.id));
      await this.service.applyActivities(activities);
    });
    this.jobs.define<{ memberId: string }>(VISIT_JOB, async ({ memberId }) =>
      this.activity.apply(ActivityRules.visited(memberId, await this.calendar.today())),
    );
  }
}
