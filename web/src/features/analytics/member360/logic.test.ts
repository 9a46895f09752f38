import { ACTIVITY_ACTIONS } from '@kizuna/shared';
import { resources } from '../../../locales';
import {
  formatTrend,
  knownAction,
  subjectHref,
  tierLevels,
  tierName,
  trendColor,
  whyShares,
} from './logic';

describe('member 360', () => {
  it('names the engagement tiers from the shared table and lists their ranges', () => {
    expect(tierName('CHAMPION', 'ja')).toBe('推進');
    expect(tierName('OBSERVER', 'en')).toBe('Observer');
    expect(tierLevels('en')).toBe(
      '0–24 Observer, 25–49 Participant, 50–74 Contributor, 75–100 Champion',
    );
    expect(tierLevels('ja')).toBe('0–24 観察、25–49 参加、50–74 貢献、75–100 推進');
  });

  it('signs the trend and colours it by its direction', () => {
    expect(formatTrend(12)).toBe('+12');
    expect(formatTrend(-8)).toBe('−8');
    expect(formatTrend(0)).toBe('±0');
    expect(trendColor(-1)).toBe('red.8');
    expect(trendColor(0)).toBe('dimmed');
  });

  it('links the subjects that have a page', () => {
    expect(subjectHref('post', 'p1')).toBe('/posts/p1');
    expect(subjectHref('event', 'e/1')).toBe('/events/e%2F1');
    expect(subjectHref('idea', 'i1')).toBe('/ideas/i1');
    expect(subjectHref('survey', 's1')).toBe('/manage/surveys/s1/results');
    expect(subjectHref('comment', 'c1')).toBeNull();
    expect(subjectHref('day', '2025-01-01')).toBeNull();
  });

  it('orders the reasons of a score by points, as shares of the whole', () => {
    expect(
      whyShares([
        { action: 'comment_created', count: 4, points: 10 },
        { action: 'post_created', count: 6, points: 30 },
      ]),
    ).toEqual([
      { action: 'post_created', count: 6, points: 30, share: 0.75 },
      { action: 'comment_created', count: 4, points: 10, share: 0.25 },
    ]);
    expect(whyShares([])).toEqual([]);
  });

  it('has words for every activity in both languages', () => {
    for (const action of ACTIVITY_ACTIONS) {
      expect(knownAction(action)).toBe(true);
      expect(resources.ja.analyticsCustomers.actions[action]).toBeTruthy();
      expect(resources.en.analyticsCustomers.actions[action]).toBeTruthy();
    }
    expect(knownAction('points_awarded')).toBe(false);
  });
});
