import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SURVEY_LIMITS, type FieldError, type SurveyAudienceKind } from '@kizuna/shared';
import {
  AuditTrail,
  changedFields,
  textSummary,
  type AuditTarget,
} from '../../core/audit/audit-trail.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { Db } from '../../core/database/db.js';
import { OutboxJobs } from '../../core/domain-events/outbox-jobs.js';
import { conflict, invalid, invalidField, notFound } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/ids.js';
import { EventsService } from '../events/events.service.js';
import type {
  CreateSurveyInput,
  SurveyAudienceInput,
  SurveyQuestionInput,
  SurveyTouchpointInput,
  UpdateSurveyInput,
} from './dto/survey.inputs.js';
import type { SurveyQuestion, SurveyTouchpoint } from './models/survey.model.js';
import { SURVEYS_SWEEP_JOB } from './survey-invitations.service.js';
import { SurveySegments } from './survey-segments.js';
import { NPS_QUESTION, SURVEY_TEMPLATES, templateQuestions } from './survey-templates.js';
import {
  SurveysRepository,
  type NewQuestion,
  type SurveyFields,
  type SurveyPatch,
  type SurveyRow,
} from './surveys.repository.js';

const CHOICE_TYPES = new Set(['single_choice', 'multiple_choice']);

/** Which audience field each kind takes (hoursAfterEvent has a default and is always kept). */
const AUDIENCE_FIELD: Record<
  SurveyAudienceKind,
  'minRankPosition' | 'roles' | 'eventId' | 'segment' | null
> = {
  all: null,
  rank: 'minRankPosition',
  roles: 'roles',
  event_attendees: 'eventId',
  segment: 'segment',
};
const AUDIENCE_FIELDS = ['minRankPosition', 'roles', 'eventId', 'segment'] as const;

const newKey = () => `c${randomBytes(4).toString('hex')}`;
const text = (v: string | null | undefined) => v?.trim() ?? '';

const surveyTarget = (s: SurveyRow): AuditTarget => ({
  type: 'survey',
  id: s.id,
  label: s.titleJa,
});

/** What the log keeps of a survey's settings: long descriptions as their length and a digest. */
const auditView = (s: SurveyRow) => ({
  titleJa: s.titleJa,
  titleEn: s.titleEn,
  descriptionJa: textSummary(s.descriptionJa),
  descriptionEn: textSummary(s.descriptionEn),
  anonymous: s.anonymous,
  responseCap: s.responseCap,
  opensAt: s.opensAt,
  closesAt: s.closesAt,
  audience: s.audience,
});

const lifecycle = (s: SurveyRow) => ({
  status: s.status,
  publishedAt: s.publishedAt,
  opensAt: s.opensAt,
  closesAt: s.closesAt,
  closedAt: s.closedAt,
});

/** Questions in the log: how many, and a digest of their content that differs when it does. */
const questionsSummary = (questions: SurveyQuestion[]) => ({
  count: questions.length,
  digest: textSummary(
    JSON.stringify(
      questions.map((q) => [
        q.type,
        q.required,
        q.promptJa,
        q.promptEn,
        q.withReason,
        q.choices,
        q.touchpointIds,
      ]),
    ),
  )!.digest,
});

const touchpointView = (t: SurveyTouchpoint) => ({
  key: t.key,
  labelJa: t.labelJa,
  labelEn: t.labelEn,
  archived: t.archived,
  position: t.position,
});

/**
 * The survey builder (moderators and admins): drafts from templates, their questions and
 * audience, publishing, closing and reopening; the touchpoint list and the fatigue rule.
 */
@Injectable()
export class SurveyBuilder {
  constructor(
    private readonly db: Db,
    private readonly surveys: SurveysRepository,
    private readonly events: EventsService,
    private readonly segments: SurveySegments,
    private readonly jobs: OutboxJobs,
    private readonly audit: AuditTrail,
  ) {}

  create(viewer: Viewer, input: CreateSurveyInput): Promise<SurveyRow> {
    const spec = input.template ? SURVEY_TEMPLATES[input.template] : null;
    return this.db.transaction(async () => {
      if (input.eventId) await this.requireEvent('eventId', input.eventId);
      const active = (await this.surveys.touchpoints(false)).map((t) => t.id);
      const byEvent = !!input.eventId || spec?.audienceKind === 'event_attendees';
      const fields: SurveyFields = {
        titleJa: text(input.titleJa) || spec?.titleJa || 'アンケート',
        titleEn: text(input.titleEn) || spec?.titleEn || (text(input.titleJa) ? '' : 'Survey'),
        descriptionJa: spec?.descriptionJa ?? '',
        descriptionEn: spec?.descriptionEn ?? '',
        template: input.template ?? null,
        audienceKind: byEvent ? 'event_attendees' : (spec?.audienceKind ?? 'all'),
        audienceMinRankPosition: null,
        audienceRoles: null,
        audienceEventId: input.eventId ?? null,
        audienceSegment: null,
        hoursAfterEvent: SURVEY_LIMITS.hoursAfterEventDefault,
        anonymous: false,
        responseCap: null,
        opensAt: null,
        closesAt: null,
      };
      const survey = await this.surveys.insert(fields, viewer.memberId);
      await this.surveys.replaceQuestions(
        survey.id,
        templateQuestions(spec?.questions ?? [NPS_QUESTION], active),
      );
      await this.audit.record(viewer, {
        action: 'survey.create',
        target: surveyTarget(survey),
        after: {
          ...auditView(survey),
          template: survey.template,
          questions: questionsSummary(await this.surveys.questions([survey.id])),
        },
      });
      return survey;
    });
  }

  update(viewer: Viewer, input: UpdateSurveyInput): Promise<SurveyRow> {
    return this.db.transaction(async () => {
      const survey = await this.lock(input.id);
      const draft = survey.status === 'draft';
      const patch: SurveyPatch = {
        titleJa: input.titleJa !== undefined ? this.required('titleJa', input.titleJa) : undefined,
        titleEn: input.titleEn?.trim(),
        descriptionJa: input.descriptionJa?.trim(),
        descriptionEn: input.descriptionEn?.trim(),
      };
      if (input.anonymous !== undefined && input.anonymous !== survey.anonymous) {
        if (survey.responseCount > 0 || survey.invitedAt)
          throw conflict(
            'anonymous',
            'Whether answers are anonymous is fixed once members are asked.',
          );
        patch.anonymous = input.anonymous;
      }
      if (input.responseCap !== undefined) {
        if (input.responseCap !== null && input.responseCap < survey.inAppResponseCount)
          throw invalidField(
            'responseCap',
            'OUT_OF_RANGE',
            `The survey already has ${survey.inAppResponseCount} responses in the community.`,
            { min: survey.inAppResponseCount },
          );
        patch.responseCap = input.responseCap;
      }
      if (input.opensAt !== undefined) {
        if (survey.invitedAt)
          throw conflict('opensAt', 'The audience was already asked: the opening date is fixed.');
        if (!draft && input.opensAt === null)
          throw invalidField('opensAt', 'REQUIRED', 'A published survey needs an opening date.');
        patch.opensAt = input.opensAt;
      }
      if (input.closesAt !== undefined) patch.closesAt = input.closesAt;
      const opens = patch.opensAt !== undefined ? patch.opensAt : survey.opensAt;
      const closes = patch.closesAt !== undefined ? patch.closesAt : survey.closesAt;
      if (opens && closes && closes <= opens)
        throw invalidField('closesAt', 'INVALID_VALUE', 'A survey closes after it opens.');
      if (input.audience) {
        if (survey.invitedAt)
          throw conflict('audience', 'This survey’s audience was already asked.');
        Object.assign(patch, await this.audience(input.audience));
      }
      let questions: { before: SurveyQuestion[]; after: SurveyQuestion[] } | null = null;
      if (input.questions) {
        if (!draft)
          throw conflict('questions', 'Questions can only change while the survey is a draft.');
        const replaced = await this.questions(survey.id, input.questions);
        const before = await this.surveys.questions([survey.id]);
        await this.surveys.replaceQuestions(survey.id, replaced);
        questions = { before, after: await this.surveys.questions([survey.id]) };
      }
      const updated = await this.surveys.update(survey.id, patch);
      const diff = changedFields(
        { ...auditView(survey), questions: questions && questionsSummary(questions.before) },
        { ...auditView(updated), questions: questions && questionsSummary(questions.after) },
      );
      if (diff)
        await this.audit.record(viewer, {
          action: 'survey.update',
          target: surveyTarget(survey),
          ...diff,
        });
      return this.askedSoon(updated);
    });
  }

  /** Opens the survey at `opensAt` (now by default); its audience is asked then. */
  publish(viewer: Viewer, id: string, opensAt?: Date | null): Promise<SurveyRow> {
    return this.db.transaction(async () => {
      const survey = await this.lock(id);
      if (survey.status !== 'draft') throw conflict('id', 'This survey is already published.');
      const errors: FieldError[] = [];
      if (!(await this.surveys.questions([survey.id])).length)
        errors.push({
          field: 'questions',
          issue: 'REQUIRED',
          message: 'Add at least one question.',
        });
      errors.push(...(await this.audienceErrors(survey)));
      const opens = opensAt ?? survey.opensAt ?? (await this.surveys.now());
      if (survey.closesAt && survey.closesAt <= opens)
        errors.push({
          field: 'closesAt',
          issue: 'INVALID_VALUE',
          message: 'A survey closes after it opens.',
        });
      if (errors.length) throw invalid(errors);
      const published = await this.surveys.update(survey.id, {
        publishedAt: new Date(),
        opensAt: opens,
      });
      await this.audit.record(viewer, {
        action: 'survey.publish',
        target: surveyTarget(survey),
        ...changedFields(lifecycle(survey), lifecycle(published)),
      });
      return this.askedSoon(published);
    });
  }

  close(viewer: Viewer, id: string): Promise<SurveyRow> {
    return this.db.transaction(async () => {
      const survey = await this.lock(id);
      if (survey.status === 'draft')
        throw conflict('id', 'A draft is not open: delete it instead.');
      if (survey.status === 'closed') return survey;
      const closed = await this.surveys.update(survey.id, { closedAt: new Date() });
      await this.audit.record(viewer, {
        action: 'survey.close',
        target: surveyTarget(survey),
        ...changedFields(lifecycle(survey), lifecycle(closed)),
      });
      return closed;
    });
  }

  /** Opens a closed survey again, until `closesAt` (or until closed by hand). */
  reopen(viewer: Viewer, id: string, closesAt?: Date | null): Promise<SurveyRow> {
    return this.db.transaction(async () => {
      const survey = await this.lock(id);
      if (survey.status !== 'closed') throw conflict('id', 'This survey is not closed.');
      const now = new Date();
      if (closesAt && closesAt <= now)
        throw invalidField('closesAt', 'INVALID_VALUE', 'Choose a closing date in the future.');
      const keep = survey.closesAt && survey.closesAt > now ? survey.closesAt : null;
      const reopened = await this.surveys.update(survey.id, {
        closedAt: null,
        closesAt: closesAt ?? keep,
      });
      await this.audit.record(viewer, {
        action: 'survey.reopen',
        target: surveyTarget(survey),
        ...changedFields(lifecycle(survey), lifecycle(reopened)),
      });
      return this.askedSoon(reopened);
    });
  }

  delete(viewer: Viewer, id: string): Promise<boolean> {
    return this.db.transaction(async () => {
      const survey = await this.lock(id);
      if (survey.status !== 'draft')
        throw conflict('id', 'Only drafts can be deleted: close the survey instead.');
      const questions = await this.surveys.questions([survey.id]);
      const deleted = await this.surveys.deleteDraft(survey.id);
      if (deleted)
        await this.audit.record(viewer, {
          action: 'survey.delete',
          target: surveyTarget(survey),
          before: {
            ...auditView(survey),
            status: survey.status,
            questions: questionsSummary(questions),
          },
        });
      return deleted;
    });
  }

  /** A draft with the same questions, audience and settings. */
  duplicate(viewer: Viewer, id: string): Promise<SurveyRow> {
    return this.db.transaction(async () => {
      const from = await this.lock(id);
      const a = from.audience;
      const copy = await this.surveys.insert(
        {
          titleJa: `${from.titleJa}（コピー）`.slice(0, SURVEY_LIMITS.titleMax),
          titleEn: from.titleEn ? `${from.titleEn} (copy)`.slice(0, SURVEY_LIMITS.titleMax) : '',
          descriptionJa: from.descriptionJa,
          descriptionEn: from.descriptionEn,
          template: from.template,
          audienceKind: a.kind,
          audienceMinRankPosition: a.minRankPosition,
          audienceRoles: a.roles,
          audienceEventId: a.eventId,
          audienceSegment: a.segment,
          hoursAfterEvent: a.hoursAfterEvent,
          anonymous: from.anonymous,
          responseCap: from.responseCap,
          opensAt: null,
          closesAt: null,
        },
        viewer.memberId,
      );
      const questions = await this.surveys.questions([from.id]);
      await this.surveys.replaceQuestions(
        copy.id,
        questions.map((q) => ({ ...q, id: null })),
      );
      await this.audit.record(viewer, {
        action: 'survey.duplicate',
        target: surveyTarget(copy),
        after: {
          ...auditView(copy),
          duplicateOf: { id: from.id, titleJa: from.titleJa },
          questions: questionsSummary(questions),
        },
      });
      return copy;
    });
  }

  saveTouchpoints(viewer: Viewer, list: SurveyTouchpointInput[]): Promise<SurveyTouchpoint[]> {
    return this.db.transaction(async () => {
      await this.surveys.lockTouchpoints();
      const existing = await this.surveys.touchpoints(true);
      const byId = new Map(existing.map((t) => [t.id, t]));
      const errors: FieldError[] = [];
      const seenIds = new Set<string>();
      const seenKeys = new Set<string>();
      for (const [i, t] of list.entries()) {
        if (t.id && (!byId.has(t.id) || seenIds.has(t.id)))
          errors.push({
            field: `input.${i}.id`,
            issue: 'INVALID_VALUE',
            message: 'Unknown touchpoint.',
          });
        if (t.id) seenIds.add(t.id);
        if (!t.labelJa.trim() || !t.labelEn.trim())
          errors.push({
            field: `input.${i}.${t.labelJa.trim() ? 'labelEn' : 'labelJa'}`,
            issue: 'REQUIRED',
            message: 'This field is required.',
          });
        const other = existing.find((e) => e.key === t.key && !list.some((l) => l.id === e.id));
        if (seenKeys.has(t.key) || other)
          errors.push({
            field: `input.${i}.key`,
            issue: 'TAKEN',
            message: other?.archived
              ? 'An archived touchpoint uses this key: restore it instead.'
              : 'Another touchpoint uses this key.',
          });
        seenKeys.add(t.key);
      }
      const active = list.filter((t) => !t.archived).length;
      if (active > SURVEY_LIMITS.touchpointsMax)
        errors.push({
          field: 'input',
          issue: 'OUT_OF_RANGE',
          message: `At most ${SURVEY_LIMITS.touchpointsMax} touchpoints in use.`,
          params: { max: SURVEY_LIMITS.touchpointsMax },
        });
      if (errors.length) throw invalid(errors);
      await this.surveys.saveTouchpoints(
        list.map((t) => ({
          id: t.id ?? null,
          key: t.key,
          labelJa: t.labelJa.trim(),
          labelEn: t.labelEn.trim(),
          archived: t.archived,
        })),
      );
      const saved = await this.surveys.touchpoints(true);
      const before: Record<string, Partial<ReturnType<typeof touchpointView>> | null> = {};
      const after: Record<string, Partial<ReturnType<typeof touchpointView>>> = {};
      for (const t of saved) {
        const old = byId.get(t.id);
        const diff = old
          ? changedFields(touchpointView(old), touchpointView(t))
          : { before: null, after: touchpointView(t) };
        if (!diff) continue;
        before[t.key] = diff.before;
        after[t.key] = diff.after;
      }
      if (Object.keys(after).length)
        await this.audit.record(viewer, {
          action: 'surveyTouchpoints.save',
          target: { type: 'surveyTouchpoints', label: 'Survey touchpoints' },
          before,
          after,
        });
      return saved;
    });
  }

  async updateSettings(viewer: Viewer, fatigueDays: number): Promise<{ fatigueDays: number }> {
    if (
      !Number.isInteger(fatigueDays) ||
      fatigueDays < 0 ||
      fatigueDays > SURVEY_LIMITS.fatigueDaysMax
    )
      throw invalidField(
        'fatigueDays',
        'OUT_OF_RANGE',
        `Must be between 0 and ${SURVEY_LIMITS.fatigueDaysMax}.`,
        { min: 0, max: SURVEY_LIMITS.fatigueDaysMax },
      );
    return this.db.transaction(async () => {
      const before = await this.surveys.fatigueDays();
      const after = await this.surveys.setFatigueDays(fatigueDays);
      if (after !== before)
        await this.audit.record(viewer, {
          action: 'surveySettings.update',
          target: { type: 'surveySettings', label: 'Survey settings' },
          before: { fatigueDays: before },
          after: { fatigueDays: after },
        });
      return { fatigueDays: after };
    });
  }

  /**
   * A survey open and not asked yet has its audience asked right after the commit, rather than
   * at the sweep's next minute (which stays in case this request is lost).
   */
  private async askedSoon(survey: SurveyRow): Promise<SurveyRow> {
    if (survey.status === 'open' && !survey.invitedAt)
      await this.jobs.enqueue(SURVEYS_SWEEP_JOB, {});
    return survey;
  }

  private async lock(id: string): Promise<SurveyRow> {
    const survey = isUuid(id) ? await this.surveys.findById(id, true) : null;
    if (!survey) throw notFound('This survey');
    return survey;
  }

  private required(field: string, value: string): string {
    const trimmed = value.trim();
    if (!trimmed) throw invalidField(field, 'REQUIRED', 'This field is required.');
    return trimmed;
  }

  private async requireEvent(field: string, eventId: string): Promise<void> {
    const [event] = isUuid(eventId) ? await this.events.findByIds([eventId]) : [];
    if (!event || event.status === 'cancelled')
      throw invalidField(field, 'INVALID_VALUE', 'Choose an event that is not cancelled.');
  }

  /** The audience's columns: only the field its kind takes, checked. */
  private async audience(a: SurveyAudienceInput): Promise<SurveyPatch> {
    const takes = AUDIENCE_FIELD[a.kind];
    const errors: FieldError[] = [];
    for (const f of AUDIENCE_FIELDS) {
      const v = a[f];
      const given = v !== undefined && v !== null && !(Array.isArray(v) && !v.length);
      if (given && f !== takes)
        errors.push({
          field: `audience.${f}`,
          issue: 'INVALID_VALUE',
          message: `Only a ${AUDIENCE_KIND_OF[f]} audience takes this.`,
        });
      if (!given && f === takes)
        errors.push({
          field: `audience.${f}`,
          issue: 'REQUIRED',
          message: 'This field is required.',
        });
    }
    if (errors.length) throw invalid(errors);
    if (a.kind === 'event_attendees') await this.requireEvent('audience.eventId', a.eventId!);
    if (a.kind === 'segment' && !(await this.segments.known(a.segment!)))
      throw invalidField('audience.segment', 'INVALID_VALUE', 'Unknown segment.');
    return {
      audienceKind: a.kind,
      audienceMinRankPosition: takes === 'minRankPosition' ? a.minRankPosition! : null,
      audienceRoles: takes === 'roles' ? [...new Set(a.roles!)] : null,
      audienceEventId: takes === 'eventId' ? a.eventId! : null,
      audienceSegment: takes === 'segment' ? a.segment! : null,
      hoursAfterEvent: a.hoursAfterEvent ?? undefined,
    };
  }

  /** What a stored audience still lacks (an event deleted since, a segment no longer known). */
  private async audienceErrors(survey: SurveyRow): Promise<FieldError[]> {
    const a = survey.audience;
    const takes = AUDIENCE_FIELD[a.kind];
    if (!takes) return [];
    const value = a[takes];
    if (value === null || (Array.isArray(value) && !value.length))
      return [
        { field: `audience.${takes}`, issue: 'REQUIRED', message: 'This field is required.' },
      ];
    try {
      if (takes === 'eventId') await this.requireEvent('audience.eventId', a.eventId!);
    } catch {
      return [
        {
          field: 'audience.eventId',
          issue: 'INVALID_VALUE',
          message: 'Choose an event that is not cancelled.',
        },
      ];
    }
    if (takes === 'segment' && !(await this.segments.known(a.segment!)))
      return [{ field: 'audience.segment', issue: 'INVALID_VALUE', message: 'Unknown segment.' }];
    return [];
  }

  /** The questions as stored: checked, choices keyed, touchpoints in use. */
  private async questions(surveyId: string, input: SurveyQuestionInput[]): Promise<NewQuestion[]> {
    const errors: FieldError[] = [];
    const err = (field: string, issue: FieldError['issue'], message: string) =>
      errors.push({ field, issue, message });
    const touchpointIds = [...new Set(input.flatMap((q) => q.touchpointIds ?? []))];
    const usable = new Set(
      (await this.surveys.touchpointsByIds(touchpointIds.filter(isUuid)))
        .filter((t) => !t.archived)
        .map((t) => t.id),
    );
    const givenIds = input.flatMap((q) => (q.id && isUuid(q.id) ? [q.id] : []));
    const taken = await this.surveys.questionIdsElsewhere(surveyId, givenIds);
    const keptIds = new Set<string>();
    const out = input.map((q, i): NewQuestion => {
      const at = `questions.${i}`;
      if (!q.promptJa.trim()) err(`${at}.promptJa`, 'REQUIRED', 'This field is required.');
      if (q.withReason && q.type !== 'nps')
        err(`${at}.withReason`, 'INVALID_VALUE', 'Only NPS questions ask "why?".');
      const choices = q.choices ?? [];
      const keys = new Set<string>();
      if (CHOICE_TYPES.has(q.type)) {
        if (choices.length < 2) err(`${at}.choices`, 'REQUIRED', 'Give at least two choices.');
        for (const [j, c] of choices.entries()) {
          if (!c.labelJa.trim())
            err(`${at}.choices.${j}.labelJa`, 'REQUIRED', 'This field is required.');
          if (c.key && keys.has(c.key))
            err(`${at}.choices.${j}.key`, 'INVALID_VALUE', 'Two choices have the same key.');
          if (c.key) keys.add(c.key);
        }
      } else if (choices.length)
        err(`${at}.choices`, 'INVALID_VALUE', 'Only choice questions have choices.');
      const tps = q.touchpointIds ?? [];
      if (q.type === 'touchpoints') {
        if (!tps.length) err(`${at}.touchpointIds`, 'REQUIRED', 'Choose at least one touchpoint.');
        if (new Set(tps).size !== tps.length)
          err(`${at}.touchpointIds`, 'INVALID_VALUE', 'A touchpoint is listed twice.');
        tps.forEach((id, j) => {
          if (!usable.has(id))
            err(`${at}.touchpointIds.${j}`, 'INVALID_VALUE', 'Unknown or archived touchpoint.');
        });
      } else if (tps.length)
        err(`${at}.touchpointIds`, 'INVALID_VALUE', 'Only touchpoint questions list touchpoints.');
      const id = q.id && isUuid(q.id) && !taken.has(q.id) && !keptIds.has(q.id) ? q.id : null;
      if (id) keptIds.add(id);
      return {
        id,
        type: q.type,
        required: q.required,
        promptJa: q.promptJa.trim(),
        promptEn: q.promptEn?.trim() ?? '',
        withReason: q.type === 'nps' && q.withReason,
        choices: CHOICE_TYPES.has(q.type)
          ? choices.map((c) => ({
              key: c.key ?? this.unusedKey(keys),
              labelJa: c.labelJa.trim(),
              labelEn: c.labelEn?.trim() ?? '',
            }))
          : [],
        touchpointIds: q.type === 'touchpoints' ? tps : [],
      };
    });
    if (errors.length) throw invalid(errors);
    return out;
  }

  private unusedKey(keys: Set<string>): string {
    let key = newKey();
    while (keys.has(key)) key = newKey();
    keys.add(key);
    return key;
  }
}

const AUDIENCE_KIND_OF: Record<(typeof AUDIENCE_FIELDS)[number], string> = {
  minRankPosition: 'RANK',
  roles: 'ROLES',
  eventId: 'EVENT_ATTENDEES',
  segment: 'SEGMENT',
};
