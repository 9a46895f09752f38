import { Injectable, type OnModuleInit } from '@nestjs/common';
import { IDEA_STATUS_LABELS } from '@kizuna/shared';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { MembersService } from '../members/members.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { FeedbackPolicy } from './feedback.policy.js';
import { IdeasRepository } from './ideas.repository.js';

const BATCH = 500;

/**
 * Tells an idea's voters and followers of each change of its status, once per change and member
 * (the key is the change's), never the one who made it. A merge tells those who voted on or
 * followed the merged idea where their vote went. Each member's settings decide the channel and
 * whether mail waits for the daily digest.
 */
@Injectable()
export class FeedbackConsumer implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly ideas: IdeasRepository,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.bus.on('idea.status.changed', 'feedback', (e) => this.tell(e.changeId));
  }

  private async tell(changeId: string): Promise<void> {
    const change = await this.ideas.statusChange(changeId);
    const idea = change && (await this.ideas.findById(change.ideaId));
    if (!change || !idea) return;
    const into = change.mergedIntoId ? await this.ideas.findById(change.mergedIntoId) : null;
    const audience = (
      change.mergedIntoId
        ? await this.ideas.mergedAudience(idea.id)
        : await this.ideas.audience(idea.id)
    ).filter((id) => id !== change.actorId);
    const label = IDEA_STATUS_LABELS[change.to];
    for (let i = 0; i < audience.length; i += BATCH) {
      const viewers = await this.members.viewers(audience.slice(i, i + BATCH));
      await this.notifications.notifyAll(
        viewers
          .filter((v) => v.status === 'active' && FeedbackPolicy.canSee(v, idea))
          .map((v) => ({
            memberId: v.memberId,
            kind: 'feedback_status' as const,
            dedupeKey: `feedback_status:${change.id}`,
            postId: idea.id,
            subject: { type: 'idea' as const, id: into?.id ?? idea.id },
            params: {
              title: idea.title,
              status: change.to,
              nameJa: label.ja,
              nameEn: label.en,
              ...(change.note ? { message: change.note } : {}),
              ...(into ? { into: into.title } : {}),
            },
          })),
      );
    }
  }
}
