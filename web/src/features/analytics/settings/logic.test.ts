import {
  CUSTOMER_VALUE_DEFAULTS,
  ENGAGEMENT_DEFAULTS,
  ENGAGEMENT_LIMITS,
  ltvOf,
} from '@kizuna/shared';
import {
  CUSTOMER_VALUE_FIELDS,
  customerValueForm,
  customerValueInput,
  customerValueIssues,
  engagementFields,
  engagementForm,
  engagementInput,
  engagementIssues,
  weightField,
} from './logic';

describe('customer value settings', () => {
  it('shows the margin as a percentage and sends it back as a rate, without float noise', () => {
    const form = customerValueForm({ ...CUSTOMER_VALUE_DEFAULTS, marginRate: 0.07 });
    expect(form.marginPercent).toBe(7);
    expect(customerValueInput(form).marginRate).toBe(0.07);
    expect(customerValueInput({ ...form, marginPercent: 33.33 }).marginRate).toBe(0.3333);
  });

  it('round-trips the defaults, and a fixed high-LTV amount only when chosen', () => {
    const form = customerValueForm(CUSTOMER_VALUE_DEFAULTS);
    expect(form).toEqual({
      marginPercent: 60,
      expectedYears: 3,
      costPerCustomer: 0,
      highLtvMode: 'top',
      highLtvThreshold: '',
    });
    expect(customerValueInput(form)).toEqual(CUSTOMER_VALUE_DEFAULTS);
    const fixed = customerValueForm({ ...CUSTOMER_VALUE_DEFAULTS, highLtvThreshold: 100_000 });
    expect(fixed.highLtvMode).toBe('fixed');
    expect(customerValueInput(fixed).highLtvThreshold).toBe(100_000);
    expect(customerValueInput({ ...fixed, highLtvMode: 'top' }).highLtvThreshold).toBeNull();
  });

  it('gives the worked example of the brief: 3,000 × 0.6 × 12 × 3 − 50,000 = 14,800', () => {
    const input = customerValueInput({
      marginPercent: 60,
      expectedYears: 3,
      costPerCustomer: 50_000,
      highLtvMode: 'top',
      highLtvThreshold: '',
    });
    expect(
      ltvOf(
        { orders: 12, totalAmount: 36_000, ordersInYear: 12 },
        { ...input, highLtvThreshold: null },
      ),
    ).toBe(14_800);
  });

  it('checks the ranges the api checks, by form field', () => {
    const ok = customerValueForm(CUSTOMER_VALUE_DEFAULTS);
    expect(customerValueIssues(ok)).toEqual({});
    expect(customerValueIssues({ ...ok, marginPercent: 101 }).marginPercent?.issue).toBe(
      'OUT_OF_RANGE',
    );
    expect(customerValueIssues({ ...ok, expectedYears: 0 }).expectedYears?.issue).toBe(
      'OUT_OF_RANGE',
    );
    expect(customerValueIssues({ ...ok, costPerCustomer: '' }).costPerCustomer?.issue).toBe(
      'REQUIRED',
    );
    expect(customerValueIssues({ ...ok, highLtvMode: 'fixed' }).highLtvThreshold?.issue).toBe(
      'REQUIRED',
    );
    expect(customerValueIssues({ ...ok, highLtvMode: 'fixed', highLtvThreshold: 5 })).toEqual({});
    expect(CUSTOMER_VALUE_FIELDS.marginRate).toBe('marginPercent');
  });
});

describe('engagement settings', () => {
  const settings = {
    windowDays: ENGAGEMENT_DEFAULTS.windowDays,
    halfLifeDays: ENGAGEMENT_DEFAULTS.halfLifeDays,
    weights: Object.entries(ENGAGEMENT_DEFAULTS.weights).map(([action, weight]) => ({
      action,
      weight,
    })),
  };
  const actions = settings.weights.map((w) => w.action);

  it('keeps one field per action and sends the weights in the api’s order', () => {
    const form = engagementForm(settings);
    expect(form[weightField('post_created')]).toBe(5);
    const input = engagementInput({ ...form, [weightField('visit_day')]: 2.5 }, actions);
    expect(input.windowDays).toBe(90);
    expect(input.weights.map((w) => w.action)).toEqual(actions);
    expect(input.weights[0]).toEqual({ action: 'visit_day', weight: 2.5 });
  });

  it('puts a server error on a weight onto that action’s input', () => {
    const fields = engagementFields(actions);
    expect(fields['weights.1.weight']).toBe(weightField(actions[1]));
    expect(fields['weights.9.action']).toBe(weightField(actions[9]));
  });

  it('checks window, half-life (whole days) and each weight', () => {
    const form = engagementForm(settings);
    expect(engagementIssues(form, actions)).toEqual({});
    const bad = engagementIssues(
      {
        ...form,
        windowDays: ENGAGEMENT_LIMITS.windowDaysMin - 1,
        halfLifeDays: 2.5,
        [weightField('post_created')]: ENGAGEMENT_LIMITS.weightMax + 1,
        [weightField('visit_day')]: '',
      },
      actions,
    );
    expect(bad).toEqual({
      windowDays: { issue: 'OUT_OF_RANGE', params: { min: 7, max: 365 } },
      halfLifeDays: { issue: 'INVALID_FORMAT' },
      [weightField('post_created')]: { issue: 'OUT_OF_RANGE', params: { min: 0, max: 100 } },
      [weightField('visit_day')]: { issue: 'REQUIRED' },
    });
  });
});
