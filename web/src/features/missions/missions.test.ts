import { resources } from '../../locales';
import {
  blankMission,
  editableMission,
  fromLocalInput,
  problemsByPath,
  MISSION_ACTIONS,
  missionDescription,
  missionProblems,
  missionProgress,
  missionTimeLeft,
  missionTitle,
  stepCounter,
  stepLabel,
  toLocalInput,
  toMissionInput,
  visibleMissions,
  type EditableMission,
} from './logic';

/** A tiny `t` over the real ja/en texts, with i18next's `_one`/`_other` for en. */
function tFor(lang: 'ja' | 'en') {
  return (key: string, vars: Record<string, unknown> = {}) => {
    const [ns, path] = key.split(':');
    let node: unknown = resources[lang][ns as keyof (typeof resources)['ja']];
    const parts = path.split('.');
    const last = parts.pop()!;
    for (const p of parts) node = (node as Record<string, unknown>)[p];
    const leaf = node as Record<string, string>;
    const count = vars.count as number | undefined;
    const text =
      leaf[last] ??
      (count === undefined ? undefined : leaf[`${last}_${count === 1 ? 'one' : 'other'}`]);
    if (text === undefined) throw new Error(`no text for ${key}`);
    return text.replace(/{{\s*(\w+)\s*}}/g, (_, n: string) => String(vars[n]));
  };
}

describe('mission texts', () => {
  const m = {
    titleJa: 'はじめの一歩',
    titleEn: 'Getting started',
    descriptionJa: '説明',
    descriptionEn: '',
  };
  it('uses the UI language, falling back to the other one', () => {
    expect(missionTitle(m, 'ja')).toBe('はじめの一歩');
    expect(missionTitle(m, 'en')).toBe('Getting started');
    expect(missionDescription(m, 'en')).toBe('説明');
  });

  it('labels every action in both languages, with counts and spaces', () => {
    for (const action of MISSION_ACTIONS) {
      expect(stepLabel(tFor('ja'), { action, count: 2 })).toBeTruthy();
      expect(stepLabel(tFor('en'), { action, count: 2 })).toBeTruthy();
    }
    expect(stepLabel(tFor('ja'), { action: 'POST', count: 1 })).toBe('1 回投稿する');
    expect(stepLabel(tFor('en'), { action: 'POST', count: 1 })).toBe('Write a post');
    expect(stepLabel(tFor('en'), { action: 'COMMENT', count: 3 })).toBe('Write 3 comments');
    expect(stepLabel(tFor('en'), { action: 'POST', count: 1, spaceId: 's1' }, 'Coffee')).toBe(
      'Write a post in Coffee',
    );
    expect(stepLabel(tFor('ja'), { action: 'POST', count: 1, spaceId: 's1' }, null)).toBe(
      '1 回投稿する（特定のスペース）',
    );
    // A space on an action that cannot have one is ignored.
    expect(stepLabel(tFor('en'), { action: 'VISIT', count: 1, spaceId: 's1' }, 'Coffee')).toBe(
      'Visit on a day',
    );
  });

  it('counts a step as "done / count"', () => {
    expect(stepCounter({ progress: 1, count: 1 })).toBe('1 / 1');
    expect(stepCounter({ progress: 0, count: 3 })).toBe('0 / 3');
    expect(stepCounter({ progress: 5, count: 3 })).toBe('3 / 3');
  });
});

describe('missionProgress', () => {
  const step = (count: number, progress: number) => ({
    action: 'POST' as const,
    count,
    progress,
    done: progress >= count,
  });
  it('counts done steps and a percentage over every count', () => {
    expect(missionProgress([step(1, 1), step(1, 0), step(2, 1), step(1, 0)])).toEqual({
      done: 1,
      steps: 4,
      percent: 40,
    });
    expect(missionProgress([])).toEqual({ done: 0, steps: 0, percent: 0 });
  });
  it('is full once completed', () => {
    expect(missionProgress([step(3, 0)], true)).toEqual({ done: 1, steps: 1, percent: 100 });
  });
});

describe('missionTimeLeft', () => {
  const now = Date.parse('2026-03-01T00:00:00Z');
  it('has no end for onboarding', () => {
    expect(missionTimeLeft({ startsAt: null, endsAt: null }, now)).toEqual({ state: 'none' });
  });
  it('gives the largest unit left', () => {
    expect(missionTimeLeft({ endsAt: '2026-03-04T01:00:00Z' }, now)).toEqual({
      state: 'open',
      unit: 'day',
      count: 3,
    });
    expect(missionTimeLeft({ endsAt: '2026-03-01T05:30:00Z' }, now)).toEqual({
      state: 'open',
      unit: 'hour',
      count: 5,
    });
    expect(missionTimeLeft({ endsAt: '2026-03-01T00:00:30Z' }, now)).toEqual({
      state: 'open',
      unit: 'minute',
      count: 1,
    });
  });
  it('knows missions not started yet and ended', () => {
    expect(
      missionTimeLeft({ startsAt: '2026-03-02T00:00:00Z', endsAt: '2026-03-09T00:00:00Z' }, now),
    ).toEqual({ state: 'upcoming' });
    expect(missionTimeLeft({ endsAt: '2026-02-28T00:00:00Z' }, now)).toEqual({ state: 'ended' });
  });
});

describe('mission lists', () => {
  const a = { id: 'a', kind: 'ONBOARDING', completed: false };
  const b = { id: 'b', kind: 'TIMEBOXED', completed: true };
  it('separates active and completed missions', () => {
    expect(visibleMissions([a, b])).toEqual({ active: [a], completed: [b] });
  });
});

describe('the mission editor', () => {
  const valid = (): EditableMission => ({
    ...blankMission(Date.parse('2026-03-01T00:00:00Z')),
    titleJa: '春のキャンペーン',
    titleEn: 'Spring campaign',
  });

  it('round-trips local date-time values, as the picker writes them too', () => {
    const iso = '2026-03-01T09:30:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(fromLocalInput(`${toLocalInput(iso).replace('T', ' ')}:00`)).toBe(iso);
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a date')).toBeNull();
  });

  it('accepts a complete mission', () => {
    expect(problemsByPath(missionProblems(valid()))).toEqual({});
  });

  it('reports what the api would refuse', () => {
    const m = valid();
    const p = missionProblems({
      ...m,
      titleJa: ' ',
      titleEn: 'x'.repeat(101),
      steps: [
        { action: 'POST', count: 0, spaceId: null },
        { action: 'VISIT', count: 1, spaceId: 'space-1' },
      ],
      endsAt: m.startsAt,
      rewardPoints: 0,
      rewardBadgeId: null,
    });
    expect(p.titleJa).toBe('required');
    expect(p.titleEn).toBe('tooLong');
    expect(p.step).toEqual([{ count: 'count' }, { spaceId: 'space' }]);
    expect(p.endsAt).toBe('window');
    expect(p.rewardPoints).toBe('reward');
    expect(problemsByPath(p)).toEqual({
      titleJa: 'required',
      titleEn: 'tooLong',
      'steps.0.count': 'count',
      'steps.1.spaceId': 'space',
      endsAt: 'window',
      rewardPoints: 'reward',
    });
    expect(missionProblems({ ...m, steps: [] }).steps).toBe('steps');
    expect(missionProblems({ ...m, startsAt: '' }).startsAt).toBe('date');
    expect(missionProblems({ ...m, rewardPoints: -1 }).rewardPoints).toBe('points');
    // A badge alone is a reward.
    expect(missionProblems({ ...m, rewardPoints: 0, rewardBadgeId: 'b' }).rewardPoints).toBe(
      undefined,
    );
    // The onboarding mission has no window.
    expect(missionProblems({ ...m, startsAt: '', endsAt: '' }, false).startsAt).toBe(undefined);
  });

  it('builds the api input', () => {
    const m = valid();
    const input = toMissionInput({
      ...m,
      titleJa: ' 春 ',
      steps: [
        { action: 'POST', count: 2, spaceId: 'space-1' },
        { action: 'VISIT', count: 3, spaceId: 'space-1' },
      ],
      rewardPoints: '',
      rewardBadgeId: 'badge-1',
    });
    expect(input).toMatchObject({
      titleJa: '春',
      steps: [
        { action: 'POST', count: 2, spaceId: 'space-1' },
        { action: 'VISIT', count: 3, spaceId: null },
      ],
      rewardPoints: 0,
      rewardBadgeId: 'badge-1',
      startsAt: fromLocalInput(m.startsAt),
      endsAt: fromLocalInput(m.endsAt),
    });
    expect(toMissionInput(m, false)).not.toHaveProperty('startsAt');
  });

  it('loads a mission into the editor', () => {
    const e = editableMission({
      titleJa: 'a',
      titleEn: 'b',
      descriptionJa: '',
      descriptionEn: '',
      steps: [{ action: 'REACTION', count: 1, spaceId: null }],
      startsAt: null,
      endsAt: null,
      rewardPoints: 50,
      rewardBadge: { id: 'x' },
    });
    expect(e).toMatchObject({ startsAt: '', endsAt: '', rewardBadgeId: 'x', rewardPoints: 50 });
  });
});
