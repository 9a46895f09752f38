import { Injectable } from '@nestjs/common';
import { Db } from '../../../core/database/db.js';
import type { CriterionValue } from './criteria.sql.js';

export interface CriteriaSetRow {
  id: string;
  name: string;
  criteria: CriterionValue[];
  updatedAt: Date;
}

const ROW = `id, name, criteria, updated_at AS "updatedAt"`;

/** Saved loyal-customer criteria (`loyalty_criteria_sets`). */
@Injectable()
export class CriteriaSetsRepository {
  constructor(private readonly db: Db) {}

  list(): Promise<CriteriaSetRow[]> {
    return this.db.query(`SELECT ${ROW} FROM loyalty_criteria_sets ORDER BY lower(name), id`);
  }

  async findById(id: string): Promise<CriteriaSetRow | null> {
    const [row] = await this.db.query<CriteriaSetRow[]>(
      `SELECT ${ROW} FROM loyalty_criteria_sets WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Saving takes this lock first, so the count of sets holds until the transaction ends. */
  async lock(): Promise<number> {
    await this.db.query(`SELECT pg_advisory_xact_lock(hashtext('loyalty_criteria_sets'))`);
    const [{ n }] = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM loyalty_criteria_sets`,
    );
    return n;
  }

  /** A new set (inside a transaction); null when another set has the name. */
  insert(s: {
    name: string;
    criteria: CriterionValue[];
    createdBy: string;
  }): Promise<CriteriaSetRow | null> {
    return this.unlessTaken(
      `INSERT INTO loyalty_criteria_sets (name, criteria, created_by) VALUES ($1, $2, $3)
       RETURNING ${ROW}`,
      [s.name, JSON.stringify(s.criteria), s.createdBy],
    );
  }

  /** Changes a set (inside a transaction); null when it is gone or another set has the name. */
  update(
    id: string,
    s: { name: string; criteria: CriterionValue[] },
  ): Promise<CriteriaSetRow | null> {
    return this.unlessTaken(
      `UPDATE loyalty_criteria_sets SET name = $2, criteria = $3, updated_at = now()
        WHERE id = $1 RETURNING ${ROW}`,
      [id, s.name, JSON.stringify(s.criteria)],
    );
  }

  private async unlessTaken(sql: string, params: unknown[]): Promise<CriteriaSetRow | null> {
    try {
      const [row] = await this.db.savepoint(() => this.db.query<CriteriaSetRow[]>(sql, params));
      return row ?? null;
    } catch (e) {
      if ((e as { code?: string }).code === '23505') return null;
      throw e;
    }
  }

  async delete(id: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `DELETE FROM loyalty_criteria_sets WHERE id = $1 RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }
}
