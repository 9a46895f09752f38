import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LedgerSource, memberRoom, type PointRule } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/events/event-bus.js';
import { invalidField, notFound } from '../../core/errors/app-error.js';
import { toConnection, type Connection, type PageArgs } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { MembersRepository } from '../members/members.repository.js';
import {
  COUNTER_OF,
  PointsRepository,
  type LedgerRow,
  type RankRow,
  type StatsRow,
} from './points.repository.js';

export interface AwardResult {
  points: number;
  stats: StatsRow;
}

/**
 * The points ledger. Every change is a new ledger row; an award for (member, rule, source)
 * counts at most once at a time, so retries, races and undo-redo cannot farm points. A member's
 * awards are serialised on their stats row, which holds the balance and lifetime total.
 */
@Injectable()
export class PointsService {
  constructor(
    private readonly db: Db,
    private readonly points: PointsRepository,
    private readonly members: MembersRepository,
    private readonly events: EventBus,
    private readonly realtime: RealtimeService,
  ) {}

  /**
   * Counts an award for what a member did. Within the rule's daily cap it earns the rule's
   * points; past it, it still counts as activity (for badges and missions) with 0 points.
   */
  award(memberId: string, rule: PointRule, source: string): Promise<AwardResult | null> {
    return this.db.transaction(async () => {
      const def = (await this.points.rules()).find((r) => r.key === rule);
      if (!def?.enabled) return null;
      await this.points.lockStats(memberId);
      const state = await this.points.awardState(memberId, rule, source);
      if (state?.active || (state && def.once)) return null;
      const { day } = await this.points.today();
      const capped =
        def.dailyCap !== null &&
        (await this.points.standingAwardsOn(memberId, rule, day)) >= def.dailyCap;
      const points = capped ? 0 : def.points;
      const generation = (state?.generation ?? 0) + 1;
      await this.points.saveAwardState(memberId, rule, source, {
        points,
        active: true,
        generation,
      });
      if (points > 0) {
        await this.points.append({
          memberId,
          rule,
          source,
          entry: `award:${generation}`,
          points,
          day,
          reason: null,
          actorId: null,
        });
      }
      const field = COUNTER_OF[rule];
      const stats = await this.points.apply(
        memberId,
        points,
        day,
        field ? { field, delta: 1 } : undefined,
      );
      await this.afterChange(memberId, rule, points, stats);
      return { points, stats };
    });
  }

  /** Undoes an award that counts (the action was undone): a negative row, never a delete. */
  reverse(memberId: string, rule: PointRule, source: string): Promise<AwardResult | null> {
    return this.db.transaction(async () => {
      await this.points.lockStats(memberId);
      const state = await this.points.awardState(memberId, rule, source);
      if (!state?.active) return null;
      await this.points.saveAwardState(memberId, rule, source, { ...state, active: false });
      const awardDay = await this.points.awardDay(
        memberId,
        rule,
        source,
        `award:${state.generation}`,
      );
      const day = awardDay ?? (await this.points.today()).day;
      if (state.points > 0) {
        await this.points.append({
          memberId,
          rule,
          source,
          entry: `reversal:${state.generation}`,
          points: -state.points,
          day,
          reason: null,
          actorId: null,
        });
      }
      const field = COUNTER_OF[rule];
      const stats = await this.points.apply(
        memberId,
        -state.points,
        day,
        field ? { field, delta: -1 } : undefined,
      );
      await this.afterChange(memberId, rule, -state.points, stats);
      return { points: -state.points, stats };
    });
  }

  /** A moderator's correction, with the reason kept in the ledger next to who made it. */
  adjust(viewer: Viewer, memberId: string, points: number, reason: string): Promise<StatsRow> {
    const why = reason.trim();
    if (!why) throw invalidField('reason', 'REQUIRED', 'Say why the points change.');
    if (points === 0) throw invalidField('points', 'INVALID_VALUE', 'Give a number other than 0.');
    return this.db.transaction(async () => {
      const member = isUuid(memberId) ? await this.members.findById(memberId) : null;
      if (!member || member.status === 'pending') throw notFound('This member');
      await this.points.lockStats(member.id);
      const { day } = await this.points.today();
      await this.points.append({
        memberId: member.id,
        rule: LedgerSource.ADJUSTMENT,
        source: randomUUID(),
        entry: 'adjust',
        points,
        day,
        reason: why,
        actorId: viewer.memberId,
      });
      const stats = await this.points.apply(member.id, points, day);
      await this.afterChange(member.id, LedgerSource.ADJUSTMENT, points, stats);
      return stats;
    });
  }

  /** Points for something that is not a rule (a mission's reward), once per source. */
  grant(memberId: string, source: string, points: number, reason: string): Promise<boolean> {
    return this.db.transaction(async () => {
      await this.points.lockStats(memberId);
      const { day } = await this.points.today();
      const added = await this.points.append({
        memberId,
        rule: LedgerSource.MISSION,
        source,
        entry: 'grant',
        points,
        day,
        reason,
        actorId: null,
      });
      if (!added) return false;
      const stats = await this.points.apply(memberId, points, day);
      await this.afterChange(memberId, LedgerSource.MISSION, points, stats);
      return true;
    });
  }

  /** The first visit of the community's day: moves the streak and earns the daily visit. */
  async visit(memberId: string): Promise<void> {
    await this.db.transaction(async () => {
      const { day } = await this.points.today();
      const seen = await this.points.recordVisit(memberId, day);
      if (!seen) return;
      this.events.emit('member.visited', { memberId, day, streak: seen.currentStreak });
      await this.award(memberId, 'daily_visit', `visit:${day}`);
    });
  }

  async history(memberId: string, args: PageArgs): Promise<Connection<LedgerRow>> {
    const after = args.after && /^\d{1,19}$/.test(args.after) ? args.after : null;
    const rows = await this.points.history(memberId, args.first, after);
    return toConnection(rows, args.first, (r) => [r.id]);
  }

  /** The highest rank whose requirements the stats meet. */
  rankFor(ranks: RankRow[], s: StatsRow): RankRow | undefined {
    return ranks
      .filter(
        (r) =>
          s.lifetime >= r.threshold &&
          s.activeDays >= r.minActiveDays &&
          s.bestAnswers >= r.minBestAnswers,
      )
      .at(-1);
  }

  /** Ranks follow the stats at once: a promotion notifies and celebrates, a drop is silent. */
  private async afterChange(memberId: string, rule: string, points: number, stats: StatsRow) {
    const rank = this.rankFor(await this.points.ranks(), stats)?.position ?? 1;
    if (rank !== stats.rankPosition) {
      await this.points.setRank(memberId, rank);
      if (rank > stats.rankPosition)
        this.events.emit('rank.promoted', { memberId, from: stats.rankPosition, to: rank });
    }
    // Also for awards past a cap (0 points): badges and missions count the activity.
    this.events.emit('points.changed', { memberId, rule, points, lifetime: stats.lifetime });
    if (points !== 0) {
      this.db.afterCommit(() =>
        this.realtime.push(memberRoom(memberId), 'points:changed', {
          balance: stats.balance,
          lifetime: stats.lifetime,
        }),
      );
    }
  }
}
