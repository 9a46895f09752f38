import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Db } from '../../core/database/db.js';
import type { CteFragment } from '../../core/database/sql-fragment.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import type { ActivityRow } from './activity.actions.js';
import { ActivityRepository, type VisitSummary } from './activity.repository.js';

export type { VisitSummary };
import type { Changes, NewActivity } from './activity.rules.js';

const keyOf = (a: NewActivity) =>
  [a.action, a.subjectType, a.subjectId, a.memberId, a.counterpartId ?? ''].join('|');

/**
 * The activity stream: what members did, recorded in the transaction of the change itself (so
 * an activity exists exactly when its change does), each announced to the consumers through the
 * outbox as `activity.changed`. Domains describe their changes with ActivityRules and apply
 * them here; they never write activities otherwise.
 */
@Injectable()
export class ActivityService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly activities: ActivityRepository,
    private readonly events: EventBus,
  ) {}

  /**
   * Applies the changes a rule gave, in the current transaction (outside one, each of recording
   * and retracting is a single statement, atomic by itself).
   */
  async apply(changes: Changes): Promise<void> {
    const pending = this.events.consumersOf('activity.changed');
    await this.record(changes.record, pending);
    await this.activities.retract(changes.retract, pending);
    if (pending.length && (changes.record.length || changes.retract.length))
      this.events.committed();
  }

  /**
   * The activities a rule records, as part of the statement making the change itself (one
   * round trip); the caller tells the event bus once its change commits.
   */
  recording(changes: Changes): CteFragment {
    if (changes.retract.length) throw new Error('recording() only records activities');
    const unique = new Map(changes.record.map((r) => [keyOf(r), r]));
    return this.activities.recordCtes(
      [...unique.values()],
      this.events.consumersOf('activity.changed'),
    );
  }

  /** The same for the activities a rule retracts. */
  retracting(changes: Changes): CteFragment {
    if (changes.record.length) throw new Error('retracting() only retracts activities');
    return this.activities.retractCtes(
      changes.retract,
      this.events.consumersOf('activity.changed'),
    );
  }

  /** Many activities at once (an import, a replay of existing content): one statement per 1,000. */
  async recordAll(rows: NewActivity[]): Promise<void> {
    const pending = this.events.consumersOf('activity.changed');
    await this.db.transaction(async () => {
      for (let i = 0; i < rows.length; i += 1000)
        await this.record(rows.slice(i, i + 1000), pending);
      if (pending.length) this.events.committed();
    });
  }

  onModuleInit(): void {
    this.events.readWithClaim('activity.changed', {
      sql: (taken) => this.activities.claimedSql(taken),
      take: async (values) => {
        const known = await this.known();
        for (const { value } of values) {
          const row = ActivityRepository.fromClaim(value);
          known.set(row.id, row);
        }
      },
    });
  }

  /**
   * The activities as they stand now: consumers read these, not the event payloads. Read once
   * per transaction, as every consumer of a batch asks for the same; a delivery has them from
   * its claim already.
   */
  async byIds(ids: readonly string[]): Promise<ActivityRow[]> {
    const known = await this.known();
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length)
      for (const row of await this.activities.byIds(missing)) known.set(row.id, row);
    return [...new Set(ids)]
      .flatMap((id) => known.get(id) ?? [])
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }

  /** The activities this transaction has read, by id. */
  private known(): Promise<Map<string, ActivityRow>> {
    return this.db.memo('activities', () => Promise.resolve(new Map<string, ActivityRow>()));
  }

  /** A page of the standing activities with these actions, oldest first, after `afterId`. */
  standingAfter(
    actions: readonly string[],
    afterId: string,
    limit: number,
  ): Promise<ActivityRow[]> {
    return this.activities.standingAfter(actions, afterId, limit);
  }

  standing(memberIds: readonly string[], actions: readonly string[]) {
    return this.activities.standing(memberIds, actions);
  }

  /** Read interface: a member's standing activities with these actions, newest first. */
  recentOf(memberId: string, actions: readonly string[], limit: number): Promise<ActivityRow[]> {
    return this.activities.recentOf(memberId, actions, limit);
  }

  visitSummaries(memberIds: readonly string[]): Promise<VisitSummary[]> {
    return this.activities.visitSummaries(memberIds);
  }

  /** One row per activity: the same activity twice in one statement is one change. */
  private record(rows: NewActivity[], pending: string[]): Promise<void> {
    const unique = new Map(rows.map((r) => [keyOf(r), r]));
    return this.activities.record([...unique.values()], pending);
  }
}
