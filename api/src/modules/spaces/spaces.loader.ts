import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import type { Loaders } from '../../core/graphql/loaders.js';
import { SpacesRepository } from './spaces.repository.js';
import type { SpaceEntity } from './entities/space.entity.js';

@Injectable()
export class SpacesLoaderFactory {
  constructor(private readonly spaces: SpacesRepository) {}

  /**
   * A space by id: at once when the spaces are in memory (a feed page's twenty posts need not
   * each wait a turn for theirs), otherwise through the request's loader.
   */
  load(loaders: Loaders, id: string): SpaceEntity | Promise<SpaceEntity | null> {
    return this.spaces.peekById(id) ?? loaders.get(this).load(id);
  }

  create(): DataLoader<string, SpaceEntity | null> {
    return new DataLoader(async (ids) => {
      const byId = new Map((await this.spaces.findByIds(ids)).map((s) => [s.id, s]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

@Injectable()
export class ViewerFollowsLoaderFactory {
  constructor(private readonly spaces: SpacesRepository) {}

  create(): DataLoader<{ spaceId: string; memberId: string }, boolean, string> {
    return new DataLoader(
      async (keys) => {
        const followed = await this.spaces.followedBy(
          keys[0].memberId,
          keys.map((k) => k.spaceId),
        );
        return keys.map((k) => followed.has(k.spaceId));
      },
      { cacheKeyFn: (k) => `${k.memberId}:${k.spaceId}` },
    );
  }
}

@Injectable()
export class FollowerCountLoaderFactory {
  constructor(private readonly spaces: SpacesRepository) {}

  create(): DataLoader<string, number> {
    return new DataLoader(async (ids) => {
      const counts = await this.spaces.followerCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }
}
