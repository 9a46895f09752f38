import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One table for every rate limit: per key, the times of the attempts still inside the window
 * (a sliding window, never more than the limit's length) and, for limits that punish insisting,
 * a block that doubles with each refused try. Each attempt is one upsert on the key's row, so
 * concurrent attempts, on one instance or several, are counted one after another. The rows are
 * short-lived counters: the old failure counters are dropped, not carried over.
 */
export class RateLimits1764200000000 implements MigrationInterface {
  name = 'RateLimits1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
    await q.query(`
      CREATE TABLE rate_limits (
        key text PRIMARY KEY,
        hits timestamptz[] NOT NULL,
        strikes integer NOT NULL DEFAULT 0,
        blocked_until timestamptz,
        allowed boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX rate_limits_updated_idx ON rate_limits (updated_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
    await q.query(`
      CREATE TABLE rate_limits (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
  }
}
