import { Injectable, type OnModuleInit } from '@nestjs/common';
import { memberRoom, postRoom, spaceRoom, type ReactionEvent } from '@kizuna/shared';
import { EventBus } from '../../core/events/event-bus.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { SpacesRepository } from '../spaces/spaces.repository.js';
import { SpacePolicy } from '../spaces/spaces.policy.js';

/** Turns committed domain events into pushes; clients refetch what the ids point to. */
@Injectable()
export class RealtimeListeners implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly realtime: RealtimeService,
    private readonly spaces: SpacesRepository,
  ) {}

  onModuleInit(): void {
    const rt = this.realtime;
    this.events.on('post.created', 'realtime', (e) =>
      rt.push(spaceRoom(e.spaceId), 'post:new', {
        postId: e.postId,
        spaceId: e.spaceId,
        authorId: e.authorId,
      }),
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
    this.events.on('space.changed', 'realtime', (e) => this.resyncSpaceRoom(e.spaceId));
    this.events.on('rank.promoted', 'realtime', (e) => this.joinRankedSpaces(e.memberId, e.to));
  }

  /** A promoted member's open sockets join the spaces their new rank opens. */
  private async joinRankedSpaces(memberId: string, rankPosition: number): Promise<void> {
    const spaces = await this.spaces.listActive();
    for (const socket of await this.realtime.sockets(memberRoom(memberId))) {
      const viewer = { ...(socket.data.viewer as Viewer), rankPosition };
      socket.join(spaces.filter((s) => SpacePolicy.canSee(viewer, s)).map((s) => spaceRoom(s.id)));
    }
  }

  /** Open sockets join a space's room as soon as they may read it, and leave it when not. */
  private async resyncSpaceRoom(spaceId: string): Promise<void> {
    const space = await this.spaces.findById(spaceId);
    if (!space) return;
    const room = spaceRoom(space.id);
    for (const socket of await this.realtime.sockets()) {
      const viewer = socket.data.viewer as Viewer | undefined;
      if (viewer && SpacePolicy.canSee(viewer, space)) socket.join(room);
      else socket.leave(room);
    }
  }
}
