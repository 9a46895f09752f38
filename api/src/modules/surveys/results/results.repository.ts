import { Injectable } from '@nestjs/common';
import type {
  NpsClass,
  Role,
  SurveyAudienceKind,
  SurveyResponseSource,
  SurveyStatus,
  SurveyTemplate,
  SurveyTrendPeriod,
} from '@kizuna/shared';
import { Db } from '../../../core/database/db.js';
import { SqlParams } from '../../../core/database/sql-fragment.js';
import type { Survey, SurveyQuestion, SurveyTouchpoint } from '../models/survey.model.js';
import type { TouchpointCounts } from './nps.js';
import { SurveySegments } from './segments.js';

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

const SURVEY_COLUMNS = `s.id, s.title_ja AS "titleJa", s.title_en AS "titleEn",
  s.description_ja AS "descriptionJa", s.description_en AS "descriptionEn", s.template,
  s.audience_kind AS "audienceKind", s.audience_min_rank_position AS "minRankPosition",
  s.audience_roles AS roles, s.audience_event_id AS "eventId", s.audience_segment AS segment,
  s.hours_after_event AS "hoursAfterEvent", s.anonymous, s.response_cap AS "responseCap",
  s.response_count + s.imported_count AS "responseCount", s.published_at AS "publishedAt", s.opens_at AS "opensAt",
  s.closes_at AS "closesAt", s.closed_at AS "closedAt", s.invited_at AS "invitedAt",
  s.invited_count AS "invitedCount", s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

interface SurveySqlRow {
  id: string;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  template: SurveyTemplate | null;
  audienceKind: SurveyAudienceKind;
  minRankPosition: number | null;
  roles: Role[] | null;
  eventId: string | null;
  segment: string | null;
  hoursAfterEvent: number;
  anonymous: boolean;
  responseCap: number | null;
  responseCount: number;
  publishedAt: Date | null;
  opensAt: Date | null;
  closesAt: Date | null;
  closedAt: Date | null;
  invitedAt: Date | null;
  invitedCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** DRAFT until published; SCHEDULED before it opens; CLOSED when closed or past its closing date. */
export function surveyStatus(
  s: Pick<Survey, 'publishedAt' | 'opensAt' | 'closesAt' | 'closedAt'>,
  now = new Date(),
): SurveyStatus {
  if (!s.publishedAt) return 'draft';
  if (s.closedAt || (s.closesAt && now >= s.closesAt)) return 'closed';
  if (s.opensAt && now < s.opensAt) return 'scheduled';
  return 'open';
}

const toSurvey = (r: SurveySqlRow): Survey => ({
  id: r.id,
  titleJa: r.titleJa,
  titleEn: r.titleEn,
  descriptionJa: r.descriptionJa,
  descriptionEn: r.descriptionEn,
  template: r.template,
  status: surveyStatus(r),
  opensAt: r.opensAt,
  closesAt: r.closesAt,
  publishedAt: r.publishedAt,
  closedAt: r.closedAt,
  anonymous: r.anonymous,
  responseCap: r.responseCap,
  responseCount: r.responseCount,
  audience: {
    kind: r.audienceKind,
    minRankPosition: r.minRankPosition,
    roles: r.roles,
    eventId: r.eventId,
    segment: r.segment,
    hoursAfterEvent: r.hoursAfterEvent,
  },
  invitedAt: r.invitedAt,
  invitedCount: r.invitedCount,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

interface QuestionSqlRow extends Omit<SurveyQuestion, 'choices'> {
  choices: Array<{ key: string; ja: string; en: string }>;
}

const TOUCHPOINT_COLUMNS = `id, key, label_ja AS "labelJa", label_en AS "labelEn", position, archived`;

/** Reads of surveys and the aggregates of their submitted responses. */
@Injectable()
export class SurveyResultsRepository {
  constructor(
    private readonly db: Db,
    private readonly segments: SurveySegments,
  ) {}

  async survey(id: string): Promise<Survey | null> {
    const [row] = await this.db.query<SurveySqlRow[]>(
      `SELECT ${SURVEY_COLUMNS} FROM surveys s WHERE s.id = $1`,
      [id],
    );
    return row ? toSurvey(row) : null;
  }

  async questions(surveyId: string): Promise<SurveyQuestion[]> {
    const rows = await this.db.query<QuestionSqlRow[]>(
      `SELECT id, survey_id AS "surveyId", position, type, required, prompt_ja AS "promptJa",
              prompt_en AS "promptEn", with_reason AS "withReason", choices,
              touchpoint_ids AS "touchpointIds"
         FROM survey_questions WHERE survey_id = $1 ORDER BY position`,
      [surveyId],
    );
    return rows.map((q) => ({
      ...q,
      choices: (q.choices ?? []).map((c) => ({ key: c.key, labelJa: c.ja, labelEn: c.en ?? '' })),
    }));
  }

  touchpoints(ids: readonly string[]): Promise<SurveyTouchpoint[]> {
    return this.db.query<SurveyTouchpoint[]>(
      `SELECT ${TOUCHPOINT_COLUMNS} FROM survey_touchpoints WHERE id = ANY($1::uuid[])
        ORDER BY position, key`,
      [ids],
    );
  }

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
      where.push(`r.member_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM (${this.segments.keysSql('r.member_id', p)}) seg
         WHERE seg.key = ${p.add(f.segment, 'text')})`);
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

  /** By week (from Monday) or month in the community's time zone; groups are epoch milliseconds. */
  npsByPeriod(
    surveyId: string,
    f: ResultsFilter,
    period: SurveyTrendPeriod,
    timeZone: string,
  ): Promise<ScoreCell[]> {
    return this.npsCells(surveyId, f, (p) => ({
      group: `(extract(epoch FROM date_trunc(${p.add(period, 'text')}, r.answered_at,
                                              ${p.add(timeZone, 'text')})) * 1000)::bigint::text`,
    }));
  }

  /** By the respondent's rank position now (members only). */
  npsByRank(surveyId: string, f: ResultsFilter): Promise<ScoreCell[]> {
    return this.npsCells(surveyId, f, () => ({
      group: `coalesce(pr.rank_position, 1)::text`,
      joins: `LEFT JOIN points_ranks pr ON pr.member_id = r.member_id`,
      membersOnly: true,
    }));
  }

  /** By every segment the respondent is in now (members only; a response counts in several). */
  npsBySegment(surveyId: string, f: ResultsFilter): Promise<ScoreCell[]> {
    return this.npsCells(surveyId, f, (p) => ({
      group: 'seg.key',
      joins: `CROSS JOIN LATERAL (${this.segments.keysSql('r.member_id', p)}) seg`,
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
   * Non-empty text answers to a question, newest first, optionally containing `search`
   * (compared after NFKC folding and lower-casing, as the search module folds text).
   */
  async textAnswers(q: {
    surveyId: string;
    questionId: string;
    search: string | null;
    after: { answeredAt: string; id: string } | null;
    limit: number;
    identified: boolean;
  }): Promise<{ rows: TextAnswerRow[]; total: number }> {
    const p = new SqlParams([q.surveyId, q.questionId]);
    const where = [
      'r.survey_id = $1',
      'a.question_id = $2',
      'r.submitted',
      "a.text IS NOT NULL AND a.text <> ''",
    ];
    if (q.search)
      where.push(
        `lower(normalize(a.text, NFKC)) LIKE ${p.add(`%${q.search.replace(/[\\%_]/g, '\\$&')}%`, 'text')}`,
      );
    const from = `FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
                  WHERE ${where.join(' AND ')}`;
    const countValues = [...p.values];
    const page = [...where];
    if (q.after)
      page.push(
        `(r.answered_at, r.id) < (${p.add(q.after.answeredAt, 'timestamptz')}, ${p.add(q.after.id, 'uuid')})`,
      );
    const [rows, [{ total }]] = await Promise.all([
      this.db.query<TextAnswerRow[]>(
        `SELECT r.id AS "responseId", a.text, r.answered_at AS "answeredAt",
                r.nps_score AS "npsScore",
                ${q.identified ? 'r.member_id' : 'NULL::uuid'} AS "respondentId"
           FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
          WHERE ${page.join(' AND ')}
          ORDER BY r.answered_at DESC, r.id DESC LIMIT ${p.add(q.limit, 'int')}`,
        p.values,
      ),
      this.db.query<Array<{ total: number }>>(`SELECT count(*)::int AS total ${from}`, countValues),
    ]);
    return { rows, total };
  }

  /** A page of submitted responses with their answers, oldest first, for the export. */
  exportResponses(
    surveyId: string,
    f: ResultsFilter,
    after: { answeredAt: Date; id: string } | null,
    limit: number,
    identified: boolean,
  ): Promise<ExportResponseRow[]> {
    const p = new SqlParams();
    const cte = this.responses(surveyId, f, p);
    const cursor = after
      ? `WHERE (r.answered_at, r.id) > (${p.add(after.answeredAt, 'timestamptz')}, ${p.add(after.id, 'uuid')})`
      : '';
    return this.db.query<ExportResponseRow[]>(
      `WITH ${cte}
       SELECT r.id, r.answered_at AS "answeredAt", s.source, r.nps_score AS "npsScore",
              ${identified ? 's.member_id' : 'NULL::uuid'} AS "memberId",
              ${identified ? 's.customer_id' : 'NULL::text'} AS "customerId",
              (SELECT coalesce(jsonb_object_agg(a.question_id, jsonb_build_object(
                        'score', a.score, 'choices', a.choice_keys, 'text', a.text)), '{}')
                 FROM survey_answers a WHERE a.response_id = r.id) AS answers,
              (SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'q', t.question_id, 'tp', t.touchpoint_id, 'v', t.influence)), '[]')
                 FROM survey_touchpoint_answers t WHERE t.response_id = r.id) AS touchpoints
         FROM r JOIN survey_responses s ON s.id = r.id ${cursor}
        ORDER BY r.answered_at, r.id LIMIT ${p.add(limit, 'int')}`,
      p.values,
    );
  }
}
