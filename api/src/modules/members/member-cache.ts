import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ReadCache } from '../../core/cache/read-cache.js';
import { Db } from '../../core/database/db.js';
import type { Viewer } from '../../core/auth/viewer.js';

/** A signed-in session with its member as they act, and when it expires. */
export interface KeptSession extends Viewer {
  lastSeenAt: Date;
  expiresAt: Date;
}

/** A member as others act on them: how they act (a viewer) and when they joined. */
export interface MemberBrief extends Viewer {
  joinedAt: Date;
}

const TOPIC = 'member:';
const SESSION = 'session:';
/**
 * How long a member or session is kept. Every change to what they hold is announced to all
 * instances, which drop them; this bounds what a change made some other way (a repair, a
 * restore) leaves.
 */
const KEEP_MS = 30_000;
const MAX_ENTRIES = 10_000;

/**
 * Members read again and again, kept in memory briefly: as others act on them (the author of a
 * post everyone reacts to, read by deliveries) and as they act themselves (their signed-in
 * sessions, read by every request). A change to a member's role, status, locale or rank, and the
 * end of a session, is announced through the read cache's notifications (`changed`,
 * `sessionEnded`), so every instance drops what it kept when the change commits; nothing is
 * kept while those notifications are not heard, and a transaction that changed a member reads
 * members from the database.
 */
@Injectable()
export class MemberCache implements OnModuleDestroy {
  private readonly entries = new Map<string, { at: number; brief: MemberBrief }>();
  private readonly sessions = new Map<string, { at: number; session: KeptSession }>();
  private readonly dirty = new WeakSet<object>();
  /** Moves with every drop: a read that a drop overtook is not kept. */
  private drops = 0;
  private readonly unwatch: () => void;

  constructor(
    private readonly db: Db,
    private readonly cache: ReadCache,
  ) {
    this.unwatch = cache.watch((change) => {
      if (change === null) this.drop(null);
      else if (change.startsWith(TOPIC)) this.drop(change.slice(TOPIC.length));
      else if (change.startsWith(SESSION)) this.dropSession(change.slice(SESSION.length));
    });
  }

  onModuleDestroy(): void {
    this.unwatch();
  }

  /** The members of `ids` that exist, from memory when kept, the others through `read`. */
  async get(
    ids: readonly string[],
    read: (ids: readonly string[]) => Promise<MemberBrief[]>,
  ): Promise<MemberBrief[]> {
    if (!this.usable()) return read(ids);
    const now = Date.now();
    const kept: MemberBrief[] = [];
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const entry = this.entries.get(id);
      if (entry && now - entry.at < KEEP_MS) kept.push(entry.brief);
      else missing.push(id);
    }
    if (!missing.length) return kept;
    const drops = this.drops;
    const read_ = await read(missing);
    if (this.usable() && drops === this.drops) {
      if (this.entries.size + read_.length > MAX_ENTRIES) this.entries.clear();
      for (const brief of read_) this.entries.set(brief.memberId, { at: now, brief });
    }
    return [...kept, ...read_];
  }

  /**
   * The session of a token, from memory when kept (until it expires), otherwise through `read`
   * (null when there is none). Only a session whose member is active is kept.
   */
  async session<T extends KeptSession>(
    tokenHash: string,
    read: () => Promise<T | null>,
  ): Promise<T | null> {
    const now = Date.now();
    const entry = this.usable() ? this.sessions.get(tokenHash) : undefined;
    if (entry && now - entry.at < KEEP_MS && entry.session.expiresAt.getTime() > now)
      return entry.session as T;
    const drops = this.drops;
    const session = await read();
    if (session?.status === 'active' && this.usable() && drops === this.drops) {
      if (this.sessions.size >= MAX_ENTRIES) this.sessions.clear();
      this.sessions.set(tokenHash, { at: now, session });
    }
    return session;
  }

  /** A session ended, or moved (seen again): every instance drops it once that commits. */
  async sessionEnded(sessionIds: readonly string[]): Promise<void> {
    if (!sessionIds.length) return;
    for (const id of sessionIds) {
      this.dropSession(id);
      this.db.afterCommit(() => this.dropSession(id));
    }
    await this.cache.announceAll(sessionIds.map((id) => SESSION + id));
  }

  /** This instance forgets the session (others keep it a while). */
  forgetSession(sessionId: string): void {
    this.dropSession(sessionId);
  }

  /** The members changed: every instance drops them once the change commits. */
  async changed(ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    if (this.db.inTransaction) this.dirty.add(this.db.manager);
    for (const id of ids) {
      this.drop(id);
      this.db.afterCommit(() => this.drop(id));
    }
    await this.cache.announceAll(ids.map((id) => TOPIC + id));
  }

  private drop(id: string | null): void {
    this.drops++;
    if (id === null) {
      this.entries.clear();
      this.sessions.clear();
      return;
    }
    this.entries.delete(id);
    for (const [key, kept] of this.sessions)
      if (kept.session.memberId === id) this.sessions.delete(key);
  }

  private dropSession(sessionId: string): void {
    this.drops++;
    for (const [key, kept] of this.sessions)
      if (kept.session.sessionId === sessionId) this.sessions.delete(key);
  }

  private usable(): boolean {
    return this.cache.listening && !(this.db.inTransaction && this.dirty.has(this.db.manager));
  }
}
