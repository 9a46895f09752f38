import { matchRoutes } from 'react-router';
import { CONSOLE_NAV_ITEMS } from '../../app/console/items';
import { manageGroupsFor, navItemsFor } from '../../app/nav';
import { resources } from '../../locales';
import {
  actionKey,
  auditCsvUrl,
  auditFilterFrom,
  auditValue,
  auditVariables,
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
} from './audit';
import { durationDays, durationIssue } from './DurationField';
import {
  isApproval,
  moveIndex,
  offeredActions,
  queueFilterFrom,
  reasonCounts,
  reselect,
  SHORTCUTS,
  triageKey,
} from './logic';
import { MODERATION_NAV_ITEMS } from './nav';
import { MODERATION_AREAS, moderationArea } from './routes';

const item = (over: Partial<Parameters<typeof offeredActions>[0]> = {}) => ({
  source: 'FLAGS' as const,
  hiddenByReview: false,
  targetType: 'POST' as const,
  author: { id: 'a' },
  ...over,
});
const labels = (i: Parameters<typeof offeredActions>[0], canSuspend = true) =>
  offeredActions(i, canSuspend).map((o) => `${o.action}:${o.label}`);

describe('the review queue', () => {
  it('offers every decision on flagged content', () => {
    expect(labels(item())).toEqual([
      'AGREE_HIDE:AGREE_HIDE',
      'AGREE_DELETE:AGREE_DELETE',
      'AGREE_SUSPEND:AGREE_SUSPEND',
      'DISAGREE:DISAGREE',
      'IGNORE:IGNORE',
    ]);
  });

  it('names the decisions on held content approve and reject', () => {
    for (const source of ['APPROVAL', 'WATCHED_WORD', 'DUPLICATE'] as const) {
      const held = item({ source, hiddenByReview: true });
      expect(isApproval(held)).toBe(true);
      expect(labels(held)).toEqual([
        'DISAGREE:approve',
        'AGREE_HIDE:reject',
        'AGREE_DELETE:AGREE_DELETE',
        'AGREE_SUSPEND:AGREE_SUSPEND',
        'IGNORE:IGNORE',
      ]);
    }
    // Published and only flagged by a rule: an ordinary decision.
    expect(isApproval(item({ source: 'WATCHED_WORD', hiddenByReview: false }))).toBe(false);
    // Hidden by members' flags: still theirs to agree with.
    expect(isApproval(item({ hiddenByReview: true }))).toBe(false);
  });

  it('deletes no profile and suspends nobody without an author or the right to', () => {
    expect(labels(item({ targetType: 'MEMBER' }))).toEqual([
      'AGREE_HIDE:agreeProfile',
      'AGREE_SUSPEND:AGREE_SUSPEND',
      'DISAGREE:DISAGREE',
      'IGNORE:IGNORE',
    ]);
    expect(labels(item({ author: null }))).not.toContain('AGREE_SUSPEND:AGREE_SUSPEND');
    expect(labels(item(), false)).not.toContain('AGREE_SUSPEND:AGREE_SUSPEND');
  });

  it('has one key per decision, none of them the keys that move', () => {
    const keys = Object.values(SHORTCUTS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of ['j', 'k', 'o', '?']) expect(keys).not.toContain(key);
    expect(triageKey('j')).toEqual({ kind: 'move', step: 1 });
    expect(triageKey('k')).toEqual({ kind: 'move', step: -1 });
    expect(triageKey('a')).toEqual({ kind: 'decide', action: 'AGREE_HIDE' });
    expect(triageKey('x')).toEqual({ kind: 'decide', action: 'AGREE_DELETE' });
    expect(triageKey('s')).toEqual({ kind: 'decide', action: 'AGREE_SUSPEND' });
    expect(triageKey('n')).toEqual({ kind: 'decide', action: 'DISAGREE' });
    expect(triageKey('i')).toEqual({ kind: 'decide', action: 'IGNORE' });
    expect(triageKey('?')).toEqual({ kind: 'help' });
    expect(triageKey('z')).toBeNull();
    expect(triageKey('J')).toBeNull();
  });

  it('moves within the list and keeps the place when the chosen item leaves', () => {
    expect(moveIndex(-1, 1, 3)).toBe(0);
    expect(moveIndex(-1, -1, 3)).toBe(2);
    expect(moveIndex(2, 1, 3)).toBe(2);
    expect(moveIndex(0, -1, 3)).toBe(0);
    expect(moveIndex(0, 1, 0)).toBe(-1);
    expect(reselect(['a', 'b', 'c'], 'b', 1)).toBe('b');
    // "b" was decided: the next in line takes its place.
    expect(reselect(['a', 'c'], 'b', 1)).toBe('c');
    expect(reselect(['a'], 'c', 2)).toBe('a');
    expect(reselect([], 'a', 0)).toBeNull();
    expect(reselect(['a', 'b'], null, 0)).toBe('a');
  });

  it('reads its filters from the address, ignoring what it does not know', () => {
    expect(queueFilterFrom(new URLSearchParams('status=AGREED&type=POST&reason=SPAM'))).toEqual({
      status: 'AGREED',
      targetType: 'POST',
      source: null,
      reason: 'SPAM',
    });
    expect(queueFilterFrom(new URLSearchParams('status=nope&source=FLAGS'))).toEqual({
      status: 'PENDING',
      targetType: null,
      source: 'FLAGS',
      reason: null,
    });
  });

  it('counts the reasons, most given first', () => {
    expect(
      reasonCounts([
        { reason: 'OTHER' },
        { reason: 'SPAM' },
        { reason: 'SPAM' },
        { reason: 'HARASSMENT' },
      ]),
    ).toEqual([
      ['SPAM', 2],
      ['HARASSMENT', 1],
      ['OTHER', 1],
    ]);
  });

  it('sends days or "until restored" for a suspension', () => {
    expect(durationDays({ mode: 'days', days: 7 })).toBe(7);
    expect(durationDays({ mode: 'indefinite', days: 7 })).toBeNull();
    expect(durationIssue({ mode: 'days', days: '' })).toBe('REQUIRED');
    expect(durationIssue({ mode: 'days', days: 0 })).toBe('OUT_OF_RANGE');
    expect(durationIssue({ mode: 'days', days: 3651 })).toBe('OUT_OF_RANGE');
    expect(durationIssue({ mode: 'days', days: 1.5 })).toBe('OUT_OF_RANGE');
    expect(durationIssue({ mode: 'indefinite', days: '' })).toBeNull();
  });
});

describe('the audit log', () => {
  it('turns the days into instants in the viewer’s zone, the last day included', () => {
    const filter = auditFilterFrom(
      new URLSearchParams('from=2026-03-01&to=2026-03-31&action=member.suspend&q=%20spam%20'),
    );
    expect(filter).toMatchObject({ from: '2026-03-01', to: '2026-03-31', search: 'spam' });
    const vars = auditVariables(filter, 'Asia/Tokyo');
    expect(vars.from).toBe('2026-02-28T15:00:00Z');
    expect(vars.to).toBe('2026-03-31T15:00:00Z');
    expect(auditCsvUrl(vars)).toBe(
      '/audit/log.csv?action=member.suspend&from=2026-02-28T15%3A00%3A00Z&to=2026-03-31T15%3A00%3A00Z&search=spam',
    );
    expect(auditCsvUrl(auditVariables(auditFilterFrom(new URLSearchParams()), 'UTC'))).toBe(
      '/audit/log.csv',
    );
  });

  it('drops filters the api would refuse', () => {
    expect(
      auditFilterFrom(new URLSearchParams('actor=someone&action=DROP TABLE&from=yesterday')),
    ).toEqual({
      actorId: null,
      action: null,
      targetType: null,
      targetId: null,
      from: null,
      to: null,
      search: null,
    });
  });

  it('names every action and target type it knows in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      const texts = resources[lang].moderation.audit;
      for (const action of AUDIT_ACTIONS) expect(texts.actions[actionKey(action)]).toBeTruthy();
      for (const type of AUDIT_TARGET_TYPES) expect(texts.targetTypes[type]).toBeTruthy();
    }
  });

  it('shows recorded values plainly', () => {
    expect(auditValue('"suspended"')).toBe('suspended');
    expect(auditValue('null')).toBe('—');
    expect(auditValue(null)).toBe('—');
    expect(auditValue('3')).toBe('3');
    expect(auditValue('{"a":1}')).toBe('{"a":1}');
    expect(auditValue('not json')).toBe('not json');
  });
});

describe('the moderation pages', () => {
  const ids = (role: 'MEMBER' | 'MODERATOR' | 'PRODUCT' | 'ADMIN') =>
    manageGroupsFor({ role }, CONSOLE_NAV_ITEMS)
      .flatMap(({ items }) => items)
      .filter((i) => MODERATION_NAV_ITEMS.includes(i))
      .map((i) => i.id);

  it('are in the console for moderators, the audit log for admins', () => {
    expect(ids('MEMBER')).toEqual([]);
    expect(ids('PRODUCT')).toEqual([]);
    expect(ids('MODERATOR')).toEqual(['review-queue', 'watched-words', 'moderation-settings']);
    expect(ids('ADMIN')).toEqual([
      'review-queue',
      'watched-words',
      'moderation-settings',
      'audit-log',
    ]);
    // They stay out of the shell's own list (the first download).
    expect(navItemsFor({ role: 'ADMIN' }, 'manage').some((i) => i.id === 'review-queue')).toBe(
      false,
    );
  });

  it('has a page behind every entry and a label in both languages', () => {
    for (const item of MODERATION_NAV_ITEMS) {
      const area = MODERATION_AREAS[moderationArea(item.to)];
      const rest = item.to.split('/').slice(3).join('/');
      expect(matchRoutes(area, `/${rest}`)?.[0].route.path).not.toBe('*');
      const key = item.label.replace(
        'moderation:nav.',
        '',
      ) as keyof typeof resources.ja.moderation.nav;
      expect(resources.ja.moderation.nav[key]).toBeTruthy();
      expect(resources.en.moderation.nav[key]).toBeTruthy();
    }
    expect(moderationArea('/manage/members/m1/record')).toBe('members');
    expect(matchRoutes(MODERATION_AREAS.moderation, '/nowhere')?.[0].route.path).toBe('*');
  });
});
