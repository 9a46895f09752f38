import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loyalty analytics.
 *
 * Customers (the customers module): what the brand's own systems know. `customers` holds one row
 * per customer id of an order import; `member_id` is who they are in the community, found by
 * e-mail (NFKC, case folded: `email_key`) or by the customer id an admin put on a member's
 * profile (`member_customer_ids`). Orders are kept once per order id. Settings say how LTV is
 * computed. An erasure leaves a row saying that it happened, without the data it removed.
 *
 * Analytics (the analytics module): `activity_daily` rolls the activity stream up by day (in the
 * community's time zone), member, action and space; the engagement score, the dashboard and
 * cohort figures read it rather than the stream. `member_loyalty` is each member's figures as of
 * the last computation (engagement with its "why", rank, counts, customer value, attitude, churn
 * reasons), which saved criteria, segments and lists filter; `engagement_monthly` keeps each
 * month's level for the flow between levels. One computation runs at a time (`analytics_runs`).
 */
export class LoyaltyAnalytics1764800000000 implements MigrationInterface {
  name = 'LoyaltyAnalytics1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        margin_rate numeric(6,4) NOT NULL DEFAULT 0.6 CHECK (margin_rate BETWEEN 0 AND 1),
        expected_years numeric(6,2) NOT NULL DEFAULT 3 CHECK (expected_years > 0 AND expected_years <= 100),
        cost_per_customer numeric(14,2) NOT NULL DEFAULT 0 CHECK (cost_per_customer >= 0),
        high_ltv_threshold numeric(16,2),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO customer_settings DEFAULT VALUES`);

    await q.query(`
      CREATE TABLE customers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_id text NOT NULL,
        email text,
        email_key text,
        member_id uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX customers_external_key ON customers (external_id)`);
    await q.query(`CREATE INDEX customers_email_idx ON customers (email_key)`);
    await q.query(`CREATE INDEX customers_member_idx ON customers (member_id)`);

    await q.query(`
      CREATE TABLE member_customer_ids (
        member_id uuid PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        customer_id text NOT NULL UNIQUE,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE orders (
        order_id text PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        ordered_at timestamptz(3) NOT NULL,
        amount numeric(14,2) NOT NULL CHECK (amount >= 0),
        import_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX orders_customer_idx ON orders (customer_id, ordered_at)`);

    await q.query(`
      CREATE TABLE data_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('orders')),
        actor_id uuid REFERENCES members(id) ON DELETE SET NULL,
        file_name text NOT NULL,
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
        rows_read integer NOT NULL DEFAULT 0,
        rows_imported integer NOT NULL DEFAULT 0,
        rows_updated integer NOT NULL DEFAULT 0,
        rows_unchanged integer NOT NULL DEFAULT 0,
        rows_failed integer NOT NULL DEFAULT 0,
        -- The first row errors: [{line, issue, column}].
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        failure text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        finished_at timestamptz(3)
      )`);
    await q.query(`CREATE INDEX data_imports_recent_idx ON data_imports (created_at DESC)`);

    await q.query(`
      CREATE TABLE customer_erasures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES members(id) ON DELETE SET NULL,
        -- sha256 of the customer id: proves which customer was erased without keeping it.
        customer_hash text NOT NULL,
        orders_deleted integer NOT NULL,
        responses_deleted integer NOT NULL,
        reason text NOT NULL DEFAULT '',
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE analytics_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        window_days integer NOT NULL DEFAULT 90 CHECK (window_days BETWEEN 7 AND 365),
        half_life_days integer NOT NULL DEFAULT 30 CHECK (half_life_days BETWEEN 1 AND 365),
        -- {action: weight}; actions missing weigh their default.
        weights jsonb NOT NULL DEFAULT '{}'::jsonb,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO analytics_settings DEFAULT VALUES`);

    await q.query(`
      CREATE TABLE activity_daily (
        day date NOT NULL,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        action text NOT NULL,
        space_id uuid,
        n integer NOT NULL CHECK (n > 0),
        CONSTRAINT activity_daily_key UNIQUE NULLS NOT DISTINCT (day, member_id, action, space_id)
      )`);
    await q.query(`CREATE INDEX activity_daily_member_idx ON activity_daily (member_id, day)`);
    await q.query(`CREATE INDEX activity_daily_day_idx ON activity_daily (day, action)`);

    await q.query(`
      CREATE TABLE member_loyalty (
        member_id uuid PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        as_of date NOT NULL,
        engagement_raw double precision NOT NULL DEFAULT 0,
        engagement_score smallint NOT NULL DEFAULT 0 CHECK (engagement_score BETWEEN 0 AND 100),
        engagement_tier text NOT NULL DEFAULT 'observer',
        previous_raw double precision NOT NULL DEFAULT 0,
        previous_score smallint NOT NULL DEFAULT 0,
        -- The top contributions: [{action, count, points}].
        why jsonb NOT NULL DEFAULT '[]'::jsonb,
        active_days_90 integer NOT NULL DEFAULT 0,
        last_active_on date,
        rank_key text,
        rank_position integer,
        posts integer NOT NULL DEFAULT 0,
        best_answers integer NOT NULL DEFAULT 0,
        events_attended integer NOT NULL DEFAULT 0,
        membership_days integer NOT NULL DEFAULT 0,
        customer_id uuid,
        ltv numeric(16,2),
        high_ltv boolean,
        r smallint,
        f smallint,
        m smallint,
        rfm_segment text,
        nps_score smallint,
        nps_class text,
        matrix_cell text,
        churn_reasons text[] NOT NULL DEFAULT '{}',
        computed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX member_loyalty_score_idx ON member_loyalty (engagement_score DESC, member_id)`,
    );
    await q.query(
      `CREATE INDEX member_loyalty_churn_idx ON member_loyalty (member_id) WHERE churn_reasons <> '{}'`,
    );

    await q.query(`
      CREATE TABLE engagement_monthly (
        month date NOT NULL,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        score smallint NOT NULL,
        tier text NOT NULL,
        PRIMARY KEY (month, member_id)
      )`);

    await q.query(`
      CREATE TABLE loyalty_criteria_sets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        -- [{metric, op, value}]
        criteria jsonb NOT NULL,
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX loyalty_criteria_sets_name_key ON loyalty_criteria_sets (lower(name))`,
    );

    await q.query(`
      CREATE TABLE analytics_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('full', 'incremental')),
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
        progress real NOT NULL DEFAULT 0,
        requested_by uuid REFERENCES members(id) ON DELETE SET NULL,
        as_of date NOT NULL,
        error text,
        started_at timestamptz(3) NOT NULL DEFAULT now(),
        finished_at timestamptz(3)
      )`);
    // One computation at a time, whichever instance starts it.
    await q.query(
      `CREATE UNIQUE INDEX analytics_runs_one_running ON analytics_runs ((true)) WHERE status = 'running'`,
    );
    await q.query(`CREATE INDEX analytics_runs_recent_idx ON analytics_runs (started_at DESC)`);

    // Figures the dashboard shows as they were at the last computation (matrix, RFM sizes).
    await q.query(`
      CREATE TABLE analytics_snapshots (
        key text PRIMARY KEY,
        as_of date NOT NULL,
        data jsonb NOT NULL,
        computed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'analytics_snapshots',
      'analytics_runs',
      'loyalty_criteria_sets',
      'engagement_monthly',
      'member_loyalty',
      'activity_daily',
      'analytics_settings',
      'customer_erasures',
      'data_imports',
      'orders',
      'member_customer_ids',
      'customers',
      'customer_settings',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
