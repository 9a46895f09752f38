import { Injectable } from '@nestjs/common';
import {
  analyseCustomers,
  type CustomerFigures,
  type CustomerValueSettings,
  type NpsClass,
} from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import type { AnalysedCustomer, CustomerAnalysis } from './customer-analysis.js';

interface FigureRow {
  key: string;
  customerId: string | null;
  email: string | null;
  memberId: string | null;
  orders: number;
  totalAmount: number;
  ordersInYear: number;
  revenueInYear: number;
  lastOrderOn: string | null;
  recencyDays: number | null;
  npsScore: number | null;
  npsClass: NpsClass | null;
}

/**
 * Customers as of an analysis date: their orders up to the end of that day in the community's
 * time zone, and the latest identified NPS answer given by then.
 */
@Injectable()
export class CustomersService {
  constructor(private readonly db: Db) {}

  async analyse(asOf: string): Promise<CustomerAnalysis> {
    const [settings] = await this.db.query<Array<CustomerValueSettings>>(
      `SELECT margin_rate::float8 AS "marginRate", expected_years::float8 AS "expectedYears",
              cost_per_customer::float8 AS "costPerCustomer",
              high_ltv_threshold::float8 AS "highLtvThreshold"
         FROM customer_settings`,
    );
    const rows = await this.db.query<FigureRow[]>(
      `WITH tz AS (SELECT timezone AS zone FROM community_settings LIMIT 1),
       bounds AS (
         SELECT (($1::date + 1)::timestamp AT TIME ZONE tz.zone) AS end_at,
                (($1::date - 364)::timestamp AT TIME ZONE tz.zone) AS year_at, tz.zone
           FROM tz),
       figures AS (
         SELECT c.id, count(*)::int AS orders, sum(o.amount)::float8 AS total,
                count(*) FILTER (WHERE o.ordered_at >= b.year_at)::int AS in_year,
                coalesce(sum(o.amount) FILTER (WHERE o.ordered_at >= b.year_at), 0)::float8 AS revenue,
                max((o.ordered_at AT TIME ZONE b.zone)::date) AS last_on
           FROM customers c JOIN orders o ON o.customer_id = c.id CROSS JOIN bounds b
          WHERE o.ordered_at < b.end_at
          GROUP BY c.id),
       nps AS (
         SELECT DISTINCT ON (r.member_id) r.member_id, r.nps_score, r.nps_class
           FROM survey_responses r JOIN surveys s ON s.id = r.survey_id CROSS JOIN bounds b
          WHERE r.submitted AND r.nps_score IS NOT NULL AND r.member_id IS NOT NULL
            AND NOT s.anonymous AND r.answered_at < b.end_at
          ORDER BY r.member_id, r.answered_at DESC, r.id)
       SELECT c.id::text AS key, c.external_id AS "customerId", c.email, c.member_id AS "memberId",
              coalesce(f.orders, 0) AS orders, coalesce(f.total, 0) AS "totalAmount",
              coalesce(f.in_year, 0) AS "ordersInYear", coalesce(f.revenue, 0) AS "revenueInYear",
              f.last_on::text AS "lastOrderOn", ($1::date - f.last_on) AS "recencyDays",
              n.nps_score AS "npsScore", n.nps_class AS "npsClass"
         FROM customers c
         LEFT JOIN figures f ON f.id = c.id
         LEFT JOIN nps n ON n.member_id = c.member_id
        WHERE f.id IS NOT NULL OR n.member_id IS NOT NULL
       UNION ALL
       SELECT 'member:' || n.member_id, NULL, NULL, n.member_id, 0, 0, 0, 0, NULL, NULL,
              n.nps_score, n.nps_class
         FROM nps n
        WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.member_id = n.member_id)
        ORDER BY 1`,
      [asOf],
    );
    const figures: CustomerFigures[] = rows.map((r) => ({
      orders: r.orders,
      totalAmount: r.totalAmount,
      ordersInYear: r.ordersInYear,
      recencyDays: r.recencyDays,
      npsScore: r.npsScore,
      npsClass: r.npsClass,
    }));
    const { metrics, highLtvCutoff } = analyseCustomers(figures, settings);
    const customers = metrics.map((m, i): AnalysedCustomer => ({
      ...m,
      key: rows[i].key,
      customerId: rows[i].customerId,
      email: rows[i].email,
      memberId: rows[i].memberId,
      aov: m.orders > 0 ? m.totalAmount / m.orders : null,
      revenueInYear: rows[i].revenueInYear,
      lastOrderOn: rows[i].lastOrderOn,
    }));
    return { asOf, highLtvCutoff, customers };
  }
}
