import {
  CUSTOMER_VALUE_LIMITS,
  MATRIX_CELLS,
  RFM_SEGMENTS,
  type MatrixCell,
  type RfmSegment,
} from '@kizuna/shared';
import type { AnalysedCustomer, CustomerAnalysis } from './customer-analysis.js';

/** What the pages show of an analysis: sums over its customers, as plain functions. */

export interface MatrixSummaryValue {
  asOf: string;
  customers: number;
  highLtvCutoff: number | null;
  cells: Array<{ cell: MatrixCell; count: number; share: number; revenueInYear: number }>;
  revenueAtRiskDetractors: number;
  revenueAtRiskPassives: number;
}

export interface RfmSummaryValue {
  asOf: string;
  customers: number;
  revenue: number;
  topFifthRevenueShare: number;
  segments: Array<{
    segment: RfmSegment;
    count: number;
    share: number;
    revenue: number;
    revenueShare: number;
    averageMonetary: number;
  }>;
  grid: Array<{ r: number; f: number; count: number }>;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * Every cell of the NPS × LTV matrix (in MATRIX_CELLS order) with its people, their share of
 * all customers in the analysis and their revenue of the last 365 days; revenue at risk is that
 * revenue for high-LTV detractors (churn risk) and high-LTV passives (loyal candidates).
 */
export function matrixSummary(a: CustomerAnalysis): MatrixSummaryValue {
  const by = new Map<MatrixCell, { count: number; revenueInYear: number }>(
    MATRIX_CELLS.map((c) => [c, { count: 0, revenueInYear: 0 }]),
  );
  for (const c of a.customers) {
    const cell = by.get(c.cell)!;
    cell.count++;
    cell.revenueInYear += c.revenueInYear;
  }
  const n = a.customers.length;
  return {
    asOf: a.asOf,
    customers: n,
    highLtvCutoff: a.highLtvCutoff,
    cells: MATRIX_CELLS.map((cell) => ({
      cell,
      count: by.get(cell)!.count,
      share: ratio(by.get(cell)!.count, n),
      revenueInYear: by.get(cell)!.revenueInYear,
    })),
    revenueAtRiskDetractors: by.get('churn_risk')!.revenueInYear,
    revenueAtRiskPassives: by.get('loyal_candidate')!.revenueInYear,
  };
}

/**
 * RFM over the customers with orders: each segment (in RFM_SEGMENTS order) with its size, its
 * revenue (M: the total amount up to the analysis date) and average M; the share of revenue the
 * top fifth (⌈0.2·N⌉ customers by M) bring; and the count of every R×F pair (R and F 1 to 5).
 */
export function rfmSummary(a: CustomerAnalysis): RfmSummaryValue {
  const buyers = a.customers.filter((c) => c.orders > 0);
  const revenue = buyers.reduce((s, c) => s + c.totalAmount, 0);
  const top = Math.ceil(CUSTOMER_VALUE_LIMITS.highLtvShare * buyers.length);
  const topRevenue = buyers
    .map((c) => c.totalAmount)
    .sort((x, y) => y - x)
    .slice(0, top)
    .reduce((s, v) => s + v, 0);
  const segments = new Map<RfmSegment, { count: number; revenue: number }>(
    RFM_SEGMENTS.map((s) => [s, { count: 0, revenue: 0 }]),
  );
  const grid = new Map<string, number>();
  for (const c of buyers) {
    const s = segments.get(c.rfmSegment!)!;
    s.count++;
    s.revenue += c.totalAmount;
    grid.set(`${c.r}:${c.f}`, (grid.get(`${c.r}:${c.f}`) ?? 0) + 1);
  }
  const scores = [1, 2, 3, 4, 5];
  return {
    asOf: a.asOf,
    customers: buyers.length,
    revenue,
    topFifthRevenueShare: ratio(topRevenue, revenue),
    segments: RFM_SEGMENTS.map((segment) => {
      const s = segments.get(segment)!;
      return {
        segment,
        count: s.count,
        share: ratio(s.count, buyers.length),
        revenue: s.revenue,
        revenueShare: ratio(s.revenue, revenue),
        averageMonetary: ratio(s.revenue, s.count),
      };
    }),
    grid: scores.flatMap((r) => scores.map((f) => ({ r, f, count: grid.get(`${r}:${f}`) ?? 0 }))),
  };
}

/** Highest LTV first, customers without one last, then by key: the order of every list. */
export function byLtv(a: AnalysedCustomer, b: AnalysedCustomer): number {
  if (a.ltv !== b.ltv) {
    if (a.ltv === null) return 1;
    if (b.ltv === null) return -1;
    return b.ltv - a.ltv;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
