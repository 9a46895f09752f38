import type { AnalysedCustomer, CustomerAnalysis } from './customer-analysis.js';
import { byLtv, matrixSummary, rfmSummary } from './loyalty-summaries.js';

const customer = (
  o: Partial<AnalysedCustomer> & Pick<AnalysedCustomer, 'key'>,
): AnalysedCustomer => ({
  customerId: o.key,
  email: null,
  memberId: null,
  orders: 0,
  totalAmount: 0,
  ordersInYear: 0,
  aov: null,
  revenueInYear: 0,
  lastOrderOn: null,
  ltv: null,
  highLtv: null,
  recencyDays: null,
  r: null,
  f: null,
  m: null,
  rfmSegment: null,
  npsScore: null,
  npsClass: null,
  cell: 'no_orders',
  ...o,
});

const analysis: CustomerAnalysis = {
  asOf: '2026-03-31',
  highLtvCutoff: 50_000,
  customers: [
    customer({
      key: 'a',
      orders: 3,
      totalAmount: 60_000,
      revenueInYear: 40_000,
      ltv: 80_000,
      r: 5,
      f: 5,
      m: 5,
      rfmSegment: 'champions',
      cell: 'churn_risk',
    }),
    customer({
      key: 'b',
      orders: 2,
      totalAmount: 30_000,
      revenueInYear: 30_000,
      ltv: 60_000,
      r: 2,
      f: 4,
      m: 4,
      rfmSegment: 'at_risk',
      cell: 'loyal_candidate',
    }),
    customer({
      key: 'c',
      orders: 1,
      totalAmount: 6_000,
      revenueInYear: 6_000,
      ltv: 1_000,
      r: 5,
      f: 1,
      m: 1,
      rfmSegment: 'new',
      cell: 'no_nps',
    }),
    customer({
      key: 'd',
      orders: 1,
      totalAmount: 4_000,
      revenueInYear: 0,
      ltv: -5_000,
      r: 1,
      f: 1,
      m: 1,
      rfmSegment: 'lost',
      cell: 'no_nps',
    }),
    customer({ key: 'e' }),
  ],
};

describe('matrix summary', () => {
  it('counts every cell in order, with shares of everyone and revenue at risk', () => {
    const s = matrixSummary(analysis);
    expect(s).toMatchObject({ asOf: '2026-03-31', customers: 5, highLtvCutoff: 50_000 });
    expect(s.cells.map((c) => [c.cell, c.count, c.share, c.revenueInYear])).toEqual([
      ['churn_risk', 1, 0.2, 40_000],
      ['loyal_candidate', 1, 0.2, 30_000],
      ['loyal', 0, 0, 0],
      ['uncooperative', 0, 0, 0],
      ['ordinary', 0, 0, 0],
      ['advocate', 0, 0, 0],
      ['no_nps', 2, 0.4, 6_000],
      ['no_orders', 1, 0.2, 0],
    ]);
    expect([s.revenueAtRiskDetractors, s.revenueAtRiskPassives]).toEqual([40_000, 30_000]);
  });

  it('is all zeros without customers', () => {
    const s = matrixSummary({ asOf: '2026-03-31', highLtvCutoff: null, customers: [] });
    expect(s.cells.every((c) => c.count === 0 && c.share === 0)).toBe(true);
  });
});

describe('RFM summary', () => {
  it('sums segments over buyers, with the top fifth’s share of revenue and the R×F grid', () => {
    const s = rfmSummary(analysis);
    expect(s).toMatchObject({ customers: 4, revenue: 100_000 });
    // ⌈0.2 · 4⌉ = 1 customer: 60,000 of 100,000.
    expect(s.topFifthRevenueShare).toBe(0.6);
    const seg = Object.fromEntries(s.segments.map((x) => [x.segment, x]));
    expect(s.segments).toHaveLength(11);
    expect(seg.champions).toEqual({
      segment: 'champions',
      count: 1,
      share: 0.25,
      revenue: 60_000,
      revenueShare: 0.6,
      averageMonetary: 60_000,
    });
    expect(seg.hibernating).toMatchObject({ count: 0, share: 0, averageMonetary: 0 });
    expect(s.grid).toHaveLength(25);
    expect(s.grid.filter((g) => g.count)).toEqual([
      { r: 1, f: 1, count: 1 },
      { r: 2, f: 4, count: 1 },
      { r: 5, f: 1, count: 1 },
      { r: 5, f: 5, count: 1 },
    ]);
  });
});

describe('list order', () => {
  it('is LTV, highest first, negative ones after, those without last, then key', () => {
    const sorted = [...analysis.customers, customer({ key: '0', ltv: 60_000 })].sort(byLtv);
    expect(sorted.map((c) => c.key)).toEqual(['a', '0', 'b', 'c', 'd', 'e']);
  });
});
