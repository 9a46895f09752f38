import { matchRoutes } from 'react-router';
import { manageGroupsFor, navItemsFor } from '../../app/nav';
import { CONSOLE_NAV_ITEMS } from '../../app/console/items';
import { resources } from '../../locales';
import { ANALYTICS_NAV_ITEMS } from './nav';
import { ANALYTICS_ROUTES } from './routes';

const ids = (role: 'MEMBER' | 'MODERATOR' | 'PRODUCT' | 'ADMIN') =>
  manageGroupsFor({ role }, CONSOLE_NAV_ITEMS)
    .filter(({ group }) => group === 'analytics')
    .flatMap(({ items }) => items.map((i) => i.id));

describe('the analytics area', () => {
  it('shows its pages in the console’s analytics group, by role', () => {
    const reading = [
      'analytics-dashboard',
      'analytics-matrix',
      'analytics-rfm',
      'analytics-customers',
      'analytics-engagement',
      'analytics-criteria',
      'analytics-churn',
    ];
    expect(ids('MEMBER')).toEqual([]);
    // The product team reads; importing orders is for moderators and admins.
    expect(ids('PRODUCT')).toEqual([...reading, 'analytics-settings']);
    expect(ids('MODERATOR')).toEqual([...reading, 'analytics-import', 'analytics-settings']);
    expect(ids('ADMIN')).toEqual([...reading, 'analytics-import', 'analytics-settings']);
    // They stay out of the shell's own list (the first download).
    expect(navItemsFor({ role: 'ADMIN' }, 'manage').some((i) => i.group === 'analytics')).toBe(
      false,
    );
  });

  it('has a page behind every entry and a label in both languages', () => {
    for (const item of ANALYTICS_NAV_ITEMS) {
      expect(item.to.startsWith('/manage/analytics')).toBe(true);
      const rest = item.to.slice('/manage/analytics'.length) || '/';
      const matched = matchRoutes(ANALYTICS_ROUTES, rest);
      expect(matched?.[0].route.path).not.toBe('*');
      const key = item.label.replace('analyticsNav:', '') as keyof typeof resources.ja.analyticsNav;
      expect(resources.ja.analyticsNav[key]).toBeTruthy();
      expect(resources.en.analyticsNav[key]).toBeTruthy();
    }
    expect(matchRoutes(ANALYTICS_ROUTES, '/members/m1')?.[0].params).toEqual({ id: 'm1' });
    expect(matchRoutes(ANALYTICS_ROUTES, '/nowhere')?.[0].route.path).toBe('*');
  });
});
