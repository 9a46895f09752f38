import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { LeaderboardPeriod } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { Jobs } from '../../core/jobs/jobs.js';
import {
  decodeCursor,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../core/graphql/pagination.js';
import { CommunityCalendar, periodsOf } from '../community/community-calendar.js';
import { CommunityService } from '../community/community.service.js';
import {
  LeaderboardsRepository,
  type EntryRow,
  type RebuildResult,
} from './leaderboards.repository.js';

export const REFRESH_JOB = 'leaderboards.refresh';
const MINUTE = 60_000;
/**
 * A board rebuilt this recently is left as it is by the job: runs that overlap or follow each
 * other (the one at boot and the first recurring one, instances booting together) work once.
 */
const FRESH_ENOUGH_MS = 30_000;
/** Rows a rebuild may change before the tables' statistics are brought up to date. */
const ANALYZE_AFTER_ROWS = 10_000;

export interface LeaderboardRow {
  period: LeaderboardPeriod;
  /** The first day of the week or month on the board (community time zone); null for all time. */
  startsOn: string | null;
  refreshedAt: Date | null;
  memberCount: number;
}

/**
 * Leaderboards of points earned this week, this month and all time. A recurring job snapshots
 * each board with dense ranks (ties share a rank) every minute; reads never count or sort
 * members, so they stay fast however large the community.
 */
@Injectable()
export class LeaderboardsService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(LeaderboardsService.name);

  constructor(
    private readonly db: Db,
    private readonly boards: LeaderboardsRepository,
    private readonly calendar: CommunityCalendar,
    private readonly community: CommunityService,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.define(REFRESH_JOB, () => this.refresh(FRESH_ENOUGH_MS), { attempts: 2 });
  }

  async onApplicationBootstrap(): Promise<void> {
    // A board right away (the database may be new or the last refresh long ago), then every
    // minute on one instance.
    await this.jobs.enqueue(REFRESH_JOB, {});
    await this.jobs.every(REFRESH_JOB, MINUTE);
  }

  /**
   * Rebuilds the three boards from period_points, each one atomically; boards rebuilt from the
   * same period less than `freshEnoughMs` ago are skipped.
   */
  async refresh(freshEnoughMs = 0): Promise<void> {
    const { week, month } = periodsOf(await this.calendar.today());
    const sources: Record<LeaderboardPeriod, string> = {
      week: `week:${week}`,
      month: `month:${month}`,
      all: 'all',
    };
    for (const period of Object.values(LeaderboardPeriod)) {
      const started = Date.now();
      const result = await this.refreshBoard(period, sources[period], freshEnoughMs);
      if (result)
        this.logger.debug({ period, ...result, ms: Date.now() - started }, 'leaderboard refreshed');
    }
  }

  /** One board from period_points' `source` period, in its own transaction; null if skipped. */
  refreshBoard(
    period: LeaderboardPeriod,
    source: string,
    freshEnoughMs = 0,
  ): Promise<RebuildResult | null> {
    return this.db.transaction(async () => {
      await this.boards.lockRefresh();
      if (freshEnoughMs > 0 && (await this.boards.refreshedWithin(period, source, freshEnoughMs)))
        return null;
      const { leaderboardsIncludeStaff } = await this.community.settings();
      const rebuilt = await this.boards.rebuild(period, source, leaderboardsIncludeStaff);
      if (rebuilt.membersWritten + rebuilt.membersRemoved > ANALYZE_AFTER_ROWS)
        await this.boards.analyze();
      return rebuilt;
    });
  }

  async board(period: LeaderboardPeriod): Promise<LeaderboardRow> {
    const r = await this.boards.refreshOf(period);
    return {
      period,
      startsOn: r ? startOf(r.source) : null,
      refreshedAt: r?.refreshedAt ?? null,
      memberCount: r?.memberCount ?? 0,
    };
  }

  async entries(period: LeaderboardPeriod, args: PageArgs): Promise<Connection<EntryRow>> {
    // The cursor is the last entry's points and member: a page after a refresh goes on from
    // the same place, whatever the ranks became.
    const cursor = decodeCursor(args.after, ['int', 'uuid']);
    const after = cursor
      ? { points: Math.min(Number(cursor[0]), 2 ** 31 - 1), memberId: cursor[1] }
      : null;
    const rows = await this.boards.page(period, after, args.first + 1);
    return toConnection(rows, args.first, (r) => [String(r.points), r.memberId]);
  }

  entryOf(period: LeaderboardPeriod, memberId: string): Promise<EntryRow | null> {
    return this.boards.entryOf(period, memberId);
  }
}

/** 'week:2025-11-24' → '2025-11-24', 'month:2025-11' → '2025-11-01', 'all' → null. */
function startOf(source: string): string | null {
  const [kind, value] = source.split(':');
  if (kind === 'week') return value;
  if (kind === 'month') return `${value}-01`;
  return null;
}
