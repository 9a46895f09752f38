import { Injectable } from '@nestjs/common';
import {
  memberRoom,
  postRoom,
  spaceRoom,
  type ReactionEvent,
  type ServerPushName,
  type ServerPushes,
} from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { SpacesService } from '../spaces/spaces.service.js';

/**
 * Turns committed domain events into pushes; clients refetch what the ids point to. Pushes reach
 * every instance's sockets through the socket.io adapter.
 *
 * A push goes out as soon as its event is handled, not when the delivery commits: the change it
 * announces committed before the event could be delivered, and the consumers handled after this
 * one (and the delivery's own commit) would only delay it. A delivery that is rolled back and made
 * again pushes again, which a client takes as one more refetch. The handlers are registered when
 * this consumer is made, before the consumers that register as their modules start, so a batch's
 * pushes go first.
 */
@Injectable()
export class RealtimeConsumer {
  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
    private readonly realtime: RealtimeService,
    private readonly spaces: SpacesService,
  ) {
    this.register();
  }

  private register(): void {
    const push = <E extends ServerPushName>(room: string, event: E, payload: ServerPushes[E]) =>
      this.realtime.push(room, event, payload);
    const on = this.events.on.bind(this.events);
    on('post.created', 'realtime', (e) =>
      push(spaceRoom(e.spaceId), 'post:new', {
        postId: e.postId,
        spaceId: e.spaceId,
        authorId: e.authorId,
      }),
    );
    on('post.changed', 'realtime', (e) =>
      push(postRoom(e.postId), 'post:changed', { postId: e.postId }),
    );
    on('answer.accepted', 'realtime', (e) =>
      push(postRoom(e.postId), 'post:changed', { postId: e.postId }),
    );
    on('comment.created', 'realtime', (e) =>
      push(postRoom(e.postId), 'comment:new', {
        postId: e.postId,
        commentId: e.commentId,
        parentId: e.parentId,
      }),
    );
    const reactions = (e: ReactionEvent) =>
      push(postRoom(e.postId), 'reactions:changed', {
        postId: e.postId,
        targetType: e.targetType,
        targetId: e.targetId,
      });
    on('reaction.added', 'realtime', reactions);
    on('reaction.removed', 'realtime', reactions);
    // Moving sockets between rooms asks every instance for its sockets: after the commit, so
    // that the delivery's transaction is not held open meanwhile.
    on('space.changed', 'realtime', (e) =>
      this.db.afterCommit(() => this.resyncSpaceRoom(e.spaceId)),
    );
    on('rank.promoted', 'realtime', (e) => {
      push(memberRoom(e.memberId), 'rank:promoted', { from: e.from, to: e.to });
      this.db.afterCommit(() => this.joinRankedSpaces(e.memberId, e.to));
    });
  }

  /** A promoted member's open sockets join the spaces their new rank opens. */
  private async joinRankedSpaces(memberId: string, rankPosition: number): Promise<void> {
    const spaces = await this.spaces.active();
    for (const socket of await this.realtime.sockets(memberRoom(memberId))) {
      const viewer = { ...(socket.data.viewer as Viewer), rankPosition };
      socket.join(spaces.filter((s) => this.spaces.canSee(viewer, s)).map((s) => spaceRoom(s.id)));
    }
  }

  /** Open sockets join a space's room as soon as they may read it, and leave it when not. */
  private async resyncSpaceRoom(spaceId: string): Promise<void> {
    const space = await this.spaces.findById(spaceId);
    if (!space) return;
    const room = spaceRoom(space.id);
    for (const socket of await this.realtime.sockets()) {
      const viewer = socket.data.viewer as Viewer | undefined;
      if (viewer && this.spaces.canSee(viewer, space)) socket.join(room);
      else socket.leave(room);
    }
  }
}
