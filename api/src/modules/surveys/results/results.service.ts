import { Injectable } from '@nestjs/common';
import {
  ANONYMOUS_GROUP_MIN,
  NPS_CLASSES,
  SURVEY_LIMITS,
  type NpsClass,
  type SurveyQuestionType,
  type SurveyTrendPeriod,
} from '@kizuna/shared';
import type { Viewer } from '../../../core/auth/viewer.js';
import { invalidField } from '../../../core/errors/app-error.js';
import { decodeCursor, toConnection } from '../../../core/graphql/pagination.js';
import { isUuid } from '../../../core/ids.js';
import { normalizeText } from '../../../core/search/grams.js';
import { CommunityService } from '../../community/community.service.js';
import { PointsService } from '../../points/points.service.js';
import type { Survey, SurveyQuestion, SurveyTouchpoint } from '../models/survey.model.js';
import { SurveySegments } from '../survey-segments.js';
import { SurveysPolicy } from '../surveys.policy.js';
import { SurveysService } from '../surveys.service.js';
import type {
  DateRangeInput,
  SurveyResultsFilter,
  SurveyTextAnswersArgs,
} from './models/results.model.js';
import {
  addTouchpointCounts,
  compareNps,
  guardedSummary,
  NO_TOUCHPOINT_ANSWERS,
  npsDistribution,
  npsSummary,
  scaleResult,
  touchpointLift,
  touchpointStats,
  type NpsComparisonValue,
  type NpsSummaryValue,
  type ScaleResultValue,
  type TouchpointCounts,
  type TouchpointStatsValue,
} from './nps.js';
import {
  NO_FILTER,
  SurveyResultsRepository,
  type ResultsFilter,
  type TextAnswerRow,
} from './results.repository.js';

/** What a results query resolves its fields from. */
export interface SurveyResultsValue {
  survey: Survey;
  filter: ResultsFilter;
  questions: SurveyQuestion[];
  responses: number;
  partial: number;
  nps: NpsSummaryValue | null;
}

export interface NpsBreakdownValue {
  key: string;
  labelJa: string;
  labelEn: string;
  summary: NpsSummaryValue;
}

export interface TouchpointInfluenceValue {
  touchpoint: SurveyTouchpoint;
  overall: TouchpointStatsValue;
  promoters: TouchpointStatsValue;
  passives: TouchpointStatsValue;
  detractors: TouchpointStatsValue;
  lift: number | null;
}

export interface QuestionResultValue {
  question: SurveyQuestion;
  answered: number;
  nps: NpsSummaryValue | null;
  scale: ScaleResultValue | null;
  choices: Array<{
    key: string;
    labelJa: string;
    labelEn: string;
    count: number;
    share: number;
  }> | null;
  touchpoints: TouchpointInfluenceValue[] | null;
}

/** Scale questions: their number of points, and whether the satisfied share applies. */
const SCALES: Partial<Record<SurveyQuestionType, { max: number; csat: boolean }>> = {
  csat: { max: 5, csat: true },
  ces: { max: 7, csat: false },
  rating: { max: 5, csat: false },
};

/** Question types whose answers carry text (NPS: the "why?"). */
export const TEXT_QUESTION_TYPES: readonly SurveyQuestionType[] = [
  'nps',
  'short_text',
  'long_text',
];

const summaryOf = (cells: Array<{ score: number | null; count: number }>) =>
  npsSummary(
    npsDistribution(cells.filter((c): c is { score: number; count: number } => c.score !== null)),
  );

function groupCells<C extends { group: string }>(cells: C[]): Map<string, C[]> {
  const by = new Map<string, C[]>();
  for (const c of cells) by.set(c.group, [...(by.get(c.group) ?? []), c]);
  return by;
}

/** Survey results for the people who read them: NPS, its trend and breakdowns, every question. */
@Injectable()
export class SurveyResultsService {
  constructor(
    private readonly repo: SurveyResultsRepository,
    private readonly surveys: SurveysService,
    private readonly segments: SurveySegments,
    private readonly points: PointsService,
    private readonly community: CommunityService,
  ) {}

  /**
   * The filter checked. In an anonymous survey a filter must keep no response or at least
   * ANONYMOUS_GROUP_MIN of them, or its results could be tied to the few people it keeps.
   */
  async resolveFilter(
    survey: Survey,
    input: SurveyResultsFilter | null | undefined,
  ): Promise<ResultsFilter> {
    const f: ResultsFilter = {
      from: input?.from ?? null,
      to: input?.to ?? null,
      minRankPosition: input?.minRankPosition ?? null,
      segment: input?.segment ?? null,
      source: input?.source ?? null,
    };
    if (f.from && f.to && f.from >= f.to)
      throw invalidField('filter.to', 'OUT_OF_RANGE', 'The end must come after the start.');
    if (f.segment && !(await this.segments.known(f.segment)))
      throw invalidField('filter.segment', 'INVALID_VALUE', 'This segment does not exist.');
    if (survey.anonymous && Object.values(f).some((v) => v !== null)) {
      const { responses } = await this.repo.counts(survey.id, f);
      if (responses > 0 && responses < ANONYMOUS_GROUP_MIN)
        throw invalidField(
          'filter',
          'OUT_OF_RANGE',
          `This survey is anonymous: a filter must keep at least ${ANONYMOUS_GROUP_MIN} responses.`,
          { min: ANONYMOUS_GROUP_MIN },
        );
    }
    return f;
  }

  async results(
    viewer: Viewer,
    surveyId: string,
    input?: SurveyResultsFilter | null,
  ): Promise<SurveyResultsValue> {
    SurveysPolicy.assertReadResults(viewer);
    const survey = await this.surveys.get(surveyId);
    const filter = await this.resolveFilter(survey, input);
    const [questions, counts, overall] = await Promise.all([
      this.surveys.questionsOf(survey.id),
      this.repo.counts(survey.id, filter),
      this.repo.npsOverall(survey.id, filter),
    ]);
    return {
      survey,
      filter,
      questions,
      ...counts,
      nps: questions.some((q) => q.type === 'nps') ? summaryOf(overall) : null,
    };
  }

  /**
   * Every week or month from the first response's to the last one's, empty ones included, so a
   * chart's time axis is true; a long survey shows its latest SURVEY_LIMITS.trendPeriodsMax.
   */
  async trend(
    r: SurveyResultsValue,
    period: SurveyTrendPeriod,
  ): Promise<Array<{ periodStart: Date; summary: NpsSummaryValue }>> {
    const { timezone } = await this.community.settings();
    const cells = await this.repo.npsByPeriod(
      r.survey.id,
      r.filter,
      period,
      timezone,
      SURVEY_LIMITS.trendPeriodsMax[period],
    );
    return [...groupCells(cells)]
      .map(([ms, c]) => ({
        periodStart: new Date(Number(ms)),
        summary: guardedSummary(r.survey.anonymous, summaryOf(c)),
      }))
      .sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime());
  }

  /** Every rank, highest first, zeros included; a position no rank has any more counts below. */
  async byRank(r: SurveyResultsValue): Promise<NpsBreakdownValue[]> {
    const [ranks, cells] = await Promise.all([
      this.points.ranks(),
      this.repo.npsByRank(r.survey.id, r.filter),
    ]);
    const highestFirst = [...ranks].sort((a, b) => b.position - a.position);
    const byPosition = new Map<number, Array<{ score: number; count: number }>>();
    for (const c of cells) {
      const position = Number(c.group);
      const rank = highestFirst.find((k) => k.position <= position) ?? highestFirst.at(-1);
      const at = rank?.position ?? position;
      byPosition.set(at, [...(byPosition.get(at) ?? []), c]);
    }
    return highestFirst.map((k) => ({
      key: `rank:${k.position}`,
      labelJa: `${k.icon} ${k.nameJa}`,
      labelEn: `${k.icon} ${k.nameEn}`,
      summary: guardedSummary(r.survey.anonymous, summaryOf(byPosition.get(k.position) ?? [])),
    }));
  }

  async bySegment(r: SurveyResultsValue): Promise<NpsBreakdownValue[]> {
    const segments = await this.segments.list();
    const cells = await this.repo.npsBySegment(
      r.survey.id,
      r.filter,
      segments.map((s) => s.key),
    );
    const by = groupCells(cells);
    return segments.map((s) => ({
      ...s,
      summary: guardedSummary(r.survey.anonymous, summaryOf(by.get(s.key) ?? [])),
    }));
  }

  async questionResults(r: SurveyResultsValue): Promise<QuestionResultValue[]> {
    const cells = await this.repo.questionCells(r.survey.id, r.filter);
    const answered = new Map(cells.answered.map((a) => [a.questionId, a.count]));
    const scores = new Map<string, Array<{ score: number; count: number }>>();
    for (const c of cells.scores)
      scores.set(c.questionId, [...(scores.get(c.questionId) ?? []), c]);
    const choiceCounts = new Map<string, Map<string, number>>();
    for (const c of cells.choices) {
      const m = choiceCounts.get(c.questionId) ?? new Map<string, number>();
      m.set(c.key, c.count);
      choiceCounts.set(c.questionId, m);
    }
    const touchpointIds = new Set<string>();
    for (const q of r.questions)
      if (q.type === 'touchpoints') q.touchpointIds.forEach((id) => touchpointIds.add(id));
    for (const c of cells.touchpoints) touchpointIds.add(c.touchpointId);
    const touchpoints = new Map(
      (touchpointIds.size ? await this.surveys.touchpointsByIds([...touchpointIds]) : []).map(
        (t) => [t.id, t],
      ),
    );

    return r.questions.map((q) => {
      const n = answered.get(q.id) ?? 0;
      const scale = SCALES[q.type];
      const result: QuestionResultValue = {
        question: q,
        answered: n,
        nps: q.type === 'nps' ? summaryOf(scores.get(q.id) ?? []) : null,
        scale: scale ? scaleResult(scores.get(q.id) ?? [], scale.max, scale.csat) : null,
        choices: null,
        touchpoints: null,
      };
      if (q.type === 'single_choice' || q.type === 'multiple_choice') {
        const counts = choiceCounts.get(q.id) ?? new Map<string, number>();
        const known = new Set(q.choices.map((c) => c.key));
        result.choices = [
          ...q.choices.map((c) => ({ key: c.key, labelJa: c.labelJa, labelEn: c.labelEn })),
          // Keys of choices removed since they were answered.
          ...[...counts.keys()]
            .filter((k) => !known.has(k))
            .map((k) => ({ key: k, labelJa: k, labelEn: k })),
        ].map((c) => {
          const count = counts.get(c.key) ?? 0;
          return { ...c, count, share: n ? count / n : 0 };
        });
      }
      if (q.type === 'touchpoints')
        result.touchpoints = this.touchpointInfluence(
          q,
          cells.touchpoints.filter((c) => c.questionId === q.id),
          touchpoints,
        );
      return result;
    });
  }

  /** Each touchpoint split by the respondents' NPS class, by lift (highest first). */
  private touchpointInfluence(
    q: SurveyQuestion,
    cells: Array<TouchpointCounts & { touchpointId: string; npsClass: NpsClass | null }>,
    touchpoints: Map<string, SurveyTouchpoint>,
  ): TouchpointInfluenceValue[] {
    const ids = [...new Set([...q.touchpointIds, ...cells.map((c) => c.touchpointId)])];
    return ids
      .filter((id) => touchpoints.has(id))
      .map((id) => {
        const own = cells.filter((c) => c.touchpointId === id);
        const inClass = (k: NpsClass | null) =>
          own.filter((c) => c.npsClass === k).reduce(addTouchpointCounts, NO_TOUCHPOINT_ANSWERS);
        const [promoters, passives, detractors] = NPS_CLASSES.map((k) =>
          touchpointStats(inClass(k)),
        );
        return {
          touchpoint: touchpoints.get(id)!,
          overall: touchpointStats(own.reduce(addTouchpointCounts, NO_TOUCHPOINT_ANSWERS)),
          promoters,
          passives,
          detractors,
          lift: touchpointLift(promoters, detractors),
        };
      })
      .sort(
        (a, b) =>
          (b.lift ?? -Infinity) - (a.lift ?? -Infinity) ||
          a.touchpoint.position - b.touchpoint.position,
      );
  }

  async textAnswers(viewer: Viewer, args: SurveyTextAnswersArgs) {
    SurveysPolicy.assertReadResults(viewer);
    const survey = await this.surveys.get(args.surveyId);
    return this.textPage(survey, await this.resolveFilter(survey, args.filter), args);
  }

  /**
   * A page of a text question's answers among the responses the filter keeps; respondents and
   * exact times only when the survey is identified.
   */
  async textPage(
    survey: Survey,
    filter: ResultsFilter,
    args: Pick<SurveyTextAnswersArgs, 'questionId' | 'search' | 'after' | 'first'>,
  ) {
    const question = isUuid(args.questionId)
      ? (await this.surveys.questionsOf(survey.id)).find((q) => q.id === args.questionId)
      : undefined;
    if (!question)
      throw invalidField('questionId', 'INVALID_VALUE', 'This question is not in the survey.');
    if (!TEXT_QUESTION_TYPES.includes(question.type))
      throw invalidField('questionId', 'INVALID_VALUE', 'This question has no text answers.');
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const search = args.search ? normalizeText(args.search) : '';
    const { timezone } = await this.community.settings();
    const { rows, total } = await this.repo.textAnswers({
      surveyId: survey.id,
      questionId: question.id,
      filter,
      search: search || null,
      after: after && { answeredAt: after[0], id: after[1] },
      limit: args.first + 1,
      identified: SurveysPolicy.showsRespondents(survey),
      timeZone: timezone,
    });
    return {
      ...toConnection<TextAnswerRow>(rows, args.first, (r) => [
        r.answeredAt.toISOString(),
        r.responseId,
      ]),
      totalCount: total,
    };
  }

  async comparison(
    viewer: Viewer,
    surveyId: string,
    a: DateRangeInput,
    b: DateRangeInput,
  ): Promise<NpsComparisonValue> {
    SurveysPolicy.assertReadResults(viewer);
    const survey = await this.surveys.get(surveyId);
    for (const [field, range] of [
      ['a', a],
      ['b', b],
    ] as const)
      if (range.from >= range.to)
        throw invalidField(`${field}.to`, 'OUT_OF_RANGE', 'The end must come after the start.');
    const [ca, cb] = await Promise.all([
      this.repo.npsOverall(survey.id, { ...NO_FILTER, from: a.from, to: a.to }),
      this.repo.npsOverall(survey.id, { ...NO_FILTER, from: b.from, to: b.to }),
    ]);
    return compareNps(
      guardedSummary(survey.anonymous, summaryOf(ca)),
      guardedSummary(survey.anonymous, summaryOf(cb)),
    );
  }
}
