import { Injectable } from '@nestjs/common';
import { Db } from '../../core/database/db.js';

export interface ChangelogRow {
  id: string;
  title: string;
  body: string;
  bodyHtml: string;
  /** YYYY-MM-DD */
  releasedOn: string;
  authorId: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type ChangelogFields = Pick<ChangelogRow, 'title' | 'body' | 'bodyHtml' | 'releasedOn'>;

const ENTRY = `id, title, body, body_html AS "bodyHtml",
  to_char(released_on, 'YYYY-MM-DD') AS "releasedOn", author_id AS "authorId",
  published_at AS "publishedAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

const COLUMN: Record<keyof ChangelogFields, string> = {
  title: 'title',
  body: 'body',
  bodyHtml: 'body_html',
  releasedOn: 'released_on',
};

@Injectable()
export class ChangelogRepository {
  constructor(private readonly db: Db) {}

  async insert(fields: ChangelogFields, authorId: string): Promise<ChangelogRow> {
    const [row] = await this.db.query<ChangelogRow[]>(
      `INSERT INTO changelog_entries (title, body, body_html, released_on, author_id)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${ENTRY}`,
      [fields.title, fields.body, fields.bodyHtml, fields.releasedOn, authorId],
    );
    return row;
  }

  async update(id: string, fields: Partial<ChangelogFields>): Promise<ChangelogRow | null> {
    const keys = (Object.keys(fields) as Array<keyof ChangelogFields>).filter(
      (k) => fields[k] !== undefined,
    );
    const sets = keys.map((k, i) => `${COLUMN[k]} = $${i + 2}`);
    const [row] = await this.db.query<ChangelogRow[]>(
      `UPDATE changelog_entries SET ${[...sets, 'updated_at = now()'].join(', ')}
        WHERE id = $1 RETURNING ${ENTRY}`,
      [id, ...keys.map((k) => fields[k])],
    );
    return row ?? null;
  }

  async findById(id: string, lock = false): Promise<ChangelogRow | null> {
    const [row] = await this.db.query<ChangelogRow[]>(
      `SELECT ${ENTRY} FROM changelog_entries WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  }

  /** Published entries or drafts, the latest release first. */
  list(q: {
    published: boolean;
    after: { releasedOn: string; id: string } | null;
    limit: number;
  }): Promise<ChangelogRow[]> {
    return this.db.query<ChangelogRow[]>(
      `SELECT ${ENTRY} FROM changelog_entries
        WHERE (published_at IS NOT NULL) = $1
          AND ($2::date IS NULL OR (released_on, id) < ($2::date, $3::uuid))
        ORDER BY released_on DESC, id DESC LIMIT $4`,
      [q.published, q.after?.releasedOn ?? null, q.after?.id ?? null, q.limit],
    );
  }

  /** Stamps the entry published unless it already is: null when it was. */
  async markPublished(id: string): Promise<ChangelogRow | null> {
    const [row] = await this.db.query<ChangelogRow[]>(
      `UPDATE changelog_entries SET published_at = now(), updated_at = now()
        WHERE id = $1 AND published_at IS NULL RETURNING ${ENTRY}`,
      [id],
    );
    return row ?? null;
  }

  /** Deletes a draft; false when there is no such draft. */
  async deleteDraft(id: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `DELETE FROM changelog_entries WHERE id = $1 AND published_at IS NULL RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  async setIdeas(entryId: string, ideaIds: readonly string[]): Promise<void> {
    await this.db.query(`DELETE FROM changelog_entry_ideas WHERE entry_id = $1`, [entryId]);
    if (!ideaIds.length) return;
    await this.db.query(
      `INSERT INTO changelog_entry_ideas (entry_id, idea_id, position)
       SELECT $1, idea_id, position FROM unnest($2::uuid[]) WITH ORDINALITY AS t(idea_id, position)`,
      [entryId, ideaIds],
    );
  }

  /** The ideas each entry ships, in the order they were given. */
  ideasOf(entryIds: readonly string[]): Promise<Array<{ entryId: string; ideaId: string }>> {
    return this.db.query(
      `SELECT entry_id AS "entryId", idea_id AS "ideaId" FROM changelog_entry_ideas
        WHERE entry_id = ANY($1::uuid[]) ORDER BY entry_id, position`,
      [entryIds],
    );
  }
}
