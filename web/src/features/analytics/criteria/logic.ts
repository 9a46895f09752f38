import {
  CUSTOMER_VALUE_LIMITS,
  ENGAGEMENT_TIERS,
  ErrorCode,
  LOYALTY_CRITERIA_LIMITS,
  LOYALTY_METRIC_KIND,
  LOYALTY_METRICS,
  NPS_CLASSES,
  type FieldIssue,
  type LoyaltyMetric as MetricKey,
} from '@kizuna/shared';
import type { CriterionInput, CriterionOp, LoyaltyMetric } from '../../../gql/graphql';
import { mapErrorToForm, toAppError, type AnyT, type MappedErrors } from '../../../ui/errors';

export type MetricKind = 'number' | 'tier' | 'rank' | 'nps';

/** The metrics in the order the builder offers them (the shared order). */
export const METRICS = LOYALTY_METRICS.map((m) => m.toUpperCase() as LoyaltyMetric);
export const OPS: readonly CriterionOp[] = ['GTE', 'LTE', 'EQ', 'NEQ'];

export const kindOf = (metric: LoyaltyMetric): MetricKind =>
  LOYALTY_METRIC_KIND[metric.toLowerCase() as MetricKey];

export interface NumberBounds {
  min: number;
  max: number;
  integer: boolean;
}

/** What a number criterion may compare with: the range each figure can take. */
export const NUMBER_BOUNDS: Partial<Record<MetricKey, NumberBounds>> = {
  engagement_score: { min: 0, max: 100, integer: true },
  posts: { min: 0, max: 1_000_000, integer: true },
  best_answers: { min: 0, max: 1_000_000, integer: true },
  events_attended: { min: 0, max: 1_000_000, integer: true },
  active_days_90: { min: 0, max: 90, integer: true },
  // LTV subtracts the cost per customer, so it can be below zero.
  ltv: {
    min: -CUSTOMER_VALUE_LIMITS.thresholdMax,
    max: CUSTOMER_VALUE_LIMITS.thresholdMax,
    integer: false,
  },
  rfm_r: { min: 1, max: 5, integer: true },
  rfm_f: { min: 1, max: 5, integer: true },
  rfm_m: { min: 1, max: 5, integer: true },
  membership_days: { min: 0, max: 100_000, integer: true },
};

export const boundsOf = (metric: LoyaltyMetric): NumberBounds | null =>
  kindOf(metric) === 'number' ? (NUMBER_BOUNDS[metric.toLowerCase() as MetricKey] ?? null) : null;

/** A rank as a criterion names it: by its id (the api compares ranks by their position). */
export interface RankChoice {
  id: string;
  position: number;
  nameJa: string;
  nameEn: string;
  icon: string;
}
/** A rank criterion's value: the rank's position (1 = the first rank), as the api compares it. */
export const rankValue = (rank: Pick<RankChoice, 'position'>): string => String(rank.position);

/** The rank a value names (by position, or by id as a select gives it). */
export const findRank = <R extends Pick<RankChoice, 'id' | 'position'>>(
  ranks: readonly R[],
  value: string,
): R | undefined => ranks.find((r) => r.id === value || String(r.position) === value);

export type ParsedValue =
  { ok: true; value: string } | { ok: false; issue: FieldIssue; params?: Record<string, number> };

/**
 * What was typed as the value a criterion compares with, as the api takes it: numbers written
 * plainly (full-width digits, thousands separators and a typographic minus accepted), the
 * ordered keys in lower case; or why it cannot be.
 */
export function parseCriterionValue(
  metric: LoyaltyMetric,
  raw: string,
  ranks?: readonly Pick<RankChoice, 'id' | 'position'>[],
): ParsedValue {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return { ok: false, issue: 'REQUIRED' };
  switch (kindOf(metric)) {
    case 'number': {
      const bounds = boundsOf(metric) ?? { min: -Infinity, max: Infinity, integer: false };
      const plain = text.replace(/[,\s_]/g, '').replace(/^[−‐‑–]/, '-');
      if (!/^-?\d+(\.\d+)?$/.test(plain)) return { ok: false, issue: 'INVALID_FORMAT' };
      const n = Number(plain);
      if (bounds.integer && !Number.isInteger(n)) return { ok: false, issue: 'INVALID_FORMAT' };
      if (n < bounds.min || n > bounds.max) {
        return { ok: false, issue: 'OUT_OF_RANGE', params: { min: bounds.min, max: bounds.max } };
      }
      return { ok: true, value: String(n) };
    }
    case 'tier': {
      const key = text.toLowerCase();
      return (ENGAGEMENT_TIERS as readonly string[]).includes(key)
        ? { ok: true, value: key }
        : { ok: false, issue: 'INVALID_VALUE' };
    }
    case 'nps': {
      const key = text.toLowerCase();
      return (NPS_CLASSES as readonly string[]).includes(key)
        ? { ok: true, value: key }
        : { ok: false, issue: 'INVALID_VALUE' };
    }
    case 'rank': {
      if (!ranks || ranks.length === 0) return { ok: true, value: text };
      const rank = findRank(ranks, text);
      return rank ? { ok: true, value: rankValue(rank) } : { ok: false, issue: 'INVALID_VALUE' };
    }
  }
}

export interface CriterionRow {
  metric: LoyaltyMetric;
  op: CriterionOp;
  value: string;
}

export interface CriteriaValues {
  name: string;
  criteria: CriterionRow[];
}

/** The value a row starts with when its metric is chosen: a sensible one for ordered keys. */
export function defaultValue(metric: LoyaltyMetric): string {
  switch (kindOf(metric)) {
    case 'tier':
      return 'contributor';
    case 'nps':
      return 'promoter';
    default:
      return '';
  }
}

export const newRow = (metric: LoyaltyMetric = 'ENGAGEMENT_SCORE'): CriterionRow => ({
  metric,
  op: 'GTE',
  value: defaultValue(metric),
});

/** A row whose metric changed keeps its operator and starts again with that metric's value. */
export const withMetric = (row: CriterionRow, metric: LoyaltyMetric): CriterionRow => ({
  metric,
  op: row.op,
  value: kindOf(metric) === kindOf(row.metric) ? row.value : defaultValue(metric),
});

/** Every row as the api takes it, or null while one of them is not a valid criterion. */
export function toCriteriaInput(
  rows: readonly CriterionRow[],
  ranks?: readonly Pick<RankChoice, 'id' | 'position'>[],
): CriterionInput[] | null {
  if (rows.length === 0 || rows.length > LOYALTY_CRITERIA_LIMITS.criteriaMax) return null;
  const out: CriterionInput[] = [];
  for (const row of rows) {
    const parsed = parseCriterionValue(row.metric, row.value, ranks);
    if (!parsed.ok) return null;
    out.push({ metric: row.metric, op: row.op, value: parsed.value });
  }
  return out;
}

/** The form's input names, for placing the api's field errors (`criteria.2.value`). */
export function criteriaFormFields(values: CriteriaValues): string[] {
  return [
    'name',
    'criteria',
    ...values.criteria.flatMap((_, i) => [
      `criteria.${i}.metric`,
      `criteria.${i}.op`,
      `criteria.${i}.value`,
    ]),
  ];
}

/** `criteria[2].value` → `criteria.2.value`, for field paths written with brackets. */
const bracketRenames = (fields: readonly string[]): Record<string, string> =>
  Object.fromEntries(
    fields
      .filter((f) => f.includes('.'))
      .map((f) => [f.replace(/\.(\d+)\./g, '[$1].'), f] as const),
  );

/**
 * A failed save spread over the builder: field errors onto the rows' inputs and a name that is
 * already taken onto the name, the rest as one message.
 */
export function mapCriteriaError(t: AnyT, error: unknown, values: CriteriaValues): MappedErrors {
  const fields = criteriaFormFields(values);
  const info = toAppError(error);
  if (info.code === ErrorCode.CONFLICT && info.fields.length === 0) {
    return {
      fieldErrors: { name: (t as (k: string) => string)('analytics:criteria.form.nameTaken') },
      formMessage: null,
    };
  }
  return mapErrorToForm(t, error, fields, bracketRenames(fields));
}

/** The criteria of a saved set, as the builder's rows. */
export const rowsOf = (
  criteria: readonly { metric: LoyaltyMetric; op: CriterionOp; value: string }[],
): CriterionRow[] => criteria.map((c) => ({ metric: c.metric, op: c.op, value: c.value }));

/** Whether the builder's rows differ from what was saved (name aside). */
export function sameCriteria(a: readonly CriterionRow[], b: readonly CriterionRow[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => r.metric === b[i].metric && r.op === b[i].op && r.value === b[i].value)
  );
}

/** The segment CSV of a saved set's loyal members or candidates. */
export const segmentCsvUrl = (setId: string, standing: 'LOYAL' | 'CANDIDATE'): string =>
  `/exports/segments/${encodeURIComponent(setId)}.csv?standing=${standing.toLowerCase()}`;

export interface Issue {
  issue: FieldIssue;
  params?: Record<string, number>;
}

/** What the builder refuses before asking the api, by input name (`criteria.0.value`). */
export function criteriaIssues(
  values: CriteriaValues,
  ranks?: readonly Pick<RankChoice, 'id' | 'position'>[],
): Record<string, Issue> {
  const out: Record<string, Issue> = {};
  const name = values.name.trim();
  if (name === '') out.name = { issue: 'REQUIRED' };
  else if ([...name].length > LOYALTY_CRITERIA_LIMITS.nameMax)
    out.name = { issue: 'TOO_LONG', params: { max: LOYALTY_CRITERIA_LIMITS.nameMax } };
  if (values.criteria.length === 0) out.criteria = { issue: 'REQUIRED' };
  else if (values.criteria.length > LOYALTY_CRITERIA_LIMITS.criteriaMax)
    out.criteria = { issue: 'TOO_LONG', params: { max: LOYALTY_CRITERIA_LIMITS.criteriaMax } };
  values.criteria.forEach((row, i) => {
    const parsed = parseCriterionValue(row.metric, row.value, ranks);
    if (!parsed.ok) out[`criteria.${i}.value`] = { issue: parsed.issue, params: parsed.params };
  });
  return out;
}

/** The symbol an operator reads as in a sentence ("posts ≥ 3"). */
export const OP_SYMBOLS: Record<CriterionOp, string> = { GTE: '≥', LTE: '≤', EQ: '=', NEQ: '≠' };
