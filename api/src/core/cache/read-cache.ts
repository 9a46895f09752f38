import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import { Db } from '../database/db.js';

/** The channel the read-cache-tables migration's triggers notify, with the table's name. */
export const CACHE_CHANNEL = 'kizuna_read_cache';
const RETRY_MS = 1000;
/** Payloads of `announce`, beside the table names the triggers send. */
const TOPIC = 'topic:';
const NONE: ReadonlySet<never> = new Set();

/** Tables read far more often than they change, kept in memory whole. */
export type CachedTable =
  | 'spaces'
  | 'reaction_kinds'
  | 'ranks'
  | 'point_rules'
  | 'community_settings'
  | 'badges'
  | 'missions';

/**
 * Rarely-changing data kept in memory, per table. Every change to a cached table (by this or
 * another instance, by any statement) notifies CACHE_CHANNEL when it commits, through a trigger,
 * and the table's entry is dropped on every instance; the instance that made the change drops it
 * at its own commit too, so its next request reads what it wrote. A transaction that changed a
 * table (through its repository, which says so with `changed`) reads it from the database, to
 * see its own writes; so does every read while the notifications are not heard (before the
 * listener connects, or after it lost its connection, when all entries are dropped).
 */
@Injectable()
export class ReadCache implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReadCache');
  private readonly entries = new Map<CachedTable, Entry>();
  private readonly dirty = new WeakMap<object, Set<CachedTable>>();
  private readonly syncs = new Map<string, () => void>();
  private readonly watchers = new Set<(change: string | null) => void>();
  private listener: pg.Client | null = null;
  private heard = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly db: Db) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.heard = false;
    await this.listener?.end().catch(() => undefined);
  }

  /** Whether changes are heard, so that reads may be served from memory. */
  get listening(): boolean {
    return this.heard;
  }

  /**
   * The table's rows as `load` reads them, from memory when they are there. Values are frozen:
   * every caller shares them.
   */
  get<T>(table: CachedTable, load: () => Promise<T>): Promise<T> {
    if (!this.servable(table)) return load();
    return (this.entries.get(table) ?? this.remember(table, load)).read as Promise<T>;
  }

  /** Starts reading the table into memory; a failed read is not kept. */
  private remember(table: CachedTable, load: () => Promise<unknown>): Entry {
    const entry: Entry = { read: load().then(deepFreeze) };
    this.entries.set(table, entry);
    entry.read.then(
      (rows) => (entry.rows = rows),
      () => this.entries.get(table) === entry && this.entries.delete(table),
    );
    return entry;
  }

  /**
   * The table's rows when `get` would answer them from memory and they are there already;
   * otherwise undefined (then call `get`). For fields of every item of a page, such as each
   * post's space, which need not wait for anything then.
   */
  peek<T>(table: CachedTable): T | undefined {
    return this.servable(table) ? (this.entries.get(table)?.rows as T | undefined) : undefined;
  }

  private servable(table: CachedTable): boolean {
    return this.heard && !this.changedHere().has(table);
  }

  /**
   * Resolves once every change committed before the call has been heard (notifications arrive
   * in commit order, so one sent now comes after them): for tests, which want no reload later.
   */
  async caughtUp(): Promise<void> {
    const listener = this.listener;
    if (!listener || !this.heard) return;
    const token = `sync:${randomUUID()}`;
    const heard = new Promise<void>((resolve) => this.syncs.set(token, resolve));
    await listener.query(`SELECT pg_notify($1, $2)`, [CACHE_CHANNEL, token]);
    await heard;
  }

  /**
   * Drops the table's entry once the current transaction commits (at once outside one); until
   * then, the transaction reads the table from the database.
   */
  changed(table: CachedTable): void {
    // Outside a transaction, at once: the caller's next read must not get the entry it replaced.
    if (!this.db.inTransaction) {
      this.entries.delete(table);
      return;
    }
    const tx = this.db.manager;
    this.dirty.set(tx, new Set(this.dirty.get(tx)).add(table));
    this.db.afterCommit(() => this.entries.delete(table));
  }

  /**
   * Tells every instance, this one included, that `topic` changed: when the current transaction
   * commits (at once outside one), through the same notifications as the tables.
   */
  async announce(topic: string): Promise<void> {
    await this.announceAll([topic]);
  }

  /** `announce` for many topics, in one statement. */
  async announceAll(topics: readonly string[]): Promise<void> {
    await this.db.query(`SELECT pg_notify($1, t) FROM unnest($2::text[]) AS t`, [
      CACHE_CHANNEL,
      topics.map((t) => TOPIC + t),
    ]);
  }

  /**
   * Calls `watcher` with each changed table or announced topic as it is heard, and with null
   * when changes may have gone unheard (the listener lost or regained its connection). For
   * caches of their own that follow the same rules as this one.
   */
  watch(watcher: (change: string | null) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private tell(change: string | null): void {
    for (const watcher of this.watchers) watcher(change);
  }

  /** The cached tables the current transaction has changed. */
  private changedHere(): ReadonlySet<CachedTable> {
    return (this.db.inTransaction && this.dirty.get(this.db.manager)) || NONE;
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const { url } = this.db.dataSource.options as PostgresDataSourceOptions;
    const client = new pg.Client({ connectionString: url, application_name: 'kizuna-cache' });
    const lost = (err?: unknown) => {
      if (this.listener !== client) return;
      this.listener = null;
      this.heard = false;
      this.entries.clear();
      this.tell(null);
      // With nothing cached, whoever waits has caught up.
      for (const caughtUp of this.syncs.values()) caughtUp();
      this.syncs.clear();
      if (this.stopped) return;
      if (err) this.logger.warn({ err }, 'cache notifications lost: reading from the database');
      this.retry = setTimeout(() => void this.listen(), RETRY_MS).unref();
    };
    client.on('notification', ({ payload = '' }) => {
      const caughtUp = this.syncs.get(payload);
      if (caughtUp) {
        this.syncs.delete(payload);
        caughtUp();
      } else if (payload.startsWith(TOPIC)) {
        this.tell(payload.slice(TOPIC.length));
      } else {
        this.entries.delete(payload as CachedTable);
        this.tell(payload);
      }
    });
    client.on('error', lost);
    client.on('end', () => lost());
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CACHE_CHANNEL}`);
      // What was read before now may have changed unheard.
      this.entries.clear();
      this.tell(null);
      this.heard = !this.stopped;
    } catch (err) {
      lost(err);
      await client.end().catch(() => undefined);
    }
  }
}

interface Entry {
  read: Promise<unknown>;
  /** What `read` resolved with, once it has. */
  rows?: unknown;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
