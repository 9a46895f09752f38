import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryConfig } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { Injectable, Logger } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type Repository,
} from 'typeorm';

interface TxState {
  manager: EntityManager;
  afterCommit: Array<() => unknown>;
  memo?: Map<string, Promise<unknown>>;
  once?: Set<string>;
}

/**
 * The one way services open a transaction. Repositories read `db.manager`, which is the current
 * transaction's manager inside `transaction()`, so a use case's writes commit or roll back
 * together without passing managers around. Work registered with `afterCommit` (mail, events)
 * runs only once the transaction has committed.
 */
@Injectable()
export class Db {
  private readonly als = new AsyncLocalStorage<TxState>();
  /** Transactions in flight; the storage is switched off while there are none (`transaction`). */
  private open = 0;
  private readonly logger = new Logger(Db.name);
  private readonly detached = new Set<Promise<unknown>>();
  private savepoints = 0;
  private readonly statementNames = new Map<string, string>();
  private readonly selectLists = new Map<EntityTarget<ObjectLiteral>, string>();

  constructor(readonly dataSource: DataSource) {}

  get inTransaction(): boolean {
    return this.als.getStore() !== undefined;
  }

  get manager(): EntityManager {
    return this.als.getStore()?.manager ?? this.dataSource.manager;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /**
   * Rows of any statement, RETURNING included, on the current transaction's connection or,
   * outside one, straight on the pool (one round trip). With `prepare`, the statement is
   * prepared once per connection and its plan reused: for hot statements whose planning costs
   * as much as running them (a batch's unnest of arrays, say).
   */
  async query<T = unknown>(
    sql: string,
    params?: unknown[],
    options: { prepare?: boolean } = {},
  ): Promise<T> {
    const config: QueryConfig = { text: sql, values: params };
    if (options.prepare) config.name = this.statementName(sql);
    const runner = this.als.getStore()?.manager.queryRunner;
    const client: Pool | PoolClient = runner
      ? ((await runner.connect()) as PoolClient)
      : this.pool();
    return (await client.query(config)).rows as T;
  }

  private statementName(sql: string): string {
    let name = this.statementNames.get(sql);
    if (!name) {
      name = `k${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
      this.statementNames.set(sql, name);
    }
    return name;
  }

  /**
   * `column AS "property", …` for every column TypeORM would select of an entity: hot reads
   * written as plain SQL still return rows in the entity's shape, without query building.
   */
  selectList(entity: EntityTarget<ObjectLiteral>): string {
    let list = this.selectLists.get(entity);
    if (!list) {
      list = this.dataSource
        .getMetadata(entity)
        .columns.filter((c) => c.isSelect)
        .map((c) => `${c.databaseName} AS "${c.propertyName}"`)
        .join(', ');
      this.selectLists.set(entity, list);
    }
    return list;
  }

  private pool(): Pool {
    return (this.dataSource.driver as PostgresDriver).master as Pool;
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const outer = this.als.getStore();
    if (outer) return work();
    const state: Partial<TxState> = { afterCommit: [] };
    // While any AsyncLocalStorage is on, Node 20 runs hooks on every promise the process makes,
    // reads included: about 7% of a feed request's CPU. It is on only while a transaction runs;
    // `run` switches it on again.
    this.open++;
    let result: T;
    try {
      result = await this.dataSource.transaction((manager) => {
        state.manager = manager;
        return this.als.run(state as TxState, work);
      });
    } finally {
      if (--this.open === 0) this.als.disable();
    }
    for (const job of state.afterCommit!) {
      try {
        await job();
      } catch (err) {
        this.logger.error({ err }, 'after-commit work failed');
      }
    }
    return result;
  }

  /**
   * Computes `key` once per transaction (outside one, every time): for reads several steps of
   * one transaction need, such as the activities a batch of deliveries is about.
   */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const state = this.als.getStore();
    if (!state) return compute();
    state.memo ??= new Map();
    const memo = state.memo;
    let value = memo.get(key) as Promise<T> | undefined;
    if (!value) {
      memo.set(key, (value = compute()));
      // A failed read is not kept: the next caller reads again.
      value.catch(() => memo.get(key) === value && memo.delete(key));
    }
    return value;
  }

  /**
   * Runs `work` inside the current transaction so that, if it throws, its writes, the locks it
   * took, the after-commit work it registered and the reads it memoised are undone while the
   * transaction goes on.
   */
  async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const state = this.als.getStore();
    if (!state) throw new Error('savepoint() needs a transaction');
    const name = `sp_${++this.savepoints}`;
    const registered = state.afterCommit.length;
    const memoised = new Set(state.memo?.keys());
    const once = state.once && new Set(state.once);
    await this.query(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      await this.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (err) {
      await this.query(`ROLLBACK TO SAVEPOINT ${name}`);
      state.afterCommit.length = registered;
      state.once = once;
      for (const key of state.memo?.keys() ?? []) if (!memoised.has(key)) state.memo!.delete(key);
      throw err;
    }
  }

  /**
   * Runs `job` after the current transaction commits, or now when there is none. A failure is
   * logged, never left unhandled; `drain` waits for the jobs started outside a transaction.
   */
  afterCommit(job: () => unknown): void {
    const state = this.als.getStore();
    if (state) {
      state.afterCommit.push(job);
      return;
    }
    const run = Promise.resolve()
      .then(job)
      .catch((err: unknown) => this.logger.error({ err }, 'after-commit work failed'))
      .finally(() => this.detached.delete(run));
    this.detached.add(run);
  }

  /**
   * Like `afterCommit`, but a `key` registered again in the same transaction adds nothing: for
   * a signal that one commit needs to give once however many writes asked for it.
   */
  afterCommitOnce(key: string, job: () => unknown): void {
    const state = this.als.getStore();
    if (state) {
      state.once ??= new Set();
      if (state.once.has(key)) return;
      state.once.add(key);
    }
    this.afterCommit(job);
  }

  /** Resolves once the after-commit work started so far has finished (used by shutdown). */
  async drain(): Promise<void> {
    while (this.detached.size) await Promise.all(this.detached);
  }
}
