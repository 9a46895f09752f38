import { Injectable } from '@nestjs/common';
import {
  SURVEY_ANSWER_SHAPE,
  TOUCHPOINT_INFLUENCE,
  npsClassOf,
  type FieldError,
} from '@kizuna/shared';
import type { Reader } from '../../core/auth/viewer.js';
import { Db } from '../../core/database/db.js';
import { conflict, forbidden, invalid, notFound } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/ids.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { ActivityService } from '../activity/activity.service.js';
import type { SaveSurveyResponseInput, SurveyAnswerInput } from './dto/survey.inputs.js';
import type { SurveyAnswer, SurveyQuestion } from './models/survey.model.js';
import { ResponsesRepository, type AnswerRow, type ResponseRow } from './responses.repository.js';
import { SurveysRepository } from './surveys.repository.js';
import { SurveysService } from './surveys.service.js';

const isEmpty = (a: SurveyAnswerInput) =>
  (a.score === null || a.score === undefined) &&
  !a.choiceKeys?.length &&
  !a.text?.trim() &&
  !a.touchpoints?.length;

/**
 * Answering a survey: one response per member, saved as they go and submitted once (editable
 * until the survey closes). Everything a save does happens in one transaction, under the lock of
 * the member's response, so concurrent saves of one member apply one after another.
 */
@Injectable()
export class SurveyResponses {
  constructor(
    private readonly db: Db,
    private readonly surveys: SurveysRepository,
    private readonly responses: ResponsesRepository,
    private readonly reading: SurveysService,
    private readonly activity: ActivityService,
  ) {}

  save(reader: Reader | null, input: SaveSurveyResponseInput): Promise<ResponseRow> {
    return this.db.transaction(async () => {
      const survey = isUuid(input.surveyId) ? await this.surveys.findById(input.surveyId) : null;
      if (!survey || survey.status === 'draft') throw notFound('This survey');
      const memberId = await this.reading.respondent(reader, survey.id, input.token);
      if (!(await this.surveys.isRecipient(survey.id, memberId)))
        throw forbidden('This survey did not ask you.');
      if (survey.status === 'closed') throw conflict('surveyId', 'This survey is closed');
      if (survey.status !== 'open') throw conflict('surveyId', 'This survey is not open yet.');
      const questions = await this.surveys.questions([survey.id]);
      const { answers, cleared } = await this.check(questions, input.answers);

      const response = await this.responses.lockOrCreate(survey.id, memberId);
      if (input.responseId && input.responseId !== response.id) throw notFound('This response');
      if (response.submitted && !input.responseId)
        throw conflict('responseId', 'You have already answered this survey');
      await this.responses.saveAnswers(response.id, answers, cleared);
      const saved = (await this.responses.answers([response.id])) as AnswerRow[];

      const first = !response.submitted && input.submit;
      if (input.submit || response.submitted) this.requireAnswers(questions, saved);
      if (first && !(await this.responses.countOne(survey.id)))
        throw conflict('surveyId', 'This survey has received all the responses it takes.');
      const nps = questions.find((q) => q.type === 'nps');
      const score = nps ? (saved.find((a) => a.questionId === nps.id)?.score ?? null) : null;
      const stamped = await this.responses.stamp(response.id, {
        submit: input.submit,
        npsScore: score,
        npsClass: score === null ? null : npsClassOf(score),
      });
      if (first)
        await this.activity.apply(ActivityRules.surveyAnswered({ surveyId: survey.id, memberId }));
      return stamped;
    });
  }

  /** Each answer checked against its question; empty answers clear the question's. */
  private async check(
    questions: SurveyQuestion[],
    input: SurveyAnswerInput[],
  ): Promise<{ answers: SurveyAnswer[]; cleared: string[] }> {
    const byId = new Map(questions.map((q) => [q.id, q]));
    const errors: FieldError[] = [];
    const bad = (
      field: string,
      issue: FieldError['issue'],
      message: string,
      params?: FieldError['params'],
    ) => errors.push({ field, issue, message, ...(params ? { params } : {}) });
    const seen = new Set<string>();
    const answers: SurveyAnswer[] = [];
    const cleared: string[] = [];
    for (const [i, a] of input.entries()) {
      const at = `answers.${i}`;
      const q = byId.get(a.questionId);
      if (!q || seen.has(a.questionId)) {
        bad(
          `${at}.questionId`,
          'INVALID_VALUE',
          q ? 'This question is answered twice.' : 'Unknown question.',
        );
        continue;
      }
      seen.add(q.id);
      if (isEmpty(a)) {
        cleared.push(q.id);
        continue;
      }
      const shape = SURVEY_ANSWER_SHAPE[q.type];
      const takesText = shape.text !== undefined && (q.type !== 'nps' || q.withReason);
      const has = (v: unknown) => v !== null && v !== undefined;
      if (has(a.score) && !shape.score)
        bad(`${at}.score`, 'INVALID_VALUE', 'This question takes no score.');
      else if (has(a.score) && shape.score) {
        const { min, max } = shape.score;
        if (!Number.isInteger(a.score) || a.score! < min || a.score! > max)
          bad(`${at}.score`, 'OUT_OF_RANGE', `Must be between ${min} and ${max}.`, { min, max });
      }
      if (a.choiceKeys?.length) {
        if (!shape.choices)
          bad(`${at}.choiceKeys`, 'INVALID_VALUE', 'This question has no choices.');
        else if (shape.choices === 'one' && a.choiceKeys.length > 1)
          bad(`${at}.choiceKeys`, 'INVALID_VALUE', 'Choose one.');
        else {
          const keys = new Set(q.choices.map((c) => c.key));
          if (
            a.choiceKeys.some((k) => !keys.has(k)) ||
            new Set(a.choiceKeys).size !== a.choiceKeys.length
          )
            bad(`${at}.choiceKeys`, 'INVALID_VALUE', 'Unknown choice.');
        }
      }
      if (a.text?.trim()) {
        if (!takesText) bad(`${at}.text`, 'INVALID_VALUE', 'This question takes no text.');
        else if (a.text.length > shape.text!)
          bad(`${at}.text`, 'TOO_LONG', `Must be at most ${shape.text} characters.`, {
            max: shape.text!,
          });
      }
      if (a.touchpoints?.length) {
        if (q.type !== 'touchpoints')
          bad(`${at}.touchpoints`, 'INVALID_VALUE', 'This question lists no touchpoints.');
        else {
          const asked = new Set(q.touchpointIds);
          const seenTp = new Set<string>();
          for (const [j, t] of a.touchpoints.entries()) {
            if (!asked.has(t.touchpointId) || seenTp.has(t.touchpointId))
              bad(`${at}.touchpoints.${j}.touchpointId`, 'INVALID_VALUE', 'Unknown touchpoint.');
            seenTp.add(t.touchpointId);
            const v = t.influence;
            if (
              v !== null &&
              v !== undefined &&
              (!Number.isInteger(v) || v < TOUCHPOINT_INFLUENCE.min || v > TOUCHPOINT_INFLUENCE.max)
            )
              bad(
                `${at}.touchpoints.${j}.influence`,
                'OUT_OF_RANGE',
                `Must be between ${TOUCHPOINT_INFLUENCE.min} and ${TOUCHPOINT_INFLUENCE.max}.`,
                { min: TOUCHPOINT_INFLUENCE.min, max: TOUCHPOINT_INFLUENCE.max },
              );
          }
        }
      }
      answers.push({
        questionId: q.id,
        score: shape.score ? (a.score ?? null) : null,
        choiceKeys: shape.choices && a.choiceKeys?.length ? a.choiceKeys : null,
        text: takesText && a.text?.trim() ? a.text.trim() : null,
        touchpoints:
          q.type === 'touchpoints' && a.touchpoints?.length
            ? a.touchpoints.map((t) => ({
                touchpointId: t.touchpointId,
                influence: t.influence ?? null,
              }))
            : null,
      });
    }
    if (errors.length) throw invalid(errors);
    return { answers, cleared };
  }

  /**
   * On submit, every required question has its answer (an NPS needs its score; a touchpoint grid
   * one per touchpoint it asks, "not applicable" included).
   */
  private requireAnswers(questions: SurveyQuestion[], saved: AnswerRow[]): void {
    const by = new Map(saved.map((a) => [a.questionId, a]));
    const missing = questions.filter((q) => {
      if (!q.required) return false;
      const a = by.get(q.id);
      if (!a) return true;
      const shape = SURVEY_ANSWER_SHAPE[q.type];
      if (shape.score) return a.score === null;
      if (shape.choices) return !a.choiceKeys?.length;
      if (q.type === 'touchpoints') {
        const answered = new Set(a.touchpoints?.map((t) => t.touchpointId));
        return q.touchpointIds.some((id) => !answered.has(id));
      }
      return !a.text;
    });
    if (missing.length)
      throw invalid(
        missing.map((q) => ({
          field: `questions.${q.position}`,
          issue: 'REQUIRED' as const,
          message: 'Please answer this question.',
          params: { questionId: q.id },
        })),
      );
  }
}
