import { Injectable } from '@nestjs/common';
import { Db } from '../../core/database/db.js';
import { CommentEntity } from './entities/comment.entity.js';

export type NewComment = Pick<
  CommentEntity,
  'postId' | 'parentId' | 'authorId' | 'body' | 'bodyHtml' | 'searchText' | 'searchGrams'
> &
  Partial<Pick<CommentEntity, 'createdAt' | 'hiddenAt'>>;

/** Deleted comments stay in threads (as a placeholder) when they have replies; hidden ones for staff only. */
/**
 * Which hidden comments a thread shows: all of them (staff), those of one member (their author,
 * by id), or none.
 */
export type HiddenShown = boolean | string;

const VISIBLE = (hidden: HiddenShown, authorParam: string) =>
  `(c.deleted_at IS NULL OR c.reply_count > 0)` +
  (hidden === true
    ? ''
    : typeof hidden === 'string'
      ? ` AND (c.hidden_at IS NULL OR c.author_id = ${authorParam})`
      : ' AND c.hidden_at IS NULL');

@Injectable()
export class CommentsRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.repo(CommentEntity);
  }

  async insert(c: NewComment): Promise<CommentEntity> {
    const { id } = await this.repo.save(this.repo.create(c));
    return (await this.findById(id))!;
  }

  findById(id: string): Promise<CommentEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<CommentEntity[]> {
    return this.repo
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  async update(id: string, patch: Partial<CommentEntity>): Promise<CommentEntity> {
    await this.repo.update({ id }, patch);
    return (await this.findById(id))!;
  }

  async adjustReplyCount(id: string, delta: number): Promise<void> {
    await this.db.query(
      `UPDATE comments SET reply_count = greatest(reply_count + $2, 0) WHERE id = $1`,
      [id, delta],
    );
  }

  /** Top-level comments of a post, oldest first. */
  topLevel(
    postId: string,
    first: number,
    after: string[] | null,
    hidden: HiddenShown,
  ): Promise<CommentEntity[]> {
    return this.oldestFirst('c.postId = :id AND c.parentId IS NULL', postId, first, after, hidden);
  }

  /** How many top-level comments of a post are shown and not deleted (placeholders are not answers). */
  async countTopLevel(postId: string, hidden: HiddenShown): Promise<number> {
    const [row] = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM comments c
        WHERE c.post_id = $1 AND c.parent_id IS NULL AND c.deleted_at IS NULL
          AND ${VISIBLE(hidden, '$2::uuid')}`,
      [postId, ...(typeof hidden === 'string' ? [hidden] : [])],
    );
    return row.n;
  }

  /** Replies to one comment, oldest first. */
  replies(
    parentId: string,
    first: number,
    after: string[] | null,
    hidden: HiddenShown,
  ): Promise<CommentEntity[]> {
    return this.oldestFirst('c.parentId = :id', parentId, first, after, hidden);
  }

  private oldestFirst(
    where: string,
    id: string,
    first: number,
    after: string[] | null,
    hidden: HiddenShown,
  ) {
    const q = this.repo
      .createQueryBuilder('c')
      .where(where, { id })
      .andWhere(VISIBLE(hidden, ':me'), typeof hidden === 'string' ? { me: hidden } : {})
      .orderBy('c.createdAt', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(first + 1);
    if (after)
      q.andWhere('(c.createdAt, c.id) > (:at::timestamptz, :after::uuid)', {
        at: after[0],
        after: after[1],
      });
    return q.getMany();
  }

  /** The first `n + 1` replies of each parent in one query (for the replies field of a page of comments). */
  async firstReplies(
    parentIds: readonly string[],
    n: number,
    hidden: HiddenShown,
  ): Promise<CommentEntity[]> {
    const ids = await this.db.query<Array<{ id: string }>>(
      `SELECT id FROM (
         SELECT c.id, row_number() OVER (PARTITION BY c.parent_id ORDER BY c.created_at, c.id) AS rn
           FROM comments c WHERE c.parent_id = ANY($1::uuid[]) AND ${VISIBLE(hidden, '$3::uuid')}) r
        WHERE rn <= $2`,
      [[...parentIds], n + 1, ...(typeof hidden === 'string' ? [hidden] : [])],
    );
    const rows = await this.findByIds(ids.map((r) => r.id));
    return rows.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    );
  }

  /** A member's comments on posts the viewer may see, newest first. */
  byAuthor(
    authorId: string,
    spaceIds: string[],
    first: number,
    after: string[] | null,
    includeHidden: boolean,
  ) {
    const q = this.repo
      .createQueryBuilder('c')
      .innerJoin('posts', 'p', 'p.id = c.post_id')
      .where('c.authorId = :authorId AND c.deletedAt IS NULL', { authorId })
      .andWhere('p.deleted_at IS NULL AND p.space_id = ANY(:spaceIds::uuid[])', { spaceIds })
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(first + 1);
    if (!includeHidden) q.andWhere('c.hiddenAt IS NULL AND p.hidden_at IS NULL');
    if (after)
      q.andWhere('(c.createdAt, c.id) < (:at::timestamptz, :id::uuid)', {
        at: after[0],
        id: after[1],
      });
    return q.getMany();
  }
}
