import { CUSTOMER_VALUE_LIMITS, ENGAGEMENT_LIMITS, type FieldIssue } from '@kizuna/shared';
import type { AnalyticsSettingsInput, CustomerValueSettingsInput } from '../../../gql/graphql';

type NumberValue = number | '';

export interface CustomerValueForm {
  /** The margin rate as people say it: 60 (%), sent as 0.6. */
  marginPercent: NumberValue;
  expectedYears: NumberValue;
  costPerCustomer: NumberValue;
  /** High LTV: the top 20%, or from a fixed amount. */
  highLtvMode: 'top' | 'fixed';
  highLtvThreshold: NumberValue;
}

/** Server field → form field (the margin is a rate on the wire, a percentage on the form). */
export const CUSTOMER_VALUE_FIELDS: Record<string, string> = { marginRate: 'marginPercent' };

/** Rounds away the binary noise of ×100 and ÷100 (0.07 × 100 = 7.000000000000001). */
const tidy = (n: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
};

export function customerValueForm(s: {
  marginRate: number;
  expectedYears: number;
  costPerCustomer: number;
  highLtvThreshold?: number | null;
}): CustomerValueForm {
  return {
    marginPercent: tidy(s.marginRate * 100, 4),
    expectedYears: s.expectedYears,
    costPerCustomer: s.costPerCustomer,
    highLtvMode: s.highLtvThreshold == null ? 'top' : 'fixed',
    highLtvThreshold: s.highLtvThreshold ?? '',
  };
}

/** The form as the api takes it (values already checked by `customerValueIssues`). */
export function customerValueInput(v: CustomerValueForm): CustomerValueSettingsInput {
  return {
    marginRate: tidy(Number(v.marginPercent) / 100, 6),
    expectedYears: Number(v.expectedYears),
    costPerCustomer: Number(v.costPerCustomer),
    highLtvThreshold: v.highLtvMode === 'fixed' ? Number(v.highLtvThreshold) : null,
  };
}

export interface RangeIssue {
  issue: FieldIssue;
  params?: { min: number; max: number };
}

function range(
  value: NumberValue,
  min: number,
  max: number,
  { above = false, integer = false }: { above?: boolean; integer?: boolean } = {},
): RangeIssue | null {
  if (value === '') return { issue: 'REQUIRED' };
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    return { issue: 'INVALID_FORMAT' };
  }
  const low = above ? value <= min : value < min;
  return low || value > max ? { issue: 'OUT_OF_RANGE', params: { min, max } } : null;
}

/** The same checks as the api (CUSTOMER_VALUE_LIMITS), by form field. */
export function customerValueIssues(
  v: CustomerValueForm,
): Partial<Record<keyof CustomerValueForm, RangeIssue>> {
  const out: Partial<Record<keyof CustomerValueForm, RangeIssue>> = {};
  const margin = range(v.marginPercent, 0, 100);
  if (margin) out.marginPercent = margin;
  // Zero years would make every LTV the cost: the api asks for more than zero.
  const years = range(v.expectedYears, 0, CUSTOMER_VALUE_LIMITS.expectedYearsMax, { above: true });
  if (years) out.expectedYears = years;
  const cost = range(v.costPerCustomer, 0, CUSTOMER_VALUE_LIMITS.costMax);
  if (cost) out.costPerCustomer = cost;
  if (v.highLtvMode === 'fixed') {
    const threshold = range(v.highLtvThreshold, 0, CUSTOMER_VALUE_LIMITS.thresholdMax);
    if (threshold) out.highLtvThreshold = threshold;
  }
  return out;
}

/**
 * The engagement form, flat so that every input is a field of its own (server field errors land
 * on them): `windowDays`, `halfLifeDays` and `weight_<action>` per action.
 */
export type EngagementForm = Record<string, NumberValue>;

export const weightField = (action: string): string => `weight_${action}`;

export function engagementForm(s: {
  windowDays: number;
  halfLifeDays: number;
  weights: readonly { action: string; weight: number }[];
}): EngagementForm {
  return {
    windowDays: s.windowDays,
    halfLifeDays: s.halfLifeDays,
    ...Object.fromEntries(s.weights.map((w) => [weightField(w.action), w.weight])),
  };
}

/** The form as the api takes it, the weights in the order of `actions`. */
export function engagementInput(
  v: EngagementForm,
  actions: readonly string[],
): AnalyticsSettingsInput {
  return {
    windowDays: Number(v.windowDays),
    halfLifeDays: Number(v.halfLifeDays),
    weights: actions.map((action) => ({ action, weight: Number(v[weightField(action)]) })),
  };
}

/** The form field of each server field: `weights.3.weight` is the fourth action's input. */
export function engagementFields(actions: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    actions.flatMap((action, i) => [
      [`weights.${i}.weight`, weightField(action)],
      [`weights.${i}.action`, weightField(action)],
    ]),
  );
}

export function engagementIssues(
  v: EngagementForm,
  actions: readonly string[],
): Record<string, RangeIssue> {
  const out: Record<string, RangeIssue> = {};
  const window = range(
    v.windowDays ?? '',
    ENGAGEMENT_LIMITS.windowDaysMin,
    ENGAGEMENT_LIMITS.windowDaysMax,
    { integer: true },
  );
  if (window) out.windowDays = window;
  const halfLife = range(
    v.halfLifeDays ?? '',
    ENGAGEMENT_LIMITS.halfLifeDaysMin,
    ENGAGEMENT_LIMITS.halfLifeDaysMax,
    { integer: true },
  );
  if (halfLife) out.halfLifeDays = halfLife;
  for (const action of actions) {
    const weight = range(v[weightField(action)] ?? '', 0, ENGAGEMENT_LIMITS.weightMax);
    if (weight) out[weightField(action)] = weight;
  }
  return out;
}
