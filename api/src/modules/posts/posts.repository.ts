import { Injectable } from '@nestjs/common';
import type { PostKind } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import type { CteFragment } from '../../core/database/sql-fragment.js';
import { PostEntity } from './entities/post.entity.js';
import { PostRevisionEntity } from './entities/post-revision.entity.js';

export type NewPost = Pick<
  PostEntity,
  | 'spaceId'
  | 'authorId'
  | 'kind'
  | 'title'
  | 'body'
  | 'bodyHtml'
  | 'excerpt'
  | 'tags'
  | 'searchText'
  | 'searchGrams'
> &
  Partial<Pick<PostEntity, 'createdAt' | 'viewCount' | 'thumbnailUrl' | 'hiddenAt'>>;

export type FeedSort = 'latest' | 'popular' | 'unanswered';

export interface FeedQuery {
  /** Only posts in these spaces (the ones the viewer may see). */
  spaceIds: string[];
  authorId?: string;
  tag?: string;
  kind?: PostKind;
  solved?: boolean | null;
  pinnedOnly?: boolean;
  includeHidden: boolean;
  sort: FeedSort;
  first: number;
  /** latest/unanswered: [createdAt, id]; popular: [hot score, id]. */
  after: string[] | null;
}

/** A post as lists read it: without its body (`Post.body` and `bodyHtml` load it when asked). */
export interface FeedRow extends Omit<PostEntity, 'body' | 'bodyHtml'> {
  score?: number;
}

const BODY_PROPERTIES = new Set(['body', 'bodyHtml']);

@Injectable()
export class PostsRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.repo(PostEntity);
  }

  async insert(post: NewPost): Promise<PostEntity> {
    const { id } = await this.repo.save(this.repo.create(post));
    return (await this.findById(id))!;
  }

  findById(id: string): Promise<PostEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<PostEntity[]> {
    return this.repo
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  /** Locks the row for the rest of the transaction (edits, best answers, counters). */
  async lock(id: string): Promise<PostEntity | null> {
    return this.repo
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
  }

  async update(id: string, patch: Partial<PostEntity>): Promise<PostEntity> {
    await this.repo.update({ id }, patch);
    return (await this.findById(id))!;
  }

  async addRevision(
    r: Pick<PostRevisionEntity, 'postId' | 'revision' | 'editorId' | 'title' | 'body'>,
  ): Promise<void> {
    await this.db.repo(PostRevisionEntity).insert(r);
  }

  revisions(
    postId: string,
    first: number,
    beforeRevision: number | null,
  ): Promise<PostRevisionEntity[]> {
    const q = this.db
      .repo(PostRevisionEntity)
      .createQueryBuilder('r')
      .where('r.postId = :postId', { postId })
      .orderBy('r.revision', 'DESC')
      .limit(first + 1);
    if (beforeRevision !== null) q.andWhere('r.revision < :rev', { rev: beforeRevision });
    return q.getMany();
  }

  /**
   * `posts_shown`, for another statement: a row when the post, or the comment and its post, is
   * neither deleted nor hidden (a hidden post passes with `hiddenPostPasses`).
   */
  shownCtes(
    target: 'post' | 'comment',
    id: string,
    postId: string,
    hiddenPostPasses: boolean,
  ): CteFragment {
    return (p, gate) => {
      const post = `p.id = ${p.add(postId, 'uuid')} AND p.deleted_at IS NULL
            AND (p.hidden_at IS NULL OR ${p.add(hiddenPostPasses, 'boolean')})`;
      return {
        gate: 'posts_shown',
        sql: `posts_shown AS (
          ${
            target === 'post'
              ? `SELECT 1 FROM posts p WHERE ${post} AND p.hidden_at IS NULL`
              : `SELECT 1 FROM comments c JOIN posts p ON p.id = c.post_id
                  WHERE c.id = ${p.add(id, 'uuid')} AND c.deleted_at IS NULL
                    AND c.hidden_at IS NULL AND ${post}`
          } AND EXISTS (SELECT 1 FROM ${gate}))`,
      };
    };
  }

  /**
   * The reaction counter's move as part of another statement: `posts_counted`, the target's id
   * once moved (its row locked until commit). With `unmoved`, it moves only if no one changed
   * the target's row since the statement began: then whatever else the statement read of the
   * target's reactions is still true under the lock.
   */
  reactionCountCtes(
    target: 'post' | 'comment',
    id: string,
    delta: number,
    unmoved = false,
  ): CteFragment {
    const table = target === 'post' ? 'posts' : 'comments';
    return (p, gate) => {
      const row = p.add(id, 'uuid');
      return {
        gate: 'posts_counted',
        sql: `posts_counted AS (
      UPDATE ${table}
         SET reaction_count = greatest(reaction_count + ${p.add(delta, 'int')}, 0)
       WHERE id = ${row} AND EXISTS (SELECT 1 FROM ${gate})
         ${unmoved ? `AND xmin = (SELECT xmin FROM ${table} WHERE id = ${row})` : ''}
      RETURNING id)`,
      };
    };
  }

  async adjustCommentCount(postId: string, delta: number): Promise<void> {
    await this.db.query(
      `UPDATE posts SET comment_count = greatest(comment_count + $2, 0),
              last_activity_at = CASE WHEN $2 > 0 THEN now() ELSE last_activity_at END
        WHERE id = $1`,
      [postId, delta],
    );
  }

  /** Recomputes comment and reply counters and last activity from the comments themselves. */
  async recount(): Promise<void> {
    await this.db.query(
      `UPDATE comments c SET reply_count = (SELECT count(*) FROM comments r WHERE r.parent_id = c.id AND r.deleted_at IS NULL)`,
    );
    await this.db.query(
      `UPDATE posts p SET comment_count = x.n, last_activity_at = greatest(p.created_at, coalesce(x.last, p.created_at))
         FROM (SELECT p2.id, count(c.id) FILTER (WHERE c.deleted_at IS NULL) AS n, max(c.created_at) AS last
                 FROM posts p2 LEFT JOIN comments c ON c.post_id = p2.id GROUP BY p2.id) x
        WHERE x.id = p.id`,
    );
  }

  async feed(f: FeedQuery): Promise<FeedRow[]> {
    const params: unknown[] = [f.spaceIds, f.first + 1];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = [`p.deleted_at IS NULL`, `p.space_id = ANY($1::uuid[])`];
    if (!f.includeHidden) where.push(`p.hidden_at IS NULL`);
    if (f.authorId) where.push(`p.author_id = ${p(f.authorId)}`);
    if (f.tag) where.push(`p.tags @> ARRAY[${p(f.tag)}]::text[]`);
    if (f.kind) where.push(`p.kind = ${p(f.kind)}`);
    if (f.pinnedOnly) where.push(`p.pinned_at IS NOT NULL`);
    if (f.solved === true) where.push(`p.best_answer_id IS NOT NULL`);
    if (f.solved === false) where.push(`p.kind = 'question' AND p.best_answer_id IS NULL`);
    if (f.sort === 'unanswered') where.push(`p.kind = 'question' AND p.best_answer_id IS NULL`);

    if (f.sort === 'popular') {
      // The hot score (see the popular-hot-score migration), read off its index.
      if (f.after)
        where.push(
          `(p.hot_score, p.id) < (${p(Number(f.after[0]))}::float8, ${p(f.after[1])}::uuid)`,
        );
      return this.db.query<FeedRow[]>(
        `SELECT ${this.cardColumns()}, p.hot_score AS score FROM posts p
          WHERE ${where.join(' AND ')} ORDER BY p.hot_score DESC, p.id DESC LIMIT $2`,
        params,
      );
    }
    if (f.after)
      where.push(`(p.created_at, p.id) < (${p(f.after[0])}::timestamptz, ${p(f.after[1])}::uuid)`);
    return this.db.query<FeedRow[]>(
      `SELECT ${this.cardColumns()} FROM posts p WHERE ${where.join(' AND ')}
        ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
      params,
    );
  }

  /** The newest visible posts of these spaces, with when each last changed (for a sitemap). */
  listing(spaceIds: string[], limit: number): Promise<Array<{ id: string; changedAt: Date }>> {
    return this.db.query(
      `SELECT p.id, coalesce(p.edited_at, p.created_at) AS "changedAt" FROM posts p
        WHERE p.space_id = ANY($1::uuid[]) AND p.deleted_at IS NULL AND p.hidden_at IS NULL
        ORDER BY p.created_at DESC, p.id DESC LIMIT $2`,
      [spaceIds, limit],
    );
  }

  /**
   * Entity columns under their property names, for raw feed queries, leaving out the Markdown
   * and HTML bodies: cards show the excerpt, and a page of twenty would read every body whole.
   */
  private cardColumns(): string {
    return this.repo.metadata.columns
      .filter((c) => c.isSelect && !BODY_PROPERTIES.has(c.propertyName))
      .map((c) => `p.${c.databaseName} AS "${c.propertyName}"`)
      .join(', ');
  }

  /**
   * Counts views: at most one per viewer per post per day (the primary key decides), added to
   * the posts' counters in the same statement.
   */
  async recordViews(
    views: Array<{ postId: string; viewerId: string; day: string }>,
  ): Promise<void> {
    if (!views.length) return;
    await this.db.query(
      `WITH fresh AS (
         INSERT INTO post_views (post_id, viewer_id, day)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[])
         ON CONFLICT DO NOTHING RETURNING post_id)
       UPDATE posts p SET view_count = p.view_count + f.n
         FROM (SELECT post_id, count(*)::int AS n FROM fresh GROUP BY post_id) f
        WHERE p.id = f.post_id`,
      [views.map((v) => v.postId), views.map((v) => v.viewerId), views.map((v) => v.day)],
    );
  }

  /**
   * Who is mentioned by a post or comment now; replaces what an earlier version mentioned and
   * returns who was not mentioned before.
   */
  async replaceMentions(
    sourceType: 'post' | 'comment',
    sourceId: string,
    memberIds: string[],
    authorId: string,
  ): Promise<string[]> {
    await this.db.query(
      `DELETE FROM mentions WHERE source_type = $1 AND source_id = $2 AND NOT (member_id = ANY($3::uuid[]))`,
      [sourceType, sourceId, memberIds],
    );
    if (!memberIds.length) return [];
    const added = await this.db.query<Array<{ member_id: string }>>(
      `INSERT INTO mentions (source_type, source_id, member_id, author_id)
       SELECT $1, $2, unnest($3::uuid[]), $4 ON CONFLICT DO NOTHING RETURNING member_id`,
      [sourceType, sourceId, memberIds, authorId],
    );
    return added.map((r) => r.member_id);
  }

  async mentionedIds(sourceType: 'post' | 'comment', sourceId: string): Promise<string[]> {
    const rows = await this.db.query<Array<{ member_id: string }>>(
      `SELECT member_id FROM mentions WHERE source_type = $1 AND source_id = $2`,
      [sourceType, sourceId],
    );
    return rows.map((r) => r.member_id);
  }
}
