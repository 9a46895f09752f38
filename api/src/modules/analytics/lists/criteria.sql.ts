import {
  CRITERION_OPS,
  ENGAGEMENT_TIERS,
  LOYALTY_METRIC_KIND,
  LOYALTY_METRICS,
  NPS_CLASS_ORDER,
  type CriterionOp,
  type LoyaltyMetric,
  type LoyaltyStanding,
} from '@kizuna/shared';
import type { SqlParams } from '../../../core/database/sql-fragment.js';

/**
 * Criteria as SQL over `member_loyalty` (alias `ml`): the one builder behind the preview, the
 * lists, the counts, survey segments, feedback demand and the CSV export. Ordered keys compare
 * by position (levels by tier order, NPS classes detractor < passive < promoter, ranks by their
 * position); a member without a value (no LTV, no NPS) never meets a criterion on it.
 */
export interface CriterionValue {
  metric: LoyaltyMetric;
  op: CriterionOp;
  value: string;
}

/** Members the lists show: those with figures who are active now (`ml`). */
export const LOYALTY_MEMBERS = `member_loyalty ml JOIN members_listed lm ON lm.id = ml.member_id`;

const textArray = (values: readonly string[]) =>
  `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;
const TIERS = textArray(ENGAGEMENT_TIERS);
const NPS = textArray(NPS_CLASS_ORDER);

const METRIC: Record<LoyaltyMetric, string> = {
  engagement_score: 'ml.engagement_score',
  engagement_level: `array_position(${TIERS}, ml.engagement_tier)`,
  rank: 'ml.rank_position',
  posts: 'ml.posts',
  best_answers: 'ml.best_answers',
  events_attended: 'ml.events_attended',
  active_days_90: 'ml.active_days_90',
  ltv: 'ml.ltv',
  rfm_r: 'ml.r',
  rfm_f: 'ml.f',
  rfm_m: 'ml.m',
  nps_class: `array_position(${NPS}, ml.nps_class)`,
  membership_days: 'ml.membership_days',
};

/** A criterion's value (SQL text) as the metric's comparable value. */
const VALUE: Record<(typeof LOYALTY_METRIC_KIND)[LoyaltyMetric], (text: string) => string> = {
  number: (v) => `(${v})::numeric`,
  tier: (v) => `array_position(${TIERS}, ${v})`,
  nps: (v) => `array_position(${NPS}, ${v})`,
  rank: (v) => `(${v})::int`,
};

const OP: Record<CriterionOp, string> = { gte: '>=', lte: '<=', eq: '=', neq: '<>' };

/** Whether `ml` meets one criterion whose value is the SQL text expression `value`. */
export const criterionSql = (metric: LoyaltyMetric, op: CriterionOp, value: string): string =>
  `coalesce(${METRIC[metric]} ${OP[op]} ${VALUE[LOYALTY_METRIC_KIND[metric]](value)}, false)`;

/** Each criterion as a condition, its value a parameter. */
export const criteriaSql = (criteria: readonly CriterionValue[], p: SqlParams): string[] =>
  criteria.map((c) => criterionSql(c.metric, c.op, p.add(c.value, 'text')));

/** How many of these conditions `ml` meets. */
export const metSql = (conditions: readonly string[]): string =>
  conditions.length ? conditions.map((c) => `(${c})::int`).join(' + ') : '0';

/** `met` (of `of` criteria) as a standing: all of them, or at least one but not all. */
export const standingSql = (met: string, of: number, standing: LoyaltyStanding): string =>
  standing === 'loyal' ? `${met} = ${of}` : `${met} BETWEEN 1 AND ${of - 1}`;

/**
 * A saved criterion, the jsonb `{metric, op, value}` at SQL `c`: the same conditions, chosen in
 * SQL, so a saved set's members are always those of its current criteria, on any instance.
 */
export function storedCriterionSql(c: string): string {
  const byMetric = LOYALTY_METRICS.map(
    (metric) =>
      `WHEN '${metric}' THEN CASE ${c}->>'op' ${CRITERION_OPS.map(
        (op) => `WHEN '${op}' THEN ${criterionSql(metric, op, `${c}->>'value'`)}`,
      ).join(' ')} ELSE false END`,
  );
  return `CASE ${c}->>'metric' ${byMetric.join(' ')} ELSE false END`;
}

/** Holds when `ml` stands so against the saved set whose id is the SQL `setId`. */
export function storedStandingSql(setId: string, standing: LoyaltyStanding): string {
  const some = (negate: boolean) =>
    `EXISTS (SELECT 1 FROM loyalty_criteria_sets lcs, jsonb_array_elements(lcs.criteria) lcc(x)
              WHERE lcs.id = ${setId} AND ${negate ? 'NOT ' : ''}(${storedCriterionSql('lcc.x')}))`;
  return standing === 'loyal'
    ? `(EXISTS (SELECT 1 FROM loyalty_criteria_sets lcs WHERE lcs.id = ${setId}) AND NOT ${some(true)})`
    : `(${some(false)} AND ${some(true)})`;
}
