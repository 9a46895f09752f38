import { Injectable } from '@nestjs/common';
import type { ReactionEvent, ReactionTarget } from '@kizuna/shared';
import { ReadCache } from '../../core/cache/read-cache.js';
import { Db } from '../../core/database/db.js';
import { outboxInsertSql } from '../../core/domain-events/outbox.repository.js';
import { SqlParams, chainCtes, type CteFragment } from '../../core/database/sql-fragment.js';

export interface KindCount {
  kind: string;
  count: number;
  mine: boolean;
}

export interface ReactionKindRow {
  key: string;
  emoji: string;
  labelJa: string;
  labelEn: string;
  position: number;
  enabled: boolean;
}

@Injectable()
export class ReactionsRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: ReadCache,
  ) {}

  kinds(): Promise<ReactionKindRow[]> {
    return this.cache.get('reaction_kinds', () =>
      this.db.query(
        `SELECT key, emoji, label_ja AS "labelJa", label_en AS "labelEn", position, enabled
           FROM reaction_kinds ORDER BY position, key`,
      ),
    );
  }

  async upsertKind(k: ReactionKindRow): Promise<void> {
    await this.db.query(
      `INSERT INTO reaction_kinds (key, emoji, label_ja, label_en, position, enabled) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (key) DO UPDATE SET emoji = $2, label_ja = $3, label_en = $4, position = $5, enabled = $6`,
      [k.key, k.emoji, k.labelJa, k.labelEn, k.position, k.enabled],
    );
    this.cache.changed('reaction_kinds');
  }

  /**
   * Adds one member's reaction, in one statement with what follows from it (`then`, run only
   * when the reaction is new: other modules' parts, such as the target's counter and the
   * activities), the change's `reaction.added` event for the consumers in `pending` included.
   * The primary key makes repeated and concurrent calls add at most one row. Returns, when the
   * reaction is new, the target's counts per kind as they stand with it and the member's kinds.
   */
  async add(
    target: ReactionTarget,
    targetId: string,
    kind: string,
    memberId: string,
    event: ReactionEvent,
    pending: string[],
    then: CteFragment[],
  ): Promise<KindCount[] | null> {
    const p = new SqlParams([target, targetId, kind, memberId]);
    const rows = await this.db.query<Array<KindCount & { changed: boolean }>>(
      `WITH changed AS (
         INSERT INTO reactions (target_type, target_id, kind, member_id)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING kind, member_id),
       announced AS (
         ${outboxInsertSql('reaction.added', p.add(JSON.stringify(event), 'jsonb'), 'changed', p.add(pending))})
       ${chainCtes(p, 'changed', then).sql},
       standing AS (
         SELECT kind, member_id FROM reactions WHERE target_type = $1 AND target_id = $2
         UNION ALL
         SELECT kind, member_id FROM changed)
       SELECT kind, count(*)::int AS count, bool_or(member_id = $4) AS mine,
              EXISTS (SELECT 1 FROM changed) AS changed
         FROM standing GROUP BY kind`,
      p.values,
      { prepare: true },
    );
    return rows.some((r) => r.changed)
      ? rows.map(({ kind, count, mine }) => ({ kind, count, mine }))
      : null;
  }

  /**
   * Takes back one member's reaction, with what follows from it (`then`, as for `add`) and its
   * `reaction.removed` event. Returns, when there was one, the target's counts per kind without
   * it and the member's kinds left.
   *
   * With `withdrawal`, the last of `then` must lock the target only if unchanged since the
   * statement began (or the statement fails with serialization_failure, changing nothing), and
   * `withdrawal` runs when the member has no reaction of another kind left on it.
   */
  async remove(
    target: ReactionTarget,
    targetId: string,
    kind: string,
    memberId: string,
    event: ReactionEvent,
    pending: string[],
    then: CteFragment[],
    withdrawal?: CteFragment,
  ): Promise<KindCount[] | null> {
    const p = new SqlParams([target, targetId, kind, memberId]);
    const chained = chainCtes(p, 'changed', then);
    const withdrawn = withdrawal
      ? `, none_left AS (
           SELECT 1 WHERE EXISTS (SELECT 1 FROM ${chained.gate})
             AND NOT EXISTS (SELECT 1 FROM reactions
                              WHERE target_type = $1 AND target_id = $2 AND member_id = $4
                                AND kind <> $3))
         ${chainCtes(p, 'none_left', [withdrawal]).sql}`
      : '';
    const locked = withdrawal ? `AND retry_unless(EXISTS (SELECT 1 FROM ${chained.gate}))` : '';
    const rows = await this.db.query<Array<KindCount & { changed: boolean }>>(
      `WITH changed AS (
         DELETE FROM reactions
          WHERE target_type = $1 AND target_id = $2 AND kind = $3 AND member_id = $4
         RETURNING kind, member_id),
       announced AS (
         ${outboxInsertSql('reaction.removed', p.add(JSON.stringify(event), 'jsonb'), 'changed', p.add(pending))})
       ${chained.sql}${withdrawn},
       standing AS (
         SELECT kind, member_id FROM reactions
          WHERE target_type = $1 AND target_id = $2
            AND NOT (kind = $3 AND member_id = $4 AND EXISTS (SELECT 1 FROM changed)))
       SELECT s.kind, count(*)::int AS count, bool_or(s.member_id = $4) AS mine, c.changed
         FROM (SELECT EXISTS (SELECT 1 FROM changed) ${locked} AS changed) c
         LEFT JOIN standing s ON true
        GROUP BY s.kind, c.changed`,
      p.values,
      { prepare: true },
    );
    if (!rows.some((r) => r.changed)) return null;
    return rows
      .filter((r) => r.kind !== null)
      .map(({ kind, count, mine }) => ({ kind, count, mine }));
  }

  /**
   * Runs `then` (other modules' parts) when the member has no reaction left on the target, as
   * seen by a statement of its own: after the transaction took the target's lock.
   */
  async whenNoneLeft(
    target: ReactionTarget,
    targetId: string,
    memberId: string,
    then: CteFragment[],
  ): Promise<void> {
    const p = new SqlParams([target, targetId, memberId]);
    const chained = chainCtes(p, 'none_left', then);
    if (!chained.sql) return;
    await this.db.query(
      `WITH none_left AS (
         SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM reactions
                                     WHERE target_type = $1 AND target_id = $2
                                       AND member_id = $3::uuid))${chained.sql}
       SELECT 1`,
      p.values,
      { prepare: true },
    );
  }

  /** `reactions_standing`: a row when the member has a reaction of any kind on the target. */
  standingCtes(target: ReactionTarget, targetId: string, memberId: string): CteFragment {
    return (p, gate) => ({
      gate: 'reactions_standing',
      sql: `reactions_standing AS (
        SELECT 1 FROM reactions
         WHERE target_type = ${p.add(target, 'text')} AND target_id = ${p.add(targetId, 'uuid')}
           AND member_id = ${p.add(memberId, 'uuid')} AND EXISTS (SELECT 1 FROM ${gate})
         LIMIT 1)`,
    });
  }

  /** How many kinds of reaction the member has on the target. */
  async countBy(target: ReactionTarget, targetId: string, memberId: string): Promise<number> {
    const [row] = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM reactions
        WHERE target_type = $1 AND target_id = $2 AND member_id = $3`,
      [target, targetId, memberId],
    );
    return row.n;
  }

  /** Counts per kind for many targets at once, and whether the viewer gave each (one scan). */
  counts(
    target: ReactionTarget,
    ids: readonly string[],
    viewerId: string | null,
  ): Promise<Array<{ targetId: string; kind: string; count: number; mine: boolean }>> {
    return this.db.query(
      `SELECT target_id AS "targetId", kind, count(*)::int AS count,
              coalesce(bool_or(member_id = $3::uuid), false) AS mine
         FROM reactions
        WHERE target_type = $1 AND target_id = ANY($2::uuid[]) GROUP BY target_id, kind`,
      [target, [...ids], viewerId],
      { prepare: true },
    );
  }

  /** Members who reacted with `kind`, newest first, keyset on (created_at, member_id). */
  who(
    target: ReactionTarget,
    targetId: string,
    kind: string,
    first: number,
    after: string[] | null,
  ) {
    return this.db.query<Array<{ memberId: string; createdAt: Date }>>(
      `SELECT member_id AS "memberId", created_at AS "createdAt" FROM reactions
        WHERE target_type = $1 AND target_id = $2 AND kind = $3
          ${after ? `AND (created_at, member_id) < ($5::timestamptz, $6::uuid)` : ''}
        ORDER BY created_at DESC, member_id DESC LIMIT $4`,
      after
        ? [target, targetId, kind, first + 1, after[0], after[1]]
        : [target, targetId, kind, first + 1],
    );
  }
}
