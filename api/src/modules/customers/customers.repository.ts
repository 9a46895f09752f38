import { Injectable } from '@nestjs/common';
import type { CustomerValueSettings, NpsClass } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';

export interface CustomerSettingsRow extends CustomerValueSettings {
  updatedAt: Date;
}

/** One customer's figures as of a date, before the rules are applied. */
export interface AnalysisRow {
  key: string;
  customerId: string | null;
  email: string | null;
  memberId: string | null;
  orders: number;
  totalAmount: number;
  ordersInYear: number;
  revenueInYear: number;
  recencyDays: number | null;
  lastOrderOn: string | null;
  npsScore: number | null;
  npsClass: NpsClass | null;
}

export interface CustomerRow {
  id: string;
  externalId: string;
  email: string | null;
  emailKey: string | null;
  memberId: string | null;
}

export interface OrderLineRow {
  orderId: string;
  orderedAt: Date;
  amount: number;
}

export interface OrderWrite {
  orderId: string;
  customerRowId: string;
  at: Date | null;
  localDay: string | null;
  amount: string;
}

const CUSTOMER = `id, external_id AS "externalId", email, email_key AS "emailKey",
  member_id AS "memberId"`;

/**
 * Customers as the brand's systems know them (customers, orders, the customer ids admins put on
 * members) and the figures of every customer as of a date. NPS answers come from the surveys
 * module's view `survey_nps_answers`, never its tables.
 */
@Injectable()
export class CustomersRepository {
  constructor(private readonly db: Db) {}

  async settings(): Promise<CustomerSettingsRow> {
    const [row] = await this.db.query<CustomerSettingsRow[]>(
      `SELECT margin_rate::float8 AS "marginRate", expected_years::float8 AS "expectedYears",
              cost_per_customer::float8 AS "costPerCustomer",
              high_ltv_threshold::float8 AS "highLtvThreshold", updated_at AS "updatedAt"
         FROM customer_settings`,
    );
    return row;
  }

  async updateSettings(s: CustomerValueSettings): Promise<CustomerSettingsRow> {
    await this.db.query(
      `UPDATE customer_settings SET margin_rate = $1, expected_years = $2, cost_per_customer = $3,
              high_ltv_threshold = $4, updated_at = now()`,
      [s.marginRate, s.expectedYears, s.costPerCustomer, s.highLtvThreshold],
    );
    return this.settings();
  }

  /**
   * Inserts the customers not known yet and updates the e-mail of those whose rows give a new
   * one, in key order (two imports lock the same rows in the same order); answers every one.
   */
  async upsertCustomers(
    rows: ReadonlyArray<{ key: string; email: string | null; emailKey: string | null }>,
  ): Promise<CustomerRow[]> {
    const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    await this.db.query(
      `INSERT INTO customers (external_id, email, email_key)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (external_id) DO UPDATE
          SET email = excluded.email, email_key = excluded.email_key, updated_at = now()
        WHERE excluded.email IS NOT NULL AND customers.email IS DISTINCT FROM excluded.email`,
      [sorted.map((r) => r.key), sorted.map((r) => r.email), sorted.map((r) => r.emailKey)],
      { prepare: true },
    );
    return this.customersByKeys(sorted.map((r) => r.key));
  }

  customersByKeys(keys: readonly string[]): Promise<CustomerRow[]> {
    return this.db.query<CustomerRow[]>(
      `SELECT ${CUSTOMER} FROM customers WHERE external_id = ANY($1::text[])`,
      [[...keys]],
      { prepare: true },
    );
  }

  /** Customers whose key is one of `keys` or whose e-mail key is one of `emailKeys`. */
  customersMatching(keys: readonly string[], emailKeys: readonly string[]): Promise<CustomerRow[]> {
    return this.db.query<CustomerRow[]>(
      `SELECT ${CUSTOMER} FROM customers
        WHERE external_id = ANY($1::text[]) OR email_key = ANY($2::text[])
        ORDER BY external_id FOR UPDATE`,
      [[...keys], [...emailKeys]],
    );
  }

  /** The customer key each of these orders belongs to now. */
  async orderOwners(orderIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.query<Array<{ orderId: string; key: string }>>(
      `SELECT o.order_id AS "orderId", c.external_id AS key
         FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE o.order_id = ANY($1::text[])`,
      [[...orderIds]],
      { prepare: true },
    );
    return new Map(rows.map((r) => [r.orderId, r.key]));
  }

  /**
   * Inserts new orders and updates those whose amount or time changed, in order-id order; an
   * order of another customer is left alone. A bare date is midnight of that day in `timeZone`.
   * Answers the orders inserted and those updated.
   */
  async upsertOrders(
    importId: string | null,
    timeZone: string,
    rows: readonly OrderWrite[],
  ): Promise<{ inserted: string[]; updated: string[] }> {
    const sorted = [...rows].sort((a, b) =>
      a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0,
    );
    const written = await this.db.query<Array<{ orderId: string; inserted: boolean }>>(
      `INSERT INTO orders (order_id, customer_id, ordered_at, amount, import_id)
       SELECT i.order_id, i.customer_id,
              coalesce(i.at, i.local_day::timestamp AT TIME ZONE $6), i.amount, $7
         FROM unnest($1::text[], $2::uuid[], $3::timestamptz[], $4::date[], $5::numeric[])
           AS i(order_id, customer_id, at, local_day, amount)
       ON CONFLICT (order_id) DO UPDATE
          SET amount = excluded.amount, ordered_at = excluded.ordered_at,
              import_id = excluded.import_id, updated_at = now()
        WHERE orders.customer_id = excluded.customer_id
          AND (orders.amount, orders.ordered_at) IS DISTINCT FROM (excluded.amount, excluded.ordered_at)
       RETURNING order_id AS "orderId", (xmax = 0) AS inserted`,
      [
        sorted.map((r) => r.orderId),
        sorted.map((r) => r.customerRowId),
        sorted.map((r) => r.at),
        sorted.map((r) => r.localDay),
        sorted.map((r) => r.amount),
        timeZone,
        importId,
      ],
      { prepare: true },
    );
    return {
      inserted: written.filter((w) => w.inserted).map((w) => w.orderId),
      updated: written.filter((w) => !w.inserted).map((w) => w.orderId),
    };
  }

  /** Members whose profile carries these customer ids (set by an admin), by customer id. */
  async membersByCustomerIds(customerIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.query<Array<{ customerId: string; memberId: string }>>(
      `SELECT customer_id AS "customerId", member_id AS "memberId" FROM member_customer_ids
        WHERE customer_id = ANY($1::text[])`,
      [[...customerIds]],
    );
    return new Map(rows.map((r) => [r.customerId, r.memberId]));
  }

  /** Sets each customer's member where it changes; answers how many changed. */
  async setMembers(pairs: ReadonlyArray<{ id: string; memberId: string | null }>): Promise<number> {
    if (!pairs.length) return 0;
    const rows = await this.db.query<unknown[]>(
      `UPDATE customers c SET member_id = p.member_id, updated_at = now()
         FROM unnest($1::uuid[], $2::uuid[]) AS p(id, member_id)
        WHERE c.id = p.id AND c.member_id IS DISTINCT FROM p.member_id
       RETURNING c.id`,
      [pairs.map((p) => p.id), pairs.map((p) => p.memberId)],
    );
    return rows.length;
  }

  /**
   * Gives customers kept for an e-mail, and matched to nobody, to the member who now has it,
   * unless an admin gave their customer id to someone; answers how many were matched.
   */
  async matchByEmail(members: ReadonlyArray<{ id: string; emailKey: string }>): Promise<number> {
    const rows = await this.db.query<unknown[]>(
      `UPDATE customers c SET member_id = m.id, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS m(id, email_key)
        WHERE c.member_id IS NULL AND c.email_key = m.email_key
          AND NOT EXISTS (SELECT 1 FROM member_customer_ids x WHERE x.customer_id = c.external_id)
       RETURNING c.id`,
      [members.map((m) => m.id), members.map((m) => m.emailKey)],
    );
    return rows.length;
  }

  async customerIdOf(memberId: string): Promise<string | null> {
    const [row] = await this.db.query<Array<{ customerId: string }>>(
      `SELECT customer_id AS "customerId" FROM member_customer_ids WHERE member_id = $1`,
      [memberId],
    );
    return row?.customerId ?? null;
  }

  /** The member whose profile carries the customer id, if any. */
  async ownerOfCustomerId(customerId: string): Promise<string | null> {
    const [row] = await this.db.query<Array<{ memberId: string }>>(
      `SELECT member_id AS "memberId" FROM member_customer_ids WHERE customer_id = $1`,
      [customerId],
    );
    return row?.memberId ?? null;
  }

  /** Puts the customer id on the member's profile (a unique violation if another has it). */
  async setCustomerId(memberId: string, customerId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO member_customer_ids (member_id, customer_id) VALUES ($1, $2)
       ON CONFLICT (member_id) DO UPDATE SET customer_id = excluded.customer_id, updated_at = now()`,
      [memberId, customerId],
    );
  }

  async clearCustomerId(memberId: string): Promise<void> {
    await this.db.query(`DELETE FROM member_customer_ids WHERE member_id = $1`, [memberId]);
  }

  /** Deletes the customers and their orders; answers how many orders went. */
  async deleteCustomers(ids: readonly string[]): Promise<number> {
    if (!ids.length) return 0;
    const [{ orders }] = await this.db.query<Array<{ orders: number }>>(
      `WITH gone_orders AS (DELETE FROM orders WHERE customer_id = ANY($1::uuid[]) RETURNING 1),
            gone AS (DELETE FROM customers WHERE id = ANY($1::uuid[]) RETURNING 1)
       SELECT (SELECT count(*) FROM gone_orders)::int AS orders`,
      [[...ids]],
    );
    return orders;
  }

  async recordErasure(e: {
    actorId: string | null;
    customerHash: string;
    ordersDeleted: number;
    responsesDeleted: number;
    reason: string;
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO customer_erasures (actor_id, customer_hash, orders_deleted, responses_deleted, reason)
       VALUES ($1, $2, $3, $4, $5)`,
      [e.actorId, e.customerHash, e.ordersDeleted, e.responsesDeleted, e.reason],
    );
  }

  /** A member's orders (of every customer matched to them), newest first. */
  ordersOf(memberId: string, limit: number): Promise<OrderLineRow[]> {
    return this.db.query<OrderLineRow[]>(
      `SELECT o.order_id AS "orderId", o.ordered_at AS "orderedAt", o.amount::float8 AS amount
         FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE c.member_id = $1
        ORDER BY o.ordered_at DESC, o.order_id
        LIMIT $2`,
      [memberId, limit],
    );
  }

  /** How many identified NPS answers there are and when one last changed: their version. */
  async npsVersion(): Promise<string> {
    const [row] = await this.db.query<Array<{ n: number; at: Date | null }>>(
      `SELECT count(*)::int AS n, max(updated_at) AS at FROM survey_nps_answers`,
    );
    return `${row.n}:${row.at?.getTime() ?? 0}`;
  }

  /**
   * Every customer as of the end of `asOf` (a local date of `timeZone`): order figures (all
   * orders up to then; those of the 365 local days ending with it; the last one's local day) and
   * the latest identified NPS answer up to then. An answer belongs to a customer by member (the
   * answering member, or the member whose profile carries the imported answer's customer id), by
   * the brand's customer id, or by e-mail. Answers belonging to no customer row make rows of
   * their own, one per member (`member:<id>`) or per imported respondent (`nps:<id or e-mail>`).
   * A customer with neither orders nor an answer by then is left out.
   */
  analysisRows(asOf: string, timeZone: string): Promise<AnalysisRow[]> {
    return this.db.query<AnalysisRow[]>(
      `WITH bounds AS (
         SELECT (($1::date + 1)::timestamp AT TIME ZONE $2) AS end_at,
                (($1::date - 364)::timestamp AT TIME ZONE $2) AS year_at
       ), figures AS (
         SELECT o.customer_id AS id, count(*)::int AS orders, sum(o.amount)::float8 AS total,
                (count(*) FILTER (WHERE o.ordered_at >= b.year_at))::int AS orders_in_year,
                coalesce(sum(o.amount) FILTER (WHERE o.ordered_at >= b.year_at), 0)::float8
                  AS revenue_in_year,
                max(o.ordered_at) AS last_at
           FROM orders o CROSS JOIN bounds b
          WHERE o.ordered_at < b.end_at
          GROUP BY o.customer_id
       ), answers AS (
         SELECT a.id, coalesce(a.member_id, x.member_id) AS member_id,
                CASE WHEN a.imported THEN a.customer_id END AS customer_id,
                CASE WHEN a.imported THEN a.email END AS email,
                a.nps_score, a.nps_class, a.answered_at
           FROM survey_nps_answers a CROSS JOIN bounds b
           LEFT JOIN member_customer_ids x ON a.imported AND x.customer_id = a.customer_id
          WHERE a.answered_at < b.end_at
       ), attributed AS (
         SELECT c.id AS customer_row, a.* FROM answers a JOIN customers c ON c.member_id = a.member_id
         UNION
         SELECT c.id, a.* FROM answers a JOIN customers c ON c.external_id = a.customer_id
         UNION
         SELECT c.id, a.* FROM answers a JOIN customers c ON c.email_key = a.email
       ), customer_nps AS (
         SELECT DISTINCT ON (customer_row) customer_row, nps_score, nps_class
           FROM attributed ORDER BY customer_row, answered_at DESC, id
       ), unattributed AS (
         SELECT DISTINCT ON (k) k, member_id, customer_id, email, nps_score, nps_class
           FROM (SELECT CASE WHEN a.member_id IS NOT NULL THEN 'member:' || a.member_id
                             ELSE 'nps:' || coalesce(a.customer_id, a.email) END AS k, a.*
                   FROM answers a
                  WHERE NOT EXISTS (SELECT 1 FROM attributed t WHERE t.id = a.id)
                    AND (a.member_id IS NOT NULL OR a.customer_id IS NOT NULL
                         OR a.email IS NOT NULL)) u
          ORDER BY k, answered_at DESC, id
       )
       SELECT c.id::text AS key, c.external_id AS "customerId", c.email, c.member_id AS "memberId",
              coalesce(f.orders, 0) AS orders, coalesce(f.total, 0) AS "totalAmount",
              coalesce(f.orders_in_year, 0) AS "ordersInYear",
              coalesce(f.revenue_in_year, 0) AS "revenueInYear",
              $1::date - (f.last_at AT TIME ZONE $2)::date AS "recencyDays",
              to_char(f.last_at AT TIME ZONE $2, 'YYYY-MM-DD') AS "lastOrderOn",
              n.nps_score::int AS "npsScore", n.nps_class AS "npsClass"
         FROM customers c
         LEFT JOIN figures f ON f.id = c.id
         LEFT JOIN customer_nps n ON n.customer_row = c.id
        WHERE f.id IS NOT NULL OR n.customer_row IS NOT NULL
       UNION ALL
       SELECT k, customer_id, email, member_id, 0, 0, 0, 0, NULL, NULL, nps_score::int, nps_class
         FROM unattributed
       ORDER BY 1`,
      [asOf, timeZone],
    );
  }
}
