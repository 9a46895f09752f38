import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { PointsRepository, type RankRow, type StatsRow } from './points.repository.js';

/** A member's figures and the ranks they are placed among. */
export interface StandingRow {
  stats: StatsRow;
  ranks: RankRow[];
}

const EMPTY: Omit<StatsRow, 'memberId'> = {
  balance: 0,
  lifetime: 0,
  rankPosition: 1,
  posts: 0,
  comments: 0,
  bestAnswers: 0,
  reactionsGiven: 0,
  reactionsReceived: 0,
  eventsAttended: 0,
  ideas: 0,
  ideasShipped: 0,
  activeDays: 0,
  currentStreak: 0,
  bestStreak: 0,
  lastVisitDay: null,
};

/**
 * The figures of every member on a page, with the ranks (cached), in one statement. One load per
 * member, not one per member and another for the ranks. (A member's `rank` alone comes from the
 * kept member instead: see BriefsLoaderFactory.)
 */
@Injectable()
export class StandingsLoaderFactory {
  constructor(private readonly points: PointsRepository) {}

  create(): DataLoader<string, StandingRow> {
    return new DataLoader(async (ids) => {
      const [stats, ranks] = await Promise.all([this.points.stats(ids), this.points.ranks()]);
      const byId = new Map(stats.map((s) => [s.memberId, s]));
      return ids.map((id) => ({ stats: byId.get(id) ?? { memberId: id, ...EMPTY }, ranks }));
    });
  }
}
