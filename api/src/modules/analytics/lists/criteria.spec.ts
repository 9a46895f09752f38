import { CRITERION_OPS, LOYALTY_METRICS, criterionValueIssue } from '@kizuna/shared';
import { SqlParams } from '../../../core/database/sql-fragment.js';
import { criteriaSql, criterionSql, standingSql, storedCriterionSql } from './criteria.sql.js';

const RANKS = [1, 2, 3, 4, 5];

describe('criterion values, by the kind of their metric', () => {
  it.each([
    ['posts', '3', null],
    ['posts', '-1', 'OUT_OF_RANGE'],
    ['posts', '3.5.1', 'INVALID_FORMAT'],
    ['posts', '', 'REQUIRED'],
    ['ltv', '-50000', null],
    ['ltv', '100000.25', null],
    ['ltv', '1e6', 'INVALID_FORMAT'],
    ['engagement_score', '101', 'OUT_OF_RANGE'],
    ['active_days_90', '91', 'OUT_OF_RANGE'],
    ['rfm_r', '0', 'OUT_OF_RANGE'],
    ['rfm_m', '5', null],
    ['engagement_level', 'champion', null],
    ['engagement_level', 'core', 'INVALID_VALUE'],
    ['rank', '5', null],
    ['rank', '6', 'INVALID_VALUE'],
    ['rank', '01', null],
    ['rank', 'gold', 'INVALID_VALUE'],
    ['nps_class', 'passive', null],
    ['nps_class', 'neutral', 'INVALID_VALUE'],
  ] as const)('%s %s → %s', (metric, value, issue) => {
    expect(criterionValueIssue(metric, value, RANKS)).toBe(issue);
  });
});

describe('the criteria builder', () => {
  it('puts values in parameters, never in the SQL', () => {
    const p = new SqlParams();
    const [sql] = criteriaSql([{ metric: 'nps_class', op: 'gte', value: "x'; DROP TABLE y" }], p);
    expect(sql).not.toContain('DROP');
    expect(p.values).toEqual(["x'; DROP TABLE y"]);
  });

  it('reads saved criteria with the same condition for every metric and operator', () => {
    const stored = storedCriterionSql('c');
    for (const metric of LOYALTY_METRICS)
      for (const op of CRITERION_OPS)
        expect(stored).toContain(`WHEN '${op}' THEN ${criterionSql(metric, op, "c->>'value'")}`);
  });

  it('says loyal for all criteria met, candidate for some but not all', () => {
    expect(standingSql('k.met', 3, 'loyal')).toBe('k.met = 3');
    expect(standingSql('k.met', 3, 'candidate')).toBe('k.met BETWEEN 1 AND 2');
  });
});
