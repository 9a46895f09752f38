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
import { addDays, monthOf } from './calendar-days.js';

const nextMonth = (month: string) => {
  const d = new Date(`${month}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};
const lastDayOf = (month: string) => addDays(nextMonth(month), -1);
const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

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
       per_action AS MATERIALIZED (
         SELECT d.member_id, d.action,
                sum(d.n) FILTER (WHERE d.day > $1::date - $2::int)::int AS cnt,
                sum(d.n * power(0.5, ($1::date - d.day) / $3::float8))
                  FILTER (WHERE d.day > $1::date - $2::int) AS decayed,
                sum(d.n * power(0.5, ($1::date - $2::int - d.day) / $3::float8))
                  FILTER (WHERE d.day > $1::date - 2 * $2::int AND d.day <= $1::date - $2::int)
                  AS previous,
                sum(d.n)::int AS total,
                max(d.day) AS last_day
           FROM activity_daily d
          WHERE d.day <= $1::date
          GROUP BY d.member_id, d.action),
       win AS (
         SELECT pa.member_id, pa.action, pa.cnt, pa.decayed * wt.weight AS pts
           FROM per_action pa JOIN weights wt ON wt.action = pa.action
          WHERE pa.cnt > 0),
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
         SELECT pa.member_id, sum(pa.previous * wt.weight) AS raw
           FROM per_action pa JOIN weights wt ON wt.action = pa.action
          WHERE pa.previous IS NOT NULL
          GROUP BY pa.member_id),
       counts AS (
         SELECT member_id,
                sum(total) FILTER (WHERE action = 'post_created')::int AS posts,
                sum(total) FILTER (WHERE action = 'best_answer_received')::int AS best_answers,
                sum(total) FILTER (WHERE action = 'event_attended')::int AS events_attended,
                max(last_day) FILTER (WHERE action <> ALL($5)) AS last_active_on
           FROM per_action GROUP BY member_id),
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

  /** Takes the customer figures off these members: their customer's data was erased. */
  async forgetCustomers(memberIds: readonly string[]): Promise<void> {
    await this.db.query(
      `UPDATE member_loyalty
          SET customer_id = NULL, customer_key = NULL, ltv = NULL, high_ltv = NULL, r = NULL,
              f = NULL, m = NULL, rfm_segment = NULL, nps_score = NULL, nps_class = NULL,
              matrix_cell = NULL,
              churn_reasons = array_remove(churn_reasons, 'high_ltv_detractor')
        WHERE member_id = ANY($1::uuid[])`,
      [[...memberIds]],
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
   * Every month before `month` (from the first with activity or a join): each member who had
   * joined by its last day, scored as of that day with the current settings. Call inside a
   * transaction.
   *
   * A month's raw score is Σ points(d) · ½^((last day − d) / half-life) over its window. With
   * every day's points scaled once by 2^((d − d0) / half-life), that is a plain sum of the days
   * in the window times ½^((last day − d0) / half-life), so one pass over the rollup serves
   * every month: a grid of days and actions holds each day's scaled weights and the months its
   * points enter and leave a window (its own, and that of d + window), the pass sums each
   * member's points by those two months, and each sum is added to the months between.
   * Months are taken in spans short enough for the scale to stay within a double's range.
   *
   * The months are written to engagement_monthly_next, which gets the current month's rows and
   * its key once they are all in, then takes engagement_monthly's place: a key entry and a
   * member check per row as the rows went in cost more than the months themselves. Readers see
   * the old table until the swap; writers of the current month wait for it.
   */
  async pastMonths(p: ComputeParams, month: string, firstDay: string | null): Promise<void> {
    await this.db.query(
      `CREATE TABLE engagement_monthly_next (LIKE engagement_monthly INCLUDING DEFAULTS)
         WITH (autovacuum_vacuum_insert_threshold = -1)`,
    );
    const { windowDays: w, halfLifeDays: h } = p.settings;
    const months: string[] = [];
    if (firstDay) for (let m = monthOf(firstDay); m < month; m = nextMonth(m)) months.push(m);
    for (let i = 0; i < months.length;) {
      const d0 = addDays(months[i], -w);
      let j = i;
      while (j + 1 < months.length && daysFrom(d0, lastDayOf(months[j + 1])) / h <= 600) j++;
      await this.monthSpan(p, months[i], months[j], d0);
      i = j + 1;
    }
    await this.db.query(`LOCK TABLE engagement_monthly IN EXCLUSIVE MODE`);
    await this.db.query(
      `INSERT INTO engagement_monthly_next SELECT * FROM engagement_monthly WHERE month >= $1`,
      [month],
    );
    await this.db.query(
      `ALTER TABLE engagement_monthly_next
         ADD CONSTRAINT engagement_monthly_next_pkey PRIMARY KEY (month, member_id)`,
    );
    await this.db.query(`ANALYZE engagement_monthly_next`);
    await this.db.query(`DROP TABLE engagement_monthly`);
    await this.db.query(`ALTER TABLE engagement_monthly_next RENAME TO engagement_monthly`);
    await this.db.query(
      `ALTER INDEX engagement_monthly_next_pkey RENAME TO engagement_monthly_pkey`,
    );
  }

  private async monthSpan(p: ComputeParams, first: string, last: string, d0: string) {
    // A table, not a CTE, so that the planner knows it is small and looks the rollup's days up
    // in it instead of hashing or sorting the rollup.
    await this.db.query(`DROP TABLE IF EXISTS month_grid`);
    await this.db.query(
      `CREATE TEMP TABLE month_grid ON COMMIT DROP AS
       SELECT d::date AS day, wt.key AS action,
              wt.value::float8 * power(2, (d::date - $1::date) / $2::float8) AS k,
              date_trunc('month', d)::date AS m_in,
              date_trunc('month', d + $3::int * interval '1 day')::date AS m_out
         FROM generate_series($1::date + interval '1 day',
                              $4::date + interval '1 month' - interval '1 day',
                              interval '1 day') d
        CROSS JOIN jsonb_each_text($5::jsonb) wt`,
      [
        d0,
        p.settings.halfLifeDays,
        p.settings.windowDays,
        last,
        JSON.stringify(p.settings.weights),
      ],
    );
    await this.db.query(`ANALYZE month_grid`);
    await this.db.query(
      `INSERT INTO engagement_monthly_next (month, member_id, score, tier)
       WITH people AS (
         SELECT id, (joined_at AT TIME ZONE $5)::date AS joined_on FROM (${PEOPLE}) pe),
       sums AS (
         SELECT d.member_id, g.m_in, g.m_out, sum(d.n * g.k) AS q
           FROM activity_daily d JOIN month_grid g ON g.day = d.day AND g.action = d.action
          WHERE d.day > $3::date AND d.day < ($2::date + interval '1 month')::date
          GROUP BY 1, 2, 3),
       raw AS MATERIALIZED (
         SELECT s.member_id, m::date AS month,
                greatest(0, sum(s.q) * power(0.5,
                  ((m + interval '1 month' - interval '1 day')::date - $3::date) / $4::float8)) AS raw
           FROM sums s
          CROSS JOIN LATERAL generate_series(greatest(s.m_in, $1::date)::timestamp,
                                             least(s.m_out - interval '1 month', $2::date::timestamp),
                                             interval '1 month') m
          WHERE s.member_id IN (SELECT id FROM people)
          GROUP BY s.member_id, m),
       tops AS (SELECT month, max(raw) AS top FROM raw GROUP BY month),
       scored AS (
         SELECT r.month, r.member_id, ${scoreOf('r.raw', 't.top')} AS score
           FROM raw r JOIN tops t ON t.month = r.month),
       months AS (
         SELECT m::date AS month, (m + interval '1 month' - interval '1 day')::date AS last_day
           FROM generate_series($1::date::timestamp, $2::date::timestamp, interval '1 month') m)
       SELECT mo.month, pe.id, coalesce(s.score, 0), ${tierOf('coalesce(s.score, 0)')}
         FROM months mo
         JOIN people pe ON pe.joined_on <= mo.last_day
         LEFT JOIN scored s ON s.month = mo.month AND s.member_id = pe.id`,
      [first, last, d0, p.settings.halfLifeDays, p.zone],
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

  /** Members per level: what the dashboard shows until the next computation. */
  async tierCounts(): Promise<Record<string, number>> {
    const rows = await this.db.query<Array<{ tier: string; n: number }>>(
      `SELECT engagement_tier AS tier, count(*)::int AS n FROM member_loyalty GROUP BY 1`,
    );
    return Object.fromEntries(rows.map((r) => [r.tier, r.n]));
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
