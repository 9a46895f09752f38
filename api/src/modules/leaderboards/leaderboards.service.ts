import { Injectable } from '@nestjs/common';
import { LeaderboardPeriod } from '@kizuna/shared';
import {
  decodeCursor,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../core/graphql/pagination.js';
import { CommunityCalendar, periodsOf } from '../community/community-calendar.js';
import { LeaderboardsRepository, type EntryRow } from './leaderboards.repository.js';

export interface LeaderboardRow {
  period: LeaderboardPeriod;
  /** The period_points period on the board: 'all', 'week:YYYY-MM-DD', 'month:YYYY-MM'. */
  key: string;
  /** The first day of the week or month on the board (community time zone); null for all time. */
  startsOn: string | null;
  refreshedAt: Date;
  memberCount: number;
}

/**
 * Leaderboards of points earned this week, this month and all time, with dense ranks (ties
 * share a rank). The database keeps them as points move, in the same transaction; a rank is
 * counted when read from the distinct scores above, so nothing is rebuilt on a schedule and a
 * new top score rewrites no one else's place.
 */
@Injectable()
export class LeaderboardsService {
  constructor(
    private readonly boards: LeaderboardsRepository,
    private readonly calendar: CommunityCalendar,
  ) {}

  async board(period: LeaderboardPeriod): Promise<LeaderboardRow> {
    const { week, month } = periodsOf(await this.calendar.today());
    const [key, startsOn] =
      period === LeaderboardPeriod.WEEK
        ? [`week:${week}`, week]
        : period === LeaderboardPeriod.MONTH
          ? [`month:${month}`, `${month}-01`]
          : ['all', null];
    return {
      period,
      key,
      startsOn,
      refreshedAt: new Date(),
      memberCount: await this.boards.memberCount(key),
    };
  }

  async entries(board: LeaderboardRow, args: PageArgs): Promise<Connection<EntryRow>> {
    // The cursor is the last entry's points and member: the next page goes on from the same
    // place, whatever the ranks became in between.
    const cursor = decodeCursor(args.after, ['int', 'uuid']);
    const after = cursor
      ? { points: Math.min(Number(cursor[0]), 2 ** 31 - 1), memberId: cursor[1] }
      : null;
    const rows = await this.boards.page(board.key, after, args.first + 1);
    return toConnection(rows, args.first, (r) => [String(r.points), r.memberId]);
  }

  entryOf(board: LeaderboardRow, memberId: string): Promise<EntryRow | null> {
    return this.boards.entryOf(board.key, memberId);
  }
}
