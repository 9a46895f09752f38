import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MODERATORS_ROOM } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { AuditTrail, changedFields } from '../../core/audit/audit-trail.js';
import { forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import { isStaff, type Viewer } from '../../core/auth/viewer.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { OutboxJobs } from '../../core/domain-events/outbox-jobs.js';
import type { PageArgs } from '../../core/graphql/pagination.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { MembersService } from '../members/members.service.js';
import {
  PointsRepository,
  type RankRow,
  type RuleRow,
  type StatsRow,
} from './points.repository.js';
import { PointsService } from './points.service.js';
import type { PointRuleInput, RankInput } from './points.models.js';

const RECOMPUTE_JOB = 'ranks.recompute';
const BATCH = 500;
const RANK_FIELDS = [
  'nameJa',
  'nameEn',
  'color',
  'icon',
  'threshold',
  'minActiveDays',
  'minBestAnswers',
  'perksJa',
  'perksEn',
] as const;

const pick = <K extends string>(from: Record<K, unknown>, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, from[k]])) as Record<K, unknown>;

/** Rules and ranks as admins configure them, and reading members' standing and history. */
@Injectable()
export class PointsAdminService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly points: PointsRepository,
    private readonly service: PointsService,
    private readonly members: MembersService,
    private readonly jobs: Jobs,
    private readonly outboxJobs: OutboxJobs,
    private readonly realtime: RealtimeService,
    private readonly events: EventBus,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ id: string }>(RECOMPUTE_JOB, (d) => this.recompute(d.id));
  }

  rules(): Promise<RuleRow[]> {
    return this.points.rules();
  }

  async updateRules(rules: PointRuleInput[], viewer: Viewer | null = null): Promise<RuleRow[]> {
    await this.db.transaction(async () => {
      const current = new Map((await this.points.rules()).map((r) => [r.key, r]));
      const before: Array<Record<string, unknown>> = [];
      const after: Array<Record<string, unknown>> = [];
      for (const r of rules) {
        const rule = { points: r.points, dailyCap: r.dailyCap ?? null, enabled: r.enabled };
        await this.points.updateRule({ key: r.key, ...rule });
        const was = current.get(r.key);
        const diff = was && changedFields(was, rule, ['points', 'dailyCap', 'enabled']);
        if (!diff) continue;
        before.push({ key: r.key, ...diff.before });
        after.push({ key: r.key, ...diff.after });
      }
      if (after.length)
        await this.audit.record(viewer, {
          action: 'pointRules.update',
          target: { type: 'pointRules', label: 'Point rules' },
          before,
          after,
        });
    });
    return this.points.rules();
  }

  ranks(): Promise<RankRow[]> {
    return this.points.ranks();
  }

  async updateRanks(ranks: RankInput[], viewer: Viewer | null = null) {
    if (ranks[0].threshold !== 0)
      throw invalidField('ranks', 'INVALID_VALUE', 'The first rank starts at 0 points.');
    for (let i = 1; i < ranks.length; i++) {
      if (ranks[i].threshold <= ranks[i - 1].threshold)
        throw invalidField(
          'ranks',
          'INVALID_VALUE',
          'Each rank needs more points than the one before.',
        );
    }
    const id = `ranks-${randomUUID()}`;
    await this.db.transaction(async () => {
      const current = await this.points.ranks();
      await this.points.replaceRanks(ranks);
      const before: Array<Record<string, unknown>> = [];
      const after: Array<Record<string, unknown>> = [];
      for (let i = 0; i < Math.max(current.length, ranks.length); i++) {
        const position = i + 1;
        const was = current[i];
        const now = ranks[i];
        if (!now) before.push({ position, ...pick(was, RANK_FIELDS) });
        else if (!was) after.push({ position, ...pick(now, RANK_FIELDS) });
        else {
          const diff = changedFields(was, now, RANK_FIELDS);
          if (!diff) continue;
          before.push({ position, ...diff.before });
          after.push({ position, ...diff.after });
        }
      }
      if (after.length || before.length)
        await this.audit.record(viewer, {
          action: 'ranks.update',
          target: { type: 'ranks', label: 'Ranks' },
          before,
          after,
        });
      await this.points.saveProgress(id, 0, await this.points.countStats());
      await this.outboxJobs.enqueue(RECOMPUTE_JOB, { id });
    });
    return (await this.progress(id))!;
  }

  async progress(id: string) {
    const p = await this.points.progress(id);
    return p && { ...p, finished: p.finishedAt !== null };
  }

  /** Every member's rank again, in batches, reporting progress to moderators as it goes. */
  private async recompute(id: string): Promise<void> {
    const total = await this.points.countStats();
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const ids = await this.points.memberIdsAfter(after, BATCH);
      if (!ids.length) break;
      await this.db.transaction(async () => {
        const changes = await this.points.recomputeRanks(ids);
        for (const change of changes) {
          if (change.to > change.from) await this.events.emit('rank.promoted', change);
        }
        if (changes.length) await this.members.ranksMoved(changes.map((c) => c.memberId));
      });
      done += ids.length;
      after = ids[ids.length - 1];
      await this.points.saveProgress(id, done, total);
      this.realtime.push(MODERATORS_ROOM, 'job:progress', { id, done, total, finished: false });
    }
    await this.points.saveProgress(id, done, total, true);
    this.realtime.push(MODERATORS_ROOM, 'job:progress', { id, done, total, finished: true });
  }

  async history(viewer: Viewer, args: PageArgs & { handle: string }) {
    const member = await this.members.findByHandle(args.handle);
    if (!member) throw notFound('This member');
    if (member.id !== viewer.memberId && !isStaff(viewer))
      throw forbidden('Only the member and moderators can see this history.');
    return this.service.history(member.id, args);
  }

  async adjust(viewer: Viewer, input: { memberId: string; points: number; reason: string }) {
    const stats = await this.service.adjust(viewer, input.memberId, input.points, input.reason);
    return this.standing(stats, await this.points.ranks());
  }

  standing(stats: StatsRow, ranks: RankRow[]) {
    const rank = this.rankOf(stats.rankPosition, ranks);
    return {
      ...stats,
      rank,
      nextRank: ranks.find((r) => r.position > rank.position) ?? null,
    };
  }

  rankOf(position: number, ranks: RankRow[]): RankRow {
    return ranks.find((r) => r.position === position) ?? ranks[0];
  }
}
