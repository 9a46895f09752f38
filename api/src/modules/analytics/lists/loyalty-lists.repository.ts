import { Injectable } from '@nestjs/common';
import type { ChurnReason, LoyaltyStanding } from '@kizuna/shared';
import { Db } from '../../../core/database/db.js';
import { SqlParams } from '../../../core/database/sql-fragment.js';
import { LOYALTY_COLUMNS } from '../analytics.repository.js';
import type { MemberLoyalty } from '../models/analytics.model.js';
import {
  LOYALTY_MEMBERS,
  criteriaSql,
  metSql,
  standingSql,
  type CriterionValue,
} from './criteria.sql.js';

/** A member's figures with which criteria they meet (in order) and how many. */
export interface StandingRow extends MemberLoyalty {
  metEach: boolean[];
  met: number;
}

/** Per saved set (in the order given), how many of its criteria `ml` meets, fenced once per row. */
function setsMet(sets: ReadonlyArray<{ criteria: CriterionValue[] }>, p: SqlParams): string {
  const cols = sets.map((s, i) => `${metSql(criteriaSql(s.criteria, p))} AS s${i}`);
  return `CROSS JOIN LATERAL (SELECT ${cols.length ? cols.join(', ') : '0 AS none'} OFFSET 0) k`;
}

/** Criteria met, each (an array in order) and in all, fenced once per row. */
function eachMet(criteria: readonly CriterionValue[], p: SqlParams): string {
  const conds = criteriaSql(criteria, p);
  return `CROSS JOIN LATERAL (SELECT ARRAY[${conds.join(', ')}]::boolean[] AS each OFFSET 0) e
          CROSS JOIN LATERAL (SELECT cardinality(array_remove(e.each, false)) AS met) k`;
}

/** Lists over `member_loyalty`, through the one criteria builder (criteria.sql.ts). */
@Injectable()
export class LoyaltyListsRepository {
  constructor(private readonly db: Db) {}

  async preview(
    criteria: readonly CriterionValue[],
  ): Promise<{ loyal: number; candidates: number; perCriterion: number[] }> {
    const p = new SqlParams();
    const joins = eachMet(criteria, p);
    const n = criteria.length;
    const [row] = await this.db.query<
      Array<{ loyal: number; candidates: number; perCriterion: number[] }>
    >(
      `SELECT count(*) FILTER (WHERE ${standingSql('k.met', n, 'loyal')})::int AS loyal,
              count(*) FILTER (WHERE ${standingSql('k.met', n, 'candidate')})::int AS candidates,
              ARRAY[${criteria.map((_c, i) => `count(*) FILTER (WHERE e.each[${i + 1}])::int`).join(', ')}]::int[]
                AS "perCriterion"
         FROM ${LOYALTY_MEMBERS} ${joins}`,
      p.values,
    );
    return row;
  }

  /** A page of members so standing, most criteria met first, then by engagement. */
  async standingPage(
    criteria: readonly CriterionValue[],
    standing: LoyaltyStanding,
    offset: number,
    limit: number,
  ): Promise<{ rows: StandingRow[]; total: number }> {
    const p = new SqlParams();
    const from = `${LOYALTY_MEMBERS} ${eachMet(criteria, p)}
       WHERE ${standingSql('k.met', criteria.length, standing)}`;
    const counted = [...p.values];
    const [rows, [{ total }]] = await Promise.all([
      this.db.query<StandingRow[]>(
        `SELECT ${LOYALTY_COLUMNS}, e.each AS "metEach", k.met FROM ${from}
          ORDER BY k.met DESC, ml.engagement_score DESC, ml.member_id
         OFFSET ${p.add(offset, 'int')} LIMIT ${p.add(limit, 'int')}`,
        p.values,
      ),
      this.db.query<Array<{ total: number }>>(
        `SELECT count(*)::int AS total FROM ${from}`,
        counted,
      ),
    ]);
    return { rows, total };
  }

  /** Members so standing in member id order after `afterId`, for exports. */
  standingBatch(
    criteria: readonly CriterionValue[],
    standing: LoyaltyStanding,
    afterId: string | null,
    limit: number,
  ): Promise<StandingRow[]> {
    const p = new SqlParams();
    const joins = eachMet(criteria, p);
    return this.db.query(
      `SELECT ${LOYALTY_COLUMNS}, e.each AS "metEach", k.met FROM ${LOYALTY_MEMBERS} ${joins}
        WHERE ${standingSql('k.met', criteria.length, standing)}
          AND (${p.add(afterId, 'uuid')} IS NULL OR ml.member_id > ${p.add(afterId, 'uuid')})
        ORDER BY ml.member_id LIMIT ${p.add(limit, 'int')}`,
      p.values,
    );
  }

  /** Loyal and candidate counts of each set, in one pass over the members. */
  async counts(
    sets: ReadonlyArray<{ criteria: CriterionValue[] }>,
  ): Promise<Array<{ loyal: number; candidates: number }>> {
    if (!sets.length) return [];
    const p = new SqlParams();
    const cols = sets.flatMap((s, i) => [
      `count(*) FILTER (WHERE ${standingSql(`k.s${i}`, s.criteria.length, 'loyal')})::int`,
      `count(*) FILTER (WHERE ${standingSql(`k.s${i}`, s.criteria.length, 'candidate')})::int`,
    ]);
    const [row] = await this.db.query<Array<{ counts: number[] }>>(
      `SELECT ARRAY[${cols.join(', ')}]::int[] AS counts FROM ${LOYALTY_MEMBERS} ${setsMet(sets, p)}`,
      p.values,
    );
    return sets.map((_s, i) => ({ loyal: row.counts[2 * i], candidates: row.counts[2 * i + 1] }));
  }

  /** How many criteria of each set (in order) the member meets; null without figures. */
  async metBy(
    memberId: string,
    sets: ReadonlyArray<{ criteria: CriterionValue[] }>,
  ): Promise<number[] | null> {
    const p = new SqlParams([memberId]);
    const cols = sets.map((_s, i) => `k.s${i}`);
    const [row] = await this.db.query<Array<{ met: number[] }>>(
      `SELECT ARRAY[${cols.join(', ')}]::int[] AS met FROM ${LOYALTY_MEMBERS} ${setsMet(sets, p)}
        WHERE ml.member_id = $1`,
      p.values,
    );
    return row?.met ?? null;
  }

  /**
   * Per idea, its counted voters by where they stand against each set (loyal, candidates), and
   * their summed LTV (null when none has one).
   */
  async demand(
    ideaIds: readonly string[],
    sets: ReadonlyArray<{ criteria: CriterionValue[] }>,
  ): Promise<Array<{ ideaId: string; ltvSum: number | null; counts: number[] }>> {
    const p = new SqlParams([[...ideaIds]]);
    const cols = sets.flatMap((s, i) => [
      `count(*) FILTER (WHERE ${standingSql(`k.s${i}`, s.criteria.length, 'loyal')})::int`,
      `count(*) FILTER (WHERE ${standingSql(`k.s${i}`, s.criteria.length, 'candidate')})::int`,
    ]);
    return this.db.query(
      `SELECT v.idea_id AS "ideaId", sum(ml.ltv)::float8 AS "ltvSum",
              ARRAY[${cols.join(', ')}]::int[] AS counts
         FROM feedback_counted_votes v
         JOIN ${LOYALTY_MEMBERS} ON ml.member_id = v.member_id
         ${setsMet(sets, p)}
        WHERE v.idea_id = ANY($1::uuid[])
        GROUP BY v.idea_id`,
      p.values,
    );
  }

  /** Members with a churn reason (this one, when given), the most reasons and value first. */
  async churnPage(
    reason: ChurnReason | null,
    offset: number,
    limit: number,
  ): Promise<{ rows: MemberLoyalty[]; total: number }> {
    const where = `ml.churn_reasons <> '{}' AND ($1::text IS NULL OR $1 = ANY(ml.churn_reasons))`;
    const [rows, [{ total }]] = await Promise.all([
      this.db.query<MemberLoyalty[]>(
        `SELECT ${LOYALTY_COLUMNS} FROM ${LOYALTY_MEMBERS} WHERE ${where}
          ORDER BY cardinality(ml.churn_reasons) DESC, ml.ltv DESC NULLS LAST,
                   ml.previous_score DESC, ml.member_id
         OFFSET $2 LIMIT $3`,
        [reason, offset, limit],
      ),
      this.db.query<Array<{ total: number }>>(
        `SELECT count(*)::int AS total FROM ${LOYALTY_MEMBERS} WHERE ${where}`,
        [reason],
      ),
    ]);
    return { rows, total };
  }

  /** These members' figures (any status), by member id. */
  async byMemberIds(ids: readonly string[]): Promise<Map<string, MemberLoyalty>> {
    const rows = await this.db.query<MemberLoyalty[]>(
      `SELECT ${LOYALTY_COLUMNS} FROM member_loyalty ml WHERE ml.member_id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.memberId, r]));
  }
}
