import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { SpacesRepository } from './spaces.repository.js';
import type { SpaceEntity } from './entities/space.entity.js';

@Injectable()
export class SpacesLoaderFactory {
  constructor(private readonly spaces: SpacesRepository) {}

  create(): DataLoader<string, SpaceEntity | null> {
    return new DataLoader(async (ids) => {
      const byId = new Map((await this.spaces.findByIds(ids)).map((s) => [s.id, s]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
