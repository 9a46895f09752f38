import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import type { Viewer } from '../auth/viewer.js';

export interface AuditTarget {
  type: string;
  id?: string | null;
  /** What a person reading the log recognises (a title, a handle), as it was at the time. */
  label?: string | null;
}

export interface AuditEntry {
  /** `domain.verb`, e.g. `member.suspend`. */
  action: string;
  target: AuditTarget;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export const memberTarget = (m: { id: string; handle: string }): AuditTarget => ({
  type: 'member',
  id: m.id,
  label: `@${m.handle}`,
});

/** Fields never copied into the log, whatever entity a caller passes. */
const SECRET = /password|token|secret|hash/i;

/** Plain JSON of a snapshot, secrets left out; Dates become ISO strings. */
export function snapshot(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key && SECRET.test(key) ? undefined : v)),
  );
}

/**
 * The fields (all of `now`'s, or only `keys`) that differ between two versions of a thing, as
 * they were and as they are; null when none do. Dates compare by value.
 */
export function changedFields<T extends object>(
  was: T,
  now: T,
  keys: ReadonlyArray<keyof T> = Object.keys(now) as Array<keyof T>,
): { before: Partial<T>; after: Partial<T> } | null {
  const differ = keys.filter((k) => !isDeepStrictEqual(was[k], now[k]));
  if (!differ.length) return null;
  const pick = (v: T) => Object.fromEntries(differ.map((k) => [k, v[k]])) as Partial<T>;
  return { before: pick(was), after: pick(now) };
}

/** A long text as the log keeps it: its length and a digest that differs when it does. */
export function textSummary(
  text: string | null | undefined,
): { chars: number; digest: string } | null {
  if (!text) return null;
  return {
    chars: text.length,
    digest: createHash('sha256').update(text).digest('hex').slice(0, 12),
  };
}

/**
 * Staff actions, written into the log inside the caller's transaction: the entry commits with
 * the change it describes or not at all. Actor and IP come from the viewer; `null` is the system
 * (a command-line import, a job).
 */
@Injectable()
export class AuditTrail {
  constructor(private readonly db: Db) {}

  async record(actor: Viewer | null, entry: AuditEntry): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log
         (actor_id, actor_role, ip, action, target_type, target_id, target_label, before, after, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        actor?.memberId ?? null,
        actor?.role ?? null,
        actor?.ip ?? null,
        entry.action,
        entry.target.type,
        entry.target.id ?? null,
        entry.target.label?.slice(0, 300) ?? null,
        entry.before === undefined ? null : JSON.stringify(snapshot(entry.before)),
        entry.after === undefined ? null : JSON.stringify(snapshot(entry.after)),
        entry.reason?.trim() || null,
      ],
      { prepare: true },
    );
  }
}
