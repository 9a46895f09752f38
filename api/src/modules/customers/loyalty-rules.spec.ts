import {
  CUSTOMER_VALUE_DEFAULTS,
  RFM_SEGMENTS,
  analyseCustomers,
  highLtvCutoff,
  ltvOf,
  matrixCell,
  rfmScores,
  rfmSegment,
  type CustomerFigures,
} from '@kizuna/shared';

/** The customer-value rules of shared/loyalty, by hand. */

const settings = { ...CUSTOMER_VALUE_DEFAULTS, costPerCustomer: 50_000 };

describe('LTV', () => {
  it('is AOV × margin × purchases per year × years − cost: 14,800 in the worked example', () => {
    expect(ltvOf({ orders: 12, totalAmount: 36_000, ordersInYear: 12 }, settings)).toBe(14_800);
    // Purchases per year are the last 365 days' orders; AOV is over every order.
    expect(ltvOf({ orders: 20, totalAmount: 60_000, ordersInYear: 12 }, settings)).toBe(14_800);
    expect(ltvOf({ orders: 0, totalAmount: 0, ordersInYear: 0 }, settings)).toBeNull();
    // Older orders only: nothing a year, minus the cost.
    expect(ltvOf({ orders: 3, totalAmount: 9_000, ordersInYear: 0 }, settings)).toBe(-50_000);
  });

  it('is high from the ⌈0.2·N⌉-th highest, ties included, or from a fixed threshold', () => {
    const d = CUSTOMER_VALUE_DEFAULTS;
    expect(highLtvCutoff([5, 9, 1, 9, 3, 2, 8, 7, 4, 6], d)).toBe(9);
    expect(highLtvCutoff([5, 9, 1, 8, 3, 2, 8, 7, 4, 6], d)).toBe(8);
    // ⌈0.2 · 6⌉ = 2.
    expect(highLtvCutoff([1, 2, 3, 4, 5, 6], d)).toBe(5);
    expect(highLtvCutoff([4], d)).toBe(4);
    expect(highLtvCutoff([], d)).toBeNull();
    expect(highLtvCutoff([1, 2, 3], { ...d, highLtvThreshold: 100 })).toBe(100);
  });
});

describe('RFM', () => {
  it('scores min(5, 1 + ⌊5·b/N⌋) with b the values strictly worse, so ties score alike', () => {
    expect(rfmScores([1, 1, 2, 3, 5], true)).toEqual([1, 1, 3, 4, 5]);
    // Recency: fewer days is better.
    expect(rfmScores([10, 10, 40, 100, 200], false)).toEqual([4, 4, 3, 2, 1]);
    expect(rfmScores([7, 7, 7], true)).toEqual([1, 1, 1]);
    expect(
      rfmScores(
        Array.from({ length: 10 }, (_, i) => i),
        true,
      ),
    ).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('maps every R×F pair to one segment, as the widely used map does', () => {
    const map = [5, 4, 3, 2, 1].map((r) => [1, 2, 3, 4, 5].map((f) => rfmSegment(r, f)));
    expect(map).toEqual([
      ['new', 'potential_loyalist', 'potential_loyalist', 'champions', 'champions'],
      ['promising', 'potential_loyalist', 'potential_loyalist', 'loyal', 'loyal'],
      ['about_to_sleep', 'about_to_sleep', 'need_attention', 'loyal', 'loyal'],
      ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'],
      ['lost', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'],
    ]);
    expect(new Set(map.flat())).toEqual(new Set(RFM_SEGMENTS));
  });
});

describe('the matrix', () => {
  it('crosses high/low LTV with the NPS class, apart from no NPS and no orders', () => {
    expect(
      [true, false].map((high) =>
        (['detractor', 'passive', 'promoter'] as const).map((c) => matrixCell(high, c)),
      ),
    ).toEqual([
      ['churn_risk', 'loyal_candidate', 'loyal'],
      ['uncooperative', 'ordinary', 'advocate'],
    ]);
    expect(matrixCell(true, null)).toBe('no_nps');
    expect(matrixCell(null, 'promoter')).toBe('no_orders');
  });

  it('analyses customers together: scores among buyers only, cells for everyone', () => {
    const c = (o: Partial<CustomerFigures>): CustomerFigures => ({
      orders: 0,
      totalAmount: 0,
      ordersInYear: 0,
      recencyDays: null,
      npsScore: null,
      npsClass: null,
      ...o,
    });
    const { metrics, highLtvCutoff: cutoff } = analyseCustomers(
      [
        c({
          orders: 2,
          totalAmount: 20_000,
          ordersInYear: 2,
          recencyDays: 3,
          npsScore: 2,
          npsClass: 'detractor',
        }),
        c({ orders: 1, totalAmount: 1_000, ordersInYear: 1, recencyDays: 300 }),
        c({ npsScore: 10, npsClass: 'promoter' }),
      ],
      CUSTOMER_VALUE_DEFAULTS,
    );
    expect(cutoff).toBe(10_000 * 0.6 * 2 * 3);
    expect(metrics.map((m) => [m.ltv, m.highLtv, m.r, m.f, m.m, m.rfmSegment, m.cell])).toEqual([
      // Two buyers: the better one has b = 1, 1 + ⌊5 · 1 / 2⌋ = 3.
      [36_000, true, 3, 3, 3, 'need_attention', 'churn_risk'],
      [1_800, false, 1, 1, 1, 'lost', 'no_nps'],
      [null, null, null, null, null, null, 'no_orders'],
    ]);
  });
});
