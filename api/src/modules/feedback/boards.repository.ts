import { Injectable } from '@nestjs/common';
import type { Role } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';

export interface BoardRow {
  id: string;
  slug: string;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  /** null: every role. */
  postRoles: Role[] | null;
  voteRoles: Role[] | null;
  minPostRankPosition: number | null;
  minVoteRankPosition: number | null;
  requiresApproval: boolean;
  /** Open votes a member may hold on the board; null: unlimited. */
  voteBudget: number | null;
  position: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type BoardFields = Omit<BoardRow, 'id' | 'createdBy' | 'createdAt' | 'updatedAt'>;

const BOARD = `id, slug, name_ja AS "nameJa", name_en AS "nameEn",
  description_ja AS "descriptionJa", description_en AS "descriptionEn", post_roles AS "postRoles",
  vote_roles AS "voteRoles", min_post_rank_position AS "minPostRankPosition",
  min_vote_rank_position AS "minVoteRankPosition", requires_approval AS "requiresApproval",
  vote_budget AS "voteBudget", position, created_by AS "createdBy", created_at AS "createdAt",
  updated_at AS "updatedAt"`;

const COLUMN: Record<keyof BoardFields, string> = {
  slug: 'slug',
  nameJa: 'name_ja',
  nameEn: 'name_en',
  descriptionJa: 'description_ja',
  descriptionEn: 'description_en',
  postRoles: 'post_roles',
  voteRoles: 'vote_roles',
  minPostRankPosition: 'min_post_rank_position',
  minVoteRankPosition: 'min_vote_rank_position',
  requiresApproval: 'requires_approval',
  voteBudget: 'vote_budget',
  position: 'position',
};

/** Feedback boards (the `feedback_boards` table). */
@Injectable()
export class BoardsRepository {
  constructor(private readonly db: Db) {}

  all(): Promise<BoardRow[]> {
    return this.db.query(`SELECT ${BOARD} FROM feedback_boards ORDER BY position, created_at, id`);
  }

  count(): Promise<number> {
    return this.db
      .query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM feedback_boards`)
      .then((r) => r[0].n);
  }

  async findById(id: string): Promise<BoardRow | null> {
    const rows = await this.db.query<BoardRow[]>(
      `SELECT ${BOARD} FROM feedback_boards WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  findByIds(ids: readonly string[]): Promise<BoardRow[]> {
    return this.db.query(`SELECT ${BOARD} FROM feedback_boards WHERE id = ANY($1::uuid[])`, [
      [...ids],
    ]);
  }

  async bySlug(slug: string): Promise<BoardRow | null> {
    const rows = await this.db.query<BoardRow[]>(
      `SELECT ${BOARD} FROM feedback_boards WHERE slug = $1`,
      [slug],
    );
    return rows[0] ?? null;
  }

  /** Inserts a board; null when the slug is taken. */
  async insert(fields: BoardFields, createdBy: string): Promise<BoardRow | null> {
    const keys = Object.keys(COLUMN) as Array<keyof BoardFields>;
    const rows = await this.db.query<BoardRow[]>(
      `INSERT INTO feedback_boards (${keys.map((k) => COLUMN[k]).join(', ')}, created_by)
       VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}, $${keys.length + 1})
       ON CONFLICT (slug) DO NOTHING
       RETURNING ${BOARD}`,
      [...keys.map((k) => fields[k]), createdBy],
    );
    return rows[0] ?? null;
  }

  /** Changes the given fields (call inside a transaction); null when the new slug is taken. */
  async update(id: string, patch: Partial<BoardFields>): Promise<BoardRow | null> {
    const keys = (Object.keys(patch) as Array<keyof BoardFields>).filter(
      (k) => patch[k] !== undefined,
    );
    try {
      const rows = await this.db.savepoint(() =>
        this.db.query<BoardRow[]>(
          `UPDATE feedback_boards
              SET ${keys.map((k, i) => `${COLUMN[k]} = $${i + 2}, `).join('')}updated_at = now()
            WHERE id = $1 RETURNING ${BOARD}`,
          [id, ...keys.map((k) => patch[k])],
        ),
      );
      return rows[0] ?? null;
    } catch (e) {
      if ((e as { code?: string }).code === '23505') return null;
      throw e;
    }
  }

  /** Approved ideas that are not merged, per board. */
  async ideaCounts(boardIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<Array<{ boardId: string; n: number }>>(
      `SELECT board_id AS "boardId", count(*)::int AS n FROM ideas
        WHERE board_id = ANY($1::uuid[]) AND approval = 'approved' AND status <> 'duplicate'
        GROUP BY board_id`,
      [[...boardIds]],
    );
    return new Map(rows.map((r) => [r.boardId, r.n]));
  }
}
