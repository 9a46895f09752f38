import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { MissionsRepository } from './missions.repository.js';

/** How many members completed each mission. */
@Injectable()
export class CompletionsLoaderFactory {
  constructor(private readonly missions: MissionsRepository) {}

  create(): DataLoader<string, number> {
    return new DataLoader(async (ids) => {
      const counts = await this.missions.completedCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }
}
