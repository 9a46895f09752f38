import { Injectable } from '@nestjs/common';
import { npsClassOf } from '@kizuna/shared';
import { Db } from '../../../core/database/db.js';
import type { ImportRow } from './nps-import.rows.js';

export interface ImportTarget {
  surveyId: string;
  npsQuestionId: string;
  /** The survey's first touchpoint question, where `tp:` columns go. */
  touchpointQuestionId: string | null;
}

/** Writes imported responses: submitted, with their NPS, once per customer and answer time. */
@Injectable()
export class NpsImportRepository {
  constructor(private readonly db: Db) {}

  /**
   * Inserts the rows not imported before (their import key is new) with their NPS answer and
   * touchpoint answers, and counts them on the survey, in one statement; answers how many were
   * new. `memberIds` are the matched members, by row.
   */
  async insert(
    t: ImportTarget,
    rows: ImportRow[],
    memberIds: Array<string | null>,
  ): Promise<number> {
    const tps = rows.flatMap((r) =>
      r.touchpoints.map((tp) => ({ key: r.importKey, id: tp.touchpointId, v: tp.influence })),
    );
    const [{ inserted }] = await this.db.query<Array<{ inserted: number }>>(
      `WITH input AS (
         SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::int[], $7::text[],
                              $8::timestamptz[], $9::text[])
           AS i(import_key, customer_id, email, member_id, score, nps_class, answered_at, comment)
       ), ins AS (
         INSERT INTO survey_responses (survey_id, member_id, source, submitted, answered_at,
                                       nps_score, nps_class, customer_id, email, import_key)
         SELECT $1, i.member_id, 'import', true, i.answered_at, i.score, i.nps_class,
                i.customer_id, i.email, i.import_key
           FROM input i
         ON CONFLICT (survey_id, import_key) WHERE source = 'import' DO NOTHING
         RETURNING id, import_key
       ), answers AS (
         INSERT INTO survey_answers (response_id, question_id, score, text)
         SELECT ins.id, $10, i.score, i.comment FROM ins JOIN input i USING (import_key)
       ), touchpoints AS (
         INSERT INTO survey_touchpoint_answers (response_id, question_id, touchpoint_id, influence)
         SELECT ins.id, $11, t.touchpoint_id, t.influence
           FROM unnest($12::text[], $13::uuid[], $14::int[]) AS t(import_key, touchpoint_id, influence)
           JOIN ins USING (import_key)
          WHERE $11::uuid IS NOT NULL
       ), counted AS (
         UPDATE surveys SET imported_count = imported_count + (SELECT count(*) FROM ins)
          WHERE id = $1 AND EXISTS (SELECT 1 FROM ins)
       )
       SELECT count(*)::int AS inserted FROM ins`,
      [
        t.surveyId,
        rows.map((r) => r.importKey),
        rows.map((r) => r.customerId),
        rows.map((r) => r.email),
        memberIds,
        rows.map((r) => r.score),
        rows.map((r) => npsClassOf(r.score)),
        rows.map((r) => r.answeredAt),
        rows.map((r) => r.comment),
        t.npsQuestionId,
        t.touchpointQuestionId,
        tps.map((x) => x.key),
        tps.map((x) => x.id),
        tps.map((x) => x.v),
      ],
    );
    return inserted;
  }

  /**
   * Gives imported responses kept for an email (no member had it then) to the member who now
   * has it; `members` pairs ids with emails folded as imports fold them. Those linked already
   * are left alone, so running it again changes nothing. Answers how many were linked.
   */
  async link(members: Array<{ id: string; email: string }>): Promise<number> {
    const rows = await this.db.query<unknown[]>(
      `UPDATE survey_responses r SET member_id = m.id, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS m(id, email)
        WHERE r.member_id IS NULL AND r.email IS NOT NULL AND lower(r.email) = m.email
          AND r.source = 'import'
       RETURNING r.id`,
      [members.map((m) => m.id), members.map((m) => m.email)],
    );
    return rows.length;
  }

  /**
   * Deletes the imported responses of a customer (by the brand's customer id, or by e-mail as
   * imports fold it), with their answers, and uncounts them on their surveys; answers how many.
   */
  async erase(o: { customerIds: readonly string[]; emails: readonly string[] }): Promise<number> {
    const [{ deleted }] = await this.db.query<Array<{ deleted: number }>>(
      `WITH gone AS (
         DELETE FROM survey_responses
          WHERE source = 'import' AND (customer_id = ANY($1::text[]) OR email = ANY($2::text[]))
         RETURNING survey_id
       ), uncounted AS (
         UPDATE surveys s SET imported_count = greatest(s.imported_count - g.n, 0)
           FROM (SELECT survey_id, count(*)::int AS n FROM gone GROUP BY survey_id) g
          WHERE s.id = g.survey_id
       )
       SELECT count(*)::int AS deleted FROM gone`,
      [[...o.customerIds], [...o.emails]],
    );
    return deleted;
  }
}
