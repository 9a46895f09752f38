import { Injectable } from '@nestjs/common';
import type {
  Role,
  SurveyAudienceKind,
  SurveyQuestionType,
  SurveyStatus,
  SurveyTemplate,
} from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { SqlParams } from '../../core/database/sql-fragment.js';
import type {
  Survey,
  SurveyChoice,
  SurveyQuestion,
  SurveyTouchpoint,
} from './models/survey.model.js';

export interface SurveyRow extends Survey {
  createdBy: string | null;
  /** Submitted in the community: what the response cap counts (imports never do). */
  inAppResponseCount: number;
}

/** What a survey is made of, as written by the builder. */
export interface SurveyFields {
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  template: SurveyTemplate | null;
  audienceKind: SurveyAudienceKind;
  audienceMinRankPosition: number | null;
  audienceRoles: Role[] | null;
  audienceEventId: string | null;
  audienceSegment: string | null;
  hoursAfterEvent: number;
  anonymous: boolean;
  responseCap: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
}

export type SurveyPatch = Partial<SurveyFields & { publishedAt: Date; closedAt: Date | null }>;

export interface NewQuestion {
  id: string | null;
  type: SurveyQuestionType;
  required: boolean;
  promptJa: string;
  promptEn: string;
  withReason: boolean;
  choices: SurveyChoice[];
  touchpointIds: string[];
}

/** The status as of now: the one definition every read and filter uses. */
const statusSql = (s: string) => `CASE
  WHEN ${s}.published_at IS NULL THEN 'draft'
  WHEN ${s}.closed_at IS NOT NULL OR ${s}.closes_at <= now() THEN 'closed'
  WHEN ${s}.opens_at > now() THEN 'scheduled'
  ELSE 'open' END`;

const SURVEY = `s.id, s.title_ja AS "titleJa", s.title_en AS "titleEn",
  s.description_ja AS "descriptionJa", s.description_en AS "descriptionEn", s.template,
  ${statusSql('s')} AS status, s.audience_kind AS "audienceKind",
  s.audience_min_rank_position AS "audienceMinRankPosition", s.audience_roles AS "audienceRoles",
  s.audience_event_id AS "audienceEventId", s.audience_segment AS "audienceSegment",
  s.hours_after_event AS "hoursAfterEvent", s.anonymous, s.response_cap AS "responseCap",
  s.response_count + s.imported_count AS "responseCount", s.response_count AS "inAppResponseCount",
  s.published_at AS "publishedAt", s.opens_at AS "opensAt",
  s.closes_at AS "closesAt", s.closed_at AS "closedAt", s.invited_at AS "invitedAt",
  s.invited_count AS "invitedCount", s.created_by AS "createdBy", s.created_at AS "createdAt",
  s.updated_at AS "updatedAt"`;

interface FlatSurvey extends Omit<SurveyRow, 'audience'> {
  audienceKind: SurveyAudienceKind;
  audienceMinRankPosition: number | null;
  audienceRoles: Role[] | null;
  audienceEventId: string | null;
  audienceSegment: string | null;
  hoursAfterEvent: number;
}

const toRow = ({
  audienceKind,
  audienceMinRankPosition,
  audienceRoles,
  audienceEventId,
  audienceSegment,
  hoursAfterEvent,
  ...rest
}: FlatSurvey): SurveyRow => ({
  ...rest,
  audience: {
    kind: audienceKind,
    minRankPosition: audienceMinRankPosition,
    roles: audienceRoles,
    eventId: audienceEventId,
    segment: audienceSegment,
    hoursAfterEvent,
  },
});

const COLUMN: Record<keyof SurveyPatch, string> = {
  titleJa: 'title_ja',
  titleEn: 'title_en',
  descriptionJa: 'description_ja',
  descriptionEn: 'description_en',
  template: 'template',
  audienceKind: 'audience_kind',
  audienceMinRankPosition: 'audience_min_rank_position',
  audienceRoles: 'audience_roles',
  audienceEventId: 'audience_event_id',
  audienceSegment: 'audience_segment',
  hoursAfterEvent: 'hours_after_event',
  anonymous: 'anonymous',
  responseCap: 'response_cap',
  opensAt: 'opens_at',
  closesAt: 'closes_at',
  publishedAt: 'published_at',
  closedAt: 'closed_at',
};

const QUESTION = `id, survey_id AS "surveyId", position, type, required, prompt_ja AS "promptJa",
  prompt_en AS "promptEn", with_reason AS "withReason", choices, touchpoint_ids AS "touchpointIds"`;

const TOUCHPOINT = `id, key, label_ja AS "labelJa", label_en AS "labelEn", position, archived`;

/** Surveys, their questions, the brand's touchpoints and the survey settings. */
@Injectable()
export class SurveysRepository {
  constructor(private readonly db: Db) {}

  async findById(id: string, lock = false): Promise<SurveyRow | null> {
    const rows = await this.db.query<FlatSurvey[]>(
      `SELECT ${SURVEY} FROM surveys s WHERE s.id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async findByIds(ids: readonly string[]): Promise<SurveyRow[]> {
    const rows = await this.db.query<FlatSurvey[]>(
      `SELECT ${SURVEY} FROM surveys s WHERE s.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows.map(toRow);
  }

  /** Newest first; `after` is the last row's (createdAt, id). */
  async page(q: {
    status: SurveyStatus | null;
    after: { createdAt: string; id: string } | null;
    limit: number;
  }): Promise<SurveyRow[]> {
    const p = new SqlParams();
    const where = [
      q.status ? `${statusSql('s')} = ${p.add(q.status)}` : 'true',
      q.after
        ? `(s.created_at, s.id) < (${p.add(q.after.createdAt, 'timestamptz')}, ${p.add(q.after.id, 'uuid')})`
        : 'true',
    ];
    const rows = await this.db.query<FlatSurvey[]>(
      `SELECT ${SURVEY} FROM surveys s WHERE ${where.join(' AND ')}
        ORDER BY s.created_at DESC, s.id DESC LIMIT ${p.add(q.limit, 'int')}`,
      p.values,
    );
    return rows.map(toRow);
  }

  async count(status: SurveyStatus | null): Promise<number> {
    const rows = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM surveys s WHERE $1::text IS NULL OR ${statusSql('s')} = $1`,
      [status],
    );
    return rows[0].n;
  }

  async insert(fields: SurveyFields, createdBy: string): Promise<SurveyRow> {
    const keys = Object.keys(fields) as Array<keyof SurveyFields>;
    const rows = await this.db.query<Array<{ id: string }>>(
      `INSERT INTO surveys (${keys.map((k) => COLUMN[k]).join(', ')}, created_by)
       VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}, $${keys.length + 1}) RETURNING id`,
      [...keys.map((k) => fields[k]), createdBy],
    );
    return (await this.findById(rows[0].id))!;
  }

  async update(id: string, patch: SurveyPatch): Promise<SurveyRow> {
    const keys = (Object.keys(patch) as Array<keyof SurveyPatch>).filter(
      (k) => patch[k] !== undefined,
    );
    await this.db.query(
      `UPDATE surveys SET ${keys.map((k, i) => `${COLUMN[k]} = $${i + 2}, `).join('')}updated_at = now()
        WHERE id = $1`,
      [id, ...keys.map((k) => patch[k])],
    );
    return (await this.findById(id))!;
  }

  /** Deletes a draft (nothing else); whether one was. */
  async deleteDraft(id: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `DELETE FROM surveys WHERE id = $1 AND published_at IS NULL RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  questions(surveyIds: readonly string[]): Promise<SurveyQuestion[]> {
    return this.db.query(
      `SELECT ${QUESTION} FROM survey_questions WHERE survey_id = ANY($1::uuid[])
        ORDER BY survey_id, position`,
      [[...surveyIds]],
    );
  }

  /** Replaces a draft's questions (a draft has no answers to keep). */
  async replaceQuestions(surveyId: string, questions: NewQuestion[]): Promise<void> {
    await this.db.query(`DELETE FROM survey_questions WHERE survey_id = $1`, [surveyId]);
    if (!questions.length) return;
    await this.db.query(
      `INSERT INTO survey_questions (id, survey_id, position, type, required, prompt_ja, prompt_en,
                                     with_reason, choices, touchpoint_ids)
       SELECT coalesce(q.id, gen_random_uuid()), $1, q.position, q.type, q.required,
              q.prompt_ja, q.prompt_en, q.with_reason, q.choices, q.touchpoint_ids
         FROM jsonb_to_recordset($2::jsonb) AS q(id uuid, position integer, type text,
              required boolean, prompt_ja text, prompt_en text, with_reason boolean,
              choices jsonb, touchpoint_ids uuid[])`,
      [
        surveyId,
        JSON.stringify(
          questions.map((q, position) => ({
            id: q.id,
            position,
            type: q.type,
            required: q.required,
            prompt_ja: q.promptJa,
            prompt_en: q.promptEn,
            with_reason: q.withReason,
            choices: q.choices,
            touchpoint_ids: q.touchpointIds,
          })),
        ),
      ],
    );
  }

  /** Question ids of other surveys among these (ids a survey may not take over). */
  async questionIdsElsewhere(surveyId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT id FROM survey_questions WHERE id = ANY($1::uuid[]) AND survey_id <> $2`,
      [[...ids], surveyId],
    );
    return new Set(rows.map((r) => r.id));
  }

  touchpoints(includeArchived: boolean): Promise<SurveyTouchpoint[]> {
    return this.db.query(
      `SELECT ${TOUCHPOINT} FROM survey_touchpoints WHERE $1 OR NOT archived
        ORDER BY position, created_at, id`,
      [includeArchived],
    );
  }

  touchpointsByIds(ids: readonly string[]): Promise<SurveyTouchpoint[]> {
    return this.db.query(
      `SELECT ${TOUCHPOINT} FROM survey_touchpoints WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  /** Serialises edits of the touchpoint list. */
  async lockTouchpoints(): Promise<void> {
    await this.db.query(`SELECT pg_advisory_xact_lock(hashtextextended('survey_touchpoints', 0))`);
  }

  /**
   * Writes the list in order: given ids are updated, the others inserted, and touchpoints left
   * out are archived. Keys are moved aside first so two touchpoints may swap them.
   */
  async saveTouchpoints(
    list: Array<{
      id: string | null;
      key: string;
      labelJa: string;
      labelEn: string;
      archived: boolean;
    }>,
  ): Promise<void> {
    const kept = list.flatMap((t) => (t.id ? [t.id] : []));
    await this.db.query(
      `UPDATE survey_touchpoints SET archived = true WHERE NOT (id = ANY($1::uuid[]))`,
      [kept],
    );
    await this.db.query(
      `UPDATE survey_touchpoints SET key = 'x' || replace(id::text, '-', '')
        WHERE id = ANY($1::uuid[])`,
      [kept],
    );
    for (const [position, t] of list.entries()) {
      if (t.id)
        await this.db.query(
          `UPDATE survey_touchpoints SET key = $2, label_ja = $3, label_en = $4, archived = $5,
                  position = $6 WHERE id = $1`,
          [t.id, t.key, t.labelJa, t.labelEn, t.archived, position],
        );
      else
        await this.db.query(
          `INSERT INTO survey_touchpoints (key, label_ja, label_en, archived, position)
           VALUES ($1, $2, $3, $4, $5)`,
          [t.key, t.labelJa, t.labelEn, t.archived, position],
        );
    }
  }

  /** The database's now: the transaction's start, which every status it reads is computed at. */
  async now(): Promise<Date> {
    return (await this.db.query<Array<{ now: Date }>>(`SELECT now() AS now`))[0].now;
  }

  async fatigueDays(): Promise<number> {
    const rows = await this.db.query<Array<{ days: number }>>(
      `SELECT fatigue_days AS days FROM survey_settings`,
    );
    return rows[0].days;
  }

  async setFatigueDays(days: number): Promise<number> {
    const rows = await this.db.query<Array<{ days: number }>>(
      `UPDATE survey_settings SET fatigue_days = $1, updated_at = now() RETURNING fatigue_days AS days`,
      [days],
    );
    return rows[0].days;
  }

  /** Published event surveys not asked yet, open by `now`, with the event they wait for. */
  eventSurveysWaiting(
    now: Date,
  ): Promise<Array<{ id: string; eventId: string; hoursAfterEvent: number }>> {
    return this.db.query(
      `SELECT id, audience_event_id AS "eventId", hours_after_event AS "hoursAfterEvent"
         FROM surveys
        WHERE published_at IS NOT NULL AND invited_at IS NULL AND closed_at IS NULL
          AND audience_kind = 'event_attendees' AND audience_event_id IS NOT NULL
          AND opens_at <= $1 AND (closes_at IS NULL OR closes_at > $1)`,
      [now],
    );
  }

  /**
   * Claims one survey whose audience is due (stamping when it was asked), skipping those another
   * transaction holds: event surveys only among `dueEventSurveys`.
   */
  async claimDue(
    now: Date,
    dueEventSurveys: readonly string[],
    skip: readonly string[],
  ): Promise<SurveyRow | null> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `UPDATE surveys SET invited_at = $1
        WHERE id = (SELECT id FROM surveys
                     WHERE published_at IS NOT NULL AND invited_at IS NULL AND closed_at IS NULL
                       AND opens_at <= $1 AND (closes_at IS NULL OR closes_at > $1)
                       AND (audience_kind <> 'event_attendees' OR id = ANY($2::uuid[]))
                       AND id <> ALL($3::uuid[])
                     ORDER BY opens_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [now, [...dueEventSurveys], [...skip]],
    );
    return rows[0] ? this.findById(rows[0].id) : null;
  }

  /**
   * Asks the members `audienceSql` selects (a condition on `m.id` / `m.role` over active members)
   * whom the fatigue rule lets be asked: one statement moves each one's clock only when it is
   * old enough, so two surveys going out at once never both ask a member within the window.
   * Returns the members asked, now recipients.
   */
  async ask(
    surveyId: string,
    audience: (p: SqlParams) => string,
    now: Date,
    fatigueDays: number,
  ): Promise<string[]> {
    const p = new SqlParams();
    const survey = p.add(surveyId, 'uuid');
    const at = p.add(now, 'timestamptz');
    const days = p.add(fatigueDays, 'int');
    const rows = await this.db.query<Array<{ memberId: string }>>(
      `WITH audience AS (SELECT m.id FROM members_listed m WHERE ${audience(p)}),
       asked AS (
         INSERT INTO survey_asks (member_id, last_asked_at) SELECT id, ${at} FROM audience
         ON CONFLICT (member_id) DO UPDATE SET last_asked_at = EXCLUDED.last_asked_at
          WHERE survey_asks.last_asked_at <= EXCLUDED.last_asked_at - make_interval(days => ${days})
         RETURNING member_id)
       INSERT INTO survey_recipients (survey_id, member_id, invited_at)
       SELECT ${survey}, member_id, ${at} FROM asked
       ON CONFLICT DO NOTHING
       RETURNING member_id AS "memberId"`,
      p.values,
    );
    return rows.map((r) => r.memberId);
  }

  async setInvitedCount(surveyId: string, count: number): Promise<void> {
    await this.db.query(`UPDATE surveys SET invited_count = $2 WHERE id = $1`, [surveyId, count]);
  }

  async isRecipient(surveyId: string, memberId: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM survey_recipients WHERE survey_id = $1 AND member_id = $2`,
      [surveyId, memberId],
    );
    return rows.length > 0;
  }

  /** Of these surveys, the ones that asked the member. */
  async askedOf(memberId: string, surveyIds: readonly string[]): Promise<string[]> {
    const rows = await this.db.query<Array<{ surveyId: string }>>(
      `SELECT survey_id AS "surveyId" FROM survey_recipients
        WHERE member_id = $1 AND survey_id = ANY($2::uuid[])`,
      [memberId, [...surveyIds]],
    );
    return rows.map((r) => r.surveyId);
  }

  /** Open surveys the member was asked and has not submitted that still take responses, newest first. */
  async openFor(memberId: string): Promise<SurveyRow[]> {
    const rows = await this.db.query<FlatSurvey[]>(
      `SELECT ${SURVEY} FROM survey_recipients r JOIN surveys s ON s.id = r.survey_id
        WHERE r.member_id = $1 AND ${statusSql('s')} = 'open'
          AND (s.response_cap IS NULL OR s.response_count < s.response_cap)
          AND NOT EXISTS (SELECT 1 FROM survey_responses x
                           WHERE x.survey_id = s.id AND x.member_id = $1 AND x.source = 'in_app'
                             AND x.submitted)
        ORDER BY r.invited_at DESC, s.id DESC LIMIT 20`,
      [memberId],
    );
    return rows.map(toRow);
  }
}
