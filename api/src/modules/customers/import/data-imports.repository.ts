import { Injectable } from '@nestjs/common';
import type { DataImportStatus, OrderImportIssue } from '@kizuna/shared';
import { Db } from '../../../core/database/db.js';

export interface ImportRowError {
  line: number;
  issue: OrderImportIssue;
  column: string | null;
}

export interface ImportCounts {
  rowsRead: number;
  rowsImported: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsFailed: number;
}

export interface DataImportRow extends ImportCounts {
  id: string;
  fileName: string;
  status: DataImportStatus;
  errors: ImportRowError[];
  failure: string | null;
  actorId: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const COLUMNS = `id, file_name AS "fileName", status, rows_read AS "rowsRead",
  rows_imported AS "rowsImported", rows_updated AS "rowsUpdated", rows_unchanged AS "rowsUnchanged",
  rows_failed AS "rowsFailed", errors, failure, actor_id AS "actorId", created_at AS "createdAt",
  finished_at AS "finishedAt"`;

/** The record of each order import: who, which file, how far, and what was refused. */
@Injectable()
export class DataImportsRepository {
  constructor(private readonly db: Db) {}

  /** A running import; null when an import with this id exists already. */
  async start(id: string, fileName: string, actorId: string | null): Promise<DataImportRow | null> {
    const [row] = await this.db.query<DataImportRow[]>(
      `INSERT INTO data_imports (id, kind, file_name, actor_id) VALUES ($1, 'orders', $2, $3)
       ON CONFLICT (id) DO NOTHING RETURNING ${COLUMNS}`,
      [id, fileName, actorId],
    );
    return row ?? null;
  }

  async progress(id: string, c: ImportCounts): Promise<void> {
    await this.db.query(
      `UPDATE data_imports SET rows_read = $2, rows_imported = $3, rows_updated = $4,
              rows_unchanged = $5, rows_failed = $6
        WHERE id = $1`,
      [id, c.rowsRead, c.rowsImported, c.rowsUpdated, c.rowsUnchanged, c.rowsFailed],
    );
  }

  async finish(
    id: string,
    o: ImportCounts & {
      status: DataImportStatus;
      errors: ImportRowError[];
      failure: string | null;
    },
  ): Promise<DataImportRow> {
    const [row] = await this.db.query<DataImportRow[]>(
      `UPDATE data_imports SET status = $2, rows_read = $3, rows_imported = $4, rows_updated = $5,
              rows_unchanged = $6, rows_failed = $7, errors = $8::jsonb, failure = $9,
              finished_at = now()
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [
        id,
        o.status,
        o.rowsRead,
        o.rowsImported,
        o.rowsUpdated,
        o.rowsUnchanged,
        o.rowsFailed,
        JSON.stringify(o.errors),
        o.failure,
      ],
    );
    return row;
  }

  findById(id: string): Promise<DataImportRow | null> {
    return this.db
      .query<DataImportRow[]>(`SELECT ${COLUMNS} FROM data_imports WHERE id = $1`, [id])
      .then((rows) => rows[0] ?? null);
  }

  /** Newest first. */
  recent(first: number): Promise<DataImportRow[]> {
    return this.db.query<DataImportRow[]>(
      `SELECT ${COLUMNS} FROM data_imports WHERE kind = 'orders'
        ORDER BY created_at DESC, id LIMIT $1`,
      [first],
    );
  }
}
