import { Injectable } from '@nestjs/common';
import { ACTIVITY_RECEIVED_ACTIONS } from '@kizuna/shared';
import { allOrFirstFailure } from '../../core/concurrency.js';
import { Db } from '../../core/database/db.js';

const RECEIVED = [...ACTIVITY_RECEIVED_ACTIONS];
/** Stands for "the whole community" where a space id is expected, so joins can hash. */
const ALL = '00000000-0000-0000-0000-000000000000';
/** Rows of the stream above which its median time is taken from a sample. */
const SAMPLE_ABOVE = 1_000_000;

/**
 * The rollups the engagement score and the dashboard read instead of the activity stream. Days
 * are the community's calendar days (`zone`). Every method replaces what it covers, so running
 * one twice gives the same rows.
 */
@Injectable()
export class RollupsRepository {
  constructor(private readonly db: Db) {}

  /** Memory to sort and hash millions of rows at once (this transaction only). */
  async roomy(): Promise<void> {
    await this.db.query(`SET LOCAL work_mem = '1GB'`);
    await this.db.query(`SET LOCAL maintenance_work_mem = '512MB'`);
  }

  /**
   * Makes `instant::date` the community's day for the rest of this transaction. Over millions
   * of rows it costs a fraction of `AT TIME ZONE $zone`, which looks the zone up for every row.
   */
  private async inZone(zone: string): Promise<void> {
    await this.db.query(`SELECT set_config('TimeZone', $1, true)`, [zone]);
  }

  /**
   * Whether the rollup was lost while the stream was not: it is unlogged, so a crash of the
   * database empties it. A run must then rebuild it whole.
   */
  async lost(): Promise<boolean> {
    const [row] = await this.db.query<Array<{ lost: boolean }>>(
      `SELECT NOT EXISTS (SELECT 1 FROM activity_daily)
              AND EXISTS (SELECT 1 FROM member_activity WHERE retracted_at IS NULL) AS lost`,
    );
    return row.lost;
  }

  /**
   * activity_daily anew from the whole stream, built beside it as activity_daily_next (unlogged,
   * as it is) and swapped in with the same columns, constraints and index, so readers see the
   * old rollup or the new one whole. The stream is cut at a community midnight near its median
   * time (so no day is split) and each part aggregated on its own connection, so both cores
   * work. Each part is written in day order: a block range index on the day then finds any
   * run of days in a few blocks, costs next to nothing to build, and later days are appended
   * in order by the incremental runs. Call outside a transaction: a run that dies part way
   * leaves activity_daily_next for the next to drop.
   */
  async rebuildDaily(zone: string): Promise<void> {
    await this.db.query(`DROP TABLE IF EXISTS activity_daily_next`);
    // A vacuum for the rows written (it would only mark pages all-visible, for index-only
    // scans nobody makes) would compete with the rest of the run; deleted rows still call one.
    await this.db.query(
      `CREATE UNLOGGED TABLE activity_daily_next (
         day date NOT NULL, member_id uuid NOT NULL, action text NOT NULL, space_id uuid,
         n int NOT NULL CONSTRAINT activity_daily_n_check CHECK (n > 0))
       WITH (autovacuum_vacuum_insert_threshold = -1)`,
    );
    const split = await this.midnightNearMedian(zone);
    const parts = split ? [`occurred_at < $1`, `occurred_at >= $1`] : ['true'];
    await allOrFirstFailure(
      parts.map((part) =>
        this.db.transaction(async () => {
          await this.roomy();
          await this.inZone(zone);
          // Read the stream in the order it lies on disk: walking it through its per-member
          // index (which the planner likes for grouping by member) reads the table at random.
          await this.db.query(`SET LOCAL enable_indexscan = off`);
          await this.db.query(`SET LOCAL enable_bitmapscan = off`);
          await this.db.query(
            `INSERT INTO activity_daily_next (day, member_id, action, space_id, n)
             SELECT occurred_at::date, member_id, action, space_id, count(*)
               FROM member_activity
              WHERE retracted_at IS NULL AND ${part}
              GROUP BY 1, 2, 3, 4
              ORDER BY 1`,
            split ? [split] : [],
          );
        }),
      ),
    );
    await this.db.query(
      `CREATE INDEX activity_daily_next_day_idx ON activity_daily_next USING brin (day)`,
    );
    await this.db.query(`ANALYZE activity_daily_next`);
    await this.db.transaction(async () => {
      await this.db.query(`DROP TABLE activity_daily`);
      await this.db.query(`ALTER TABLE activity_daily_next RENAME TO activity_daily`);
      await this.db.query(
        `ALTER INDEX activity_daily_next_day_idx RENAME TO activity_daily_day_idx`,
      );
    });
  }

  /**
   * The community midnight nearest the median time of the stream (of a 1% sample of a large
   * one), or null when the stream is empty.
   */
  private async midnightNearMedian(zone: string): Promise<Date | null> {
    const [{ rows }] = await this.db.query<Array<{ rows: number }>>(
      `SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = 'member_activity'::regclass`,
    );
    const [{ split }] = await this.db.query<Array<{ split: Date | null }>>(
      `SELECT date_trunc('day', percentile_disc(0.5) WITHIN GROUP (ORDER BY occurred_at)
                                AT TIME ZONE $1 + interval '12 hours') AT TIME ZONE $1 AS split
         FROM member_activity TABLESAMPLE SYSTEM ($2)`,
      [zone, rows > SAMPLE_ABOVE ? 1 : 100],
    );
    return split;
  }

  /** Replaces the rows of `since` and every day after it. Call inside a transaction. */
  async rerollDaily(zone: string, since: string): Promise<void> {
    await this.db.query(`DELETE FROM activity_daily WHERE day >= $1`, [since]);
    await this.inZone(zone);
    await this.db.query(
      `INSERT INTO activity_daily (day, member_id, action, space_id, n)
       SELECT occurred_at::date, member_id, action, space_id, count(*)::int
         FROM member_activity
        WHERE retracted_at IS NULL AND occurred_at >= $1::date::timestamptz
        GROUP BY 1, 2, 3, 4`,
      [since],
    );
  }

  /** The first day with activity or a member joining, if any. */
  async firstDay(zone: string): Promise<string | null> {
    const [row] = await this.db.query<Array<{ day: string | null }>>(
      `SELECT least((SELECT min(day) FROM activity_daily),
                    (SELECT min(joined_at AT TIME ZONE $1)::date FROM members_joined
                      WHERE role = 'member' AND status = 'active'))::text AS day`,
      [zone],
    );
    return row.day;
  }

  /**
   * Daily totals of days `from`…`to`, for the whole community (space null) and each space.
   * Active members are members (not staff) who did something themselves that day.
   * Members active in the 7 (30) days ending with a day are counted from the spans each active
   * day covers until the member's next one: [day, min(next, day + 7)), so a member adds one to
   * every day of a span and spans of one member never overlap. Spans are counted by their day
   * and their length up to 30 days (a few thousand groups), which gives where each ends.
   */
  async totals(zone: string, from: string, to: string): Promise<void> {
    await this.db.query(`DELETE FROM activity_daily_totals WHERE day BETWEEN $1 AND $2`, [
      from,
      to,
    ]);
    await this.db.query(
      `INSERT INTO activity_daily_totals
         (space_id, day, dau, wau, mau, posts, comments, attended, no_shows, joined)
       WITH people AS (
         SELECT id FROM members_joined WHERE role = 'member' AND status = 'active'),
       src AS MATERIALIZED (
         SELECT member_id, space_id, day FROM activity_daily
          WHERE day BETWEEN $1::date - 29 AND $2::date AND action <> ALL($3)
            AND member_id IN (SELECT id FROM people)),
       gaps AS (
         SELECT g, day, least(gap, 30) AS gap, count(*) AS n FROM (
           SELECT '${ALL}'::uuid AS g, day,
                  lead(day) OVER (PARTITION BY member_id ORDER BY day) - day AS gap
             FROM src
           UNION ALL
           SELECT space_id, day, lead(day) OVER (PARTITION BY space_id, member_id ORDER BY day) - day
             FROM src WHERE space_id IS NOT NULL) x
          WHERE gap IS DISTINCT FROM 0
          GROUP BY 1, 2, 3),
       edges AS (
         SELECT g, day AS at, sum(n) AS starts, 0 AS wends, 0 AS mends FROM gaps GROUP BY 1, 2
         UNION ALL
         SELECT g, day + least(gap, 7), 0, sum(n), 0 FROM gaps GROUP BY 1, 2
         UNION ALL
         SELECT g, day + gap, 0, 0, sum(n) FROM gaps GROUP BY 1, 2),
       counts AS (
         SELECT coalesce(space_id, '${ALL}'::uuid) AS g, day, posts, comments, attended, no_shows
           FROM (
             SELECT space_id, day, GROUPING(space_id) AS whole,
                    sum(n) FILTER (WHERE action = 'post_created') AS posts,
                    sum(n) FILTER (WHERE action = 'comment_created') AS comments,
                    sum(n) FILTER (WHERE action = 'event_attended') AS attended,
                    sum(n) FILTER (WHERE action = 'event_no_show') AS no_shows
               FROM activity_daily
              WHERE day BETWEEN $1 AND $2
                AND action IN ('post_created', 'comment_created', 'event_attended', 'event_no_show')
              GROUP BY GROUPING SETS ((day), (space_id, day))) x
          WHERE whole = 1 OR space_id IS NOT NULL),
       joins AS (
         SELECT (joined_at AT TIME ZONE $4)::date AS day, count(*) AS joined
           FROM members_joined
          WHERE role = 'member' AND status = 'active'
            AND joined_at >= ($1::date::timestamp AT TIME ZONE $4)
            AND joined_at < (($2::date + 1)::timestamp AT TIME ZONE $4)
          GROUP BY 1),
       groups AS (SELECT '${ALL}'::uuid AS g UNION SELECT g FROM edges UNION SELECT g FROM counts),
       grid AS (
         SELECT gr.g, d::date AS day
           FROM groups gr CROSS JOIN generate_series($1::date - 29, $2::date, interval '1 day') d),
       running AS (
         SELECT grid.g, grid.day,
                coalesce(sum(e.starts), 0) AS dau,
                sum(coalesce(sum(e.starts), 0) - coalesce(sum(e.wends), 0))
                  OVER (PARTITION BY grid.g ORDER BY grid.day) AS wau,
                sum(coalesce(sum(e.starts), 0) - coalesce(sum(e.mends), 0))
                  OVER (PARTITION BY grid.g ORDER BY grid.day) AS mau
           FROM grid LEFT JOIN edges e ON e.g = grid.g AND e.at = grid.day
          GROUP BY grid.g, grid.day)
       SELECT nullif(r.g, '${ALL}'::uuid), r.day, r.dau, r.wau, r.mau, coalesce(c.posts, 0), coalesce(c.comments, 0),
              coalesce(c.attended, 0), coalesce(c.no_shows, 0),
              CASE WHEN r.g = '${ALL}'::uuid THEN coalesce(j.joined, 0) ELSE 0 END
         FROM running r
         LEFT JOIN counts c ON c.g = r.g AND c.day = r.day
         LEFT JOIN joins j ON j.day = r.day
        WHERE r.day >= $1::date`,
      [from, to, RECEIVED, zone],
    );
  }

  /** Questions asked on `since` or later (all of them without it): when, and the first answer. */
  async questions(zone: string, since: string | null): Promise<void> {
    if (since) {
      await this.db.query(`DELETE FROM analytics_questions WHERE asked_on >= $1`, [since]);
    } else {
      await this.db.query(`DELETE FROM analytics_questions`);
    }
    await this.db.query(
      `INSERT INTO analytics_questions (post_id, space_id, asked_on, first_answer_minutes)
       SELECT id, space_id, (asked_at AT TIME ZONE $1)::date,
              extract(epoch FROM first_answered_at - asked_at) / 60
         FROM posts_questions
        WHERE $2::date IS NULL OR asked_at >= ($2::date::timestamp AT TIME ZONE $1)
       ON CONFLICT (post_id) DO UPDATE
         SET space_id = EXCLUDED.space_id, asked_on = EXCLUDED.asked_on,
             first_answer_minutes = EXCLUDED.first_answer_minutes`,
      [zone, since],
    );
  }

  /** NPS answers per day and class, from `since` (all days without it). */
  async npsDaily(zone: string, since: string | null): Promise<void> {
    if (since) await this.db.query(`DELETE FROM analytics_nps_daily WHERE day >= $1`, [since]);
    else await this.db.query(`DELETE FROM analytics_nps_daily`);
    await this.db.query(
      `INSERT INTO analytics_nps_daily (day, promoters, passives, detractors)
       SELECT (answered_at AT TIME ZONE $1)::date,
              count(*) FILTER (WHERE nps_class = 'promoter'),
              count(*) FILTER (WHERE nps_class = 'passive'),
              count(*) FILTER (WHERE nps_class = 'detractor')
         FROM survey_nps_scores
        WHERE $2::date IS NULL OR answered_at >= ($2::date::timestamp AT TIME ZONE $1)
        GROUP BY 1`,
      [zone, since],
    );
  }

  /**
   * For each join month (of members now active), how many were active in each month from it
   * on; only the months from `since` (first days of months; every month without it).
   */
  async cohorts(zone: string, since: string | null, until: string): Promise<void> {
    if (since) await this.db.query(`DELETE FROM analytics_cohorts WHERE month >= $1`, [since]);
    else await this.db.query(`DELETE FROM analytics_cohorts`);
    await this.db.query(
      `INSERT INTO analytics_cohorts (cohort, month, size, active)
       WITH people AS (
         SELECT id, date_trunc('month', joined_at AT TIME ZONE $1)::date AS cohort
           FROM members_joined WHERE role = 'member' AND status = 'active'),
       sizes AS (SELECT cohort, count(*)::int AS size FROM people GROUP BY cohort),
       months AS (
         SELECT m::date AS month
           FROM generate_series(
             coalesce($2::date, (SELECT min(cohort) FROM sizes), date_trunc('month', $3::date)::date),
             date_trunc('month', $3::date), interval '1 month') m),
       active AS (
         SELECT DISTINCT date_trunc('month', day::timestamp)::date AS month, member_id
           FROM activity_daily
          WHERE day >= (SELECT min(month) FROM months) AND day <= $3::date AND action <> ALL($4)),
       counted AS (
         SELECT p.cohort, a.month, count(*)::int AS active
           FROM active a JOIN people p ON p.id = a.member_id
          WHERE a.month >= p.cohort
          GROUP BY 1, 2)
       SELECT s.cohort, m.month, s.size, coalesce(c.active, 0)
         FROM sizes s JOIN months m ON m.month >= s.cohort
         LEFT JOIN counted c ON c.cohort = s.cohort AND c.month = m.month`,
      [zone, since, until, RECEIVED],
    );
  }
}
