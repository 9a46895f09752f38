import { canAccess, hasAnyRole, STAFF, ADMIN, SIGNED_IN, EVERYONE, READERS } from './access';
import {
  hasConsole,
  MANAGE_GROUPS,
  manageGroupsFor,
  navItemsFor,
  NAV_ITEMS,
  type NavItem,
} from './nav';
import { CONSOLE_NAV_ITEMS, MANAGE_NAV_ITEMS } from './console/items';
import { readCookie } from './apollo';
import { safeNext } from './guards';
import { resources } from '../locales';
import { initialsOf } from '../ui/MemberAvatar';

describe('access', () => {
  it('lets admins through every role check, like the api', () => {
    expect(hasAnyRole('ADMIN', ['MODERATOR'])).toBe(true);
    expect(hasAnyRole('MODERATOR', ['MODERATOR'])).toBe(true);
    expect(hasAnyRole('PRODUCT', ['MODERATOR'])).toBe(false);
    expect(hasAnyRole('MEMBER', ['MODERATOR'])).toBe(false);
    expect(hasAnyRole(undefined, ['MEMBER'])).toBe(false);
  });

  it('separates visitors, members, staff and admins', () => {
    const member = { role: 'MEMBER' as const };
    const moderator = { role: 'MODERATOR' as const };
    expect(canAccess(EVERYONE, null)).toBe(true);
    expect(canAccess(SIGNED_IN, null)).toBe(false);
    expect(canAccess(SIGNED_IN, member)).toBe(true);
    expect(canAccess(READERS, null)).toBe(false);
    expect(canAccess(READERS, null, true)).toBe(true);
    expect(canAccess(READERS, member)).toBe(true);
    expect(canAccess(SIGNED_IN, null, true)).toBe(false);
    expect(canAccess(STAFF, member)).toBe(false);
    expect(canAccess(STAFF, moderator)).toBe(true);
    expect(canAccess(ADMIN, moderator)).toBe(false);
  });
});

describe('navigation', () => {
  it('shows staff pages by role', () => {
    const ids = (role: 'MEMBER' | 'MODERATOR' | 'PRODUCT' | 'ADMIN' | null) =>
      navItemsFor(role ? { role } : null, 'manage', MANAGE_NAV_ITEMS).map((i) => i.id);
    expect(ids(null)).toEqual([]);
    expect(ids('MEMBER')).toEqual([]);
    expect(ids('MODERATOR')).toEqual([
      'members',
      'approvals',
      'invites',
      'manage-spaces',
      'missions',
      'manage-events',
      'feedback-inbox',
      'manage-surveys',
    ]);
    // Survey results are the product team's to read too.
    expect(ids('PRODUCT')).toEqual(['feedback-inbox', 'manage-changelog', 'manage-surveys']);
    expect(ids('ADMIN')).toEqual([
      'members',
      'approvals',
      'invites',
      'manage-spaces',
      'reactions',
      'missions',
      'point-rules',
      'ranks',
      'manage-badges',
      'manage-events',
      'feedback-inbox',
      'manage-changelog',
      'manage-surveys',
      'community',
      'mailbox',
    ]);
    expect(hasConsole(null)).toBe(false);
    expect(hasConsole({ role: 'MEMBER' })).toBe(false);
    // The product team's console holds the feedback inbox and the changelog.
    expect(hasConsole({ role: 'PRODUCT' })).toBe(true);
    expect(hasConsole({ role: 'MODERATOR' })).toBe(true);
    // The shell knows who has a console without the console's list: the two agree.
    for (const role of ['MEMBER', 'MODERATOR', 'PRODUCT', 'ADMIN'] as const)
      expect(hasConsole({ role })).toBe(
        navItemsFor({ role }, 'manage', CONSOLE_NAV_ITEMS).length > 0,
      );
    expect(navItemsFor({ role: 'ADMIN' }, 'manage')).toEqual([]);
    expect(navItemsFor(null, 'main').map((i) => i.id)).toEqual(['home']);
    expect(navItemsFor(null, 'main', NAV_ITEMS, true).map((i) => i.id)).toEqual([
      'home',
      'spaces',
      'events',
      'feedback',
      'roadmap',
      'changelog',
      'leaderboard',
      'badges',
      'search',
    ]);
    expect(navItemsFor(null, 'manage', NAV_ITEMS, true)).toEqual([]);
    expect(navItemsFor({ role: 'MEMBER' }, 'main').map((i) => i.id)).toEqual([
      'home',
      'spaces',
      'events',
      'feedback',
      'roadmap',
      'changelog',
      'leaderboard',
      'badges',
      'search',
    ]);
  });

  it('groups the console by job, in order, leaving out groups with nothing to show', () => {
    const groups = (role: 'MODERATOR' | 'ADMIN') =>
      manageGroupsFor({ role }, MANAGE_NAV_ITEMS).map(({ group, items }) => [
        group,
        items.map((i) => i.id),
      ]);
    expect(groups('MODERATOR')).toEqual([
      ['community', ['members', 'approvals', 'invites']],
      ['content', ['manage-spaces']],
      ['gamification', ['missions']],
      ['events', ['manage-events']],
      ['feedback', ['feedback-inbox']],
      ['surveys', ['manage-surveys']],
    ]);
    expect(groups('ADMIN').map(([group]) => group)).toEqual([
      'community',
      'content',
      'gamification',
      'events',
      'feedback',
      'surveys',
      'settings',
    ]);
    const extra: NavItem = {
      id: 'surveys',
      to: '/manage/surveys',
      label: 'nav.members',
      icon: () => null,
      section: 'manage',
      group: 'surveys',
      access: STAFF,
    };
    expect(
      manageGroupsFor({ role: 'MODERATOR' }, [...MANAGE_NAV_ITEMS, extra]).map(
        ({ group }) => group,
      ),
    ).toEqual(['community', 'content', 'gamification', 'events', 'feedback', 'surveys']);
    expect(manageGroupsFor({ role: 'MEMBER' }, CONSOLE_NAV_ITEMS)).toEqual([]);
  });

  it('keeps every console page under /manage, in a group', () => {
    for (const item of navItemsFor({ role: 'ADMIN' }, 'manage', CONSOLE_NAV_ITEMS)) {
      expect(item.to.startsWith('/manage/')).toBe(true);
      expect(MANAGE_GROUPS).toContain(item.group);
    }
  });

  it('has a label in both languages for every item and group', () => {
    for (const item of [...NAV_ITEMS, ...MANAGE_NAV_ITEMS]) {
      const key = item.label.split('.')[1] as keyof typeof resources.ja.common.nav;
      expect(resources.ja.common.nav[key]).toBeTruthy();
      expect(resources.en.common.nav[key]).toBeTruthy();
    }
    for (const group of MANAGE_GROUPS) {
      expect(resources.ja.common.nav.groups[group]).toBeTruthy();
      expect(resources.en.common.nav.groups[group]).toBeTruthy();
    }
  });
});

describe('readCookie', () => {
  it('finds the CSRF cookie among others, decoded', () => {
    expect(readCookie('kizuna_csrf', 'a=1; kizuna_csrf=abc%3D; b=2')).toBe('abc=');
    expect(readCookie('kizuna_csrf', 'xkizuna_csrf=1')).toBeNull();
    expect(readCookie('kizuna_csrf', '')).toBeNull();
  });
});

describe('safeNext', () => {
  it('only allows paths on this site', () => {
    expect(safeNext('/manage/members?x=1')).toBe('/manage/members?x=1');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});

describe('initialsOf', () => {
  it('uses one character for Japanese names and two initials for Latin ones', () => {
    expect(initialsOf('佐藤 遥')).toBe('佐');
    expect(initialsOf('こもれび')).toBe('こ');
    expect(initialsOf('Emily Carter')).toBe('EC');
    expect(initialsOf('emily')).toBe('E');
    expect(initialsOf('   ')).toBe('?');
  });
});
