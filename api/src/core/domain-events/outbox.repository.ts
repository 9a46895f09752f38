import { Injectable } from '@nestjs/common';
import type { DomainEventName } from '@kizuna/shared';
import { Db } from '../database/db.js';

export interface OutboxRow {
  id: string;
  event: string;
  payload: unknown;
  pending: string[];
  attempts: number;
  createdAt: Date;
  /** What the event's claim companion read for the row, if it has one. */
  companion?: unknown;
}

/** What happened to a claimed row: the consumers still to deliver to, and a failure if any. */
export interface Settled {
  id: string;
  pending: string[];
  error: string | null;
}

export interface OutboxStats {
  backlog: number;
  oldestSeconds: number;
  failedForGood: number;
}

/**
 * SQL writing one `event` outbox row per row of `rows` (a CTE of the statement), with the
 * payload `payload` (an SQL expression over its columns) for the consumers in `pendingParam`
 * (a text[] parameter, from `EventBus.consumersOf`): a statement that changes many rows writes
 * their events in the same round trip.
 */
export const outboxInsertSql = (
  event: DomainEventName,
  payload: string,
  rows: string,
  pendingParam: string,
) => `
  INSERT INTO outbox (event, payload, consumers, pending)
  SELECT '${event}', ${payload}, ${pendingParam}::text[], ${pendingParam}::text[]
    FROM ${rows} WHERE cardinality(${pendingParam}::text[]) > 0
`;

/** The first key of the advisory locks `claim` takes (any fixed number of our own). */
const MEMBER_LOCKS = 418_337;

@Injectable()
export class OutboxRepository {
  constructor(private readonly db: Db) {}

  async insert(event: string, payload: unknown, pending: string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO outbox (event, payload, consumers, pending) VALUES ($1, $2, $3, $3)`,
      [event, JSON.stringify(payload), pending],
      { prepare: true },
    );
  }

  /**
   * The oldest rows deliverable to some of `consumers` (this instance's: during a rolling
   * deploy, rows only for consumers another version has wait for it), locked for this
   * transaction; rows another dispatcher holds are skipped, so each row is worked on by one
   * dispatcher at a time. Each row is returned with the consumers it waited for, and left
   * recorded as handled by `consumers` (delivered when no other waits): what a batch that goes
   * well commits, so that only rows where it did not need `settle`. In the same statement, the
   * claiming transaction:
   * - commits without waiting for the disk (a delivery lost to a database crash is lost whole,
   *   its effects and its rows' new state together, so it is simply made again);
   * - serialises, until it ends, deliveries about the same members (the `memberId` of the
   *   payloads): a consumer reading an activity's state after this cannot be overtaken by another
   *   batch that read an older state of it. The locks are taken in one order (by hash), so two
   *   batches never wait on each other.
   * With the rows come what the events' claim companions (`companions`, by event) read for them,
   * after those locks.
   */
  claim(
    limit: number,
    consumers: string[],
    companions: ReadonlyMap<string, { sql: (taken: string) => string }> = new Map(),
  ): Promise<OutboxRow[]> {
    const read = [...companions].map(
      ([event, c], i) =>
        `companion_${i} AS (${c.sql(`(SELECT * FROM taken WHERE event = '${event}')`)})`,
    );
    return this.db.query(
      `WITH claimed AS (
         SELECT id, payload FROM outbox
          WHERE pending <> '{}' AND pending && $2::text[] AND available_at <= now()
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED),
       locked AS (
         SELECT count(*) AS n FROM (
           SELECT pg_advisory_xact_lock(${MEMBER_LOCKS}, k)
             FROM (SELECT DISTINCT hashtext(payload->>'memberId') AS k FROM claimed
                    WHERE jsonb_typeof(payload->'memberId') = 'string' ORDER BY k) s) l),
       taken AS (
         UPDATE outbox o
            SET pending = ARRAY(SELECT p FROM unnest(o.pending) p WHERE p <> ALL ($2::text[])),
                delivered_at = CASE WHEN o.pending <@ $2::text[] THEN clock_timestamp() END
           FROM claimed c,
                (SELECT set_config('synchronous_commit', 'off', true)) sync(v),
                locked
          WHERE o.id = c.id
         RETURNING o.id, o.event, o.payload, old.pending AS pending, o.attempts, o.created_at)
       ${read.map((r) => `, ${r}`).join('')}
       SELECT t.id::text, t.event, t.payload, t.pending, t.attempts, t.created_at AS "createdAt"
              ${read.length ? `, coalesce(${read.map((_, i) => `c${i}.value`).join(', ')}) AS companion` : ''}
         FROM taken t
         ${read.map((_, i) => `LEFT JOIN companion_${i} c${i} ON c${i}.outbox_id = t.id`).join(' ')}
        ORDER BY t.id`,
      [limit, consumers],
      { prepare: true },
    );
  }

  /**
   * Records the outcome of a claim: delivered consumers leave `pending`; a row that failed for
   * someone is tried again after a doubling wait, or given up after `maxAttempts`.
   */
  async settle(
    rows: Settled[],
    maxAttempts: number,
  ): Promise<Array<{ id: string; event: string }>> {
    return this.db
      .query(
        `UPDATE outbox o SET
         attempts = o.attempts + (s.error IS NOT NULL)::int,
         pending = CASE WHEN s.error IS NOT NULL AND o.attempts + 1 >= $2 THEN '{}' ELSE s.pending END,
         available_at = CASE WHEN s.error IS NOT NULL
           THEN now() + make_interval(secs => least(300, 2 ^ o.attempts)) ELSE o.available_at END,
         last_error = coalesce(s.error, o.last_error),
         delivered_at = CASE WHEN s.pending = '{}' AND s.error IS NULL THEN clock_timestamp() END
        FROM jsonb_to_recordset($1) AS s(id bigint, pending text[], error text)
       WHERE o.id = s.id
       RETURNING o.id::text, o.event, (s.error IS NOT NULL AND o.pending = '{}') AS "gaveUp"`,
        [JSON.stringify(rows), maxAttempts],
        { prepare: true },
      )
      .then((r) =>
        (r as Array<{ id: string; event: string; gaveUp: boolean }>).filter((x) => x.gaveUp),
      );
  }

  /** Whether anything is deliverable to `consumers` now (backed-off rows wait for their time). */
  async hasDeliverable(consumers: string[]): Promise<boolean> {
    const [row] = await this.db.query<Array<{ any: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM outbox
                       WHERE pending <> '{}' AND pending && $1::text[] AND available_at <= now())
                AS any`,
      [consumers],
      { prepare: true },
    );
    return row.any;
  }

  /** Each figure from its partial index. */
  async stats(): Promise<OutboxStats> {
    const [row] = await this.db.query<OutboxStats[]>(
      `SELECT p.backlog, p."oldestSeconds",
              (SELECT count(*)::int FROM outbox WHERE pending = '{}' AND delivered_at IS NULL)
                AS "failedForGood"
         FROM (SELECT count(*)::int AS backlog,
                      coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8
                        AS "oldestSeconds"
                 FROM outbox WHERE pending <> '{}') p`,
    );
    return row;
  }

  /** Delivered rows are kept a day and given-up ones a week, for looking into what happened. */
  async prune(): Promise<void> {
    await this.db.query(
      `DELETE FROM outbox WHERE delivered_at < now() - interval '1 day'
          OR (pending = '{}' AND delivered_at IS NULL AND created_at < now() - interval '7 days')`,
    );
  }
}
