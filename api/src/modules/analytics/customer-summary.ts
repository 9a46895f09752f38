import { MATRIX_CELLS, RFM_SEGMENTS, type MatrixCell, type RfmSegment } from '@kizuna/shared';
import type { CustomerAnalysis } from '../customers/customer-analysis.js';

export interface MatrixSummary {
  asOf: string;
  customers: number;
  highLtvCutoff: number | null;
  cells: Array<{ cell: MatrixCell; count: number; share: number; revenueInYear: number }>;
  revenueAtRiskDetractors: number;
  revenueAtRiskPassives: number;
}

export interface RfmSegmentFigures {
  segment: RfmSegment;
  count: number;
  share: number;
  revenue: number;
  revenueShare: number;
  averageMonetary: number;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * The loyalty matrix as the dashboard shows it: every cell (shares of all customers in the
 * analysis), and the trailing-year revenue of high-LTV detractors and passives.
 */
export function matrixSummary(analysis: CustomerAnalysis): MatrixSummary {
  const cells = new Map(MATRIX_CELLS.map((c) => [c, { count: 0, revenueInYear: 0 }]));
  for (const c of analysis.customers) {
    const cell = cells.get(c.cell)!;
    cell.count++;
    cell.revenueInYear += c.revenueInYear;
  }
  const n = analysis.customers.length;
  return {
    asOf: analysis.asOf,
    customers: n,
    highLtvCutoff: analysis.highLtvCutoff,
    cells: MATRIX_CELLS.map((cell) => ({
      cell,
      count: cells.get(cell)!.count,
      share: share(cells.get(cell)!.count, n),
      revenueInYear: cells.get(cell)!.revenueInYear,
    })),
    revenueAtRiskDetractors: cells.get('churn_risk')!.revenueInYear,
    revenueAtRiskPassives: cells.get('loyal_candidate')!.revenueInYear,
  };
}

/** RFM segment sizes among customers with orders; revenue is all their orders up to asOf. */
export function rfmSegments(analysis: CustomerAnalysis): RfmSegmentFigures[] {
  const by = new Map(RFM_SEGMENTS.map((s) => [s, { count: 0, revenue: 0 }]));
  let buyers = 0;
  let revenue = 0;
  for (const c of analysis.customers) {
    if (!c.rfmSegment) continue;
    const s = by.get(c.rfmSegment)!;
    s.count++;
    s.revenue += c.totalAmount;
    buyers++;
    revenue += c.totalAmount;
  }
  return RFM_SEGMENTS.map((segment) => {
    const s = by.get(segment)!;
    return {
      segment,
      count: s.count,
      share: share(s.count, buyers),
      revenue: s.revenue,
      revenueShare: share(s.revenue, revenue),
      averageMonetary: share(s.revenue, s.count),
    };
  });
}
