import { Injectable } from '@nestjs/common';
import {
  SURVEY_EXPORT_TABLES,
  SURVEY_LIMITS,
  SurveyResponseSource,
  type SurveyExportTable,
  SurveyTrendPeriod,
  type SurveyQuestionType,
} from '@kizuna/shared';
import type { Viewer } from '../../../core/auth/viewer.js';
import { invalidField, notFound } from '../../../core/errors/app-error.js';
import { CommunityService } from '../../community/community.service.js';
import { MembersService } from '../../members/members.service.js';
import type { SurveyQuestion } from '../models/survey.model.js';
import type { NpsSummaryValue } from './nps.js';
import { SurveysPolicy } from '../surveys.policy.js';
import { SurveysService } from '../surveys.service.js';
import { SurveyResultsRepository, type ExportResponseRow } from './results.repository.js';
import {
  SurveyResultsService,
  type NpsBreakdownValue,
  type SurveyResultsValue,
} from './results.service.js';

type Lang = 'ja' | 'en';
type Labelled = { labelJa: string; labelEn: string };

/** Query parameters of an export: the results filter, and the table's own. */
export type ExportQuery = Partial<
  Record<'from' | 'to' | 'minRankPosition' | 'segment' | 'source' | 'period' | 'questionId', string>
>;

const BATCH = 1000;

const QUESTION_TYPE_LABELS: Record<SurveyQuestionType, { ja: string; en: string }> = {
  nps: { ja: 'NPS', en: 'NPS' },
  touchpoints: { ja: 'タッチポイント', en: 'Touchpoints' },
  csat: { ja: 'CSAT', en: 'CSAT' },
  ces: { ja: 'CES', en: 'CES' },
  single_choice: { ja: '単一選択', en: 'Single choice' },
  multiple_choice: { ja: '複数選択', en: 'Multiple choice' },
  short_text: { ja: '短文', en: 'Short text' },
  long_text: { ja: '長文', en: 'Long text' },
  rating: { ja: '評価', en: 'Rating' },
};

const SUMMARY_HEADER: Record<Lang, string[]> = {
  ja: [
    '回答数',
    '推奨者',
    '中立者',
    '批判者',
    '推奨者の割合',
    '中立者の割合',
    '批判者の割合',
    'NPS',
    '誤差範囲（±、95%）',
  ],
  en: [
    'Responses',
    'Promoters',
    'Passives',
    'Detractors',
    'Promoter share',
    'Passive share',
    'Detractor share',
    'NPS',
    'Margin of error (±, 95%)',
  ],
};

const round = (v: number | null, digits = 4) =>
  v === null ? '' : Math.round(v * 10 ** digits) / 10 ** digits;

const summaryCells = (s: NpsSummaryValue) => [
  s.responses,
  s.promoters,
  s.passives,
  s.detractors,
  round(s.promoterShare),
  round(s.passiveShare),
  round(s.detractorShare),
  round(s.score, 2),
  round(s.marginOfError, 2),
];

/** Every results table as CSV, in the viewer's language. */
@Injectable()
export class SurveyResultsExportService {
  constructor(
    private readonly results: SurveyResultsService,
    private readonly repo: SurveyResultsRepository,
    private readonly surveys: SurveysService,
    private readonly community: CommunityService,
    private readonly members: MembersService,
  ) {}

  async export(
    viewer: Viewer,
    surveyId: string,
    table: string,
    q: ExportQuery,
  ): Promise<{ rows: AsyncIterable<unknown[]>; name: string }> {
    SurveysPolicy.assertReadResults(viewer);
    if (!SURVEY_EXPORT_TABLES.includes(table as SurveyExportTable)) throw notFound('This export');
    const lang: Lang = viewer.locale === 'en' ? 'en' : 'ja';
    const r = await this.results.results(viewer, surveyId, {
      from: this.date(q.from, 'from'),
      to: this.date(q.to, 'to'),
      minRankPosition: this.int(q.minRankPosition, 'minRankPosition'),
      segment: q.segment || null,
      source: this.oneOf(q.source, Object.values(SurveyResponseSource), 'source'),
    });
    return {
      rows: this.table(table as SurveyExportTable, r, lang, q),
      name: `survey-${r.survey.id.slice(0, 8)}-${table}.csv`,
    };
  }

  /** The table's rows; the long ones (responses, text) page by page as they are read. */
  private table(
    table: SurveyExportTable,
    r: SurveyResultsValue,
    lang: Lang,
    q: ExportQuery,
  ): AsyncIterable<unknown[]> {
    const whole = (rows: () => Promise<unknown[][]>) =>
      (async function* () {
        yield* await rows();
      })();
    const tables: Record<SurveyExportTable, () => AsyncIterable<unknown[]>> = {
      responses: () => this.responses(r, lang),
      nps: () => whole(() => this.nps(r, lang)),
      trend: () => whole(() => this.trend(r, lang, q.period)),
      'by-rank': () => whole(async () => this.breakdown(await this.results.byRank(r), lang)),
      'by-segment': () => whole(async () => this.breakdown(await this.results.bySegment(r), lang)),
      touchpoints: () => whole(() => this.touchpoints(r, lang)),
      questions: () => whole(() => this.questions(r, lang)),
      text: () => this.text(r, lang, q.questionId),
    };
    return tables[table]();
  }

  private label(x: Labelled, lang: Lang) {
    return lang === 'en' ? x.labelEn || x.labelJa : x.labelJa;
  }

  private prompt(q: SurveyQuestion, lang: Lang) {
    return `Q${q.position + 1}. ${lang === 'en' ? q.promptEn || q.promptJa : q.promptJa}`;
  }

  private async nps(r: SurveyResultsValue, lang: Lang) {
    const s = r.nps;
    const header = lang === 'ja' ? ['項目', '値'] : ['Measure', 'Value'];
    if (!s) return [header];
    const cells = summaryCells(s);
    return [
      header,
      ...SUMMARY_HEADER[lang].map((h, i) => [h, cells[i]]),
      ...s.distribution.map((n, score) => [
        lang === 'ja' ? `スコア ${score}` : `Score ${score}`,
        n,
      ]),
    ];
  }

  private async trend(r: SurveyResultsValue, lang: Lang, period: string | undefined) {
    const p = this.oneOf(period || 'week', Object.values(SurveyTrendPeriod), 'period')!;
    const [points, { timezone }] = await Promise.all([
      this.results.trend(r, p),
      this.community.settings(),
    ]);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, dateStyle: 'short' });
    return [
      [lang === 'ja' ? '期間の開始' : 'Period start', ...SUMMARY_HEADER[lang]],
      ...points.map((t) => [day.format(t.periodStart), ...summaryCells(t.summary)]),
    ];
  }

  private breakdown(rows: NpsBreakdownValue[], lang: Lang) {
    return [
      [lang === 'ja' ? '区分' : 'Group', lang === 'ja' ? 'キー' : 'Key', ...SUMMARY_HEADER[lang]],
      ...rows.map((b) => [this.label(b, lang), b.key, ...summaryCells(b.summary)]),
    ];
  }

  private async touchpoints(r: SurveyResultsValue, lang: Lang) {
    const ja = lang === 'ja';
    const classes = ja
      ? ['全体', '推奨者', '中立者', '批判者']
      : ['Overall', 'Promoters', 'Passives', 'Detractors'];
    const stats = ja
      ? ['回答数', '平均', 'プラスの割合', 'マイナスの割合', '該当なし']
      : ['Answers', 'Mean', 'Positive share', 'Negative share', 'Not applicable'];
    const header = [
      ja ? '設問' : 'Question',
      ja ? 'タッチポイント' : 'Touchpoint',
      ja ? 'リフト（推奨者−批判者）' : 'Lift (promoters − detractors)',
      ...classes.flatMap((c) => stats.map((s) => `${c}: ${s}`)),
    ];
    const rows: unknown[][] = [header];
    for (const qr of await this.results.questionResults(r))
      for (const t of qr.touchpoints ?? [])
        rows.push([
          this.prompt(qr.question, lang),
          this.label(t.touchpoint, lang),
          round(t.lift),
          ...[t.overall, t.promoters, t.passives, t.detractors].flatMap((s) => [
            s.responses,
            round(s.mean),
            round(s.positiveShare),
            round(s.negativeShare),
            s.notApplicable,
          ]),
        ]);
    return rows;
  }

  /** Scale and choice questions, one row per score or choice. */
  private async questions(r: SurveyResultsValue, lang: Lang) {
    const ja = lang === 'ja';
    const rows: unknown[][] = [
      ja
        ? ['設問', '種類', '回答数', '平均', '満足の割合', '選択肢・スコア', '件数', '割合']
        : [
            'Question',
            'Type',
            'Answered',
            'Mean',
            'Satisfied share',
            'Choice or score',
            'Count',
            'Share',
          ],
    ];
    for (const qr of await this.results.questionResults(r)) {
      const head = [
        this.prompt(qr.question, lang),
        QUESTION_TYPE_LABELS[qr.question.type][lang],
        qr.answered,
      ];
      if (qr.scale)
        qr.scale.distribution.forEach((n, i) =>
          rows.push([
            ...head,
            round(qr.scale!.mean),
            round(qr.scale!.satisfiedShare),
            i + 1,
            n,
            round(qr.scale!.responses ? n / qr.scale!.responses : 0),
          ]),
        );
      else if (qr.nps)
        qr.nps.distribution.forEach((n, i) =>
          rows.push([
            ...head,
            round(qr.nps!.score, 2),
            '',
            i,
            n,
            round(qr.nps!.responses ? n / qr.nps!.responses : 0),
          ]),
        );
      else if (qr.choices)
        for (const c of qr.choices)
          rows.push([...head, '', '', this.label(c, lang), c.count, round(c.share)]);
    }
    return rows;
  }

  /**
   * Anonymous surveys: no response id, and the day answered rather than the time. The first page
   * is read before the header, so a question that is not the survey's is refused as an error.
   */
  private async *text(r: SurveyResultsValue, lang: Lang, questionId: string | undefined) {
    if (!questionId) throw invalidField('questionId', 'REQUIRED', 'Choose the question to export.');
    const ja = lang === 'ja';
    const identified = SurveysPolicy.showsRespondents(r.survey);
    const when = await this.answeredAt(identified);
    const pageAfter = (after: string | null) =>
      this.results.textPage(r.survey, r.filter, {
        questionId,
        after,
        first: SURVEY_LIMITS.textAnswersPageMax,
      });
    let page = await pageAfter(null);
    yield identified
      ? ja
        ? ['回答ID', '回答日時', 'NPSスコア', '回答者', '回答']
        : ['Response ID', 'Answered at', 'NPS score', 'Respondent', 'Answer']
      : ja
        ? ['回答日', 'NPSスコア', '回答']
        : ['Answered on', 'NPS score', 'Answer'];
    for (;;) {
      const handles = await this.handles(page.nodes.map((n) => n.respondentId));
      for (const n of page.nodes)
        yield identified
          ? [
              n.responseId,
              when(n.answeredAt),
              n.npsScore ?? '',
              (n.respondentId && handles.get(n.respondentId)) ?? '',
              n.text,
            ]
          : [when(n.answeredAt), n.npsScore ?? '', n.text];
      if (!page.pageInfo.hasNextPage) return;
      page = await pageAfter(page.pageInfo.endCursor);
    }
  }

  /** How an answer time is written: exact, or the day in the community's zone. */
  private async answeredAt(identified: boolean): Promise<(d: Date) => string> {
    if (identified) return (d) => new Date(d).toISOString();
    const { timezone } = await this.community.settings();
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, dateStyle: 'short' });
    return (d) => day.format(new Date(d));
  }

  /** One row per submitted response and a column per question (touchpoints: one each). */
  private async *responses(r: SurveyResultsValue, lang: Lang) {
    const ja = lang === 'ja';
    const identified = SurveysPolicy.showsRespondents(r.survey);
    const tpIds = [
      ...new Set(r.questions.flatMap((q) => (q.type === 'touchpoints' ? q.touchpointIds : []))),
    ];
    const touchpoints = new Map(
      (tpIds.length ? await this.surveys.touchpointsByIds(tpIds) : []).map((t) => [t.id, t]),
    );
    const columns: Array<{ header: string; cell: (row: ExportResponseRow) => unknown }> = [];
    for (const q of r.questions) {
      const prompt = this.prompt(q, lang);
      const a = (row: ExportResponseRow) => row.answers[q.id];
      if (q.type === 'touchpoints') {
        for (const id of q.touchpointIds) {
          const tp = touchpoints.get(id);
          columns.push({
            header: `${prompt}: ${tp ? this.label(tp, lang) : id}`,
            cell: (row) => {
              const t = row.touchpoints.find((x) => x.q === q.id && x.tp === id);
              return !t ? '' : t.v === null ? (ja ? '該当なし' : 'N/A') : t.v;
            },
          });
        }
      } else if (q.type === 'single_choice' || q.type === 'multiple_choice') {
        const labels = new Map(q.choices.map((c) => [c.key, this.label(c, lang)]));
        columns.push({
          header: prompt,
          cell: (row) => (a(row)?.choices ?? []).map((k) => labels.get(k) ?? k).join('; '),
        });
      } else if (q.type === 'short_text' || q.type === 'long_text') {
        columns.push({ header: prompt, cell: (row) => a(row)?.text ?? '' });
      } else {
        columns.push({ header: prompt, cell: (row) => a(row)?.score ?? '' });
        if (q.type === 'nps')
          columns.push({
            header: `${prompt}${ja ? '（理由）' : ' (reason)'}`,
            cell: (row) => a(row)?.text ?? '',
          });
      }
    }
    const head = identified
      ? ja
        ? ['回答ID', '回答日時', '経路', '回答者', '顧客ID']
        : ['Response ID', 'Answered at', 'Source', 'Respondent', 'Customer ID']
      : ja
        ? ['回答日', '経路']
        : ['Answered on', 'Source'];
    yield [...head, ...columns.map((c) => c.header)];
    const when = await this.answeredAt(identified);
    const { timezone } = await this.community.settings();
    let after: { answeredAt: Date; id: string } | null = null;
    for (;;) {
      const page = await this.repo.exportResponses(
        r.survey.id,
        r.filter,
        after,
        BATCH,
        identified,
        timezone,
      );
      const handles = await this.handles(page.map((p) => p.memberId));
      for (const row of page)
        yield [
          ...(identified
            ? [
                row.id,
                when(row.answeredAt),
                row.source,
                (row.memberId && handles.get(row.memberId)) ?? '',
                row.customerId ?? '',
              ]
            : [when(row.answeredAt), row.source]),
          ...columns.map((c) => c.cell(row)),
        ];
      if (page.length < BATCH) return;
      const last = page[page.length - 1];
      after = { answeredAt: last.answeredAt, id: last.id };
    }
  }

  private async handles(ids: Array<string | null>): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (!wanted.length) return new Map();
    return new Map((await this.members.findByIds(wanted)).map((m) => [m.id, m.handle]));
  }

  private date(v: string | undefined, field: string): Date | null {
    if (!v) return null;
    const d = new Date(v);
    if (Number.isNaN(d.getTime()))
      throw invalidField(field, 'INVALID_FORMAT', 'Use an ISO 8601 date and time.');
    return d;
  }

  private int(v: string | undefined, field: string): number | null {
    if (!v) return null;
    if (!/^\d{1,4}$/.test(v) || Number(v) < 1)
      throw invalidField(field, 'INVALID_FORMAT', 'Must be a whole number from 1.');
    return Number(v);
  }

  private oneOf<T extends string>(
    v: string | undefined,
    values: readonly T[],
    field: string,
  ): T | null {
    if (!v) return null;
    const value = v.toLowerCase() as T;
    if (!values.includes(value))
      throw invalidField(field, 'INVALID_VALUE', `Must be one of: ${values.join(', ')}.`);
    return value;
  }
}
