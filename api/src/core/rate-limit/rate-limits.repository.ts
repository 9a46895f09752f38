import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';

export interface Take {
  allowed: boolean;
  retryAfterSeconds: number;
}

@Injectable()
export class RateLimitsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Records one attempt on `key` and says whether it fits: fewer than `limit` attempts in the
   * last `windowSeconds` and no block running. A refused attempt is not kept; with a penalty it
   * (re)starts a block of `baseSeconds` doubling per refusal in a row, up to `maxSeconds`.
   *
   * One statement: concurrent attempts on a key queue on its row, each seeing the ones before,
   * so a limit holds exactly however many instances send them. Inside a transaction the row
   * stays locked until commit, and a rollback gives the attempt back.
   */
  async take(
    key: string,
    limit: number,
    windowSeconds: number,
    penalty: { baseSeconds: number; maxSeconds: number } | null,
  ): Promise<Take> {
    const live = `ARRAY(SELECT t FROM unnest(r.hits) t WHERE t > now() - make_interval(secs => $3))`;
    const open = `((r.blocked_until IS NULL OR r.blocked_until <= now()) AND cardinality(${live}) < $2)`;
    const [row] = await this.db.query<Array<{ allowed: boolean; retry: number }>>(
      `INSERT INTO rate_limits AS r (key, hits, allowed) VALUES ($1, ARRAY[now()], $2 > 0)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN ${open} THEN ${live} || now() ELSE ${live} END,
         strikes = CASE WHEN ${open} THEN 0 ELSE r.strikes + 1 END,
         blocked_until = CASE WHEN ${open} OR $4::float8 IS NULL THEN r.blocked_until
           ELSE now() + make_interval(secs => least($5::float8, $4::float8 * 2 ^ least(r.strikes, 30))) END,
         allowed = ${open},
         updated_at = now()
       RETURNING allowed, greatest(1, ceil(extract(epoch FROM greatest(
         coalesce(blocked_until, now()),
         CASE WHEN cardinality(hits) >= $2 THEN hits[1] + make_interval(secs => $3) ELSE now() END
       ) - now())))::int AS retry`,
      [key, limit, windowSeconds, penalty?.baseSeconds ?? null, penalty?.maxSeconds ?? null],
    );
    return { allowed: row.allowed, retryAfterSeconds: row.retry };
  }

  /** Forgets the newest attempt on `key` (one that turned out fine). */
  async dropNewest(key: string): Promise<void> {
    await this.db.query(
      `UPDATE rate_limits SET hits = hits[1:cardinality(hits) - 1] WHERE key = $1`,
      [key],
    );
  }

  async clear(key: string): Promise<void> {
    await this.db.query(`DELETE FROM rate_limits WHERE key = $1`, [key]);
  }

  /** Rows untouched for a day hold nothing that still counts. */
  async prune(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limits WHERE updated_at < now() - interval '1 day'`);
  }
}
