import dayjs from 'dayjs';
import {
  ANONYMOUS_GROUP_MIN,
  type SurveyExportTable,
  ErrorCode,
  NPS_MIN_RESPONSES_FOR_MARGIN,
  npsClassOf,
} from '@kizuna/shared';

export { ANONYMOUS_GROUP_MIN };
import type {
  NpsClass,
  NpsSummaryFieldsFragment,
  SurveyQuestionType,
  SurveyResponseSource,
  SurveyResultsFilter,
  SurveyTrendPeriod,
  TouchpointStatsFieldsFragment,
} from '../../../gql/graphql';
import { intlLocale } from '../../../app/locale';
import { toAppError } from '../../../ui/errors';
import { wallToInstant } from '../../events/staff/time';
import { localText } from '../logic';

/** One way to pick Ja/En text across the feature. */
export { localText };

export const localLabel = (l: { labelJa: string; labelEn: string }, lang: string) =>
  localText(l.labelJa, l.labelEn, lang);
export const localTitle = (s: { titleJa: string; titleEn: string }, lang: string) =>
  localText(s.titleJa, s.titleEn, lang);
export const localPrompt = (q: { promptJa: string; promptEn: string }, lang: string) =>
  localText(q.promptJa, q.promptEn, lang);

export const NPS_CLASSES = ['PROMOTER', 'PASSIVE', 'DETRACTOR'] as const satisfies NpsClass[];

/** One colour per class, used by every bar, badge and legend of the results. */
export const NPS_CLASS_COLORS: Record<NpsClass, string> = {
  PROMOTER: 'teal.8',
  PASSIVE: 'gray.6',
  DETRACTOR: 'red.7',
};

/** The other colours of the charts; like the classes', each reads at 3:1 or more on white. */
export const CHART_COLORS = {
  positive: 'teal.8',
  negative: 'red.7',
  axis: 'gray.6',
  accent: 'kizuna.8',
} as const;

/** The GraphQL class of a 0–10 score. */
export const npsClassOfScore = (score: number): NpsClass =>
  npsClassOf(score).toUpperCase() as NpsClass;

const oneDecimal = (lang: string, sign: boolean) =>
  new Intl.NumberFormat(intlLocale(lang), {
    maximumFractionDigits: 1,
    ...(sign ? { signDisplay: 'exceptZero' as const } : {}),
  });

/** An NPS as read in reports: signed, at most one decimal (+42, −7.5, 0); a dash without one. */
export function formatNps(score: number | null | undefined, lang: string): string {
  if (score == null || Number.isNaN(score)) return '—';
  return oneDecimal(lang, true).format(Math.round(score * 10) / 10);
}

/** A mean (of influence, effort, stars) with one decimal; a dash without answers. */
export function formatMean(mean: number | null | undefined, lang: string, signed = false): string {
  if (mean == null || Number.isNaN(mean)) return '—';
  return oneDecimal(lang, signed).format(Math.round(mean * 10) / 10);
}

/**
 * The fewest responses a refused filter had to keep, when the api refused the page's filters
 * because they would single out respondents of an anonymous survey; null for any other error.
 */
export function anonymityRefusal(error: unknown): number | null {
  if (!error) return null;
  const info = toAppError(error);
  if (info.code !== ErrorCode.VALIDATION_FAILED) return null;
  const f = info.fields.find((x) => x.field === 'filter');
  if (!f) return null;
  const min = Number(f.params?.min);
  return Number.isInteger(min) && min > 0 ? min : ANONYMOUS_GROUP_MIN;
}

export type Margin = { enough: true; text: string } | { enough: false; needed: number };

/**
 * The 95% margin of error beside a score ("±8.2"), or that there are too few answers for one
 * (the api leaves it null below the minimum).
 */
export function marginOf(
  summary: Pick<NpsSummaryFieldsFragment, 'responses' | 'marginOfError'>,
  lang: string,
): Margin {
  if (summary.marginOfError == null || summary.responses < NPS_MIN_RESPONSES_FOR_MARGIN) {
    return { enough: false, needed: NPS_MIN_RESPONSES_FOR_MARGIN };
  }
  return { enough: true, text: `±${oneDecimal(lang, false).format(summary.marginOfError)}` };
}

/** The score's plausible range at 95% (clipped to −100…100), for the chart's error bar. */
export function scoreInterval(
  summary: Pick<NpsSummaryFieldsFragment, 'score' | 'marginOfError' | 'responses'>,
): [number, number] | null {
  if (summary.score == null || summary.marginOfError == null) return null;
  if (summary.responses < NPS_MIN_RESPONSES_FOR_MARGIN) return null;
  return [
    Math.max(-100, summary.score - summary.marginOfError),
    Math.min(100, summary.score + summary.marginOfError),
  ];
}

export type Significance = 'significant' | 'notSignificant' | 'untestable' | 'hidden';

/** What a comparison of two periods allows one to say (nothing when one is hidden for anonymity). */
export function significanceOf(c: {
  z: number | null | undefined;
  pValue: number | null | undefined;
  significant: boolean;
  a: { suppressed: boolean };
  b: { suppressed: boolean };
}): Significance {
  if (c.a.suppressed || c.b.suppressed) return 'hidden';
  if (c.z == null || c.pValue == null) return 'untestable';
  return c.significant ? 'significant' : 'notSignificant';
}

/** A p-value as statisticians write it: three decimals, "< 0.001" below that. */
export function formatPValue(p: number | null | undefined, lang: string): string {
  if (p == null) return '—';
  const f = new Intl.NumberFormat(intlLocale(lang), {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });
  return p < 0.001 ? `< ${f.format(0.001)}` : f.format(p);
}

export function formatZ(z: number | null | undefined, lang: string): string {
  if (z == null) return '—';
  return new Intl.NumberFormat(intlLocale(lang), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(z);
}

/** The 0–10 bars, each in its class's series so the three colours stack into one bar per score. */
export function distributionRows(
  distribution: readonly number[],
): { score: string; PROMOTER: number; PASSIVE: number; DETRACTOR: number }[] {
  return Array.from({ length: 11 }, (_, score) => {
    const count = distribution[score] ?? 0;
    const cls = npsClassOfScore(score);
    return {
      score: String(score),
      PROMOTER: cls === 'PROMOTER' ? count : 0,
      PASSIVE: cls === 'PASSIVE' ? count : 0,
      DETRACTOR: cls === 'DETRACTOR' ? count : 0,
    };
  });
}

/** A scale's answers from its lowest point: CSAT and ratings 1–5, CES 1–7. */
export const SCALE_START: Partial<Record<SurveyQuestionType, number>> = {
  CSAT: 1,
  CES: 1,
  RATING: 1,
};

export function scaleRows(
  type: SurveyQuestionType,
  distribution: readonly number[],
): { point: string; answers: number }[] {
  const start = SCALE_START[type] ?? 1;
  return distribution.map((answers, i) => ({ point: String(start + i), answers }));
}

export type TrendRow = {
  label: string;
  periodStart: string;
  score: number | null;
  /** The 95% margin of error; null when too few answers for one. */
  margin: number | null;
  /**
   * The error bar as drawn: how far it reaches below and above the score, clipped to −100…100;
   * null draws none (too few answers).
   */
  errorBar: [number, number] | null;
  responses: number;
  enough: boolean;
  /** Hidden to keep an anonymous survey's answers anonymous (fewer than 5): not "no answers". */
  hidden: boolean;
};

/** A period's first day as its label: "2025年3月" / "Mar 2025" by month, the Monday's date by week. */
export function periodLabel(iso: string, period: SurveyTrendPeriod, lang: string): string {
  const options: Intl.DateTimeFormatOptions =
    period === 'MONTH' ? { year: 'numeric', month: 'short' } : { month: 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(intlLocale(lang), options).format(new Date(iso));
}

export function trendRows(
  points: readonly {
    periodStart: string;
    summary: Pick<NpsSummaryFieldsFragment, 'score' | 'marginOfError' | 'responses' | 'suppressed'>;
  }[],
  period: SurveyTrendPeriod,
  lang: string,
): TrendRow[] {
  const tenth = (n: number) => Math.round(n * 10) / 10;
  return points.map(({ periodStart, summary }) => {
    const interval = scoreInterval(summary);
    const score = summary.score == null ? null : tenth(summary.score);
    return {
      label: periodLabel(periodStart, period, lang),
      periodStart,
      score,
      margin: interval ? tenth(summary.marginOfError ?? 0) : null,
      errorBar:
        interval && score !== null
          ? [tenth(score - interval[0]), tenth(interval[1] - score)]
          : null,
      responses: summary.responses,
      enough: interval !== null,
      hidden: summary.suppressed,
    };
  });
}

export type BreakdownRow = {
  key: string;
  label: string;
  score: number | null;
  responses: number;
  /** Fewer answers than a margin of error needs: read the score with care. */
  few: boolean;
  /** Hidden to keep an anonymous survey's answers anonymous (fewer than 5): not "no answers". */
  hidden: boolean;
};

/**
 * Rank or segment breakdown rows; groups without answers, or hidden for anonymity, stay with no
 * bar (never a 0).
 */
export function breakdownRows(
  groups: readonly {
    key: string;
    labelJa: string;
    labelEn: string;
    summary: Pick<NpsSummaryFieldsFragment, 'score' | 'responses' | 'suppressed'>;
  }[],
  lang: string,
): BreakdownRow[] {
  return groups.map((g) => ({
    key: g.key,
    label: localLabel(g, lang),
    score: g.summary.score == null ? null : Math.round(g.summary.score * 10) / 10,
    responses: g.summary.responses,
    few: !g.summary.suppressed && g.summary.responses < NPS_MIN_RESPONSES_FOR_MARGIN,
    hidden: g.summary.suppressed,
  }));
}

export const TOUCHPOINT_GROUPS = ['promoters', 'passives', 'detractors', 'overall'] as const;
export type TouchpointGroup = (typeof TOUCHPOINT_GROUPS)[number];

export type DivergingRow = {
  key: string;
  label: string;
  /** Negative share as a negative percentage, drawn left of zero. */
  negative: number;
  positive: number;
  mean: number | null;
  responses: number;
  lift: number | null;
};

/**
 * One row per touchpoint for the diverging chart: the share of negative answers to the left,
 * positive to the right (in %), for the chosen group, ordered by lift (promoters' mean minus
 * detractors'), the ones that lift promoters most first and those without a lift last.
 */
export function divergingRows(
  touchpoints: readonly ({
    lift?: number | null;
    touchpoint: { key: string; labelJa: string; labelEn: string };
  } & Record<TouchpointGroup, TouchpointStatsFieldsFragment>)[],
  group: TouchpointGroup,
  lang: string,
): DivergingRow[] {
  const pct = (share: number) => Math.round(share * 1000) / 10;
  return touchpoints
    .map((tp) => {
      const stats = tp[group];
      return {
        key: tp.touchpoint.key,
        label: localLabel(tp.touchpoint, lang),
        negative: stats.negativeShare === 0 ? 0 : -pct(stats.negativeShare),
        positive: pct(stats.positiveShare),
        mean: stats.mean ?? null,
        responses: stats.responses,
        lift: tp.lift ?? null,
      };
    })
    .sort((a, b) => (b.lift ?? -Infinity) - (a.lift ?? -Infinity));
}

/** The question types whose answers are read as text (an NPS "why?", short and long text). */
export function isTextQuestion(q: { type: SurveyQuestionType; withReason: boolean }): boolean {
  return q.type === 'SHORT_TEXT' || q.type === 'LONG_TEXT' || (q.type === 'NPS' && q.withReason);
}

/** The CSV of a results table, with the page's filters (and the trend's period, a text question). */
export function exportUrl(
  surveyId: string,
  table: SurveyExportTable,
  filter: SurveyResultsFilter | null,
  extra: Record<string, string | null | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filter, ...extra })) {
    if (value !== null && value !== undefined && value !== '') params.set(name, String(value));
  }
  const query = params.toString();
  const path = `/surveys/${encodeURIComponent(surveyId)}/export/${table}.csv`;
  return query ? `${path}?${query}` : path;
}

const isDay = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Midnight starting a day on the community's clocks, as an instant. */
const midnight = (day: string, zone: string): string | null => wallToInstant(`${day}T00:00`, zone);

/**
 * A day range picked in the UI as the api's half-open range: from the first day's midnight to
 * the one after the last day, both on the community's clocks (as the trend's periods are).
 */
export function dayRange(
  from: string | null,
  to: string | null,
  zone: string,
): { from?: string; to?: string } {
  const start = isDay(from) ? midnight(from, zone) : null;
  const end = isDay(to) ? midnight(dayjs(to).add(1, 'day').format('YYYY-MM-DD'), zone) : null;
  return { ...(start ? { from: start } : {}), ...(end ? { to: end } : {}) };
}

const SOURCES: readonly SurveyResponseSource[] = ['IN_APP', 'IMPORT'];

export type ResultsChoices = {
  from: string | null;
  to: string | null;
  rank: number | null;
  segment: string | null;
  source: SurveyResponseSource | null;
  period: SurveyTrendPeriod;
};

/** The page's filters from its address; anything malformed is ignored. */
export function resultsChoices(params: URLSearchParams): ResultsChoices {
  const rank = Number(params.get('rank'));
  const source = params.get('source')?.toUpperCase() ?? '';
  return {
    from: isDay(params.get('from')) ? params.get('from') : null,
    to: isDay(params.get('to')) ? params.get('to') : null,
    rank: params.get('rank') && Number.isInteger(rank) && rank >= 0 ? rank : null,
    segment: params.get('segment') || null,
    source: (SOURCES as readonly string[]).includes(source)
      ? (source as SurveyResponseSource)
      : null,
    period: params.get('period')?.toUpperCase() === 'WEEK' ? 'WEEK' : 'MONTH',
  };
}

export function resultsFilter(c: ResultsChoices, zone: string): SurveyResultsFilter {
  return {
    ...dayRange(c.from, c.to, zone),
    ...(c.rank !== null ? { minRankPosition: c.rank } : {}),
    ...(c.segment ? { segment: c.segment } : {}),
    ...(c.source ? { source: c.source } : {}),
  };
}
