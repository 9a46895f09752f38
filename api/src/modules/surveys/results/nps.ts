import {
  ANONYMOUS_GROUP_MIN,
  CSAT_SATISFIED_MIN,
  NPS_MIN_RESPONSES_FOR_MARGIN,
} from '@kizuna/shared';

/**
 * The arithmetic of survey results, from counts the database aggregates: NPS with its 95% margin
 * of error, a two-period comparison, touchpoint influence and scale questions.
 */

const Z_95 = 1.96;

export interface NpsSummaryValue {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
  /** −100 … 100; null without responses. */
  score: number | null;
  /** ± points at 95%; null below NPS_MIN_RESPONSES_FOR_MARGIN responses. */
  marginOfError: number | null;
  /** Counts of scores 0 … 10. */
  distribution: number[];
  /** A group of an anonymous survey too small to show: its counts are left out. */
  suppressed: boolean;
}

/** Counts of scores 0 … 10 from (score, count) pairs; scores outside 0 … 10 are ignored. */
export function npsDistribution(rows: Iterable<{ score: number; count: number }>): number[] {
  const counts = Array.from({ length: 11 }, () => 0);
  for (const r of rows) if (r.score >= 0 && r.score <= 10) counts[r.score] += r.count;
  return counts;
}

/** The variance of one answer's contribution (+1, 0, −1): p + d − (p − d)². */
export const npsVariance = (p: number, d: number) => p + d - (p - d) ** 2;

export function npsSummary(distribution: readonly number[]): NpsSummaryValue {
  const counts = Array.from({ length: 11 }, (_, i) => distribution[i] ?? 0);
  const detractors = counts.slice(0, 7).reduce((a, b) => a + b, 0);
  const passives = counts[7] + counts[8];
  const promoters = counts[9] + counts[10];
  const n = promoters + passives + detractors;
  const p = n ? promoters / n : 0;
  const d = n ? detractors / n : 0;
  return {
    responses: n,
    promoters,
    passives,
    detractors,
    promoterShare: p,
    passiveShare: n ? passives / n : 0,
    detractorShare: d,
    score: n ? 100 * (p - d) : null,
    marginOfError:
      n >= NPS_MIN_RESPONSES_FOR_MARGIN ? Z_95 * Math.sqrt(npsVariance(p, d) / n) * 100 : null,
    distribution: counts,
    suppressed: false,
  };
}

/**
 * The summary as an anonymous survey may show it: a group of 1 … ANONYMOUS_GROUP_MIN − 1
 * responses is suppressed (an empty summary), since its answers could be tied to the people in it.
 */
export function guardedSummary(anonymous: boolean, s: NpsSummaryValue): NpsSummaryValue {
  if (!anonymous || s.responses === 0 || s.responses >= ANONYMOUS_GROUP_MIN) return s;
  return { ...npsSummary([]), suppressed: true };
}

/** The error function, from Numerical Recipes' erfc (fractional error below 1.2e-7): enough for p-values. */
export function erf(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc : erfc - 1;
}

/** The standard normal distribution's CDF. */
export const normalCdf = (x: number) => 0.5 * (1 + erf(x / Math.SQRT2));

export interface NpsComparisonValue {
  a: NpsSummaryValue;
  b: NpsSummaryValue;
  /** NPS of b − NPS of a, in points. */
  delta: number | null;
  z: number | null;
  /** Two-sided. */
  pValue: number | null;
  significant: boolean;
}

/**
 * Whether two periods' NPS differ beyond chance: z = ΔNPS / √(Var_a/n_a + Var_b/n_b) on shares,
 * two-sided at 95%. Without responses on either side, or when neither side varies (a handful of
 * identical answers), there is nothing to test; below NPS_MIN_RESPONSES_FOR_MARGIN responses on
 * a side the normal approximation does not hold, so nothing is called significant.
 */
export function compareNps(a: NpsSummaryValue, b: NpsSummaryValue): NpsComparisonValue {
  if (a.score === null || b.score === null)
    return { a, b, delta: null, z: null, pValue: null, significant: false };
  const delta = b.score - a.score;
  const se = Math.sqrt(
    npsVariance(a.promoterShare, a.detractorShare) / a.responses +
      npsVariance(b.promoterShare, b.detractorShare) / b.responses,
  );
  if (se === 0) return { a, b, delta, z: null, pValue: null, significant: false };
  const z = delta / 100 / se;
  const pValue = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
  const enough = Math.min(a.responses, b.responses) >= NPS_MIN_RESPONSES_FOR_MARGIN;
  return { a, b, delta, z, pValue, significant: enough && Math.abs(z) >= Z_95 };
}

/** What the database counts of one touchpoint's answers (in one class, or overall). */
export interface TouchpointCounts {
  /** Answers with an influence (not "not applicable"). */
  responses: number;
  sum: number;
  positive: number;
  negative: number;
  notApplicable: number;
}

export interface TouchpointStatsValue {
  responses: number;
  mean: number | null;
  positiveShare: number;
  negativeShare: number;
  notApplicable: number;
}

export const NO_TOUCHPOINT_ANSWERS: TouchpointCounts = {
  responses: 0,
  sum: 0,
  positive: 0,
  negative: 0,
  notApplicable: 0,
};

export const addTouchpointCounts = (
  x: TouchpointCounts,
  y: TouchpointCounts,
): TouchpointCounts => ({
  responses: x.responses + y.responses,
  sum: x.sum + y.sum,
  positive: x.positive + y.positive,
  negative: x.negative + y.negative,
  notApplicable: x.notApplicable + y.notApplicable,
});

/** Shares are of the answers with an influence; "not applicable" is counted apart. */
export function touchpointStats(c: TouchpointCounts): TouchpointStatsValue {
  const n = c.responses;
  return {
    responses: n,
    mean: n ? c.sum / n : null,
    positiveShare: n ? c.positive / n : 0,
    negativeShare: n ? c.negative / n : 0,
    notApplicable: c.notApplicable,
  };
}

/** How much more promoters credit a touchpoint than detractors do (means, −6 … 6). */
export const touchpointLift = (
  promoters: TouchpointStatsValue,
  detractors: TouchpointStatsValue,
) =>
  promoters.mean === null || detractors.mean === null ? null : promoters.mean - detractors.mean;

export interface ScaleResultValue {
  responses: number;
  mean: number | null;
  distribution: number[];
  satisfiedShare: number | null;
}

/**
 * A 1-based scale's result from (score, count) pairs: `max` points (CSAT and RATING 5, CES 7);
 * the satisfied share (4–5) when `csat`.
 */
export function scaleResult(
  rows: Iterable<{ score: number; count: number }>,
  max: number,
  csat = false,
): ScaleResultValue {
  const distribution = Array.from({ length: max }, () => 0);
  let sum = 0;
  for (const r of rows) {
    if (r.score < 1 || r.score > max) continue;
    distribution[r.score - 1] += r.count;
    sum += r.score * r.count;
  }
  const n = distribution.reduce((a, b) => a + b, 0);
  const satisfied = distribution.slice(CSAT_SATISFIED_MIN - 1).reduce((a, b) => a + b, 0);
  return {
    responses: n,
    mean: n ? sum / n : null,
    distribution,
    satisfiedShare: csat ? (n ? satisfied / n : 0) : null,
  };
}
