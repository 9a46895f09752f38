import { ENGAGEMENT_TIERS } from '@kizuna/shared';
import { intlLocale } from '../../../app/locale';
import type { EngagementTier } from '../../../gql/graphql';

// --- Days in the community's time zone --------------------------------------------------------

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`YYYY-MM-DD`) it is at `now` on the community's clocks. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, f);
  }
  const parts = f.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whether a text is a real calendar day written `YYYY-MM-DD`. */
export function isDay(text: string | null | undefined): text is string {
  const m = text ? DAY.exec(text) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both counted. */
export const daysIn = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** The longest range the dashboard answers for (the api's limit). */
export const MAX_RANGE_DAYS = 366;
export const RANGE_PRESETS = [7, 30, 90, 365] as const;
export const DEFAULT_RANGE_DAYS = 30;

export interface DashboardRange {
  from: string;
  to: string;
  /** The preset the range is (the last N days up to today), or null for one chosen by hand. */
  preset: number | null;
}

/** The last `days` days, today included. */
export const lastDays = (days: number, today: string): DashboardRange => ({
  from: addDays(today, -(days - 1)),
  to: today,
  preset: (RANGE_PRESETS as readonly number[]).includes(days) ? days : null,
});

/**
 * The range the address asks for (`from`, `to`), or the last 30 days up to today in the
 * community's time zone when it asks for none, or for one the dashboard cannot show (not days,
 * backwards, in the future, or longer than a year).
 */
export function rangeFromParams(params: URLSearchParams, today: string): DashboardRange {
  const from = params.get('from');
  const to = params.get('to');
  if (!isDay(from) || !isDay(to) || from > to || to > today || daysIn(from, to) > MAX_RANGE_DAYS) {
    return lastDays(DEFAULT_RANGE_DAYS, today);
  }
  const days = daysIn(from, to);
  return {
    from,
    to,
    preset: to === today && (RANGE_PRESETS as readonly number[]).includes(days) ? days : null,
  };
}

/**
 * The range after a new first day is picked: the last day follows when it would come before it
 * or lie more than a year after it (never past today).
 */
export function withFrom(range: { from: string; to: string }, from: string, today: string) {
  const start = from > today ? today : from;
  const latest = addDays(start, MAX_RANGE_DAYS - 1);
  let end = range.to < start ? start : range.to > latest ? latest : range.to;
  if (end > today) end = today;
  return { from: start, to: end };
}

/** The range after a new last day is picked: the first day follows the same way. */
export function withTo(range: { from: string; to: string }, to: string, today: string) {
  const end = to > today ? today : to;
  const earliest = addDays(end, -(MAX_RANGE_DAYS - 1));
  const start = range.from > end ? end : range.from < earliest ? earliest : range.from;
  return { from: start, to: end };
}

// --- Numbers as people read them --------------------------------------------------------------

const memo = <F>(make: (tag: string) => F) => {
  const made = new Map<string, F>();
  return (lang: string): F => {
    let f = made.get(lang);
    if (!f) made.set(lang, (f = make(intlLocale(lang))));
    return f;
  };
};

const integer = memo((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }));
const percent = memo(
  (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }),
);
const yen = memo(
  (tag) =>
    new Intl.NumberFormat(tag, { style: 'currency', currency: 'JPY', maximumFractionDigits: 0 }),
);
const signed = memo(
  (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
);
const unit = (u: 'minute' | 'hour' | 'day') =>
  memo(
    (tag) =>
      new Intl.NumberFormat(tag, {
        style: 'unit',
        unit: u,
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }),
  );
const minutes = unit('minute');
const hours = unit('hour');
const days = unit('day');

export const DASH = '—';

export const formatCount = (n: number | null | undefined, lang: string): string =>
  n == null || Number.isNaN(n) ? DASH : integer(lang).format(n);

/** A share from 0 to 1 with at most one decimal of a percent (12.5%); a dash without one. */
export const formatShare = (share: number | null | undefined, lang: string): string =>
  share == null || Number.isNaN(share) ? DASH : percent(lang).format(share);

export const formatYen = (amount: number | null | undefined, lang: string): string =>
  amount == null || Number.isNaN(amount) ? DASH : yen(lang).format(Math.round(amount));

/** An NPS (−100…100) or a change, signed, with at most one decimal. */
export const formatSigned = (n: number | null | undefined, lang: string): string =>
  n == null || Number.isNaN(n) ? DASH : signed(lang).format(Math.round(n * 10) / 10);

/**
 * A wait in the unit that reads best: minutes under two hours, hours under two days, then days
 * ("45 分", "3.5 時間", "2.1 日").
 */
export function formatMinutes(value: number | null | undefined, lang: string): string {
  if (value == null || Number.isNaN(value)) return DASH;
  if (value < 120) return minutes(lang).format(Math.round(value));
  if (value < 48 * 60) return hours(lang).format(Math.round((value / 60) * 10) / 10);
  return days(lang).format(Math.round((value / 1440) * 10) / 10);
}

const monthFormat = memo(
  (tag) => new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', timeZone: 'UTC' }),
);
const shortDayFormat = memo(
  (tag) => new Intl.DateTimeFormat(tag, { month: 'numeric', day: 'numeric', timeZone: 'UTC' }),
);

/** A month (`YYYY-MM` or its first day) as "2025年3月" / "Mar 2025". */
export function monthLabel(month: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) return month;
  return monthFormat(lang).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}

/** A day on a chart's axis, short ("3/14"). */
export const shortDay = (day: string, lang: string): string =>
  isDay(day) ? shortDayFormat(lang).format(new Date(`${day}T00:00:00Z`)) : day;

/** A period of the NPS trend: a month, a day (the week's first), or as the api wrote it. */
export function periodLabel(period: string, lang: string): string {
  if (/^\d{4}-\d{2}$/.test(period) || /^\d{4}-\d{2}-01$/.test(period))
    return monthLabel(period, lang);
  if (isDay(period)) return shortDay(period, lang);
  return period;
}

// --- Shapes the charts draw ------------------------------------------------------------------

export interface ActivityDay {
  day: string;
  dau: number;
  wau: number;
  mau: number;
  posts: number;
  comments: number;
}

/** Each day with its label and stickiness (DAU ÷ MAU; null on a day nobody was active in 30). */
export function activityRows(activity: readonly ActivityDay[], lang: string) {
  return [...activity]
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .map((d) => ({
      ...d,
      label: shortDay(d.day, lang),
      stickiness: d.mau > 0 ? Math.round((d.dau / d.mau) * 1000) / 10 : null,
    }));
}

export const TIERS = ENGAGEMENT_TIERS.map((t) => t.toUpperCase() as EngagementTier);
export const tierIndex = (tier: EngagementTier): number => TIERS.indexOf(tier);

/** One colour per level, lowest to highest, on every chart and badge. */
export const TIER_COLORS: Record<EngagementTier, string> = {
  OBSERVER: 'gray.6',
  PARTICIPANT: 'blue.6',
  CONTRIBUTOR: 'teal.7',
  CHAMPION: 'grape.7',
};

/** Counts per level in level order, with the levels nobody is at as zero. */
export function tierCounts(rows: readonly { tier: EngagementTier; count: number }[]) {
  return TIERS.map((tier) => ({
    tier,
    count: rows.filter((r) => r.tier === tier).reduce((sum, r) => sum + r.count, 0),
  }));
}

export interface TierFlowRow {
  month: string;
  from: EngagementTier;
  to: EngagementTier;
  count: number;
}

/** The months the flow has, latest first. */
export const flowMonths = (flows: readonly TierFlowRow[]): string[] =>
  [...new Set(flows.map((f) => f.month))].sort().reverse();

/** How many members went up a level, stayed, or went down, into a month. */
export function flowSummary(flows: readonly TierFlowRow[], month: string) {
  const out = { up: 0, same: 0, down: 0 };
  for (const f of flows) {
    if (f.month !== month) continue;
    const d = tierIndex(f.to) - tierIndex(f.from);
    if (d > 0) out.up += f.count;
    else if (d < 0) out.down += f.count;
    else out.same += f.count;
  }
  return out;
}

/** The flow into a month as a 4×4 table: rows the level before, columns the level after. */
export function flowMatrix(flows: readonly TierFlowRow[], month: string): number[][] {
  const m = TIERS.map(() => TIERS.map(() => 0));
  for (const f of flows) {
    if (f.month === month && f.count > 0) m[tierIndex(f.from)][tierIndex(f.to)] += f.count;
  }
  return m;
}

/**
 * The flow into a month for a Sankey chart: the levels of the month before on the left (nodes
 * 0–3), this month's on the right (4–7), one link per move that someone made.
 */
export function flowSankey(
  flows: readonly TierFlowRow[],
  month: string,
  label: (tier: EngagementTier) => string,
) {
  const matrix = flowMatrix(flows, month);
  return {
    nodes: [
      ...TIERS.map((t) => ({ name: label(t), color: TIER_COLORS[t] })),
      ...TIERS.map((t) => ({ name: label(t), color: TIER_COLORS[t] })),
    ],
    links: matrix.flatMap((row, from) =>
      row.flatMap((value, to) =>
        value > 0 ? [{ source: from, target: TIERS.length + to, value }] : [],
      ),
    ),
  };
}

/** The shade of a retention cell: 0 (nobody) to 5 (everyone), so the table reads as a heatmap. */
export function heatLevel(share: number | null | undefined): number {
  if (share == null || Number.isNaN(share) || share <= 0) return 0;
  return Math.min(5, 1 + Math.floor(Math.min(share, 0.9999) * 5));
}

/** The months after joining a cohort table needs columns for (0, 1, …). */
export const cohortWidth = (cohorts: readonly { retained: readonly number[] }[]): number =>
  cohorts.reduce((w, c) => Math.max(w, c.retained.length), 0);

// --- The recompute run -----------------------------------------------------------------------

export interface RunProgress {
  done: number;
  total: number;
  /** The run's own record of how far it is, 0–1 (or a percentage). */
  progress?: number | null;
}

/** How far a run is, as a percentage 0–100: counted steps when known, its record otherwise. */
export function runPercent(p: RunProgress): number {
  if (p.total > 0) return Math.max(0, Math.min(100, (100 * p.done) / p.total));
  const v = p.progress ?? 0;
  return Math.max(0, Math.min(100, v <= 1 ? v * 100 : v));
}
