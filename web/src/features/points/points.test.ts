import { POINT_RULES as SHARED_POINT_RULES } from '@kizuna/shared';
import {
  placeViewerRow,
  POINT_RULES,
  pointReasonLabel,
  pointsByRule,
  progressToNextRank,
  rankName,
  rankProblems,
  shortLabel,
  timeLeftParts,
  type EditableRank,
} from './logic';
import { resources } from '../../locales';

/** A `t` over the real locale files, with {{vars}} filled in. */
function tFor(lang: 'ja' | 'en') {
  return (key: string, vars: Record<string, unknown> = {}) => {
    const [ns, path] = key.split(':');
    let node: unknown = resources[lang][ns as keyof (typeof resources)['ja']];
    for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
    if (typeof node !== 'string') throw new Error(`missing ${key}`);
    return node.replace(/{{\s*(\w+)\s*}}/g, (_, k: string) => String(vars[k]));
  };
}

describe('progressToNextRank', () => {
  it('runs from the current threshold to the next', () => {
    expect(progressToNextRank(380, { threshold: 300 }, { threshold: 500 })).toEqual({
      percent: 40,
      remaining: 120,
      gained: 80,
      span: 200,
      top: false,
    });
  });

  it('is full with nothing to go when the points are there but other requirements are not', () => {
    const p = progressToNextRank(600, { threshold: 300 }, { threshold: 500 });
    expect(p.percent).toBe(100);
    expect(p.remaining).toBe(0);
  });

  it('handles the start of a rank and the top rank', () => {
    expect(progressToNextRank(0, { threshold: 0 }, { threshold: 150 }).percent).toBe(0);
    expect(progressToNextRank(0, { threshold: 0 }, { threshold: 150 }).remaining).toBe(150);
    expect(progressToNextRank(60000, { threshold: 50000 }, null)).toMatchObject({
      top: true,
      percent: 100,
      remaining: 0,
    });
  });

  it('never goes below zero (points taken away under the threshold)', () => {
    const p = progressToNextRank(100, { threshold: 150 }, { threshold: 300 });
    expect(p.percent).toBe(0);
    expect(p.remaining).toBe(200);
  });
});

describe('rankName', () => {
  it('follows the UI language', () => {
    const rank = { nameJa: '常連さん', nameEn: 'Regular' };
    expect(rankName(rank, 'ja')).toBe('常連さん');
    expect(rankName(rank, 'en')).toBe('Regular');
    expect(rankName(rank, 'en-US')).toBe('Regular');
  });
});

describe('pointReasonLabel', () => {
  it('translates every rule in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      const t = tFor(lang);
      for (const rule of [
        'joined',
        'daily_visit',
        'post_created',
        'comment_created',
        'reaction_given',
        'reaction_received',
        'best_answer',
        'profile_completed',
        'event_rsvped',
        'event_attended',
        'adjustment',
        'mission',
      ]) {
        const label = pointReasonLabel(t, { rule, reversal: false });
        expect(label).toBe(t(`points:reasons.${rule}`));
      }
    }
  });

  it('names every rule the api has, as the admin point rules page lists them', () => {
    for (const rule of SHARED_POINT_RULES) expect(POINT_RULES).toContain(rule);
    expect(pointReasonLabel(tFor('en'), { rule: 'event_attended', reversal: false })).toBe(
      'Attended an event',
    );
    expect(pointReasonLabel(tFor('ja'), { rule: 'event_rsvped', reversal: false })).toBe(
      'イベントに参加登録',
    );
  });

  it("adds the moderator's reason to adjustments and marks reversals", () => {
    const ja = tFor('ja');
    const en = tFor('en');
    expect(
      pointReasonLabel(ja, { rule: 'adjustment', reason: 'イベント参加', reversal: false }),
    ).toBe('モデレーターによる調整: イベント参加');
    expect(pointReasonLabel(en, { rule: 'post_created', reversal: true })).toBe(
      'Wrote a post (reversed)',
    );
    expect(pointReasonLabel(en, { rule: 'something_new', reversal: false })).toBe(
      'Other (something_new)',
    );
  });
});

describe('pointsByRule', () => {
  it('sums per rule, drops zeros and sorts largest first', () => {
    expect(
      pointsByRule([
        { rule: 'post_created', points: 10 },
        { rule: 'joined', points: 100 },
        { rule: 'post_created', points: 10 },
        { rule: 'reaction_given', points: 1 },
        { rule: 'reaction_given', points: -1 },
      ]),
    ).toEqual([
      { rule: 'joined', points: 100 },
      { rule: 'post_created', points: 20 },
    ]);
  });
});

describe('placeViewerRow', () => {
  const row = (id: string, rank: number) => ({ member: { id }, rank, points: 100 - rank });
  const rows = [row('a', 1), row('b', 2), row('c', 2)];

  it('highlights the viewer in place when they are listed', () => {
    expect(placeViewerRow(rows, row('b', 2))).toEqual({ rows, viewerIndex: 1, pinned: null });
  });

  it('pins the viewer after the list when they are further down', () => {
    const me = row('z', 40);
    expect(placeViewerRow(rows, me)).toEqual({ rows, viewerIndex: -1, pinned: me });
  });

  it('shows nothing extra for a viewer without points', () => {
    expect(placeViewerRow(rows, null)).toEqual({ rows, viewerIndex: -1, pinned: null });
  });
});

describe('rankProblems', () => {
  const rank = (threshold: number | string, patch: Partial<EditableRank> = {}): EditableRank => ({
    nameJa: '名前',
    nameEn: 'Name',
    color: '#112233',
    icon: '⭐',
    threshold,
    minActiveDays: 0,
    minBestAnswers: 0,
    perksJa: '',
    perksEn: '',
    ...patch,
  });

  it('accepts rising thresholds from 0', () => {
    expect(rankProblems([rank(0), rank(150), rank(300)])).toEqual([{}, {}, {}]);
  });

  it('finds a first rank above 0, falling thresholds, bad colours and empty names', () => {
    expect(
      rankProblems([rank(10), rank(150, { color: 'red', nameEn: ' ' }), rank(150, { icon: '' })]),
    ).toEqual([
      { threshold: 'first' },
      { color: 'color', nameEn: 'name' },
      {
        threshold: 'threshold',
        icon: 'icon',
      },
    ]);
  });
});

describe('timeLeftParts', () => {
  it('uses the largest whole unit', () => {
    expect(timeLeftParts(3 * 86_400 + 5)).toEqual({ unit: 'day', count: 3 });
    expect(timeLeftParts(5 * 3_600)).toEqual({ unit: 'hour', count: 5 });
    expect(timeLeftParts(90)).toEqual({ unit: 'minute', count: 2 });
    expect(timeLeftParts(0)).toEqual({ unit: 'minute', count: 0 });
  });
});

describe('shortLabel', () => {
  it('keeps a name that fits, on one line', () => {
    expect(shortLabel('佐藤 遥', 14)).toBe('佐藤 遥');
    expect(shortLabel('  Emily\n  Carter ', 14)).toBe('Emily Carter');
    expect(shortLabel('こもれび珈琲焙煎所', 18)).toBe('こもれび珈琲焙煎所');
  });

  it('cuts a long name to the columns it may take, ending in an ellipsis', () => {
    expect(shortLabel('長谷川ひとみ（東京都世田谷区在住）', 14)).toBe('長谷川ひとみ…');
    expect(shortLabel('Alexandra Konstantinopoulou', 14)).toBe('Alexandra Ko…');
    expect(shortLabel('Alexandra Konstantinopoulou', 12)).toBe('Alexandra…');
    expect(shortLabel('ｶｽﾀﾏｰｻｸｾｽ担当の山田', 14)).toBe('ｶｽﾀﾏｰｻｸｾｽ担…');
  });

  it('never splits a character made of several code points', () => {
    expect(shortLabel('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 6)).toBe('👩‍👩‍👧‍👦👩‍👩‍👧‍👦…');
    expect(shortLabel('か\u3099'.repeat(5), 6)).toBe('か\u3099か\u3099…');
  });
});
