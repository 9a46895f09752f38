import { Injectable } from '@nestjs/common';
import {
  ACTIVITY_RECEIVED_ACTIONS,
  ANALYTICS_LIMITS,
  CHURN,
  ENGAGEMENT_LIMITS,
  ENGAGEMENT_TIERS,
  ENGAGEMENT_TIER_INFO,
  type EngagementSettings,
} from '@kizuna/shared';
import { Db } from '../../core/database/db.js';

const RECEIVED = [...ACTIVITY_RECEIVED_ACTIONS];

/** `engagementTier` of shared, as SQL over a score expression. */
const tierOf = (score: string) =>
  `CASE ${[...ENGAGEMENT_TIERS]
    .reverse()
    .map((t) => `WHEN ${score} >= ${ENGAGEMENT_TIER_INFO[t].min} THEN '${t}'`)
    .join(' ')} ELSE 'observer' END`;

/** `normalisedScore` of shared, as SQL. */
const scoreOf = (raw: string, max: string) =>
  `CASE WHEN ${raw} > 0 AND ${max} > 0 THEN round(100 * ln(1 + ${raw}) / ln(1 + ${max}))::int ELSE 0 END`;

/** The members figures are kept for: active members (staff are not scored). */
const PEOPLE = `SELECT id, joined_at FROM members_joined WHERE role = 'member' AND status = 'active'`;

/** One member's customer figures, as chosen from the analysis. */
export interface MemberCustomerRow {
  memberId: string;
  customerKey: string;
  customerId: string | null;
  ltv: number | null;
  highLtv: boolean | null;
  r: number | null;
  f: number | null;
  m: number | null;
  rfmSegment: string | null;
  npsScore: number | null;
  npsClass: string | null;
  matrixCell: string;
}

export interface ComputeParams {
  asOf: string;
  zone: string;
  settings: EngagementSettings;
}

/**
 * The per-member computation, set-based: engagement (decayed, normalised, levelled, with the
 * previous window and the "why"), counts, rank, customer figures and churn reasons into
 * member_loyalty; each month's level into engagement_monthly and the flows between levels.
 */
@Injectable()
export class LoyaltyRepository {
  constructor(private readonly db: Db) {}

  /**
   * member_loyalty as of `asOf` for every active member (rows of others are removed). Call
   * inside a transaction.
   */
  async computeMembers(p: ComputeParams, customers: MemberCustomerRow[]): Promise<void> {
    const w = p.settings.windowDays;
    await this.db.query(`DROP TABLE IF EXISTS ml_next`);
    await this.db.query(
      `CREATE TEMP TABLE ml_next ON COMMIT DROP AS
       WITH weights AS (SELECT key AS action, value::float8 AS weight FROM jsonb_each_text($4::jsonb)),
       people AS (${PEOPLE}),
       win AS (
         SELECT d.member_id, d.action, sum(d.n)::int AS cnt,
                sum(d.n * wt.weight * power(0.5, ($1::date - d.day) / $3::float8)) AS pts
           FROM activity_daily d JOIN weights wt ON wt.action = d.action
          WHERE d.day > $1::date - $2::int AND d.day <= $1::date
          GROUP BY d.member_id, d.action),
       ranked AS (
         SELECT *, row_number() OVER (PARTITION BY member_id ORDER BY pts DESC, action) AS rn
           FROM win WHERE pts > 0),
       cur AS (
         SELECT member_id, sum(pts) AS raw,
                coalesce(jsonb_agg(jsonb_build_object('action', action, 'count', cnt,
                                   'points', round(pts::numeric, 2)) ORDER BY rn)
                           FILTER (WHERE rn <= $6), '[]') AS why
           FROM ranked GROUP BY member_id),
       prev AS (
         SELECT d.member_id,
                sum(d.n * wt.weight * power(0.5, (($1::date - $2::int) - d.day) / $3::float8)) AS raw
           FROM activity_daily d JOIN weights wt ON wt.action = d.action
          WHERE d.day > $1::date - 2 * $2::int AND d.day <= $1::date - $2::int
          GROUP BY d.member_id),
       counts AS (
         SELECT member_id,
                sum(n) FILTER (WHERE action = 'post_created')::int AS posts,
                sum(n) FILTER (WHERE action = 'best_answer_received')::int AS best_answers,
                sum(n) FILTER (WHERE action = 'event_attended')::int AS events_attended,
                max(day) FILTER (WHERE action <> ALL($5)) AS last_active_on
           FROM activity_daily WHERE day <= $1::date
          GROUP BY member_id),
       active AS (
         SELECT member_id, count(DISTINCT day)::int AS days
           FROM activity_daily
          WHERE day > $1::date - $8::int AND day <= $1::date AND action <> ALL($5)
          GROUP BY member_id),
       first_rank AS (SELECT id, position FROM points_rank_keys ORDER BY position LIMIT 1)
       SELECT pe.id AS member_id,
              coalesce(c.raw, 0) AS raw, coalesce(c.why, '[]') AS why,
              coalesce(pv.raw, 0) AS previous_raw,
              coalesce(a.days, 0) AS active_days_90, k.last_active_on,
              coalesce(k.posts, 0) AS posts, coalesce(k.best_answers, 0) AS best_answers,
              coalesce(k.events_attended, 0) AS events_attended,
              coalesce(rk.id, fr.id)::text AS rank_key,
              coalesce(r.rank_position, fr.position) AS rank_position,
              greatest(0, $1::date - (pe.joined_at AT TIME ZONE $7)::date) AS membership_days
         FROM people pe
         LEFT JOIN cur c ON c.member_id = pe.id
         LEFT JOIN prev pv ON pv.member_id = pe.id
         LEFT JOIN active a ON a.member_id = pe.id
         LEFT JOIN counts k ON k.member_id = pe.id
         LEFT JOIN points_ranks r ON r.member_id = pe.id
         LEFT JOIN points_rank_keys rk ON rk.position = r.rank_position
         LEFT JOIN first_rank fr ON true`,
      [
        p.asOf,
        w,
        p.settings.halfLifeDays,
        JSON.stringify(p.settings.weights),
        RECEIVED,
        ENGAGEMENT_LIMITS.whyTop,
        p.zone,
        ANALYTICS_LIMITS.activeDays,
      ],
    );
    await this.db.query(`ALTER TABLE ml_next ADD PRIMARY KEY (member_id)`);

    await this.db.query(`DROP TABLE IF EXISTS ml_customers`);
    await this.db.query(
      `CREATE TEMP TABLE ml_customers ON COMMIT DROP AS
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::numeric[], $5::boolean[],
                            $6::smallint[], $7::smallint[], $8::smallint[], $9::text[],
                            $10::smallint[], $11::text[], $12::text[])
           AS c(member_id, customer_key, customer_id, ltv, high_ltv, r, f, m, rfm_segment,
                nps_score, nps_class, matrix_cell)`,
      [
        customers.map((c) => c.memberId),
        customers.map((c) => c.customerKey),
        customers.map((c) => c.customerId),
        customers.map((c) => c.ltv),
        customers.map((c) => c.highLtv),
        customers.map((c) => c.r),
        customers.map((c) => c.f),
        customers.map((c) => c.m),
        customers.map((c) => c.rfmSegment),
        customers.map((c) => c.npsScore),
        customers.map((c) => c.npsClass),
        customers.map((c) => c.matrixCell),
      ],
    );

    await this.db.query(
      `INSERT INTO member_loyalty AS ml
         (member_id, as_of, engagement_raw, engagement_score, engagement_tier, previous_raw,
          previous_score, why, active_days_90, last_active_on, rank_key, rank_position, posts,
          best_answers, events_attended, membership_days, customer_id, customer_key, ltv,
          high_ltv, r, f, m, rfm_segment, nps_score, nps_class, matrix_cell, churn_reasons,
          computed_at)
       WITH scored AS (
         SELECT n.*, ${scoreOf('n.raw', 'max(n.raw) OVER ()')} AS score,
                ${scoreOf('n.previous_raw', 'max(n.previous_raw) OVER ()')} AS previous_score
           FROM ml_next n)
       SELECT s.member_id, $1::date, s.raw, s.score, ${tierOf('s.score')}, s.previous_raw,
              s.previous_score, s.why, s.active_days_90, s.last_active_on, s.rank_key,
              s.rank_position, s.posts, s.best_answers, s.events_attended, s.membership_days,
              c.customer_id, c.customer_key, c.ltv, c.high_ltv, c.r, c.f, c.m, c.rfm_segment,
              c.nps_score, c.nps_class, c.matrix_cell,
              array_remove(ARRAY[
                CASE WHEN s.previous_raw > 0 AND s.raw <= $2::float8 * s.previous_raw
                     THEN 'engagement_drop' END,
                CASE WHEN s.last_active_on <= $1::date - $3::int
                      AND s.last_active_on > $1::date - $3::int - $4::int
                     THEN 'gone_silent' END,
                CASE WHEN c.high_ltv AND c.nps_class = 'detractor'
                     THEN 'high_ltv_detractor' END], NULL),
              now()
         FROM scored s LEFT JOIN ml_customers c ON c.member_id = s.member_id
       ON CONFLICT (member_id) DO UPDATE SET
         as_of = EXCLUDED.as_of, engagement_raw = EXCLUDED.engagement_raw,
         engagement_score = EXCLUDED.engagement_score, engagement_tier = EXCLUDED.engagement_tier,
         previous_raw = EXCLUDED.previous_raw, previous_score = EXCLUDED.previous_score,
         why = EXCLUDED.why, active_days_90 = EXCLUDED.active_days_90,
         last_active_on = EXCLUDED.last_active_on, rank_key = EXCLUDED.rank_key,
         rank_position = EXCLUDED.rank_position, posts = EXCLUDED.posts,
         best_answers = EXCLUDED.best_answers, events_attended = EXCLUDED.events_attended,
         membership_days = EXCLUDED.membership_days, customer_id = EXCLUDED.customer_id,
         customer_key = EXCLUDED.customer_key, ltv = EXCLUDED.ltv, high_ltv = EXCLUDED.high_ltv,
         r = EXCLUDED.r, f = EXCLUDED.f, m = EXCLUDED.m, rfm_segment = EXCLUDED.rfm_segment,
         nps_score = EXCLUDED.nps_score, nps_class = EXCLUDED.nps_class,
         matrix_cell = EXCLUDED.matrix_cell, churn_reasons = EXCLUDED.churn_reasons,
         computed_at = EXCLUDED.computed_at`,
      [p.asOf, CHURN.dropShare, CHURN.silentDays, w],
    );
    await this.db.query(
      `DELETE FROM member_loyalty ml
        WHERE NOT EXISTS (SELECT 1 FROM ml_next n WHERE n.member_id = ml.member_id)`,
    );
  }

  /** The current month's levels: member_loyalty's, as of `asOf`. */
  async currentMonth(month: string): Promise<void> {
    await this.db.query(`DELETE FROM engagement_monthly WHERE month = $1`, [month]);
    await this.db.query(
      `INSERT INTO engagement_monthly (month, member_id, score, tier)
       SELECT $1::date, member_id, engagement_score, engagement_tier FROM member_loyalty`,
      [month],
    );
  }

  /**
   * Every month before `month` (from the first with activity): each member who had joined by
   * its last day, scored as of that day with the current settings.
   */
  async pastMonths(p: ComputeParams, month: string, firstDay: string | null): Promise<void> {
    await this.db.query(`DELETE FROM engagement_monthly WHERE month < $1`, [month]);
    if (!firstDay) return;
    await this.db.query(
      `INSERT INTO engagement_monthly (month, member_id, score, tier)
       WITH weights AS (SELECT key AS action, value::float8 AS weight FROM jsonb_each_text($4::jsonb)),
       people AS (
         SELECT id, (joined_at AT TIME ZONE $6)::date AS joined_on FROM (${PEOPLE}) pe),
       months AS (
         SELECT m::date AS month, (m + interval '1 month' - interval '1 day')::date AS last_day
           FROM generate_series(date_trunc('month', $5::date), $1::date - interval '1 month',
                                interval '1 month') m),
       pts AS (
         SELECT d.member_id, d.day, sum(d.n * wt.weight) AS p
           FROM activity_daily d
           JOIN weights wt ON wt.action = d.action
           JOIN people pe ON pe.id = d.member_id
          WHERE d.day < $1::date
          GROUP BY d.member_id, d.day),
       raw AS (
         SELECT mo.month, pts.member_id,
                sum(pts.p * power(0.5, (mo.last_day - pts.day) / $3::float8)) AS raw
           FROM pts
           CROSS JOIN LATERAL (
             SELECT g::date AS month, (g + interval '1 month' - interval '1 day')::date AS last_day
               FROM generate_series(date_trunc('month', pts.day),
                                    date_trunc('month', pts.day + ($2::int - 1)),
                                    interval '1 month') g) mo
          WHERE mo.month < $1::date AND mo.last_day < pts.day + $2::int
          GROUP BY mo.month, pts.member_id),
       scored AS (
         SELECT month, member_id, ${scoreOf('raw', 'max(raw) OVER (PARTITION BY month)')} AS score
           FROM raw)
       SELECT mo.month, pe.id, coalesce(s.score, 0), ${tierOf('coalesce(s.score, 0)')}
         FROM months mo
         JOIN people pe ON pe.joined_on <= mo.last_day
         LEFT JOIN scored s ON s.month = mo.month AND s.member_id = pe.id`,
      [
        month,
        p.settings.windowDays,
        p.settings.halfLifeDays,
        JSON.stringify(p.settings.weights),
        firstDay,
        p.zone,
      ],
    );
  }

  /** How many moved between levels into each month from `since` (every month without it). */
  async tierFlow(since: string | null): Promise<void> {
    if (since) await this.db.query(`DELETE FROM analytics_tier_flow WHERE month >= $1`, [since]);
    else await this.db.query(`DELETE FROM analytics_tier_flow`);
    await this.db.query(
      `INSERT INTO analytics_tier_flow (month, from_tier, to_tier, members)
       SELECT b.month, a.tier, b.tier, count(*)::int
         FROM engagement_monthly b
         JOIN engagement_monthly a
           ON a.member_id = b.member_id AND a.month = (b.month - interval '1 month')::date
        WHERE $1::date IS NULL OR b.month >= $1::date
        GROUP BY 1, 2, 3`,
      [since],
    );
  }

  async saveSnapshot(key: string, asOf: string, data: unknown): Promise<void> {
    await this.db.query(
      `INSERT INTO analytics_snapshots (key, as_of, data, computed_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (key) DO UPDATE
         SET as_of = EXCLUDED.as_of, data = EXCLUDED.data, computed_at = EXCLUDED.computed_at`,
      [key, asOf, JSON.stringify(data)],
    );
  }
}
