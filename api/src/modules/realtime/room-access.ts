import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { notFound } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/ids.js';
import { EventsService } from '../events/events.service.js';
import { PostsService } from '../posts/posts.service.js';
import { SpacesService } from '../spaces/spaces.service.js';

/** A room may be joined by whoever may read what it is about. */
@Injectable()
export class RoomAccess {
  constructor(
    private readonly posts: PostsService,
    private readonly spaces: SpacesService,
    private readonly events: EventsService,
  ) {}

  visibleSpaceIds(viewer: Viewer): Promise<string[]> {
    return this.posts.visibleSpaceIds(viewer);
  }

  async requireRoom(viewer: Viewer, room: string): Promise<void> {
    const [type, id] = room.split(':');
    if (type === 'post') {
      await this.posts.visible(viewer, id);
      return;
    }
    if (type === 'event') {
      await this.events.byId(viewer, id);
      return;
    }
    const space = isUuid(id) ? await this.spaces.findById(id) : null;
    if (!space || !this.spaces.canSee(viewer, space)) throw notFound('This space');
  }
}
