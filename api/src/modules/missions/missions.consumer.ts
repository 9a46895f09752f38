import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { ActivityService } from '../activity/activity.service.js';
import { MISSION_JOB, MissionsService } from './missions.service.js';

/**
 * Missions count activities as they stand: one that stands advances the missions open when it
 * happened, one retracted stops counting where the mission is not complete yet.
 */
@Injectable()
export class MissionsConsumer implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly activity: ActivityService,
    private readonly service: MissionsService,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.events.onBatch('activity.changed', 'missions', async (deliveries) => {
      const activities = await this.activity.byIds(deliveries.map((d) => d.payload.id));
      await this.service.retract(MissionsService.undone(activities));
      await this.service.advance(MissionsService.done(activities));
    });
    this.jobs.define<{ missionId: string }>(MISSION_JOB.backfill, (d) =>
      this.service.backfill(d.missionId),
    );
  }
}
