import i18next, { type i18n as I18n } from 'i18next';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { LOYALTY_CRITERIA_LIMITS, LOYALTY_METRICS } from '@kizuna/shared';
import { resources } from '../../../locales';
import {
  boundsOf,
  criteriaFormFields,
  criteriaIssues,
  findRank,
  kindOf,
  mapCriteriaError,
  METRICS,
  newRow,
  parseCriterionValue,
  sameCriteria,
  segmentCsvUrl,
  toCriteriaInput,
  withMetric,
  type CriterionRow,
} from './logic';

const RANKS = [
  { id: 'r-bronze', position: 1, nameJa: 'ブロンズ', nameEn: 'Bronze', icon: '🥉' },
  { id: 'r-silver', position: 2, nameJa: 'シルバー', nameEn: 'Silver', icon: '🥈' },
  { id: 'r-gold', position: 3, nameJa: 'ゴールド', nameEn: 'Gold', icon: '🥇' },
];

const gqlError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'x', extensions }] });

async function makeI18n(lng: 'ja' | 'en'): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng,
    ns: Object.keys(resources.ja),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}

describe('metrics', () => {
  it('offer every shared metric, each with a kind, and numbers with their bounds', () => {
    expect(METRICS.map((m) => m.toLowerCase())).toEqual(LOYALTY_METRICS);
    for (const metric of METRICS) {
      expect(['number', 'tier', 'rank', 'nps']).toContain(kindOf(metric));
      if (kindOf(metric) === 'number') expect(boundsOf(metric)).not.toBeNull();
      else expect(boundsOf(metric)).toBeNull();
    }
    expect(kindOf('ENGAGEMENT_LEVEL')).toBe('tier');
    expect(kindOf('RANK')).toBe('rank');
    expect(kindOf('NPS_CLASS')).toBe('nps');
    expect(kindOf('POSTS')).toBe('number');
  });

  it('are named in both languages', () => {
    for (const metric of METRICS) {
      expect(resources.ja.analytics.metrics[metric]).toBeTruthy();
      expect(resources.en.analytics.metrics[metric]).toBeTruthy();
    }
  });
});

describe('parseCriterionValue', () => {
  it('takes numbers as typed, with full-width digits, separators and a typographic minus', () => {
    expect(parseCriterionValue('POSTS', '3')).toEqual({ ok: true, value: '3' });
    expect(parseCriterionValue('POSTS', ' ００７ ')).toEqual({ ok: true, value: '7' });
    expect(parseCriterionValue('LTV', '100,000')).toEqual({ ok: true, value: '100000' });
    expect(parseCriterionValue('LTV', '１２，５００.５')).toEqual({ ok: true, value: '12500.5' });
    expect(parseCriterionValue('LTV', '−5000')).toEqual({ ok: true, value: '-5000' });
  });

  it('refuses what is not a number, fractions of whole counts, and values out of range', () => {
    expect(parseCriterionValue('POSTS', '')).toEqual({ ok: false, issue: 'REQUIRED' });
    expect(parseCriterionValue('POSTS', '   ')).toEqual({ ok: false, issue: 'REQUIRED' });
    expect(parseCriterionValue('POSTS', 'three')).toEqual({ ok: false, issue: 'INVALID_FORMAT' });
    expect(parseCriterionValue('POSTS', '1e3')).toEqual({ ok: false, issue: 'INVALID_FORMAT' });
    expect(parseCriterionValue('POSTS', '2.5')).toEqual({ ok: false, issue: 'INVALID_FORMAT' });
    expect(parseCriterionValue('POSTS', '-1')).toEqual({
      ok: false,
      issue: 'OUT_OF_RANGE',
      params: { min: 0, max: 1_000_000 },
    });
    expect(parseCriterionValue('ENGAGEMENT_SCORE', '101')).toEqual({
      ok: false,
      issue: 'OUT_OF_RANGE',
      params: { min: 0, max: 100 },
    });
    expect(parseCriterionValue('ENGAGEMENT_SCORE', '100')).toEqual({ ok: true, value: '100' });
    expect(parseCriterionValue('RFM_R', '0')).toMatchObject({ ok: false, issue: 'OUT_OF_RANGE' });
    expect(parseCriterionValue('RFM_M', '5')).toEqual({ ok: true, value: '5' });
    expect(parseCriterionValue('ACTIVE_DAYS_90', '91')).toMatchObject({ issue: 'OUT_OF_RANGE' });
  });

  it('takes tier and NPS class keys in any case, and nothing else', () => {
    expect(parseCriterionValue('ENGAGEMENT_LEVEL', 'Champion')).toEqual({
      ok: true,
      value: 'champion',
    });
    expect(parseCriterionValue('ENGAGEMENT_LEVEL', 'hero')).toEqual({
      ok: false,
      issue: 'INVALID_VALUE',
    });
    expect(parseCriterionValue('NPS_CLASS', 'PROMOTER')).toEqual({ ok: true, value: 'promoter' });
    expect(parseCriterionValue('NPS_CLASS', 'fan')).toEqual({ ok: false, issue: 'INVALID_VALUE' });
  });

  it('names a rank by its position, also when a value gives its id', () => {
    expect(parseCriterionValue('RANK', 'r-silver', RANKS)).toEqual({ ok: true, value: '2' });
    expect(parseCriterionValue('RANK', '3', RANKS)).toEqual({ ok: true, value: '3' });
    expect(parseCriterionValue('RANK', 'r-platinum', RANKS)).toEqual({
      ok: false,
      issue: 'INVALID_VALUE',
    });
    // Before the ranks arrive any key is taken as is; the api checks it.
    expect(parseCriterionValue('RANK', 'r-any')).toEqual({ ok: true, value: 'r-any' });
    expect(findRank(RANKS, '2')?.id).toBe('r-silver');
  });
});

describe('rows', () => {
  it('start with a value that fits the metric, and start again when the kind changes', () => {
    expect(newRow()).toEqual({ metric: 'ENGAGEMENT_SCORE', op: 'GTE', value: '' });
    expect(newRow('NPS_CLASS').value).toBe('promoter');
    expect(newRow('ENGAGEMENT_LEVEL').value).toBe('contributor');
    const posts: CriterionRow = { metric: 'POSTS', op: 'LTE', value: '3' };
    expect(withMetric(posts, 'BEST_ANSWERS')).toEqual({
      metric: 'BEST_ANSWERS',
      op: 'LTE',
      value: '3',
    });
    expect(withMetric(posts, 'NPS_CLASS')).toEqual({
      metric: 'NPS_CLASS',
      op: 'LTE',
      value: 'promoter',
    });
  });

  it('become the api input only when every row is valid', () => {
    const rows: CriterionRow[] = [
      { metric: 'POSTS', op: 'GTE', value: '３' },
      { metric: 'NPS_CLASS', op: 'EQ', value: 'Promoter' },
      { metric: 'RANK', op: 'GTE', value: '2' },
    ];
    expect(toCriteriaInput(rows, RANKS)).toEqual([
      { metric: 'POSTS', op: 'GTE', value: '3' },
      { metric: 'NPS_CLASS', op: 'EQ', value: 'promoter' },
      { metric: 'RANK', op: 'GTE', value: '2' },
    ]);
    expect(toCriteriaInput([...rows, { metric: 'LTV', op: 'GTE', value: '' }], RANKS)).toBeNull();
    expect(toCriteriaInput([])).toBeNull();
    const tooMany = Array.from({ length: LOYALTY_CRITERIA_LIMITS.criteriaMax + 1 }, () =>
      newRow('NPS_CLASS'),
    );
    expect(toCriteriaInput(tooMany)).toBeNull();
  });

  it('are compared with what was saved', () => {
    const saved = [{ metric: 'POSTS' as const, op: 'GTE' as const, value: '3' }];
    expect(sameCriteria(saved, [{ metric: 'POSTS', op: 'GTE', value: '3' }])).toBe(true);
    expect(sameCriteria(saved, [{ metric: 'POSTS', op: 'GTE', value: '4' }])).toBe(false);
    expect(sameCriteria(saved, [])).toBe(false);
  });
});

describe('criteriaIssues', () => {
  it('names each input that is wrong, by its path', () => {
    expect(
      criteriaIssues({
        name: '  ',
        criteria: [
          { metric: 'POSTS', op: 'GTE', value: '3' },
          { metric: 'ENGAGEMENT_SCORE', op: 'GTE', value: '200' },
        ],
      }),
    ).toEqual({
      name: { issue: 'REQUIRED' },
      'criteria.1.value': { issue: 'OUT_OF_RANGE', params: { min: 0, max: 100 } },
    });
    expect(criteriaIssues({ name: 'x'.repeat(81), criteria: [] })).toEqual({
      name: { issue: 'TOO_LONG', params: { max: LOYALTY_CRITERIA_LIMITS.nameMax } },
      criteria: { issue: 'REQUIRED' },
    });
    expect(
      criteriaIssues({ name: 'ファン', criteria: [{ metric: 'POSTS', op: 'GTE', value: '3' }] }),
    ).toEqual({});
  });
});

describe('server errors on the builder', () => {
  const values = {
    name: 'ファン',
    criteria: [
      { metric: 'POSTS' as const, op: 'GTE' as const, value: '3' },
      { metric: 'LTV' as const, op: 'GTE' as const, value: '100000' },
    ],
  };
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await makeI18n('ja');
  });

  it('has an input name for every field the api may name', () => {
    expect(criteriaFormFields(values)).toEqual([
      'name',
      'criteria',
      'criteria.0.metric',
      'criteria.0.op',
      'criteria.0.value',
      'criteria.1.metric',
      'criteria.1.op',
      'criteria.1.value',
    ]);
  });

  it("puts a row's value error on that row, whether written with dots or brackets", () => {
    const dotted = mapCriteriaError(
      i18n.t,
      gqlError({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'input.criteria.1.value', issue: 'INVALID_FORMAT', message: '' }],
      }),
      values,
    );
    expect(dotted.fieldErrors).toEqual({ 'criteria.1.value': '形式が正しくありません。' });
    expect(dotted.formMessage).toBeNull();
    const bracketed = mapCriteriaError(
      i18n.t,
      gqlError({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'criteria[0].value', issue: 'INVALID_VALUE', message: '' }],
      }),
      values,
    );
    expect(Object.keys(bracketed.fieldErrors)).toEqual(['criteria.0.value']);
  });

  it('says a taken name on the name, and other failures above the form', () => {
    const taken = mapCriteriaError(i18n.t, gqlError({ code: 'CONFLICT' }), values);
    expect(taken.fieldErrors).toEqual({ name: resources.ja.analytics.criteria.form.nameTaken });
    expect(taken.formMessage).toBeNull();
    const forbidden = mapCriteriaError(i18n.t, gqlError({ code: 'FORBIDDEN' }), values);
    expect(forbidden.fieldErrors).toEqual({});
    expect(forbidden.formMessage).toBe(resources.ja.errors.codes.FORBIDDEN);
  });
});

it("links a saved set's segment CSV by standing", () => {
  expect(segmentCsvUrl('abc', 'LOYAL')).toBe('/exports/segments/abc.csv?standing=loyal');
  expect(segmentCsvUrl('a/b', 'CANDIDATE')).toBe('/exports/segments/a%2Fb.csv?standing=candidate');
});
