import { Injectable } from '@nestjs/common';
import type { WatchedWordAction } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { normalizeText } from '../../core/search/grams.js';

export interface WatchedWordRow {
  id: string;
  word: string;
  normalized: string;
  action: WatchedWordAction;
  createdAt: Date;
}

const SEPARATORS = /[\s\p{P}\p{S}]+/gu;

/**
 * Text folded as search folds it (width, case, composition), without spaces or punctuation:
 * Japanese has no spaces to match on, and "ス パ ム" or "s.p.a.m" must still match.
 */
export const compact = (text: string): string => normalizeText(text).replace(SEPARATORS, '');

const COLUMNS = `id, word, normalized, action, created_at AS "createdAt"`;

@Injectable()
export class WatchedWordsRepository {
  constructor(private readonly db: Db) {}

  list(): Promise<WatchedWordRow[]> {
    return this.db.query<WatchedWordRow[]>(
      `SELECT ${COLUMNS} FROM watched_words ORDER BY action, normalized`,
    );
  }

  /** How many words are watched, with additions serialised until commit (the cap holds). */
  async countLocked(): Promise<number> {
    await this.db.query(`SELECT pg_advisory_xact_lock(hashtext('watched_words'))`);
    const [{ n }] = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM watched_words`,
    );
    return n;
  }

  /** The word, or null when the same word (as folded) is already watched. */
  async add(word: string, action: WatchedWordAction, by: string): Promise<WatchedWordRow | null> {
    const rows = await this.db.query<WatchedWordRow[]>(
      `INSERT INTO watched_words (word, normalized, action, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (normalized) DO NOTHING RETURNING ${COLUMNS}`,
      [word, compact(word), action, by],
    );
    return rows[0] ?? null;
  }

  async remove(id: string): Promise<WatchedWordRow | null> {
    const rows = await this.db.query<WatchedWordRow[]>(
      `DELETE FROM watched_words WHERE id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The watched words found in a text, matched on both sides folded the same way. */
  matching(text: string): Promise<Array<Pick<WatchedWordRow, 'word' | 'action'>>> {
    return this.db.query(
      `SELECT word, action FROM watched_words WHERE strpos($1, normalized) > 0`,
      [compact(text)],
      { prepare: true },
    );
  }
}
