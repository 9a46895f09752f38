import { resources } from '../../locales';
import {
  awardable,
  BADGE_CRITERIA,
  badgeDescription,
  badgeName,
  badgeProblems,
  blankBadge,
  criterionText,
  thresholdKind,
  toBadgeInput,
} from './logic';

const tEn = (key: string, vars: Record<string, unknown> = {}) => {
  const path = key.split(':')[1].split('.');
  const leaf = resources.en.badges[path[0] as 'how'] as Record<string, string>;
  const count = vars.count as number;
  const text = leaf[path[1]] ?? leaf[`${path[1]}_${count === 1 ? 'one' : 'other'}`];
  return text.replace(/{{\s*(\w+)\s*}}/g, (_, n: string) => String(vars[n]));
};

describe('badge texts', () => {
  it('uses the UI language, falling back to the other one', () => {
    const b = { nameJa: '初投稿', nameEn: 'First Post', descriptionJa: '', descriptionEn: 'x' };
    expect(badgeName(b, 'ja')).toBe('初投稿');
    expect(badgeName(b, 'en-GB')).toBe('First Post');
    expect(badgeDescription(b, 'ja')).toBe('x');
  });

  it('says how each criterion is earned', () => {
    expect(criterionText(tEn, { criterion: 'POSTS', threshold: 10 })).toBe('Write 10 posts');
    expect(criterionText(tEn, { criterion: 'MEMBER_SINCE', threshold: 2025 })).toBe(
      'Join in 2025 or before',
    );
    expect(criterionText(tEn, { criterion: 'MANUAL', threshold: 0 })).toBe(
      'Awarded by the moderators',
    );
    expect(criterionText(tEn, { criterion: 'EVENTS_ATTENDED', threshold: 1 })).toBe(
      'Check in at an event',
    );
    expect(criterionText(tEn, { criterion: 'EVENTS_ATTENDED', threshold: 5 })).toBe(
      'Check in at 5 events',
    );
    for (const criterion of BADGE_CRITERIA) {
      expect(resources.ja.badges.criteria[criterion]).toBeTruthy();
      expect(resources.en.badges.criteria[criterion]).toBeTruthy();
    }
  });
});

describe('the badge editor', () => {
  const valid = { ...blankBadge(), key: 'helper', nameJa: '助っ人', nameEn: 'Helper' };

  it('knows which criteria take a threshold', () => {
    expect(thresholdKind('MANUAL')).toBe('none');
    expect(thresholdKind('FIRST_POST')).toBe('none');
    expect(thresholdKind('STREAK')).toBe('count');
    expect(thresholdKind('EVENTS_ATTENDED')).toBe('count');
    expect(thresholdKind('MEMBER_SINCE')).toBe('year');
  });

  it('checks keys, names and thresholds as the api does', () => {
    expect(badgeProblems(valid)).toEqual({});
    expect(badgeProblems({ ...valid, key: '' }).key).toBe('required');
    expect(badgeProblems({ ...valid, key: 'Bad Key' }).key).toBe('key');
    expect(badgeProblems({ ...valid, key: 'a' }).key).toBe('key');
    expect(badgeProblems({ ...valid, nameEn: ' ' }).nameEn).toBe('required');
    expect(badgeProblems({ ...valid, nameJa: 'x'.repeat(61) }).nameJa).toBe('tooLong');
    expect(badgeProblems({ ...valid, criterion: 'POSTS', threshold: 0 }).threshold).toBe('count');
    expect(badgeProblems({ ...valid, criterion: 'EVENTS_ATTENDED', threshold: 0 }).threshold).toBe(
      'count',
    );
    expect(badgeProblems({ ...valid, criterion: 'MEMBER_SINCE', threshold: 1999 }).threshold).toBe(
      'year',
    );
    expect(badgeProblems({ ...valid, criterion: 'MANUAL', threshold: '' }).threshold).toBe(
      undefined,
    );
  });

  it('builds the api input', () => {
    expect(toBadgeInput({ ...valid, icon: ' ', nameJa: ' 助っ人 ' })).toMatchObject({
      icon: '🏅',
      nameJa: '助っ人',
      threshold: 0,
    });
    expect(toBadgeInput({ ...valid, criterion: 'POSTS', threshold: 10 }).threshold).toBe(10);
    expect(toBadgeInput({ ...valid, criterion: 'FIRST_POST', threshold: '' }).threshold).toBe(1);
  });
});

describe('awardable', () => {
  it('lists enabled manual badges the member does not hold', () => {
    const all = [
      { id: '1', criterion: 'MANUAL' as const, enabled: true },
      { id: '2', criterion: 'MANUAL' as const, enabled: false },
      { id: '3', criterion: 'POSTS' as const, enabled: true },
      { id: '4', criterion: 'MANUAL' as const, enabled: true },
    ];
    expect(awardable(all, [{ badge: { id: '4' } }]).map((b) => b.id)).toEqual(['1']);
  });
});
