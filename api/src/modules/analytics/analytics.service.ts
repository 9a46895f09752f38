import { Injectable } from '@nestjs/common';
import {
  ENGAGEMENT_DEFAULTS,
  ENGAGEMENT_TIERS,
  ENGAGEMENT_WEIGHTED_ACTIONS,
  type EngagementSettings,
  type EngagementTier,
  type EngagementWeightedAction,
} from '@kizuna/shared';
import { AuditTrail } from '../../core/audit/audit-trail.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { Db } from '../../core/database/db.js';
import { invalid } from '../../core/errors/app-error.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { AnalyticsPolicy } from './analytics.policy.js';
import { AnalyticsRepository, type RunRow, type SettingsRow } from './analytics.repository.js';
import type { AnalyticsSettingsInput, EngagementArgs } from './dto/analytics.inputs.js';
import type { AnalyticsSettings, EngagementPage, MemberLoyalty } from './models/analytics.model.js';

export const ANALYTICS_JOBS = {
  /** Re-rolls the last days and recomputes every member's figures. */
  incremental: 'analytics.incremental',
  /** Once a community day: a full recompute, when none has run that day. */
  daily: 'analytics.daily',
  /** A run already started (by a moderator): `{ runId }`. */
  run: 'analytics.run',
} as const;

/** The weights in force: the saved ones, defaults for actions without one. */
export function effectiveSettings(row: Omit<SettingsRow, 'updatedAt'>): EngagementSettings {
  const weights = { ...ENGAGEMENT_DEFAULTS.weights };
  for (const action of ENGAGEMENT_WEIGHTED_ACTIONS) {
    const w = row.weights[action];
    if (typeof w === 'number' && Number.isFinite(w)) weights[action] = w;
  }
  return { windowDays: row.windowDays, halfLifeDays: row.halfLifeDays, weights };
}

/** The settings that differ (weights by action), as they were and as they are; null when none. */
function settingsChanges(was: EngagementSettings, now: EngagementSettings) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of ['windowDays', 'halfLifeDays'] as const)
    if (was[key] !== now[key]) {
      before[key] = was[key];
      after[key] = now[key];
    }
  const moved = ENGAGEMENT_WEIGHTED_ACTIONS.filter((a) => was.weights[a] !== now.weights[a]);
  if (moved.length) {
    before.weights = Object.fromEntries(moved.map((a) => [a, was.weights[a]]));
    after.weights = Object.fromEntries(moved.map((a) => [a, now.weights[a]]));
  }
  return Object.keys(after).length ? { before, after } : null;
}

/** Reading the computed figures, and how engagement is scored. */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly db: Db,
    private readonly repo: AnalyticsRepository,
    private readonly jobs: Jobs,
    private readonly audit: AuditTrail,
  ) {}

  async engagementSettings(): Promise<EngagementSettings> {
    return effectiveSettings(await this.repo.settings());
  }

  async settings(viewer: Viewer): Promise<AnalyticsSettings> {
    AnalyticsPolicy.assertRead(viewer);
    return this.present(await this.repo.settings());
  }

  /** Scores change with the next computation, which is asked for now. */
  async updateSettings(viewer: Viewer, input: AnalyticsSettingsInput): Promise<AnalyticsSettings> {
    AnalyticsPolicy.assertConfigure(viewer);
    const seen = new Set<string>();
    const fields = input.weights.flatMap((w, i) => {
      if (!seen.has(w.action)) {
        seen.add(w.action);
        return [];
      }
      return [
        {
          field: `weights.${i}.action`,
          issue: 'INVALID_VALUE' as const,
          message: 'Each action is weighed once.',
        },
      ];
    });
    if (fields.length) throw invalid(fields);
    await this.db.transaction(async () => {
      const current = await this.repo.settings();
      const weights: Record<string, number> = { ...current.weights };
      for (const w of input.weights) weights[w.action] = w.weight;
      const saved = { windowDays: input.windowDays, halfLifeDays: input.halfLifeDays, weights };
      await this.repo.saveSettings(saved);
      const diff = settingsChanges(effectiveSettings(current), effectiveSettings(saved));
      if (diff)
        await this.audit.record(viewer, {
          action: 'analyticsSettings.update',
          target: { type: 'analyticsSettings', label: 'Engagement scoring' },
          ...diff,
        });
    });
    await this.jobs.enqueue(ANALYTICS_JOBS.incremental, {}, { jobId: 'analytics:settings' });
    return this.present(await this.repo.settings());
  }

  private present(row: SettingsRow): AnalyticsSettings {
    const s = effectiveSettings(row);
    return {
      windowDays: s.windowDays,
      halfLifeDays: s.halfLifeDays,
      weights: ENGAGEMENT_WEIGHTED_ACTIONS.map((action: EngagementWeightedAction) => ({
        action,
        weight: s.weights[action],
        defaultWeight: ENGAGEMENT_DEFAULTS.weights[action],
      })),
      updatedAt: row.updatedAt,
    };
  }

  async engagement(viewer: Viewer, args: EngagementArgs): Promise<EngagementPage> {
    AnalyticsPolicy.assertRead(viewer);
    const [page, counts] = await Promise.all([
      this.repo.engagementPage(args.tier ?? null, args.offset, args.limit),
      this.repo.tierCounts(),
    ]);
    return { ...page, distribution: this.distribution(counts) };
  }

  distribution(counts: Map<string, number>): Array<{ tier: EngagementTier; count: number }> {
    return ENGAGEMENT_TIERS.map((tier) => ({ tier, count: counts.get(tier) ?? 0 }));
  }

  /** For the Member.loyalty loader: the caller has checked the policy. */
  async loyaltyByMember(memberIds: readonly string[]): Promise<Map<string, MemberLoyalty>> {
    const rows = await this.repo.loyaltyOf(memberIds);
    return new Map(rows.map((r) => [r.memberId, r]));
  }

  async latestRun(viewer: Viewer): Promise<RunRow | null> {
    AnalyticsPolicy.assertRead(viewer);
    return this.repo.latestRun();
  }
}
