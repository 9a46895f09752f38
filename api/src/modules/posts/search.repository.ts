import { Injectable } from '@nestjs/common';
import type { PostKind } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';

export interface SearchQuery {
  grams: string[];
  terms: string[];
  spaceIds: string[];
  kind?: PostKind;
  solved?: boolean;
  authorId?: string;
  from?: Date;
  to?: Date;
  includeHidden: boolean;
  first: number;
  after: string[] | null;
}

export interface SearchRow {
  type: 'post' | 'comment';
  id: string;
  postId: string;
  /** The post's title; empty for a comment. */
  title: string;
  body: string;
  score: number;
  createdAt: Date;
}

/**
 * Words found in thousands of posts are ranked among their most recent matches only, so a search
 * costs the same on a million posts as on a thousand.
 */
const RANKED = 1000;

/** LIKE patterns must not treat the member's % and _ as wildcards. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class SearchRepository {
  constructor(private readonly db: Db) {}

  /**
   * Posts and comments holding every gram of the query (served by the GIN indexes on
   * search_grams), confirmed by substring, ranked by where and how often the terms occur.
   */
  search(q: SearchQuery): Promise<SearchRow[]> {
    const params: unknown[] = [
      q.grams,
      q.terms.map((t) => `%${likeEscape(t)}%`),
      q.terms,
      q.spaceIds,
      q.first + 1,
    ];
    const p = (v: unknown) => `$${params.push(v)}`;
    const postFilters = [`p.deleted_at IS NULL`, `p.space_id = ANY($4::uuid[])`];
    if (!q.includeHidden) postFilters.push(`p.hidden_at IS NULL`);
    if (q.kind) postFilters.push(`p.kind = ${p(q.kind)}`);
    if (q.solved === true) postFilters.push(`p.best_answer_id IS NOT NULL`);
    if (q.solved === false) postFilters.push(`p.kind = 'question' AND p.best_answer_id IS NULL`);
    const own = (alias: string) => {
      const f: string[] = [];
      if (q.authorId) f.push(`${alias}.author_id = ${p(q.authorId)}`);
      if (q.from) f.push(`${alias}.created_at >= ${p(q.from)}`);
      if (q.to) f.push(`${alias}.created_at < ${p(q.to)}`);
      return f.length ? ` AND ${f.join(' AND ')}` : '';
    };
    // Occurrences of every term in the text, capped; posts rank above comments saying the same,
    // and terms in a post's title count most.
    const occurrences = (col: string) =>
      `(SELECT sum(least((length(${col}) - length(replace(${col}, t, ''))) / greatest(length(t), 1), 5)) FROM unnest($3::text[]) t)`;
    const cursor = q.after
      ? `WHERE (score, created_at, id) < (${p(Number(q.after[0]))}::float8, ${p(q.after[1])}::timestamptz, ${p(q.after[2])}::uuid)`
      : '';
    return this.db.query<SearchRow[]>(
      `WITH post_hits AS (
         SELECT p.id, p.title, p.body, p.search_text, p.created_at FROM posts p
          WHERE p.search_grams @> $1::text[] AND p.search_text LIKE ALL ($2::text[])
            AND ${postFilters.join(' AND ')}${own('p')}
          ORDER BY p.created_at DESC LIMIT ${RANKED}),
       comment_hits AS (
         SELECT c.id, c.post_id, c.body, c.search_text, c.created_at FROM comments c JOIN posts p ON p.id = c.post_id
          WHERE c.search_grams @> $1::text[] AND c.search_text LIKE ALL ($2::text[])
            AND c.deleted_at IS NULL AND c.hidden_at IS NULL
            AND ${postFilters.join(' AND ')}${own('c')}
          ORDER BY c.created_at DESC LIMIT ${RANKED}),
       hits AS (
         SELECT 'post' AS type, id, id AS post_id, title, body, created_at,
                (1 + ${occurrences('search_text')}
                 + 3 * (SELECT count(*) FROM unnest($3::text[]) t WHERE position(t IN lower(normalize(title, NFKC))) > 0))::float8 AS score
           FROM post_hits
         UNION ALL
         SELECT 'comment', id, post_id, '', body, created_at, ${occurrences('search_text')}::float8 FROM comment_hits)
       SELECT type, id, post_id AS "postId", title, body, score, created_at AS "createdAt" FROM hits ${cursor}
        ORDER BY score DESC, created_at DESC, id DESC LIMIT $5`,
      params,
    );
  }

  /**
   * Posts of a kind (without a space: ideas) ranked by how many index grams they share with
   * `grams`, most first; the overlap is served by the GIN index on search_grams.
   */
  async similar(kind: PostKind, grams: string[], limit: number): Promise<string[]> {
    if (!grams.length) return [];
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT p.id FROM posts p
        WHERE p.search_grams && $1::text[] AND p.kind = $2 AND p.deleted_at IS NULL
          AND p.hidden_at IS NULL
        ORDER BY (SELECT count(*) FROM unnest(p.search_grams) g WHERE g = ANY($1::text[])) DESC,
                 p.created_at DESC, p.id
        LIMIT $3`,
      [grams, kind, limit],
    );
    return rows.map((r) => r.id);
  }
}
