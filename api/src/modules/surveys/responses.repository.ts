import { Injectable } from '@nestjs/common';
import type { NpsClass } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import type { SurveyAnswer, SurveyResponse } from './models/survey.model.js';

export type ResponseRow = Omit<SurveyResponse, 'answers'> & {
  npsScore: number | null;
};

export interface AnswerRow extends SurveyAnswer {
  responseId: string;
}

export interface AttitudeRow {
  memberId: string;
  npsScore: number;
  npsClass: NpsClass;
  answeredAt: Date;
}

export interface NpsHistoryRow {
  surveyId: string;
  titleJa: string;
  titleEn: string;
  score: number;
  npsClass: NpsClass;
  answeredAt: Date;
  imported: boolean;
}

const RESPONSE = `id, survey_id AS "surveyId", member_id AS "memberId", submitted,
  answered_at AS "answeredAt", updated_at AS "updatedAt", nps_score AS "npsScore"`;

/** Answers given in the community: responses, their answers, and members' latest attitude. */
@Injectable()
export class ResponsesRepository {
  constructor(private readonly db: Db) {}

  /** The member's in-app response to the survey, locked until commit; made (empty) if none. */
  async lockOrCreate(surveyId: string, memberId: string): Promise<ResponseRow> {
    const made = await this.db.query<ResponseRow[]>(
      `INSERT INTO survey_responses (survey_id, member_id, source) VALUES ($1, $2, 'in_app')
       ON CONFLICT (survey_id, member_id) WHERE source = 'in_app' DO NOTHING
       RETURNING ${RESPONSE}`,
      [surveyId, memberId],
    );
    if (made[0]) return made[0];
    const rows = await this.db.query<ResponseRow[]>(
      `SELECT ${RESPONSE} FROM survey_responses
        WHERE survey_id = $1 AND member_id = $2 AND source = 'in_app' FOR UPDATE`,
      [surveyId, memberId],
    );
    return rows[0];
  }

  /** Each member's in-app response to the survey, keyed by member. */
  async ofMembers(surveyId: string, memberIds: readonly string[]): Promise<ResponseRow[]> {
    return this.db.query(
      `SELECT ${RESPONSE} FROM survey_responses
        WHERE survey_id = $1 AND member_id = ANY($2::uuid[]) AND source = 'in_app'`,
      [surveyId, [...memberIds]],
    );
  }

  /** The member's in-app responses to these surveys. */
  async ofSurveys(memberId: string, surveyIds: readonly string[]): Promise<ResponseRow[]> {
    return this.db.query(
      `SELECT ${RESPONSE} FROM survey_responses
        WHERE member_id = $1 AND survey_id = ANY($2::uuid[]) AND source = 'in_app'`,
      [memberId, [...surveyIds]],
    );
  }

  async answers(responseIds: readonly string[]): Promise<AnswerRow[]> {
    return this.db.query(
      `SELECT a.response_id AS "responseId", a.question_id AS "questionId", a.score,
              a.choice_keys AS "choiceKeys", a.text,
              (SELECT jsonb_agg(jsonb_build_object('touchpointId', t.touchpoint_id,
                                                   'influence', t.influence)
                                ORDER BY tp.position, tp.id)
                 FROM survey_touchpoint_answers t JOIN survey_touchpoints tp ON tp.id = t.touchpoint_id
                WHERE t.response_id = a.response_id AND t.question_id = a.question_id) AS touchpoints
         FROM survey_answers a WHERE a.response_id = ANY($1::uuid[])`,
      [[...responseIds]],
    );
  }

  /** Writes the given answers over the response's, and clears the questions in `cleared`. */
  async saveAnswers(responseId: string, answers: SurveyAnswer[], cleared: string[]): Promise<void> {
    const touched = [...answers.map((a) => a.questionId), ...cleared];
    if (!touched.length) return;
    await this.db.query(
      `DELETE FROM survey_touchpoint_answers WHERE response_id = $1 AND question_id = ANY($2::uuid[])`,
      [responseId, touched],
    );
    await this.db.query(
      `DELETE FROM survey_answers WHERE response_id = $1 AND question_id = ANY($2::uuid[])`,
      [responseId, touched],
    );
    if (!answers.length) return;
    await this.db.query(
      `INSERT INTO survey_answers (response_id, question_id, score, choice_keys, text)
       SELECT $1, a.question_id, a.score, a.choice_keys, a.text
         FROM jsonb_to_recordset($2::jsonb) AS a(question_id uuid, score smallint,
              choice_keys text[], text text)`,
      [
        responseId,
        JSON.stringify(
          answers.map((a) => ({
            question_id: a.questionId,
            score: a.score,
            choice_keys: a.choiceKeys,
            text: a.text,
          })),
        ),
      ],
    );
    const grid = answers.flatMap((a) =>
      (a.touchpoints ?? []).map((t) => ({
        question_id: a.questionId,
        touchpoint_id: t.touchpointId,
        influence: t.influence,
      })),
    );
    if (grid.length)
      await this.db.query(
        `INSERT INTO survey_touchpoint_answers (response_id, question_id, touchpoint_id, influence)
         SELECT $1, t.question_id, t.touchpoint_id, t.influence
           FROM jsonb_to_recordset($2::jsonb) AS t(question_id uuid, touchpoint_id uuid,
                influence smallint)`,
        [responseId, JSON.stringify(grid)],
      );
  }

  /**
   * Counts one more submitted response unless the cap is reached: the one statement that keeps
   * the count under the cap however many members submit at once. Whether it counted.
   */
  async countOne(surveyId: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `UPDATE surveys SET response_count = response_count + 1
        WHERE id = $1 AND (response_cap IS NULL OR response_count < response_cap)
        RETURNING id`,
      [surveyId],
    );
    return rows.length > 0;
  }

  /** Stamps the response (submitted the first time) with its NPS answer. */
  async stamp(
    responseId: string,
    o: { submit: boolean; npsScore: number | null; npsClass: NpsClass | null },
  ): Promise<ResponseRow> {
    const rows = await this.db.query<ResponseRow[]>(
      `UPDATE survey_responses
          SET submitted = submitted OR $2,
              answered_at = CASE WHEN $2 THEN coalesce(answered_at, now()) ELSE answered_at END,
              nps_score = $3, nps_class = $4, updated_at = now()
        WHERE id = $1 RETURNING ${RESPONSE}`,
      [responseId, o.submit, o.npsScore, o.npsClass],
    );
    return rows[0];
  }

  /** Each member's latest NPS class from identified surveys (the member_nps_latest view). */
  attitudes(memberIds: readonly string[]): Promise<AttitudeRow[]> {
    return this.db.query(
      `SELECT member_id AS "memberId", nps_score AS "npsScore", nps_class AS "npsClass",
              answered_at AS "answeredAt"
         FROM member_nps_latest WHERE member_id = ANY($1::uuid[])`,
      [[...memberIds]],
    );
  }

  /**
   * NPS answers in identified surveys given by the member, or imported under one of their
   * customer ids without being matched to anyone, newest first.
   */
  npsHistory(
    memberId: string,
    customerIds: readonly string[],
    limit: number,
  ): Promise<NpsHistoryRow[]> {
    return this.db.query(
      `SELECT r.survey_id AS "surveyId", s.title_ja AS "titleJa", s.title_en AS "titleEn",
              r.nps_score AS score, r.nps_class AS "npsClass", r.answered_at AS "answeredAt",
              r.source = 'import' AS imported
         FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
        WHERE r.submitted AND r.nps_score IS NOT NULL AND NOT s.anonymous
          AND (r.member_id = $1
               OR (r.member_id IS NULL AND r.source = 'import' AND r.customer_id = ANY($2::text[])))
        ORDER BY r.answered_at DESC, r.id LIMIT $3`,
      [memberId, [...customerIds], limit],
    );
  }
}
