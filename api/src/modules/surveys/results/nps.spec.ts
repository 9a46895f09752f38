import {
  compareNps,
  erf,
  normalCdf,
  npsDistribution,
  npsSummary,
  scaleResult,
  touchpointLift,
  touchpointStats,
} from './nps.js';

/** Scores 0 … 10 with `n` answers each, as a distribution. */
const dist = (counts: Record<number, number>) =>
  npsDistribution(Object.entries(counts).map(([s, count]) => ({ score: Number(s), count })));

describe('NPS summary', () => {
  it('scores all promoters 100 and all detractors −100', () => {
    expect(npsSummary(dist({ 9: 3, 10: 2 }))).toMatchObject({
      responses: 5,
      promoters: 5,
      promoterShare: 1,
      score: 100,
    });
    expect(npsSummary(dist({ 0: 1, 6: 4 }))).toMatchObject({
      responses: 5,
      detractors: 5,
      detractorShare: 1,
      score: -100,
    });
  });

  it('has no score and no margin without responses', () => {
    const s = npsSummary([]);
    expect(s).toMatchObject({ responses: 0, score: null, marginOfError: null, promoterShare: 0 });
    expect(s.distribution).toEqual(Array(11).fill(0));
  });

  it('gives the margin of error from 30 responses on, by the formula', () => {
    // 20 promoters, 20 passives, 10 detractors: p .4, d .2, NPS 20,
    // MoE = 1.96 · √((.4 + .2 − .2²) / 50) · 100 = 1.96 · √.0112 · 100 ≈ 20.7427.
    const s = npsSummary(dist({ 10: 20, 8: 20, 3: 10 }));
    expect(s.score).toBeCloseTo(20, 10);
    expect(s.passiveShare).toBeCloseTo(0.4, 10);
    expect(s.marginOfError).toBeCloseTo(20.7427, 3);
    expect(npsSummary(dist({ 10: 20, 8: 9 })).marginOfError).toBeNull();
    expect(npsSummary(dist({ 10: 20, 8: 10 })).marginOfError).not.toBeNull();
  });

  it('puts 7 and 8 among passives and 6 among detractors', () => {
    expect(npsSummary(dist({ 6: 1, 7: 1, 8: 1, 9: 1 }))).toMatchObject({
      detractors: 1,
      passives: 2,
      promoters: 1,
      score: 0,
    });
  });
});

describe('normal distribution', () => {
  it('matches known values', () => {
    expect(erf(0)).toBeCloseTo(0, 7);
    expect(erf(1)).toBeCloseTo(0.8427008, 6);
    expect(erf(-1)).toBeCloseTo(-0.8427008, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 6);
  });
});

describe('NPS comparison', () => {
  it('computes z and the two-sided p-value on a known case', () => {
    // a: 50 promoters, 30 passives, 20 detractors (NPS 30, Var .61);
    // b: 60, 30, 10 (NPS 50, Var .45): z = .2 / √(.0061 + .0045) ≈ 1.94257, p ≈ 0.052068.
    const a = npsSummary(dist({ 10: 50, 7: 30, 2: 20 }));
    const b = npsSummary(dist({ 9: 60, 8: 30, 0: 10 }));
    const c = compareNps(a, b);
    expect(c.delta).toBeCloseTo(20, 10);
    expect(c.z).toBeCloseTo(1.94257, 4);
    expect(c.pValue).toBeCloseTo(0.052068, 5);
    expect(c.significant).toBe(false);
    expect(compareNps(b, a).z).toBeCloseTo(-1.94257, 4);
  });

  it('finds a larger difference significant', () => {
    const a = npsSummary(dist({ 10: 20, 7: 30, 2: 50 }));
    const b = npsSummary(dist({ 9: 60, 8: 30, 0: 10 }));
    const c = compareNps(a, b);
    expect(c.significant).toBe(true);
    expect(c.pValue!).toBeLessThan(0.05);
  });

  it('calls no tiny samples significant', () => {
    const same = compareNps(npsSummary(dist({ 0: 2 })), npsSummary(dist({ 10: 2 })));
    expect(same).toMatchObject({ delta: 200, z: null, pValue: null, significant: false });
    const few = compareNps(npsSummary(dist({ 10: 5, 0: 1 })), npsSummary(dist({ 0: 5, 10: 1 })));
    expect(Math.abs(few.z!)).toBeGreaterThan(1.96);
    expect(few.significant).toBe(false);
  });

  it('tests nothing when a side has no responses', () => {
    const c = compareNps(npsSummary([]), npsSummary(dist({ 10: 3 })));
    expect(c).toMatchObject({ delta: null, z: null, pValue: null, significant: false });
  });
});

describe('touchpoints and scales', () => {
  it('takes shares of applicable answers and lift from promoters to detractors', () => {
    const promoters = touchpointStats({
      responses: 4,
      sum: 8,
      positive: 3,
      negative: 1,
      notApplicable: 2,
    });
    expect(promoters).toEqual({
      responses: 4,
      mean: 2,
      positiveShare: 0.75,
      negativeShare: 0.25,
      notApplicable: 2,
    });
    const detractors = touchpointStats({
      responses: 2,
      sum: -3,
      positive: 0,
      negative: 2,
      notApplicable: 0,
    });
    expect(touchpointLift(promoters, detractors)).toBe(3.5);
    const none = touchpointStats({
      responses: 0,
      sum: 0,
      positive: 0,
      negative: 0,
      notApplicable: 1,
    });
    expect(none.mean).toBeNull();
    expect(touchpointLift(promoters, none)).toBeNull();
  });

  it('reads CSAT satisfaction from 4 and 5, and a CES mean', () => {
    const csat = scaleResult(
      [
        { score: 5, count: 2 },
        { score: 4, count: 1 },
        { score: 2, count: 1 },
      ],
      5,
      true,
    );
    expect(csat).toEqual({
      responses: 4,
      mean: 4,
      distribution: [0, 1, 0, 1, 2],
      satisfiedShare: 0.75,
    });
    const ces = scaleResult(
      [
        { score: 7, count: 1 },
        { score: 1, count: 1 },
      ],
      7,
    );
    expect(ces).toMatchObject({ mean: 4, satisfiedShare: null });
    expect(ces.distribution).toHaveLength(7);
  });
});
