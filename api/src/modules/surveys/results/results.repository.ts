import { Injectable } from '@nestjs/common';
import type { NpsClass, SurveyResponseSource, SurveyTrendPeriod } from '@kizuna/shared';
import { Db } from '../../../core/database/db.js';
import { SqlParams } from '../../../core/database/sql-fragment.js';
import { SurveySegments } from '../survey-segments.js';
import type { TouchpointCounts } from './nps.js';

/** Which submitted responses results count. */
export interface ResultsFilter {
  from: Date | null;
  to: Date | null;
  minRankPosition: number | null;
  segment: string | null;
  source: SurveyResponseSource | null;
}

export const NO_FILTER: ResultsFilter = {
  from: null,
  to: null,
  minRankPosition: null,
  segment: null,
  source: null,
};

export interface ScoreCell {
  group: string;
  score: number;
  count: number;
}

/** A period of the trend; one with no responses has a single cell of no score. */
export interface PeriodCell {
  group: string;
  score: number | null;
  count: number;
}

export interface QuestionScoreCell {
  questionId: string;
  score: number;
  count: number;
}

export interface ChoiceCell {
  questionId: string;
  key: string;
  count: number;
}

export interface TouchpointCell extends TouchpointCounts {
  questionId: string;
  touchpointId: string;
  npsClass: NpsClass | null;
}

export interface TextAnswerRow {
  responseId: string;
  text: string;
  answeredAt: Date;
  npsScore: number | null;
  respondentId: string | null;
}

export interface ExportResponseRow {
  id: string;
  answeredAt: Date;
  source: SurveyResponseSource;
  memberId: string | null;
  customerId: string | null;
  npsScore: number | null;
  answers: Record<string, { score: number | null; choices: string[] | null; text: string | null }>;
  touchpoints: Array<{ q: string; tp: string; v: number | null }>;
}

/** The aggregates of surveys' submitted responses (surveys themselves: SurveysService). */
@Injectable()
export class SurveyResultsRepository {
  constructor(
    private readonly db: Db,
    private readonly segments: SurveySegments,
  ) {}

  /**
   * `r`: the survey's submitted responses the filter keeps, with their NPS and member. Imported
   * responses that matched no member have no rank or segment, so those filters leave them out.
   */
  private responses(surveyId: string, f: ResultsFilter, p: SqlParams): string {
    const where = [`r.survey_id = ${p.add(surveyId, 'uuid')}`, 'r.submitted'];
    if (f.from) where.push(`r.answered_at >= ${p.add(f.from, 'timestamptz')}`);
    if (f.to) where.push(`r.answered_at < ${p.add(f.to, 'timestamptz')}`);
    if (f.source) where.push(`r.source = ${p.add(f.source, 'text')}`);
    if (f.minRankPosition)
      where.push(`EXISTS (SELECT 1 FROM points_ranks pr WHERE pr.member_id = r.member_id
                           AND pr.rank_position >= ${p.add(f.minRankPosition, 'int')})`);
    if (f.segment)
      where.push(
        `r.member_id IS NOT NULL AND ${this.segments.memberSql(f.segment, 'r.member_id', p) ?? 'false'}`,
      );
    return `r AS (
      SELECT r.id, r.member_id, r.nps_score, r.nps_class, r.answered_at
        FROM survey_responses r WHERE ${where.join(' AND ')})`;
  }

  /** Submitted responses counted, and partial ones saved. */
  async counts(
    surveyId: string,
    f: ResultsFilter,
  ): Promise<{ responses: number; partial: number }> {
    const p = new SqlParams();
    const cte = this.responses(surveyId, f, p);
    const [row] = await this.db.query<Array<{ responses: number; partial: number }>>(
      `WITH ${cte}
       SELECT (SELECT count(*) FROM r)::int AS responses,
              (SELECT count(*) FROM survey_responses
                WHERE survey_id = ${p.add(surveyId, 'uuid')} AND NOT submitted)::int AS partial`,
      p.values,
    );
    return row;
  }

  /** NPS score counts, grouped by `group` (SQL over r, with `joins`). */
  private npsCells(
    surveyId: string,
    f: ResultsFilter,
    build: (p: SqlParams) => { group: string; joins?: string; membersOnly?: boolean },
  ): Promise<ScoreCell[]> {
    const p = new SqlParams();
    const cte = this.responses(surveyId, f, p);
    const { group, joins = '', membersOnly } = build(p);
    return this.db.query<ScoreCell[]>(
      `WITH ${cte}
       SELECT ${group} AS "group", r.nps_score AS score, count(*)::int AS count
         FROM r ${joins}
        WHERE r.nps_score IS NOT NULL ${membersOnly ? 'AND r.member_id IS NOT NULL' : ''}
        GROUP BY 1, 2`,
      p.values,
    );
  }

  npsOverall(surveyId: string, f: ResultsFilter): Promise<ScoreCell[]> {
    return this.npsCells(surveyId, f, () => ({ group: `'all'` }));
  }

  /**
   * By week (from Monday) or month in the community's time zone, every period from the first
   * response's to the last one's (at most the last `maxPeriods`), empty ones included; groups
   * are the periods' starts in epoch milliseconds.
   */
  npsByPeriod(
    surveyId: string,
    f: ResultsFilter,
    period: SurveyTrendPeriod,
    timeZone: string,
    maxPeriods: number,
  ): Promise<PeriodCell[]> {
    const p = new SqlParams();
    const cte = this.responses(surveyId, f, p);
    const unit = p.add(period, 'text');
    const zone = p.add(timeZone, 'text');
    const step = `make_interval(${period === 'week' ? 'weeks' : 'months'} => 1)`;
    // Local times, so that a month or a week stays one across a change of the clocks.
    return this.db.query<PeriodCell[]>(
      `WITH ${cte},
       cells AS (
         SELECT date_trunc(${unit}, r.answered_at AT TIME ZONE ${zone}) AS start,
                r.nps_score AS score, count(*)::int AS count
           FROM r WHERE r.nps_score IS NOT NULL GROUP BY 1, 2),
       periods AS (
         SELECT s.start
           FROM (SELECT min(start) AS first, max(start) AS last FROM cells) b,
                generate_series(greatest(b.first, b.last - ${step} * ${p.add(maxPeriods - 1, 'int')}),
                                b.last, ${step}) AS s(start))
       SELECT (extract(epoch FROM p.start AT TIME ZONE ${zone}) * 1000)::bigint::text AS "group",
              c.score, coalesce(c.count, 0) AS count
         FROM periods p LEFT JOIN cells c ON c.start = p.start`,
      p.values,
    );
  }

  /** By the respondent's rank position now (members only). */
  npsByRank(surveyId: string, f: ResultsFilter): Promise<ScoreCell[]> {
    return this.npsCells(surveyId, f, () => ({
      group: `coalesce(pr.rank_position, 1)::text`,
      joins: `LEFT JOIN points_ranks pr ON pr.member_id = r.member_id`,
      membersOnly: true,
    }));
  }

  /**
   * By every segment among `keys` the respondent is in now (members only; a response counts in
   * several).
   */
  npsBySegment(surveyId: string, f: ResultsFilter, keys: readonly string[]): Promise<ScoreCell[]> {
    return this.npsCells(surveyId, f, (p) => ({
      group: 'seg.key',
      joins: `CROSS JOIN LATERAL (${this.segments.keysSql(keys, 'r.member_id', p)}) seg`,
      membersOnly: true,
    }));
  }

  async questionCells(
    surveyId: string,
    f: ResultsFilter,
  ): Promise<{
    answered: Array<{ questionId: string; count: number }>;
    scores: QuestionScoreCell[];
    choices: ChoiceCell[];
    touchpoints: TouchpointCell[];
  }> {
    const run = <T>(sql: string) => {
      const p = new SqlParams();
      const cte = this.responses(surveyId, f, p);
      return this.db.query<T>(`WITH ${cte} ${sql}`, p.values);
    };
    const [answered, scores, choices, touchpoints] = await Promise.all([
      run<Array<{ questionId: string; count: number }>>(
        `SELECT x.question_id AS "questionId", count(DISTINCT x.response_id)::int AS count
           FROM (SELECT a.question_id, a.response_id FROM r JOIN survey_answers a ON a.response_id = r.id
                  WHERE a.score IS NOT NULL OR cardinality(a.choice_keys) > 0 OR a.text <> ''
                 UNION ALL
                 SELECT t.question_id, t.response_id
                   FROM r JOIN survey_touchpoint_answers t ON t.response_id = r.id) x
          GROUP BY 1`,
      ),
      run<QuestionScoreCell[]>(
        `SELECT a.question_id AS "questionId", a.score, count(*)::int AS count
           FROM r JOIN survey_answers a ON a.response_id = r.id
          WHERE a.score IS NOT NULL GROUP BY 1, 2`,
      ),
      run<ChoiceCell[]>(
        `SELECT a.question_id AS "questionId", k.key, count(*)::int AS count
           FROM r JOIN survey_answers a ON a.response_id = r.id
           CROSS JOIN LATERAL unnest(a.choice_keys) k(key) GROUP BY 1, 2`,
      ),
      run<TouchpointCell[]>(
        `SELECT t.question_id AS "questionId", t.touchpoint_id AS "touchpointId",
                r.nps_class AS "npsClass", count(t.influence)::int AS responses,
                coalesce(sum(t.influence), 0)::int AS sum,
                (count(*) FILTER (WHERE t.influence > 0))::int AS positive,
                (count(*) FILTER (WHERE t.influence < 0))::int AS negative,
                (count(*) FILTER (WHERE t.influence IS NULL))::int AS "notApplicable"
           FROM r JOIN survey_touchpoint_answers t ON t.response_id = r.id GROUP BY 1, 2, 3`,
      ),
    ]);
    return { answered, scores, choices, touchpoints };
  }

  /**
   * Non-empty text answers to a question among the responses the filter keeps, newest first,
   * optionally containing `search` (compared after NFKC folding, lower-casing and collapsing
   * spaces, as the search module folds text). Unless `identified`, no respondent, and the answer
   * time cut to its day in `timeZone` (the order within a day says nothing either).
   */
  async textAnswers(q: {
    surveyId: string;
    questionId: string;
    filter: ResultsFilter;
    search: string | null;
    after: { answeredAt: string; id: string } | null;
    limit: number;
    identified: boolean;
    timeZone: string;
  }): Promise<{ rows: TextAnswerRow[]; total: number }> {
    const p = new SqlParams();
    const cte = this.responses(q.surveyId, q.filter, p);
    const where = [`a.question_id = ${p.add(q.questionId, 'uuid')}`, "a.text <> ''"];
    if (q.search)
      where.push(
        `regexp_replace(lower(normalize(a.text, NFKC)), '\\s+', ' ', 'g')
           LIKE ${p.add(`%${q.search.replace(/[\\%_]/g, '\\$&')}%`, 'text')}`,
      );
    const from = `FROM r JOIN survey_answers a ON a.response_id = r.id WHERE ${where.join(' AND ')}`;
    const countValues = [...p.values];
    const at = this.answeredAt(q.identified, q.timeZone, p);
    const page = q.after
      ? ` AND (${at}, r.id) < (${p.add(q.after.answeredAt, 'timestamptz')}, ${p.add(q.after.id, 'uuid')})`
      : '';
    const [rows, [{ total }]] = await Promise.all([
      this.db.query<TextAnswerRow[]>(
        `WITH ${cte}
         SELECT r.id AS "responseId", a.text, ${at} AS "answeredAt", r.nps_score AS "npsScore",
                ${q.identified ? 'r.member_id' : 'NULL::uuid'} AS "respondentId"
           ${from}${page}
          ORDER BY 3 DESC, r.id DESC LIMIT ${p.add(q.limit, 'int')}`,
        p.values,
      ),
      this.db.query<Array<{ total: number }>>(
        `WITH ${cte} SELECT count(*)::int AS total ${from}`,
        countValues,
      ),
    ]);
    return { rows, total };
  }

  /** When a response was answered as results show it: to the day in anonymous surveys. */
  private answeredAt(identified: boolean, timeZone: string, p: SqlParams): string {
    if (identified) return 'r.answered_at';
    const zone = p.add(timeZone, 'text');
    return `(date_trunc('day', r.answered_at AT TIME ZONE ${zone}) AT TIME ZONE ${zone})`;
  }

  /**
   * A page of submitted responses with their answers, oldest first, for the export. Unless
   * `identified`, no respondent, and the answer time cut to its day in `timeZone`.
   */
  exportResponses(
    surveyId: string,
    f: ResultsFilter,
    after: { answeredAt: Date; id: string } | null,
    limit: number,
    identified: boolean,
    timeZone: string,
  ): Promise<ExportResponseRow[]> {
    const p = new SqlParams();
    const cte = this.responses(surveyId, f, p);
    const at = this.answeredAt(identified, timeZone, p);
    const cursor = after
      ? `WHERE (${at}, r.id) > (${p.add(after.answeredAt, 'timestamptz')}, ${p.add(after.id, 'uuid')})`
      : '';
    return this.db.query<ExportResponseRow[]>(
      `WITH ${cte}
       SELECT r.id, ${at} AS "answeredAt", s.source, r.nps_score AS "npsScore",
              ${identified ? 's.member_id' : 'NULL::uuid'} AS "memberId",
              ${identified ? 's.customer_id' : 'NULL::text'} AS "customerId",
              (SELECT coalesce(jsonb_object_agg(a.question_id, jsonb_build_object(
                        'score', a.score, 'choices', a.choice_keys, 'text', a.text)), '{}')
                 FROM survey_answers a WHERE a.response_id = r.id) AS answers,
              (SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'q', t.question_id, 'tp', t.touchpoint_id, 'v', t.influence)), '[]')
                 FROM survey_touchpoint_answers t WHERE t.response_id = r.id) AS touchpoints
         FROM r JOIN survey_responses s ON s.id = r.id ${cursor}
        ORDER BY 2, r.id LIMIT ${p.add(limit, 'int')}`,
      p.values,
    );
  }
}
