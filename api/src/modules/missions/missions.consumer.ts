import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { ACTIONS, sourceOf } from '../activity/activity.actions.js';
import { ActivityService } from '../activity/activity.service.js';
import { MissionsService, type MissionActionDone } from './missions.service.js';

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
  ) {}

  onModuleInit(): void {
    this.events.onBatch('activity.changed', 'missions', async (deliveries) => {
      const done: MissionActionDone[] = [];
      const undone: Array<{ memberId: string; source: string }> = [];
      for (const a of await this.activity.byIds(deliveries.map((d) => d.payload.id))) {
        const action = ACTIONS[a.action].missionAction;
        if (!action) continue;
        if (a.retractedAt) undone.push({ memberId: a.memberId, source: sourceOf(a) });
        else
          done.push({
            memberId: a.memberId,
            action,
            spaceId: a.spaceId,
            source: sourceOf(a),
            at: a.occurredAt.toISOString(),
          });
      }
      await this.service.retract(undone);
      await this.service.advance(done);
    });
  }
}
