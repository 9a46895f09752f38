import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LedgerSource, memberRoom } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { AuditTrail, memberTarget } from '../../core/audit/audit-trail.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { invalidField, notFound } from '../../core/errors/app-error.js';
import { toConnection, type Connection, type PageArgs } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { ACTIONS, sourceOf, type ActivityRow } from '../activity/activity.actions.js';
import { ActivityService } from '../activity/activity.service.js';
import { CommunityCalendar, dayIn } from '../community/community-calendar.js';
import { MembersService } from '../members/members.service.js';
import {
  PointsRepository,
  type AwardWish,
  type Counters,
  type LedgerRow,
  type PointsMoved,
  type RankRow,
  type StatsRow,
} from './points.repository.js';

/**
 * A member's standing: the points ledger, the activity counters and visit streaks, and the rank
 * that follows from them. Everything here moves with the activity stream (applyActivities,
 * run by the points consumer), besides moderators' adjustments and mission rewards.
 *
 * An award for (member, rule, source) counts at most once at a time, so redeliveries, races and
 * undo-redo cannot farm points; an undone action writes a negative ledger row, never a delete.
 */
@Injectable()
export class PointsService {
  constructor(
    private readonly db: Db,
    private readonly points: PointsRepository,
    private readonly members: MembersService,
    private readonly activity: ActivityService,
    private readonly calendar: CommunityCalendar,
    private readonly events: EventBus,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Brings standings in line with activities as they stand now: counters, visit days and
   * streaks, awards (made for activities that stand, reversed for retracted ones), then ranks.
   * Set-based, so a batch of hundreds costs a handful of statements; runs inside the caller's
   * transaction.
   */
  async applyActivities(activities: ActivityRow[]): Promise<void> {
    if (!activities.length) return;
    const members = [...new Set(activities.map((a) => a.memberId))];
    const counted = await this.points.countActivities(
      members,
      activities.flatMap((a) => {
        const counter = ACTIONS[a.action].counter;
        return counter
          ? [{ activityId: a.id, memberId: a.memberId, counter, active: !a.retractedAt }]
          : [];
      }),
    );
    const visitors = [
      ...new Set(activities.filter((a) => a.action === 'visit_day').map((a) => a.memberId)),
    ];
    if (visitors.length) await this.points.saveVisits(await this.activity.visitSummaries(visitors));
    // Streaks just moved for visitors: theirs are read again if asked for.
    const known = await this.countedNow();
    for (const c of counted) if (!visitors.includes(c.memberId)) known.set(c.memberId, c);
    const zone = await this.calendar.zone();
    const wishes = new Map<string, AwardWish>();
    for (const a of activities) {
      const rule = ACTIONS[a.action].pointRule;
      if (!rule) continue;
      const source = sourceOf(a);
      wishes.set(`${a.memberId}|${rule}|${source}`, {
        memberId: a.memberId,
        rule,
        source,
        day: dayIn(zone, a.occurredAt),
        active: !a.retractedAt,
      });
    }
    const moved = await this.points.applyAwards([...wishes.values()]);
    // The award statement moved the ranks of those whose points moved; ranks also follow
    // active days and best answers, which move without points (a visit past its cap, say).
    const ranked = new Set(moved.map((m) => m.memberId));
    const others = new Set(
      activities
        .filter(
          (a) =>
            !ranked.has(a.memberId) &&
            (a.action === 'visit_day' || ACTIONS[a.action].counter === 'bestAnswers'),
        )
        .map((a) => a.memberId),
    );
    await this.afterChange(
      [...others],
      moved,
      moved.map((m) => ({ memberId: m.memberId, from: m.rankFrom, to: m.rankTo })),
    );
  }

  /**
   * Recomputes every member's activity counters, active days and streaks from the stream, and
   * their ranks from those (silently: a repair is not a promotion). For operators, after a
   * restore or a bug; reports progress as it goes.
   */
  async rebuildStats(progress: (done: number, total: number) => void): Promise<void> {
    const counted = Object.entries(ACTIONS).flatMap(([action, d]) => (d.counter ? [action] : []));
    const total = await this.points.countStats();
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const ids = await this.points.memberIdsAfter(after, 1000);
      if (!ids.length) break;
      await this.db.transaction(async () => {
        await this.points.lockStats(ids);
        const rows = await this.activity.standing(ids, counted);
        await this.points.resetCounters(
          ids,
          rows.map((r) => ({
            activityId: r.id,
            memberId: r.memberId,
            counter: ACTIONS[r.action].counter!,
          })),
        );
        await this.points.saveVisits(await this.activity.visitSummaries(ids));
        const moved = await this.points.recomputeRanks(ids);
        if (moved.length) await this.members.ranksMoved(moved.map((c) => c.memberId));
      });
      done += ids.length;
      after = ids[ids.length - 1];
      progress(done, total);
    }
  }

  /** A moderator's correction, with the reason kept in the ledger next to who made it. */
  adjust(viewer: Viewer, memberId: string, points: number, reason: string): Promise<StatsRow> {
    const why = reason.trim();
    if (!why) throw invalidField('reason', 'REQUIRED', 'Say why the points change.');
    if (points === 0) throw invalidField('points', 'INVALID_VALUE', 'Give a number other than 0.');
    return this.db.transaction(async () => {
      const member = isUuid(memberId) ? await this.members.findById(memberId) : null;
      if (!member || member.status === 'pending') throw notFound('This member');
      await this.points.lockStats([member.id]);
      const day = await this.calendar.today();
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
      await this.audit.record(viewer, {
        action: 'points.adjust',
        target: memberTarget(member),
        before: { balance: stats.balance - points, lifetime: stats.lifetime - points },
        after: { balance: stats.balance, lifetime: stats.lifetime },
        reason: why,
      });
      await this.afterChange([member.id], [stats]);
      await this.events.emit('points.adjusted', {
        memberId: member.id,
        points,
        reason: why,
        moderatorId: viewer.memberId,
      });
      return stats;
    });
  }

  /** Points for something that is not a rule (a mission's reward), once per source. */
  grant(memberId: string, source: string, points: number, reason: string): Promise<boolean> {
    return this.db.transaction(async () => {
      await this.points.lockStats([memberId]);
      const day = await this.calendar.today();
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
      await this.afterChange([memberId], [await this.points.apply(memberId, points, day)]);
      return true;
    });
  }

  async history(memberId: string, args: PageArgs): Promise<Connection<LedgerRow>> {
    const after = args.after && /^\d{1,19}$/.test(args.after) ? args.after : null;
    const rows = await this.points.history(memberId, args.first, after);
    return toConnection(rows, args.first, (r) => [r.id]);
  }

  /** Read interface: net points per ledger source (an activity's source, say) of a member. */
  pointsBySource(memberId: string, sources: readonly string[]): Promise<Map<string, number>> {
    return sources.length
      ? this.points.pointsBySource(memberId, sources)
      : Promise.resolve(new Map());
  }

  /** Read interface: points given outside the rules (adjustments, mission rewards), newest first. */
  grantsOf(memberId: string, limit: number): Promise<LedgerRow[]> {
    return this.points.entriesOf(memberId, Object.values(LedgerSource), limit);
  }

  /** Read interface for other modules. */
  stats(memberIds: readonly string[]): Promise<StatsRow[]> {
    return this.points.stats(memberIds);
  }

  /**
   * The members' counters and best streaks as they stand in this transaction: those the
   * activities applied in it left (no second read), the others read.
   */
  async counters(memberIds: readonly string[]): Promise<Counters[]> {
    const known = await this.countedNow();
    const missing = memberIds.filter((id) => !known.has(id));
    const read = missing.length ? await this.points.stats(missing) : [];
    return [...memberIds.flatMap((id) => known.get(id) ?? []), ...read];
  }

  /** The counters applyActivities left in this transaction, by member. */
  private countedNow(): Promise<Map<string, Counters>> {
    return this.db.memo('points:counted', () => Promise.resolve(new Map<string, Counters>()));
  }

  ranks(): Promise<RankRow[]> {
    return this.points.ranks();
  }

  /** A member's rank position (1 before they have any stats). */
  async rankOf(memberId: string): Promise<number> {
    return (await this.points.stats([memberId]))[0]?.rankPosition ?? 1;
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

  /**
   * Ranks follow the stats at once (a promotion is an event: notified and celebrated; a drop is
   * silent), and members whose points moved see their new balance live.
   */
  private async afterChange(
    memberIds: string[],
    moved: Array<Pick<PointsMoved, 'memberId' | 'balance' | 'lifetime'>>,
    ranked: Array<{ memberId: string; from: number; to: number }> = [],
  ): Promise<void> {
    const changes = [
      ...ranked,
      ...(memberIds.length ? await this.points.recomputeRanks(memberIds) : []),
    ];
    for (const change of changes)
      if (change.to > change.from) await this.events.emit('rank.promoted', change);
    const rankMoved = changes.filter((c) => c.to !== c.from).map((c) => c.memberId);
    if (rankMoved.length) await this.members.ranksMoved(rankMoved);
    if (!moved.length) return;
    this.db.afterCommit(() => {
      for (const m of moved)
        this.realtime.push(memberRoom(m.memberId), 'points:changed', {
          balance: m.balance,
          lifetime: m.lifetime,
        });
    });
  }
}
