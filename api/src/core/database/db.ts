import { AsyncLocalStorage } from 'node:async_hooks';
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
  private readonly logger = new Logger(Db.name);
  private readonly detached = new Set<Promise<unknown>>();

  constructor(readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.als.getStore()?.manager ?? this.dataSource.manager;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /** Rows of any statement, RETURNING included (TypeORM's own `query` wraps UPDATE results). */
  async query<T = unknown>(sql: string, params?: unknown[]): Promise<T> {
    const inTx = this.als.getStore()?.manager.queryRunner;
    const runner = inTx ?? this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(sql, params, true);
      return result.records as T;
    } finally {
      if (!inTx) await runner.release();
    }
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const outer = this.als.getStore();
    if (outer) return work();
    const state: Partial<TxState> = { afterCommit: [] };
    const result = await this.dataSource.transaction((manager) => {
      state.manager = manager;
      return this.als.run(state as TxState, work);
    });
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

  /** Resolves once the after-commit work started so far has finished (used by shutdown). */
  async drain(): Promise<void> {
    while (this.detached.size) await Promise.all(this.detached);
  }
}
