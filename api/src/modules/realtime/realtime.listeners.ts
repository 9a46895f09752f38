import { Injectable, type OnModuleInit } from '@nestjs/common';
import { postRoom, spaceRoom, type ReactionEvent } from '@kizuna/shared';
import { EventBus } from '../../core/events/event-bus.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';

/** Turns committed domain events into pushes; clients refetch what the ids point to. */
@Injectable()
export class RealtimeListeners implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    const rt = this.realtime;
    this.events.on('post.created', 'realtime', (e) =>
      rt.push(spaceRoom(e.spaceId), 'post:new', { postId: e.postId, spaceId: e.spaceId }),
    );
    this.events.on('post.changed', 'realtime', (e) =>
      rt.push(postRoom(e.postId), 'post:changed', { postId: e.postId }),
    );
    this.events.on('answer.accepted', 'realtime', (e) =>
      rt.push(postRoom(e.postId), 'post:changed', { postId: e.postId }),
    );
    this.events.on('comment.created', 'realtime', (e) =>
      rt.push(postRoom(e.postId), 'comment:new', {
        postId: e.postId,
        commentId: e.commentId,
        parentId: e.parentId,
      }),
    );
    const reactions = (e: ReactionEvent) =>
      rt.push(postRoom(e.postId), 'reactions:changed', {
        postId: e.postId,
        targetType: e.targetType,
        targetId: e.targetId,
      });
    this.events.on('reaction.added', 'realtime', reactions);
    this.events.on('reaction.removed', 'realtime', reactions);
  }
}
