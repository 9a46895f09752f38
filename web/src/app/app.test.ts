import { canAccess, hasAnyRole, STAFF, ADMIN, SIGNED_IN, EVERYONE, READERS } from './access';
import { navItemsFor, NAV_ITEMS } from './nav';
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
    const ids = (role: 'MEMBER' | 'MODERATOR' | 'ADMIN' | null) =>
      navItemsFor(role ? { role } : null, 'manage').map((i) => i.id);
    expect(ids(null)).toEqual([]);
    expect(ids('MEMBER')).toEqual([]);
    expect(ids('MODERATOR')).toEqual([
      'manage-spaces',
      'members',
      'approvals',
      'invites',
      'missions',
    ]);
    expect(ids('ADMIN')).toEqual([
      'manage-spaces',
      'members',
      'approvals',
      'invites',
      'missions',
      'community',
      'reactions',
      'point-rules',
      'ranks',
      'manage-badges',
      'mailbox',
    ]);
    expect(navItemsFor(null, 'main').map((i) => i.id)).toEqual(['home']);
    expect(navItemsFor(null, 'main', NAV_ITEMS, true).map((i) => i.id)).toEqual([
      'home',
      'spaces',
      'search',
      'leaderboard',
    ]);
    expect(navItemsFor(null, 'manage', NAV_ITEMS, true)).toEqual([]);
    expect(navItemsFor({ role: 'MEMBER' }, 'main').map((i) => i.id)).toEqual([
      'home',
      'spaces',
      'search',
      'leaderboard',
    ]);
  });

  it('has a label in both languages for every item', () => {
    for (const item of NAV_ITEMS) {
      const key = item.label.split('.')[1] as keyof typeof resources.ja.common.nav;
      expect(resources.ja.common.nav[key]).toBeTruthy();
      expect(resources.en.common.nav[key]).toBeTruthy();
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
