import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the analytics dashboard reads instead of the stream, so it answers in milliseconds over
 * years of activity:
 *
 * - activity_daily_totals: per community day and space (null: the whole community) the members
 *   active that day, in the 7 and the 30 days ending with it, and the day's posts, comments,
 *   check-ins, no-shows and joins.
 * - analytics_questions: each question, the day it was asked and how long its first answer took.
 * - analytics_nps_daily: NPS answers per day and class (anonymous surveys included: counts only).
 * - analytics_cohorts: per join month, how many of its members were active in each later month.
 * - analytics_tier_flow: how many members moved from one engagement level to another between a
 *   month and the one before.
 *
 * Other modules offer what analytics reads as views (their interface for set-based SQL, as in
 * module-read-views): members_joined (members), points_rank_keys (points), posts_questions
 * (posts), survey_nps_scores (surveys: every NPS answer with its class, anonymous ones included,
 * without who gave it).
 *
 * activity_daily loses its unique key and per-member index (see below).
 *
 * member_loyalty.customer_key is the key of the customer a member is (an imported customer's
 * id, or `member:<id>` for a member known only from an NPS answer). A run's heartbeat says it is
 * still alive: a run whose instance died is given up after a while so the next one can start.
 */
export class AnalyticsRollups1764800000020 implements MigrationInterface {
  name = 'AnalyticsRollups1764800000020';

  async up(q: QueryRunner): Promise<void> {
    // The rollup is only ever written by statements grouped by its key, and read by day
    // ranges: the unique key and the per-member index cost a full rebuild more than they give.
    await q.query(`ALTER TABLE activity_daily DROP CONSTRAINT activity_daily_key`);
    await q.query(`DROP INDEX activity_daily_member_idx`);
    await q.query(`ALTER TABLE member_loyalty ADD COLUMN customer_key text`);
    await q.query(
      `ALTER TABLE analytics_runs ADD COLUMN heartbeat_at timestamptz(3) NOT NULL DEFAULT now()`,
    );

    await q.query(`
      CREATE TABLE activity_daily_totals (
        space_id uuid,
        day date NOT NULL,
        dau integer NOT NULL DEFAULT 0,
        wau integer NOT NULL DEFAULT 0,
        mau integer NOT NULL DEFAULT 0,
        posts integer NOT NULL DEFAULT 0,
        comments integer NOT NULL DEFAULT 0,
        attended integer NOT NULL DEFAULT 0,
        no_shows integer NOT NULL DEFAULT 0,
        joined integer NOT NULL DEFAULT 0,
        CONSTRAINT activity_daily_totals_key UNIQUE NULLS NOT DISTINCT (space_id, day)
      )`);

    await q.query(`
      CREATE TABLE analytics_questions (
        post_id uuid PRIMARY KEY,
        space_id uuid,
        asked_on date NOT NULL,
        first_answer_minutes double precision
      )`);
    await q.query(`CREATE INDEX analytics_questions_day_idx ON analytics_questions (asked_on)`);

    await q.query(`
      CREATE TABLE analytics_nps_daily (
        day date PRIMARY KEY,
        promoters integer NOT NULL DEFAULT 0,
        passives integer NOT NULL DEFAULT 0,
        detractors integer NOT NULL DEFAULT 0
      )`);

    await q.query(`
      CREATE TABLE analytics_cohorts (
        cohort date NOT NULL,
        month date NOT NULL,
        size integer NOT NULL,
        active integer NOT NULL,
        PRIMARY KEY (cohort, month)
      )`);

    await q.query(`
      CREATE TABLE analytics_tier_flow (
        month date NOT NULL,
        from_tier text NOT NULL,
        to_tier text NOT NULL,
        members integer NOT NULL,
        PRIMARY KEY (month, from_tier, to_tier)
      )`);

    await q.query(
      `CREATE VIEW members_joined AS
         SELECT id, role, status, joined_at FROM members WHERE status <> 'pending'`,
    );
    await q.query(`CREATE VIEW points_rank_keys AS SELECT id, position FROM ranks`);
    await q.query(`
      CREATE VIEW posts_questions AS
        SELECT p.id, p.space_id, p.created_at AS asked_at,
               (SELECT min(c.created_at) FROM comments c
                 WHERE c.post_id = p.id AND c.parent_id IS NULL AND c.author_id <> p.author_id
                   AND c.deleted_at IS NULL AND c.hidden_at IS NULL) AS first_answered_at
          FROM posts p
         WHERE p.kind = 'question' AND p.deleted_at IS NULL AND p.hidden_at IS NULL`);
    await q.query(`
      CREATE VIEW survey_nps_scores AS
        SELECT answered_at, nps_class FROM survey_responses
         WHERE submitted AND nps_class IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW survey_nps_scores`);
    await q.query(`DROP VIEW posts_questions`);
    await q.query(`DROP VIEW points_rank_keys`);
    await q.query(`DROP VIEW members_joined`);
    for (const table of [
      'analytics_tier_flow',
      'analytics_cohorts',
      'analytics_nps_daily',
      'analytics_questions',
      'activity_daily_totals',
    ])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE analytics_runs DROP COLUMN heartbeat_at`);
    await q.query(`ALTER TABLE member_loyalty DROP COLUMN customer_key`);
    await q.query(`CREATE INDEX activity_daily_member_idx ON activity_daily (member_id, day)`);
    await q.query(
      `ALTER TABLE activity_daily ADD CONSTRAINT activity_daily_key
         UNIQUE NULLS NOT DISTINCT (day, member_id, action, space_id)`,
    );
  }
}
