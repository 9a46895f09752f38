import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { PointsRepository, type RankRow, type StatsRow } from './points.repository.js';

@Injectable()
export class StatsLoaderFactory {
  constructor(private readonly points: PointsRepository) {}

  create(): DataLoader<string, StatsRow | null> {
    return new DataLoader(async (ids) => {
      const byId = new Map((await this.points.stats(ids)).map((s) => [s.memberId, s]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

/** The ranks, read once per request. */
@Injectable()
export class RanksLoaderFactory {
  constructor(private readonly points: PointsRepository) {}

  create(): DataLoader<'all', RankRow[]> {
    return new DataLoader(async (keys) => {
      const ranks = await this.points.ranks();
      return keys.map(() => ranks);
    });
  }
}
