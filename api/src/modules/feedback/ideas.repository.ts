import { Injectable } from '@nestjs/common';
import {
  CLOSED_IDEA_STATUSES,
  type IdeaApproval,
  type IdeaSort,
  type IdeaStatus,
} from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { demandSortKeySql, minVoterRankSql } from './demand.sql.js';

export interface IdeaRow {
  /** The id of the idea's post. */
  id: string;
  boardId: string;
  authorId: string;
  /** The post's title and tags, kept in step by updateIdea. */
  title: string;
  tags: string[];
  status: IdeaStatus;
  approval: IdeaApproval;
  voteCount: number;
  followerCount: number;
  /** Set exactly when the status is DUPLICATE. */
  mergedIntoId: string | null;
  statusBeforeMerge: IdeaStatus | null;
  answerBody: string | null;
  answerHtml: string | null;
  answerAuthorId: string | null;
  answeredAt: Date | null;
  answerUpdatedAt: Date | null;
  hiddenFromRoadmap: boolean;
  statusChangedAt: Date;
  /** When the product team first answered it or moved it from OPEN; the author edits until then. */
  respondedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface StatusChangeRow {
  id: string;
  ideaId: string;
  from: IdeaStatus | null;
  to: IdeaStatus;
  note: string | null;
  actorId: string | null;
  mergedIntoId: string | null;
  at: Date;
}

export interface IdeaQuery {
  boardId?: string;
  statuses?: IdeaStatus[];
  tag?: string;
  approval: IdeaApproval;
  sort: IdeaSort;
  /** Only ideas with votes from members of this rank or higher. */
  minVoterRankPosition?: number;
  first: number;
  after: string[] | null;
}

/** How a sort orders ideas and the cursor it keeps: [key, id]. */
interface SortOrder {
  key: string;
  cursor: 'int' | 'date' | 'float';
  /** Computed per idea from its voters (see demand.sql): worked out once per matching idea. */
  computed?: boolean;
}
export const IDEA_SORTS: Record<IdeaSort, SortOrder> = {
  votes: { key: 'i.vote_count', cursor: 'int' },
  top_rank_votes: {
    key: `${demandSortKeySql.top_rank_votes('i.id')}::int`,
    cursor: 'int',
    computed: true,
  },
  trending: { key: `${demandSortKeySql.trending('i.id')}::int`, cursor: 'int', computed: true },
  loyal_demand: { key: demandSortKeySql.loyal_demand('i.id'), cursor: 'float', computed: true },
  newest: { key: 'i.created_at', cursor: 'date' },
};

const IDEA = `i.id, i.board_id AS "boardId", i.author_id AS "authorId", i.title, i.tags, i.status,
  i.approval, i.vote_count AS "voteCount", i.follower_count AS "followerCount",
  i.merged_into_id AS "mergedIntoId", i.status_before_merge AS "statusBeforeMerge",
  i.answer_body AS "answerBody", i.answer_html AS "answerHtml",
  i.answer_author_id AS "answerAuthorId", i.answered_at AS "answeredAt",
  i.answer_updated_at AS "answerUpdatedAt", i.hidden_from_roadmap AS "hiddenFromRoadmap",
  i.status_changed_at AS "statusChangedAt", i.responded_at AS "respondedAt",
  i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;

const CHANGE = `id, idea_id AS "ideaId", from_status AS "from", to_status AS "to", note,
  actor_id AS "actorId", merged_into_id AS "mergedIntoId", created_at AS "at"`;

const CLOSED = `ARRAY[${CLOSED_IDEA_STATUSES.map((s) => `'${s}'`).join(', ')}]::text[]`;

type Patchable = Pick<
  IdeaRow,
  | 'title'
  | 'tags'
  | 'status'
  | 'approval'
  | 'mergedIntoId'
  | 'statusBeforeMerge'
  | 'answerBody'
  | 'answerHtml'
  | 'answerAuthorId'
  | 'answeredAt'
  | 'answerUpdatedAt'
  | 'hiddenFromRoadmap'
  | 'statusChangedAt'
  | 'respondedAt'
>;
const COLUMN: Record<keyof Patchable, string> = {
  title: 'title',
  tags: 'tags',
  status: 'status',
  approval: 'approval',
  mergedIntoId: 'merged_into_id',
  statusBeforeMerge: 'status_before_merge',
  answerBody: 'answer_body',
  answerHtml: 'answer_html',
  answerAuthorId: 'answer_author_id',
  answeredAt: 'answered_at',
  answerUpdatedAt: 'answer_updated_at',
  hiddenFromRoadmap: 'hidden_from_roadmap',
  statusChangedAt: 'status_changed_at',
  respondedAt: 'responded_at',
};

/**
 * Ideas, their votes, follows and status history. Counts move in the statement that changes
 * what they count, under the idea's row lock the services take first, so they stay exact.
 */
@Injectable()
export class IdeasRepository {
  constructor(private readonly db: Db) {}

  async insert(idea: {
    id: string;
    boardId: string;
    authorId: string;
    title: string;
    tags: string[];
    approval: IdeaApproval;
  }): Promise<IdeaRow> {
    const rows = await this.db.query<IdeaRow[]>(
      `INSERT INTO ideas AS i (id, board_id, author_id, title, tags, approval)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${IDEA}`,
      [idea.id, idea.boardId, idea.authorId, idea.title, idea.tags, idea.approval],
    );
    return rows[0];
  }

  async findById(id: string): Promise<IdeaRow | null> {
    return (await this.findByIds([id]))[0] ?? null;
  }

  findByIds(ids: readonly string[]): Promise<IdeaRow[]> {
    return this.db.query(`SELECT ${IDEA} FROM ideas i WHERE i.id = ANY($1::uuid[])`, [[...ids]]);
  }

  /** Locks the ideas until commit, in id order (so two bulk changes never deadlock). */
  lock(ids: readonly string[]): Promise<IdeaRow[]> {
    return this.db.query(
      `SELECT ${IDEA} FROM ideas i WHERE i.id = ANY($1::uuid[]) ORDER BY i.id FOR UPDATE`,
      [[...new Set(ids)]],
    );
  }

  async update(id: string, patch: Partial<Patchable>): Promise<IdeaRow> {
    const keys = (Object.keys(patch) as Array<keyof Patchable>).filter(
      (k) => patch[k] !== undefined,
    );
    const rows = await this.db.query<IdeaRow[]>(
      `UPDATE ideas i SET ${keys.map((k, n) => `${COLUMN[k]} = $${n + 2}, `).join('')}updated_at = now()
        WHERE i.id = $1 RETURNING ${IDEA}`,
      [id, ...keys.map((k) => patch[k])],
    );
    return rows[0];
  }

  /** A page of ideas, with how many match in all. */
  async list(q: IdeaQuery): Promise<{ rows: IdeaRow[]; total: number }> {
    const params: unknown[] = [q.approval];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = [`i.approval = $1`];
    if (q.boardId) where.push(`i.board_id = ${p(q.boardId)}`);
    if (q.statuses?.length) where.push(`i.status = ANY(${p(q.statuses)}::text[])`);
    else where.push(`i.status <> 'duplicate'`);
    if (q.tag) where.push(`i.tags @> ARRAY[${p(q.tag)}]::text[]`);
    if (q.minVoterRankPosition) where.push(minVoterRankSql('i.id', p(q.minVoterRankPosition)));
    const total = (
      await this.db.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM ideas i WHERE ${where.join(' AND ')}`,
        params,
      )
    )[0].n;
    const order = IDEA_SORTS[q.sort];
    const type = { int: 'int', date: 'timestamptz', float: 'float8' }[order.cursor];
    const after = q.after && `(${p(q.after[0])}::${type}, ${p(q.after[1])}::uuid)`;
    // A computed key is worked out once per idea (OFFSET 0 keeps the subquery from being
    // flattened into the outer WHERE and ORDER BY, which would compute it again).
    const rows = order.computed
      ? await this.db.query<IdeaRow[]>(
          `SELECT * FROM (SELECT ${IDEA}, ${order.key} AS "sortKey" FROM ideas i
                           WHERE ${where.join(' AND ')} OFFSET 0) s
            ${after ? `WHERE (s."sortKey", s.id) < ${after}` : ''}
            ORDER BY s."sortKey" DESC, s.id DESC LIMIT ${p(q.first + 1)}`,
          params,
        )
      : await this.db.query<IdeaRow[]>(
          `SELECT ${IDEA}, ${order.key} AS "sortKey" FROM ideas i
            WHERE ${[...where, ...(after ? [`(${order.key}, i.id) < ${after}`] : [])].join(' AND ')}
            ORDER BY ${order.key} DESC, i.id DESC LIMIT ${p(q.first + 1)}`,
          params,
        );
    return { rows, total };
  }

  /** Ideas in a roadmap column: approved, not hidden; released ones since `releasedSince`. */
  roadmap(status: IdeaStatus, releasedSince: Date | null, limit: number): Promise<IdeaRow[]> {
    return this.db.query(
      `SELECT ${IDEA} FROM ideas i
        WHERE i.status = $1 AND i.approval = 'approved' AND NOT i.hidden_from_roadmap
          AND ($2::timestamptz IS NULL OR i.status_changed_at >= $2)
        ORDER BY ${releasedSince ? 'i.status_changed_at DESC' : 'i.vote_count DESC'}, i.id DESC
        LIMIT $3`,
      [status, releasedSince, limit],
    );
  }

  mergedInto(ids: readonly string[]): Promise<IdeaRow[]> {
    return this.db.query(
      `SELECT ${IDEA} FROM ideas i WHERE i.merged_into_id = ANY($1::uuid[])
        ORDER BY i.status_changed_at, i.id`,
      [[...ids]],
    );
  }

  /** Casts the member's vote (the idea is locked); false when they already had one counted. */
  async vote(ideaId: string, memberId: string): Promise<boolean> {
    const rows = await this.db.query<Array<{ added: number }>>(
      `WITH added AS (
         INSERT INTO idea_votes (idea_id, member_id, counted_idea_id) VALUES ($1, $2, $1)
         ON CONFLICT DO NOTHING RETURNING 1),
       counted AS (
         UPDATE ideas SET vote_count = vote_count + 1, updated_at = now()
          WHERE id = $1 AND EXISTS (SELECT 1 FROM added) RETURNING 1)
       SELECT (SELECT count(*)::int FROM added) AS added`,
      [ideaId, memberId],
    );
    return rows[0].added > 0;
  }

  /**
   * Withdraws every vote of the member's that counts on the idea (the idea is locked): their own,
   * and any cast on an idea merged into it. Returns the ideas those votes were cast on.
   */
  async unvote(ideaId: string, memberId: string): Promise<string[]> {
    const rows = await this.db.query<Array<{ ideaId: string; counted: boolean }>>(
      `WITH gone AS (
         DELETE FROM idea_votes WHERE counted_idea_id = $1 AND member_id = $2
         RETURNING idea_id, counted),
       counted AS (
         UPDATE ideas SET vote_count = vote_count - (SELECT count(*) FROM gone WHERE counted),
                updated_at = now()
          WHERE id = $1 AND EXISTS (SELECT 1 FROM gone WHERE counted) RETURNING 1)
       SELECT idea_id AS "ideaId", counted FROM gone`,
      [ideaId, memberId],
    );
    return rows.map((r) => r.ideaId);
  }

  /** Follows or unfollows (the idea is locked); true when it changed. */
  async follow(ideaId: string, memberId: string, on: boolean): Promise<boolean> {
    const rows = await this.db.query<Array<{ n: number }>>(
      on
        ? `WITH changed AS (
             INSERT INTO idea_follows (idea_id, member_id) VALUES ($1, $2)
             ON CONFLICT DO NOTHING RETURNING 1),
           counted AS (
             UPDATE ideas SET follower_count = follower_count + 1
              WHERE id = $1 AND EXISTS (SELECT 1 FROM changed) RETURNING 1)
           SELECT (SELECT count(*)::int FROM changed) AS n`
        : `WITH changed AS (
             DELETE FROM idea_follows WHERE idea_id = $1 AND member_id = $2 RETURNING 1),
           counted AS (
             UPDATE ideas SET follower_count = follower_count - 1
              WHERE id = $1 AND EXISTS (SELECT 1 FROM changed) RETURNING 1)
           SELECT (SELECT count(*)::int FROM changed) AS n`,
      [ideaId, memberId],
    );
    return rows[0].n > 0;
  }

  /**
   * Holds the member's votes on a board until commit: casting a vote under a budget counts the
   * member's open votes there, so two of their votes at once must not both count before either
   * is cast.
   */
  async lockBudget(memberId: string, boardId: string): Promise<void> {
    await this.db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `idea_budget:${memberId}:${boardId}`,
    ]);
  }

  /** The member's counted votes on a board's ideas that are not closed. */
  async openVotes(memberId: string, boardIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<Array<{ boardId: string; n: number }>>(
      `SELECT i.board_id AS "boardId", count(*)::int AS n
         FROM idea_votes v JOIN ideas i ON i.id = v.counted_idea_id
        WHERE v.member_id = $1 AND v.counted AND i.board_id = ANY($2::uuid[])
          AND NOT (i.status = ANY(${CLOSED}))
        GROUP BY i.board_id`,
      [memberId, [...boardIds]],
    );
    return new Map(rows.map((r) => [r.boardId, r.n]));
  }

  /** Which of these ideas the member's vote counts on. */
  async votedBy(memberId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT counted_idea_id AS id FROM idea_votes
        WHERE member_id = $1 AND counted AND counted_idea_id = ANY($2::uuid[])`,
      [memberId, [...ideaIds]],
    );
    return new Set(rows.map((r) => r.id));
  }

  async followedBy(memberId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT idea_id AS id FROM idea_follows WHERE member_id = $1 AND idea_id = ANY($2::uuid[])`,
      [memberId, [...ideaIds]],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Members whose vote counts on the idea, and its followers: who hears of its changes. */
  async audience(ideaId: string): Promise<string[]> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT member_id AS id FROM idea_votes WHERE counted_idea_id = $1 AND counted
       UNION
       SELECT member_id FROM idea_follows WHERE idea_id = $1`,
      [ideaId],
    );
    return rows.map((r) => r.id);
  }

  /** Members who voted on an idea that was merged (their votes count elsewhere now) and its followers. */
  async mergedAudience(ideaId: string): Promise<string[]> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT member_id AS id FROM idea_votes WHERE idea_id = $1
       UNION
       SELECT member_id FROM idea_follows WHERE idea_id = $1`,
      [ideaId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Moves what counts on `fromId` to `intoId` (both locked): each vote now counts on `intoId`,
   * except a second vote of a member already counted there, which is kept uncounted; followers
   * follow `intoId` too. Both ideas' counts are set to what they now hold. Returns the members
   * whose votes were on `fromId`.
   */
  async mergeInto(fromId: string, intoId: string): Promise<string[]> {
    const moved = await this.db.query<Array<{ memberId: string }>>(
      `UPDATE idea_votes v SET counted_idea_id = $2,
              counted = v.counted AND NOT EXISTS (
                SELECT 1 FROM idea_votes a
                 WHERE a.counted_idea_id = $2 AND a.member_id = v.member_id AND a.counted)
        WHERE v.counted_idea_id = $1
        RETURNING v.member_id AS "memberId"`,
      [fromId, intoId],
    );
    await this.db.query(
      `INSERT INTO idea_follows (idea_id, member_id, created_at)
       SELECT $2, member_id, created_at FROM idea_follows WHERE idea_id = $1
       ON CONFLICT DO NOTHING`,
      [fromId, intoId],
    );
    await this.db.query(`UPDATE ideas SET merged_into_id = $2 WHERE merged_into_id = $1`, [
      fromId,
      intoId,
    ]);
    await this.recount([fromId, intoId]);
    return [...new Set(moved.map((m) => m.memberId))];
  }

  /** Gives an idea back the votes cast on it, from wherever they count (both locked). */
  async unmerge(id: string, fromId: string): Promise<void> {
    await this.db.query(
      `UPDATE idea_votes SET counted_idea_id = $1, counted = true WHERE idea_id = $1`,
      [id],
    );
    await this.recount([id, fromId]);
  }

  /** Sets the ideas' counts to the votes and follows they hold (the ideas are locked). */
  private async recount(ids: string[]): Promise<void> {
    await this.db.query(
      `UPDATE ideas i SET
         vote_count = (SELECT count(*) FROM idea_votes v WHERE v.counted_idea_id = i.id AND v.counted),
         follower_count = (SELECT count(*) FROM idea_follows f WHERE f.idea_id = i.id),
         updated_at = now()
        WHERE i.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async addStatusChange(c: {
    ideaId: string;
    from: IdeaStatus | null;
    to: IdeaStatus;
    note: string | null;
    actorId: string | null;
    mergedIntoId?: string | null;
  }): Promise<StatusChangeRow> {
    const rows = await this.db.query<StatusChangeRow[]>(
      `INSERT INTO idea_status_changes (idea_id, from_status, to_status, note, actor_id, merged_into_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${CHANGE}`,
      [c.ideaId, c.from, c.to, c.note, c.actorId, c.mergedIntoId ?? null],
    );
    return rows[0];
  }

  async statusChange(id: string): Promise<StatusChangeRow | null> {
    const rows = await this.db.query<StatusChangeRow[]>(
      `SELECT ${CHANGE} FROM idea_status_changes WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Each idea's history, oldest first. */
  history(ideaIds: readonly string[]): Promise<StatusChangeRow[]> {
    return this.db.query(
      `SELECT ${CHANGE} FROM idea_status_changes WHERE idea_id = ANY($1::uuid[])
        ORDER BY created_at, id`,
      [[...ideaIds]],
    );
  }
}
