import { Injectable } from '@nestjs/common';
import type { FlagReason, ReviewSource, ReviewStatus, ReviewTargetType } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';

export interface ReviewItemRow {
  id: string;
  targetType: ReviewTargetType;
  targetId: string;
  authorId: string | null;
  status: ReviewStatus;
  source: ReviewSource;
  detail: string | null;
  score: number;
  flagCount: number;
  hiddenByReview: boolean;
  createdAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  resolution: string | null;
}

export interface FlagRow {
  id: string;
  itemId: string;
  targetType: ReviewTargetType;
  targetId: string;
  flaggerId: string;
  reason: FlagReason;
  note: string | null;
  weight: number;
  outcome: 'agreed' | 'disagreed' | 'ignored' | null;
  createdAt: Date;
}

export interface Accuracy {
  agreed: number;
  disagreed: number;
}

export interface QueueFilter {
  status: ReviewStatus;
  targetType?: ReviewTargetType | null;
  source?: ReviewSource | null;
  reason?: FlagReason | null;
}

const ITEM = `id, target_type AS "targetType", target_id AS "targetId", author_id AS "authorId",
  status, source, detail, score, flag_count AS "flagCount", hidden_by_review AS "hiddenByReview",
  created_at AS "createdAt", updated_at AS "updatedAt", resolved_at AS "resolvedAt",
  resolved_by AS "resolvedBy", resolution`;

const FLAG = `id, item_id AS "itemId", target_type AS "targetType", target_id AS "targetId",
  flagger_id AS "flaggerId", reason, note, weight, outcome, created_at AS "createdAt"`;

/** Review items and the flags gathered on them. */
@Injectable()
export class ReviewRepository {
  constructor(private readonly db: Db) {}

  /** The target's open item, opened now if it has none (one per target, race-free). */
  async open(
    targetType: ReviewTargetType,
    targetId: string,
    authorId: string | null,
    source: ReviewSource,
    detail: string | null = null,
  ): Promise<ReviewItemRow> {
    const [row] = await this.db.query<ReviewItemRow[]>(
      `INSERT INTO review_items (target_type, target_id, author_id, source, detail)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (target_type, target_id) WHERE status = 'pending'
       DO UPDATE SET updated_at = now()
       RETURNING ${ITEM}`,
      [targetType, targetId, authorId, source, detail],
    );
    return row;
  }

  /** The flag, or null when this member already flagged the target. */
  async addFlag(f: Omit<FlagRow, 'id' | 'outcome' | 'createdAt'>): Promise<FlagRow | null> {
    const rows = await this.db.query<FlagRow[]>(
      `INSERT INTO flags (item_id, target_type, target_id, flagger_id, reason, note, weight)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (target_type, target_id, flagger_id) DO NOTHING
       RETURNING ${FLAG}`,
      [f.itemId, f.targetType, f.targetId, f.flaggerId, f.reason, f.note, f.weight],
    );
    return rows[0] ?? null;
  }

  /**
   * Adds a flag's weight to its item under the row's lock (taken first, so concurrent flags add
   * up exactly); `justReached` is true for the one flag that took the score to the threshold.
   */
  async addWeight(
    itemId: string,
    weight: number,
    threshold: number,
  ): Promise<{ score: number; justReached: boolean }> {
    const [{ hidden }] = await this.db.query<Array<{ hidden: boolean }>>(
      `SELECT hidden_by_review AS hidden FROM review_items WHERE id = $1 FOR UPDATE`,
      [itemId],
    );
    const [row] = await this.db.query<Array<{ score: number; reached: boolean }>>(
      `UPDATE review_items
          SET score = score + $2, flag_count = flag_count + 1, updated_at = now(),
              hidden_by_review = hidden_by_review OR score + $2 >= $3
        WHERE id = $1
       RETURNING score, score >= $3 AS reached`,
      [itemId, weight, threshold],
    );
    return { score: row.score, justReached: row.reached && !hidden };
  }

  /** Marks the item hidden by review (content held for approval, say). */
  async markHidden(itemId: string): Promise<void> {
    await this.db.query(`UPDATE review_items SET hidden_by_review = true WHERE id = $1`, [itemId]);
  }

  /**
   * Decides a pending item: the one caller whose update finds it pending wins; everyone else
   * gets null (it was decided meanwhile).
   */
  async resolve(
    itemId: string,
    status: Exclude<ReviewStatus, 'pending'>,
    resolution: string,
    by: string,
  ): Promise<ReviewItemRow | null> {
    const rows = await this.db.query<ReviewItemRow[]>(
      `UPDATE review_items
          SET status = $2, resolution = $3, resolved_by = $4, resolved_at = now(),
              updated_at = now()
        WHERE id = $1 AND status = 'pending'
       RETURNING ${ITEM}`,
      [itemId, status, resolution, by],
    );
    return rows[0] ?? null;
  }

  /** Gives every flag of the item its outcome; the flaggers. */
  async settleFlags(
    itemId: string,
    outcome: 'agreed' | 'disagreed' | 'ignored',
  ): Promise<string[]> {
    const rows = await this.db.query<Array<{ flaggerId: string }>>(
      `UPDATE flags SET outcome = $2 WHERE item_id = $1 RETURNING flagger_id AS "flaggerId"`,
      [itemId, outcome],
    );
    return rows.map((r) => r.flaggerId);
  }

  /** The target's pending item, if it has one. */
  openFor(targetType: ReviewTargetType, targetId: string): Promise<ReviewItemRow | null> {
    return this.db
      .query<ReviewItemRow[]>(
        `SELECT ${ITEM} FROM review_items
          WHERE target_type = $1 AND target_id = $2 AND status = 'pending'`,
        [targetType, targetId],
      )
      .then((rows) => rows[0] ?? null);
  }

  findById(id: string): Promise<ReviewItemRow | null> {
    return this.db
      .query<ReviewItemRow[]>(`SELECT ${ITEM} FROM review_items WHERE id = $1`, [id])
      .then((rows) => rows[0] ?? null);
  }

  /** Newest activity first, keyset-paged on (updated_at, id). */
  page(f: QueueFilter, limit: number, after: [string, string] | null): Promise<ReviewItemRow[]> {
    const params: unknown[] = [f.status];
    const where = ['status = $1'];
    if (f.targetType) where.push(`target_type = $${params.push(f.targetType)}`);
    if (f.source) where.push(`source = $${params.push(f.source)}`);
    if (f.reason)
      where.push(
        `EXISTS (SELECT 1 FROM flags fl WHERE fl.item_id = review_items.id AND fl.reason = $${params.push(f.reason)})`,
      );
    if (after) {
      params.push(after[0], after[1]);
      where.push(
        `(updated_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(limit);
    return this.db.query<ReviewItemRow[]>(
      `SELECT ${ITEM} FROM review_items WHERE ${where.join(' AND ')}
        ORDER BY updated_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
  }

  async pendingCount(): Promise<number> {
    const [{ n }] = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM review_items WHERE status = 'pending'`,
    );
    return n;
  }

  flagsOf(itemIds: readonly string[]): Promise<FlagRow[]> {
    return this.db.query<FlagRow[]>(
      `SELECT ${FLAG} FROM flags WHERE item_id = ANY($1::uuid[]) ORDER BY created_at`,
      [itemIds],
    );
  }

  /** Agreed and disagreed flags of each member (ignored ones say nothing of accuracy). */
  async accuracy(memberIds: readonly string[]): Promise<Map<string, Accuracy>> {
    const rows = await this.db.query<Array<Accuracy & { memberId: string }>>(
      `SELECT flagger_id AS "memberId",
              count(*) FILTER (WHERE outcome = 'agreed')::int AS agreed,
              count(*) FILTER (WHERE outcome = 'disagreed')::int AS disagreed
         FROM flags WHERE flagger_id = ANY($1::uuid[]) GROUP BY flagger_id`,
      [memberIds],
    );
    return new Map(rows.map((r) => [r.memberId, { agreed: r.agreed, disagreed: r.disagreed }]));
  }

  /** Of these targets, those the member flagged. */
  async flaggedBy(
    memberId: string,
    targetType: ReviewTargetType,
    targetIds: readonly string[],
  ): Promise<Set<string>> {
    const rows = await this.db.query<Array<{ targetId: string }>>(
      `SELECT target_id AS "targetId" FROM flags
        WHERE flagger_id = $1 AND target_type = $2 AND target_id = ANY($3::uuid[])`,
      [memberId, targetType, targetIds],
    );
    return new Set(rows.map((r) => r.targetId));
  }

  /** How items about a member's content (or them) ended, by status. */
  async authorHistory(authorId: string): Promise<Record<ReviewStatus, number>> {
    const rows = await this.db.query<Array<{ status: ReviewStatus; n: number }>>(
      `SELECT status, count(*)::int AS n FROM review_items WHERE author_id = $1 GROUP BY status`,
      [authorId],
    );
    const out = { pending: 0, agreed: 0, disagreed: 0, ignored: 0 };
    for (const r of rows) out[r.status] = r.n;
    return out;
  }
}
