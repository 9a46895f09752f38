import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ReadCache } from '../../core/cache/read-cache.js';
import { Db } from '../../core/database/db.js';
import type { CustomerAnalysis } from './customer-analysis.js';

/** Announced (through the read cache's notifications) when customer data or settings change. */
const TOPIC = 'customers';
/** Analyses of different dates kept at once (each holds every customer). */
const MAX_ENTRIES = 4;
/** At most this long, whatever else happens (a member deleted, say, unmatches their customer). */
export const ANALYSIS_TTL_MS = 5 * 60_000;

interface Entry {
  expires: number;
  version: string;
  value: Promise<CustomerAnalysis>;
}

/**
 * Analyses as of a date, kept per date (and time zone) on each instance. An import, a settings change, an
 * erasure, a customer id set or a member matched drops them on every instance when its
 * transaction commits (at once on the instance that made it), as does a change of the community
 * settings (the time zone). NPS answers belong to the surveys module, which does not say when
 * they change: each read gives a `version` of them (their count and latest change), and an
 * analysis of another version is not used. Anything else is caught by ANALYSIS_TTL_MS. While
 * changes may go unheard nothing is kept.
 */
@Injectable()
export class AnalysisCache implements OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  private readonly unwatch: () => void;

  constructor(
    private readonly db: Db,
    private readonly readCache: ReadCache,
  ) {
    this.unwatch = readCache.watch((change) => {
      if (change === null || change === TOPIC || change === 'community_settings')
        this.entries.clear();
    });
  }

  onModuleDestroy(): void {
    this.unwatch();
  }

  /** The analysis kept for `key` (its date and time zone) at this `version`, or `load`'s. */
  get(
    key: string,
    version: string,
    load: () => Promise<CustomerAnalysis>,
  ): Promise<CustomerAnalysis> {
    if (!this.readCache.listening) return load();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now && hit.version === version) return hit.value;
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    const entry: Entry = { expires: now + ANALYSIS_TTL_MS, version, value: load() };
    this.entries.set(key, entry);
    // A failed analysis is not kept.
    entry.value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return entry.value;
  }

  /** Customer data changed in the current transaction: analyses go when it commits, everywhere. */
  async changed(): Promise<void> {
    this.db.afterCommit(() => this.entries.clear());
    await this.readCache.announce(TOPIC);
  }
}
