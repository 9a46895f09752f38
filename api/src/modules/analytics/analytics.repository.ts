import { Injectable } from '@nestjs/common';
import type { AnalyticsRunKind, AnalyticsRunStatus, EngagementTier } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import type { MemberLoyalty } from './models/analytics.model.js';

export interface SettingsRow {
  windowDays: number;
  halfLifeDays: number;
  weights: Record<string, number>;
  updatedAt: Date;
}

export interface RunRow {
  id: string;
  kind: AnalyticsRunKind;
  status: AnalyticsRunStatus;
  progress: number;
  asOf: string;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
  requestedBy: string | null;
}

const RUN = `id, kind, status, progress, as_of::text AS "asOf", started_at AS "startedAt",
  finished_at AS "finishedAt", error, requested_by AS "requestedBy"`;

/**
 * member_loyalty (as `ml`) read as the MemberLoyalty type: every list of members' figures in the
 * module selects these columns.
 */
export const LOYALTY_COLUMNS = `ml.member_id AS "memberId", ml.as_of::text AS "asOf",
  ml.engagement_score AS "engagementScore", ml.engagement_tier AS "engagementTier",
  ml.previous_score AS "previousScore", ml.engagement_score - ml.previous_score AS trend, ml.why,
  ml.active_days_90 AS "activeDays90", ml.last_active_on::text AS "lastActiveOn",
  ml.rank_key AS "rankKey", ml.rank_position AS "rankPosition", ml.posts,
  ml.best_answers AS "bestAnswers", ml.events_attended AS "eventsAttended",
  ml.membership_days AS "membershipDays", ml.customer_key AS "customerKey",
  ml.ltv::float8 AS ltv, ml.high_ltv AS "highLtv", ml.r, ml.f, ml.m,
  ml.rfm_segment AS "rfmSegment", ml.nps_score AS "npsScore", ml.nps_class AS "npsClass",
  ml.matrix_cell AS "matrixCell", ml.churn_reasons AS "churnReasons"`;

/** Settings, runs and the computed figures of the analytics module (its own tables). */
@Injectable()
export class AnalyticsRepository {
  constructor(private readonly db: Db) {}

  async settings(): Promise<SettingsRow> {
    const [row] = await this.db.query<SettingsRow[]>(
      `SELECT window_days AS "windowDays", half_life_days AS "halfLifeDays", weights,
              updated_at AS "updatedAt"
         FROM analytics_settings`,
    );
    return row;
  }

  async saveSettings(s: Omit<SettingsRow, 'updatedAt'>): Promise<void> {
    await this.db.query(
      `UPDATE analytics_settings
          SET window_days = $1, half_life_days = $2, weights = $3, updated_at = now()`,
      [s.windowDays, s.halfLifeDays, JSON.stringify(s.weights)],
    );
  }

  // --- runs ---------------------------------------------------------------------------------

  /** A new running run, or null when another one runs (one at a time, across instances). */
  async insertRun(
    kind: AnalyticsRunKind,
    asOf: string,
    requestedBy: string | null,
  ): Promise<RunRow | null> {
    try {
      const [row] = await this.db.query<RunRow[]>(
        `INSERT INTO analytics_runs (kind, as_of, requested_by) VALUES ($1, $2, $3)
         RETURNING ${RUN}`,
        [kind, asOf, requestedBy],
      );
      return row;
    } catch (e) {
      if ((e as { code?: string }).code === '23505') return null;
      throw e;
    }
  }

  /** Gives up runs whose instance stopped beating: they will never finish. */
  async abandonStale(staleSeconds: number): Promise<number> {
    const rows = await this.db.query<unknown[]>(
      `UPDATE analytics_runs
          SET status = 'failed', finished_at = now(), error = 'Stopped: the instance running it went away.'
        WHERE status = 'running' AND heartbeat_at < now() - make_interval(secs => $1)
        RETURNING id`,
      [staleSeconds],
    );
    return rows.length;
  }

  async beat(id: string, progress: number): Promise<void> {
    await this.db.query(
      `UPDATE analytics_runs SET progress = $2, heartbeat_at = now() WHERE id = $1`,
      [id, progress],
    );
  }

  async finishRun(id: string, error: string | null): Promise<void> {
    await this.db.query(
      `UPDATE analytics_runs
          SET status = $2, error = $3, finished_at = now(),
              progress = CASE WHEN $2 = 'done' THEN 1 ELSE progress END
        WHERE id = $1`,
      [id, error ? 'failed' : 'done', error],
    );
  }

  async run(id: string): Promise<RunRow | null> {
    const [row] = await this.db.query<RunRow[]>(`SELECT ${RUN} FROM analytics_runs WHERE id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  async latestRun(): Promise<RunRow | null> {
    const [row] = await this.db.query<RunRow[]>(
      `SELECT ${RUN} FROM analytics_runs ORDER BY started_at DESC, id LIMIT 1`,
    );
    return row ?? null;
  }

  async lastFullRunOn(asOf: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM analytics_runs WHERE kind = 'full' AND status = 'done' AND as_of = $1 LIMIT 1`,
      [asOf],
    );
    return rows.length > 0;
  }

  async lastComputedAt(): Promise<Date | null> {
    const [row] = await this.db.query<Array<{ at: Date }>>(
      `SELECT finished_at AS at FROM analytics_runs WHERE status = 'done'
        ORDER BY started_at DESC LIMIT 1`,
    );
    return row?.at ?? null;
  }

  // --- member figures ----------------------------------------------------------------------

  async loyaltyOf(memberIds: readonly string[]): Promise<MemberLoyalty[]> {
    return this.db.query<MemberLoyalty[]>(
      `SELECT ${LOYALTY_COLUMNS} FROM member_loyalty ml WHERE member_id = ANY($1::uuid[])`,
      [memberIds],
    );
  }

  async engagementPage(
    tier: EngagementTier | null,
    offset: number,
    limit: number,
  ): Promise<{ nodes: MemberLoyalty[]; totalCount: number }> {
    const [rows, [count]] = await Promise.all([
      this.db.query<MemberLoyalty[]>(
        `SELECT ${LOYALTY_COLUMNS} FROM member_loyalty ml
          WHERE $1::text IS NULL OR engagement_tier = $1
          ORDER BY engagement_score DESC, member_id
          LIMIT $2 OFFSET $3`,
        [tier, limit, offset],
      ),
      this.db.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM member_loyalty WHERE $1::text IS NULL OR engagement_tier = $1`,
        [tier],
      ),
    ]);
    return { nodes: rows, totalCount: count.n };
  }

  async tierCounts(): Promise<Map<string, number>> {
    const rows = await this.db.query<Array<{ tier: string; n: number }>>(
      `SELECT engagement_tier AS tier, count(*)::int AS n FROM member_loyalty GROUP BY 1`,
    );
    return new Map(rows.map((r) => [r.tier, r.n]));
  }

  async topContributors(limit: number): Promise<MemberLoyalty[]> {
    return this.db.query<MemberLoyalty[]>(
      `SELECT ${LOYALTY_COLUMNS} FROM member_loyalty ml WHERE engagement_score > 0
        ORDER BY engagement_score DESC, member_id LIMIT $1`,
      [limit],
    );
  }

  /** Several snapshots at once, by key. */
  async snapshots(keys: string[]): Promise<Map<string, unknown>> {
    const rows = await this.db.query<Array<{ key: string; data: unknown }>>(
      `SELECT key, data FROM analytics_snapshots WHERE key = ANY($1)`,
      [keys],
    );
    return new Map(rows.map((r) => [r.key, r.data]));
  }

  async snapshot<T>(key: string): Promise<T | null> {
    const [row] = await this.db.query<Array<{ data: T }>>(
      `SELECT data FROM analytics_snapshots WHERE key = $1`,
      [key],
    );
    return row?.data ?? null;
  }
}
