import { Injectable } from '@nestjs/common';
import { Db } from '../../core/database/db.js';

export interface TotalsRow {
  day: string;
  dau: number;
  wau: number;
  mau: number;
  posts: number;
  comments: number;
  attended: number;
  noShows: number;
}

/** The dashboard's reads: rollups only, each one statement over a range of days. */
@Injectable()
export class DashboardRepository {
  constructor(private readonly db: Db) {}

  /** Daily totals of the range, for one space or (null) the whole community. */
  totals(from: string, to: string, spaceId: string | null): Promise<TotalsRow[]> {
    return this.db.query<TotalsRow[]>(
      `SELECT day::text AS day, dau, wau, mau, posts, comments, attended, no_shows AS "noShows"
         FROM activity_daily_totals
        WHERE ${spaceId ? 'space_id = $3' : 'space_id IS NULL'} AND day BETWEEN $1 AND $2
        ORDER BY day`,
      spaceId ? [from, to, spaceId] : [from, to],
    );
  }

  /** Members who had joined by `to`, and in the range (community-wide). */
  async members(from: string, to: string): Promise<{ total: number; new: number }> {
    const [row] = await this.db.query<Array<{ total: number; new: number }>>(
      `SELECT coalesce(sum(joined), 0)::int AS total,
              coalesce(sum(joined) FILTER (WHERE day >= $1), 0)::int AS new
         FROM activity_daily_totals WHERE space_id IS NULL AND day <= $2`,
      [from, to],
    );
    return row;
  }

  async questions(
    from: string,
    to: string,
    spaceId: string | null,
  ): Promise<{ asked: number; answered: number; median: number | null }> {
    const [row] = await this.db.query<
      Array<{ asked: number; answered: number; median: number | null }>
    >(
      `SELECT count(*)::int AS asked, count(first_answer_minutes)::int AS answered,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY first_answer_minutes) AS median
         FROM analytics_questions
        WHERE asked_on BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR space_id = $3)`,
      [from, to, spaceId],
    );
    return row;
  }

  /** NPS answers per month (YYYY-MM) of the range. */
  npsByMonth(
    from: string,
    to: string,
  ): Promise<Array<{ month: string; promoters: number; passives: number; detractors: number }>> {
    return this.db.query(
      `SELECT to_char(day, 'YYYY-MM') AS month, sum(promoters)::int AS promoters,
              sum(passives)::int AS passives, sum(detractors)::int AS detractors
         FROM analytics_nps_daily WHERE day BETWEEN $1 AND $2
        GROUP BY 1 ORDER BY 1`,
      [from, to],
    );
  }

  tierFlow(
    fromMonth: string,
    toMonth: string,
  ): Promise<Array<{ month: string; from: string; to: string; count: number }>> {
    return this.db.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, from_tier AS "from", to_tier AS "to",
              members AS count
         FROM analytics_tier_flow WHERE month BETWEEN $1 AND $2
        ORDER BY month, from_tier, to_tier`,
      [fromMonth, toMonth],
    );
  }

  cohorts(
    fromMonth: string,
    toMonth: string,
  ): Promise<Array<{ cohort: string; month: string; size: number; active: number }>> {
    return this.db.query(
      `SELECT to_char(cohort, 'YYYY-MM') AS cohort, to_char(month, 'YYYY-MM') AS month, size, active
         FROM analytics_cohorts
        WHERE cohort BETWEEN $1 AND $2 AND month <= $2
        ORDER BY cohort, month`,
      [fromMonth, toMonth],
    );
  }
}
