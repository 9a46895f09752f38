import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/env.js';
import { ReadCache } from '../../core/cache/read-cache.js';
import { Db } from '../../core/database/db.js';

/** Feeds of every space (home, tags, members) share one scope; a space's feed has its own. */
const ALL = '*';
const TOPIC = 'visitor-feed:';
/** Distinct pages kept per scope (sorts, filters, cursors); the oldest goes first. */
const MAX_PER_SCOPE = 500;

interface Entry {
  expires: number;
  value: Promise<unknown>;
}

/**
 * Feed pages as visitors see them (the same for every visitor: the rows, and whole responses of
 * feed-only operations, see VisitorFeedResponses), kept a few seconds per space
 * (VISITOR_FEED_TTL_SECONDS). A post created, edited, moved, hidden or deleted drops its space's
 * pages and the all-spaces pages on every instance when its transaction commits (through the
 * read cache's notifications), and at once on the instance that wrote it; a change to spaces or
 * the community settings drops everything. While changes may go unheard nothing is kept.
 */
@Injectable()
export class VisitorFeedCache implements OnModuleDestroy {
  private readonly scopes = new Map<string, Map<string, Entry>>();
  private readonly ttlMs: number;
  private readonly unwatch: () => void;

  constructor(
    @Inject(CONFIG) config: Config,
    private readonly db: Db,
    private readonly readCache: ReadCache,
  ) {
    this.ttlMs = config.VISITOR_FEED_TTL_SECONDS * 1000;
    this.unwatch = readCache.watch((change) => {
      if (change === null || change === 'spaces' || change === 'community_settings') {
        this.scopes.clear();
      } else if (change.startsWith(TOPIC)) {
        this.drop(change.slice(TOPIC.length));
      }
    });
  }

  onModuleDestroy(): void {
    this.unwatch();
  }

  /** Whether pages are kept now (a TTL is set and changes are heard). */
  get enabled(): boolean {
    return this.ttlMs > 0 && this.readCache.listening;
  }

  /** The page for `key` in the space's scope (null: every space), loaded once per TTL. */
  get<T>(spaceId: string | null, key: string, load: () => Promise<T>): Promise<T> {
    if (!this.enabled) return load();
    const scopeKey = spaceId ?? ALL;
    let scope = this.scopes.get(scopeKey);
    if (!scope) this.scopes.set(scopeKey, (scope = new Map()));
    const now = Date.now();
    const hit = scope.get(key);
    if (hit && hit.expires > now) return hit.value as Promise<T>;
    scope.delete(key);
    if (scope.size >= MAX_PER_SCOPE) scope.delete(scope.keys().next().value!);
    const entry: Entry = { expires: now + this.ttlMs, value: load() };
    scope.set(key, entry);
    // A failed read is not kept.
    entry.value.catch(() => scope.get(key) === entry && scope.delete(key));
    return entry.value as Promise<T>;
  }

  /**
   * Posts of these spaces changed in the current transaction: their pages and the all-spaces
   * pages go when it commits, here and on every other instance.
   */
  async changed(...spaceIds: Array<string | null>): Promise<void> {
    const ids = [...new Set(spaceIds.filter((id) => id !== null))];
    this.db.afterCommit(() => ids.forEach((id) => this.drop(id)));
    for (const id of ids) await this.readCache.announce(TOPIC + id);
  }

  private drop(spaceId: string): void {
    this.scopes.delete(spaceId);
    this.scopes.delete(ALL);
  }
}
