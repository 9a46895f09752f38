import { DEMAND, ENGAGEMENT, engagementLevel } from '@kizuna/shared';
import { levelSql, voteWeight } from './demand.sql.js';

describe('engagement levels', () => {
  it('reads the thresholds at their edges', () => {
    expect(
      [0, 1, 9, 10, 29, 30, ENGAGEMENT.windowDays].map((days) => engagementLevel(days)),
    ).toEqual(['dormant', 'occasional', 'occasional', 'regular', 'regular', 'core', 'core']);
  });

  it('writes the same thresholds into SQL, most engaged first', () => {
    expect(levelSql('d')).toBe(
      "CASE WHEN d >= 30 THEN 'core' WHEN d >= 10 THEN 'regular' WHEN d >= 1 THEN 'occasional' WHEN d >= 0 THEN 'dormant' END",
    );
  });
});

describe('loyal demand', () => {
  it('weighs a vote by rank and engagement as documented', () => {
    expect(voteWeight(1, 'occasional')).toBe(1);
    expect(voteWeight(4, 'core')).toBe(5);
    expect(voteWeight(1, 'dormant')).toBe(DEMAND.engagementWeight.dormant);
    expect(voteWeight(10, 'regular')).toBe((1 + 9 * DEMAND.rankStep) * 1.5);
  });
});
