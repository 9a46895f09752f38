import { Injectable } from '@nestjs/common';
import { Db } from '../../core/database/db.js';

@Injectable()
export class RateLimitsRepository {
  constructor(private readonly db: Db) {}

  /** Seconds until `key` may try again, or 0. */
  async blockedFor(key: string): Promise<number> {
    const rows = await this.db.query<Array<{ s: number }>>(
      `SELECT ceil(extract(epoch FROM blocked_until - now()))::int AS s
         FROM rate_limits WHERE key = $1 AND blocked_until > now()`,
      [key],
    );
    return rows[0]?.s ?? 0;
  }

  /**
   * Counts a failure in the current window (a new window starts when the last one is older than
   * `windowSeconds`) and, from `limit` failures on, blocks for an exponentially growing time.
   * One statement, so concurrent failures are all counted.
   */
  async fail(
    key: string,
    limit: number,
    windowSeconds: number,
    baseSeconds: number,
    maxSeconds: number,
  ): Promise<number> {
    const rows = await this.db.query<Array<{ failures: number }>>(
      `INSERT INTO rate_limits AS r (key, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN r.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE r.failures + 1 END,
         window_started_at = CASE WHEN r.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE r.window_started_at END
       RETURNING failures`,
      [key, windowSeconds],
    );
    const failures = rows[0].failures;
    if (failures < limit) return 0;
    const seconds = Math.min(maxSeconds, baseSeconds * 2 ** (failures - limit));
    await this.db.query(
      `UPDATE rate_limits SET blocked_until = now() + make_interval(secs => $2) WHERE key = $1`,
      [key, seconds],
    );
    return seconds;
  }

  async clear(key: string): Promise<void> {
    await this.db.query(`DELETE FROM rate_limits WHERE key = $1`, [key]);
  }
}
