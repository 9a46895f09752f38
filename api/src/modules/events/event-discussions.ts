import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Reader } from '../../core/auth/viewer.js';
import { Discussions } from '../posts/discussions.js';
import { SpacesService } from '../spaces/spaces.service.js';
import { EventPolicy } from './events.policy.js';
import { EventsRepository } from './events.repository.js';

/**
 * An event's discussion is read by exactly those who see the event (drafts: staff), wherever
 * the event is moved and after it is cancelled.
 */
@Injectable()
export class EventDiscussions implements OnModuleInit {
  constructor(
    private readonly discussions: Discussions,
    private readonly events: EventsRepository,
    private readonly spaces: SpacesService,
  ) {}

  onModuleInit(): void {
    this.discussions.own('event', this);
  }

  async canRead(reader: Reader, postId: string): Promise<boolean> {
    const event = await this.events.byDiscussion(postId);
    if (!event) return false;
    const space = event.spaceId ? await this.spaces.findById(event.spaceId) : null;
    return EventPolicy.canSee(reader, event, space);
  }
}
