import { Injectable } from '@nestjs/common';
import {
  analyseCustomers,
  type CustomerFigures,
  type CustomerValueSettings,
  type NpsClass,
} from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { CommunityCalendar } from '../community/community-calendar.js';
import type { AnalysedCustomer, CustomerAnalysis } from './customer-analysis.js';

export interface OrderRow {
  orderId: string;
  orderedAt: Date;
  amount: number;
}

/** What analyseCustomers adds to a customer's figures. */
type Computed = 'ltv' | 'highLtv' | 'r' | 'f' | 'm' | 'rfmSegment' | 'cell';

interface FiguresRow {
  id: string;
  externalId: string;
  email: string | null;
  memberId: string | null;
  orders: number;
  totalAmount: number;
  ordersInYear: number;
  revenueInYear: number;
  lastOrderOn: string;
  recencyDays: number;
}

interface NpsRow {
  memberId: string | null;
  customerId: string | null;
  email: string | null;
  npsScore: number;
  npsClass: NpsClass;
}

/**
 * Customers as of a date, for analytics. A stand-in with the read interface analytics uses
 * (analyse, ordersOf, customerOf): figures from orders and NPS answers, then the shared rules.
 */
@Injectable()
export class CustomersService {
  constructor(
    private readonly db: Db,
    private readonly calendar: CommunityCalendar,
  ) {}

  async analyse(asOf: string): Promise<CustomerAnalysis> {
    const zone = await this.calendar.zone();
    const figures = await this.db.query<FiguresRow[]>(
      `WITH o AS (
         SELECT o.customer_id, o.amount, (o.ordered_at AT TIME ZONE $2)::date AS day
           FROM orders o WHERE o.ordered_at < (($1::date + 1)::timestamp AT TIME ZONE $2))
       SELECT c.id, c.external_id AS "externalId", c.email, c.member_id AS "memberId",
              count(*)::int AS orders, sum(o.amount)::float8 AS "totalAmount",
              count(*) FILTER (WHERE o.day > $1::date - 365)::int AS "ordersInYear",
              coalesce(sum(o.amount) FILTER (WHERE o.day > $1::date - 365), 0)::float8
                AS "revenueInYear",
              to_char(max(o.day), 'YYYY-MM-DD') AS "lastOrderOn",
              ($1::date - max(o.day))::int AS "recencyDays"
         FROM customers c JOIN o ON o.customer_id = c.id
        GROUP BY c.id ORDER BY c.id`,
      [asOf, zone],
    );
    const answers = await this.db.query<NpsRow[]>(
      `SELECT DISTINCT ON (coalesce(r.member_id::text, r.customer_id, r.email))
              r.member_id AS "memberId", r.customer_id AS "customerId", r.email,
              r.nps_score AS "npsScore", r.nps_class AS "npsClass"
         FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
        WHERE r.submitted AND r.nps_score IS NOT NULL AND NOT s.anonymous
          AND r.answered_at < (($1::date + 1)::timestamp AT TIME ZONE $2)
          AND (r.member_id IS NOT NULL OR r.customer_id IS NOT NULL OR r.email IS NOT NULL)
        ORDER BY coalesce(r.member_id::text, r.customer_id, r.email), r.answered_at DESC, r.id`,
      [asOf, zone],
    );
    const byMember = new Map(answers.filter((a) => a.memberId).map((a) => [a.memberId!, a]));
    const byCustomer = new Map(
      answers.filter((a) => !a.memberId && a.customerId).map((a) => [a.customerId!, a]),
    );
    const rows: Array<Omit<AnalysedCustomer, Computed> & CustomerFigures> = [];
    const used = new Set<NpsRow>();
    for (const f of figures) {
      const nps =
        (f.memberId ? byMember.get(f.memberId) : undefined) ?? byCustomer.get(f.externalId);
      if (nps) used.add(nps);
      rows.push({
        key: f.id,
        customerId: f.externalId,
        email: f.email,
        memberId: f.memberId,
        aov: f.totalAmount / f.orders,
        revenueInYear: f.revenueInYear,
        lastOrderOn: f.lastOrderOn,
        orders: f.orders,
        totalAmount: f.totalAmount,
        ordersInYear: f.ordersInYear,
        recencyDays: f.recencyDays,
        npsScore: nps?.npsScore ?? null,
        npsClass: nps?.npsClass ?? null,
      });
    }
    for (const a of answers) {
      if (used.has(a)) continue;
      rows.push({
        key: a.memberId ? `member:${a.memberId}` : `nps:${a.customerId ?? a.email}`,
        customerId: a.memberId ? null : a.customerId,
        email: a.email,
        memberId: a.memberId,
        aov: null,
        revenueInYear: 0,
        lastOrderOn: null,
        orders: 0,
        totalAmount: 0,
        ordersInYear: 0,
        recencyDays: null,
        npsScore: a.npsScore,
        npsClass: a.npsClass,
      });
    }
    const { metrics, highLtvCutoff } = analyseCustomers(rows, await this.settings());
    return {
      asOf,
      highLtvCutoff,
      customers: metrics.map((m, i) => ({ ...rows[i], ...m })),
    };
  }

  /** The member's orders, newest first. */
  ordersOf(memberId: string, limit: number): Promise<OrderRow[]> {
    return this.db.query(
      `SELECT o.order_id AS "orderId", o.ordered_at AS "orderedAt", o.amount::float8 AS amount
         FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE c.member_id = $1 ORDER BY o.ordered_at DESC, o.order_id LIMIT $2`,
      [memberId, limit],
    );
  }

  /** The member as a customer as of today, or null when the analysis does not know them. */
  async customerOf(memberId: string): Promise<AnalysedCustomer | null> {
    const analysis = await this.analyse(await this.calendar.today());
    return analysis.customers.find((c) => c.memberId === memberId) ?? null;
  }

  private async settings(): Promise<CustomerValueSettings> {
    const [s] = await this.db.query<CustomerValueSettings[]>(
      `SELECT margin_rate::float8 AS "marginRate", expected_years::float8 AS "expectedYears",
              cost_per_customer::float8 AS "costPerCustomer",
              high_ltv_threshold::float8 AS "highLtvThreshold"
         FROM customer_settings`,
    );
    return s;
  }
}
