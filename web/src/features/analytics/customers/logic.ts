import {
  MATRIX_CELL_INFO,
  MATRIX_CELLS,
  RFM_SEGMENT_INFO,
  RFM_SEGMENTS,
  rfmSegment,
  type MatrixCell as CellKey,
  type RfmSegment as SegmentKey,
} from '@kizuna/shared';
import type { MatrixCell, NpsClass, RfmSegment } from '../../../gql/graphql';
import { intlLocale } from '../../../app/locale';

/*
 * What the customer pages show, as plain functions: the api sends GraphQL enums (CHURN_RISK), the
 * shared rules and texts use their lower-case keys (churn_risk).
 */

const isEn = (lang: string) => lang.startsWith('en');

export const cellKey = (cell: MatrixCell): CellKey => cell.toLowerCase() as CellKey;
export const cellEnum = (key: CellKey): MatrixCell => key.toUpperCase() as MatrixCell;
export const segmentKey = (segment: RfmSegment): SegmentKey => segment.toLowerCase() as SegmentKey;
export const segmentEnum = (key: SegmentKey): RfmSegment => key.toUpperCase() as RfmSegment;

/** A cell's name and what to do about it, in the reader's language. */
export function cellText(cell: MatrixCell, lang: string): { name: string; hint: string } {
  const info = MATRIX_CELL_INFO[cellKey(cell)];
  return isEn(lang) ? { name: info.en, hint: info.hintEn } : { name: info.ja, hint: info.hintJa };
}

/** A segment's name, what to do, and its R and F ranges. */
export function segmentText(
  segment: RfmSegment,
  lang: string,
): { name: string; action: string; r: string; f: string } {
  const info = RFM_SEGMENT_INFO[segmentKey(segment)];
  return {
    name: isEn(lang) ? info.en : info.ja,
    action: isEn(lang) ? info.actionEn : info.actionJa,
    r: info.r,
    f: info.f,
  };
}

/** Every cell, in the order of the shared rules (the six of the grid, then the two apart). */
export const MATRIX_CELL_ENUMS: MatrixCell[] = MATRIX_CELLS.map(cellEnum);
export const RFM_SEGMENT_ENUMS: RfmSegment[] = RFM_SEGMENTS.map(segmentEnum);

/** The NPS classes as the grid's columns: unhappy on the left. */
export const GRID_COLUMNS: NpsClass[] = ['DETRACTOR', 'PASSIVE', 'PROMOTER'];

/** The grid's rows (high LTV on top) and the cell at each column. */
export const GRID_ROWS: { highLtv: boolean; cells: MatrixCell[] }[] = [
  { highLtv: true, cells: ['CHURN_RISK', 'LOYAL_CANDIDATE', 'LOYAL'] },
  { highLtv: false, cells: ['UNCOOPERATIVE', 'ORDINARY', 'ADVOCATE'] },
];

/** The two groups counted apart from the grid. */
export const OUTSIDE_GRID: MatrixCell[] = ['NO_NPS', 'NO_ORDERS'];

/** One colour per cell (Mantine palette), shared by the grid, the badges and the lists. */
export const CELL_COLORS: Record<MatrixCell, string> = {
  CHURN_RISK: 'red',
  LOYAL_CANDIDATE: 'yellow',
  LOYAL: 'teal',
  UNCOOPERATIVE: 'orange',
  ORDINARY: 'gray',
  ADVOCATE: 'cyan',
  NO_NPS: 'gray',
  NO_ORDERS: 'gray',
};

export const NPS_CLASS_COLORS: Record<NpsClass, string> = {
  PROMOTER: 'teal',
  PASSIVE: 'gray',
  DETRACTOR: 'red',
};

const yenFormats = new Map<string, Intl.NumberFormat>();
/** Yen, rounded to the yen: ¥14,800 (ja: ￥14,800). A dash for nothing. */
export function formatYen(amount: number | null | undefined, lang: string): string {
  if (amount == null || Number.isNaN(amount)) return '—';
  const tag = intlLocale(lang);
  let f = yenFormats.get(tag);
  if (!f) {
    f = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'JPY',
      maximumFractionDigits: 0,
    });
    yenFormats.set(tag, f);
  }
  // Rounded first, so that −0.4 reads ¥0 and not −¥0.
  return f.format(Math.round(amount) + 0);
}

/**
 * A share (0–1) as a percentage with at most one decimal, so that a small group reads 0.4% and
 * not 0%; a dash for nothing.
 */
export function formatShare(share: number | null | undefined, lang: string): string {
  if (share == null || Number.isNaN(share)) return '—';
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

/** A calendar date as the api takes it: `YYYY-MM-DD`, and a day that exists. */
export function isDay(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The analysis date from the address (`?asOf=`), or null for "today" (the api's default). */
export const asOfParam = (params: URLSearchParams): string | null => {
  const v = params.get('asOf');
  return isDay(v) ? v : null;
};

/** The customer list's filters from the address; unknown values are dropped. */
export function customerFilters(params: URLSearchParams): {
  asOf: string | null;
  cell: MatrixCell | null;
  segment: RfmSegment | null;
  search: string;
  page: number;
} {
  const cell = params.get('cell')?.toUpperCase() ?? '';
  const segment = params.get('segment')?.toUpperCase() ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    asOf: asOfParam(params),
    cell: (MATRIX_CELL_ENUMS as string[]).includes(cell) ? (cell as MatrixCell) : null,
    segment: (RFM_SEGMENT_ENUMS as string[]).includes(segment) ? (segment as RfmSegment) : null,
    search: (params.get('q') ?? '').trim(),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The customer list's address for a cell or a segment, keeping the analysis date. */
export function customersHref(
  filter: { cell?: MatrixCell; segment?: RfmSegment },
  asOf: string | null,
): string {
  const params = new URLSearchParams();
  if (filter.cell) params.set('cell', cellKey(filter.cell));
  if (filter.segment) params.set('segment', segmentKey(filter.segment));
  if (asOf) params.set('asOf', asOf);
  return `/manage/analytics/customers?${params.toString()}`;
}

export const member360Href = (memberId: string): string =>
  `/manage/analytics/members/${encodeURIComponent(memberId)}`;

/** The customer export of the analysis date (one row per customer, as the list). */
export const customersCsvHref = (asOf: string | null): string =>
  `/exports/customers.csv${asOf ? `?asOf=${asOf}` : ''}`;

export interface ParetoRow {
  segment: RfmSegment;
  revenue: number;
  revenueShare: number;
  /** Share of all revenue brought by this segment and every larger one before it. */
  cumulativeShare: number;
}

/** Segments by revenue, largest first, with the running share: the Pareto view. */
export function paretoRows(
  segments: readonly { segment: RfmSegment; revenue: number; revenueShare: number }[],
): ParetoRow[] {
  const sorted = [...segments]
    .filter((s) => s.revenue > 0)
    .sort((a, b) => b.revenue - a.revenue || a.segment.localeCompare(b.segment));
  const total = sorted.reduce((sum, s) => sum + s.revenue, 0);
  let running = 0;
  return sorted.map((s) => {
    running += s.revenue;
    return {
      segment: s.segment,
      revenue: s.revenue,
      revenueShare: s.revenueShare,
      cumulativeShare: running / total,
    };
  });
}

export interface HeatCell {
  r: number;
  f: number;
  count: number;
  /** 0 (nobody) … 1 (the fullest cell). */
  intensity: number;
  segment: RfmSegment;
}

/**
 * The R×F grid as rows of R from 5 (recent) down to 1, each with F from 1 to 5; cells the api
 * left out count zero.
 */
export function rfmHeatmap(grid: readonly { r: number; f: number; count: number }[]): HeatCell[][] {
  const counts = new Map(grid.map((c) => [`${c.r}:${c.f}`, c.count]));
  const max = Math.max(0, ...grid.map((c) => c.count));
  return [5, 4, 3, 2, 1].map((r) =>
    [1, 2, 3, 4, 5].map((f) => {
      const count = counts.get(`${r}:${f}`) ?? 0;
      return {
        r,
        f,
        count,
        intensity: max > 0 ? count / max : 0,
        segment: segmentEnum(rfmSegment(r, f)),
      };
    }),
  );
}

/** The brand colour's shades for the five heat steps; the last two are dark enough for white. */
export const HEAT_SHADES = [1, 2, 3, 8, 9] as const;
export const HEAT_WHITE_TEXT_FROM = 8;

/**
 * Background and text colours for a heat cell: five steps of the brand colour, with white text
 * on the darker ones so every step reads at 4.5:1.
 */
export function heatColors(intensity: number): { bg: string; fg: string } {
  if (intensity <= 0) return { bg: 'var(--mantine-color-gray-0)', fg: 'inherit' };
  const shade = HEAT_SHADES[Math.min(4, Math.floor(intensity * 5))];
  return {
    bg: `var(--mantine-color-kizuna-${shade})`,
    fg: shade >= HEAT_WHITE_TEXT_FROM ? 'var(--mantine-color-white)' : 'var(--mantine-color-black)',
  };
}
