import {
  activityRows,
  addDays,
  cohortWidth,
  DEFAULT_RANGE_DAYS,
  daysIn,
  flowMatrix,
  flowMonths,
  flowSankey,
  flowSummary,
  formatCount,
  formatMinutes,
  formatShare,
  formatSigned,
  formatYen,
  heatLevel,
  isDay,
  lastDays,
  MAX_RANGE_DAYS,
  monthLabel,
  periodLabel,
  rangeFromParams,
  runPercent,
  tierCounts,
  TIERS,
  todayIn,
  withFrom,
  withTo,
  type TierFlowRow,
} from './logic';

describe('days in the community time zone', () => {
  it("are the community's calendar day, not the browser's", () => {
    // 15:30 UTC on 31 March is already 1 April in Tokyo, still 31 March in New York.
    const instant = new Date('2025-03-31T15:30:00Z');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2025-04-01');
    expect(todayIn('America/New_York', instant)).toBe('2025-03-31');
    expect(todayIn('UTC', instant)).toBe('2025-03-31');
  });

  it('are counted and moved as calendar days', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-2-1')).toBe(false);
    expect(isDay(null)).toBe(false);
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysIn('2025-03-01', '2025-03-01')).toBe(1);
    expect(daysIn('2025-01-01', '2025-12-31')).toBe(365);
  });
});

describe('the date range', () => {
  const today = '2025-04-01';
  const params = (q: string) => new URLSearchParams(q);

  it('defaults to the last 30 days, today included', () => {
    expect(DEFAULT_RANGE_DAYS).toBe(30);
    expect(rangeFromParams(params(''), today)).toEqual({
      from: '2025-03-03',
      to: '2025-04-01',
      preset: 30,
    });
    expect(daysIn('2025-03-03', '2025-04-01')).toBe(30);
  });

  it('keeps a range from the address, and knows a preset when it is one', () => {
    expect(rangeFromParams(params('from=2025-01-01&to=2025-01-31'), today)).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
      preset: null,
    });
    expect(rangeFromParams(params('from=2025-03-26&to=2025-04-01'), today)).toEqual({
      from: '2025-03-26',
      to: '2025-04-01',
      preset: 7,
    });
    expect(lastDays(90, today)).toEqual({ from: '2025-01-02', to: today, preset: 90 });
  });

  it('falls back to the default for ranges the dashboard cannot show', () => {
    const fallback = lastDays(DEFAULT_RANGE_DAYS, today);
    for (const q of [
      'from=2025-03-10',
      'from=2025-13-01&to=2025-03-01',
      'from=2025-03-10&to=2025-03-01',
      'from=2025-03-10&to=2025-04-02',
      'from=2024-03-31&to=2025-04-01',
    ]) {
      expect(rangeFromParams(params(q), today)).toEqual(fallback);
    }
    // 366 days is the longest the api answers for.
    expect(rangeFromParams(params('from=2024-04-01&to=2025-04-01'), today).from).toBe('2024-04-01');
    expect(MAX_RANGE_DAYS).toBe(366);
  });

  it('moves the other end when a pick would make it backwards, too long or in the future', () => {
    const range = { from: '2025-03-01', to: '2025-03-31' };
    expect(withFrom(range, '2025-03-10', today)).toEqual({ from: '2025-03-10', to: '2025-03-31' });
    expect(withFrom(range, '2025-04-05', today)).toEqual({ from: today, to: today });
    expect(withFrom(range, '2023-01-01', today)).toEqual({ from: '2023-01-01', to: '2024-01-01' });
    expect(withTo(range, '2025-02-20', today)).toEqual({ from: '2025-02-20', to: '2025-02-20' });
    expect(withTo(range, '2025-05-01', today)).toEqual({ from: '2025-03-01', to: today });
    expect(withTo({ from: '2023-01-01', to: '2023-02-01' }, '2025-03-31', today)).toEqual({
      from: '2024-03-31',
      to: '2025-03-31',
    });
  });
});

describe('formatting', () => {
  it('writes counts, shares, yen and signed scores in the reader language', () => {
    expect(formatCount(12345, 'ja')).toBe('12,345');
    expect(formatCount(null, 'ja')).toBe('—');
    expect(formatShare(0.125, 'en')).toBe('12.5%');
    expect(formatShare(1 / 3, 'ja')).toBe('33.3%');
    expect(formatShare(null, 'en')).toBe('—');
    expect(formatYen(14800.4, 'ja')).toMatch(/^[¥￥]14,800$/);
    expect(formatYen(-5000, 'en')).toBe('-¥5,000');
    expect(formatSigned(12.34, 'en')).toBe('+12.3');
    expect(formatSigned(-7, 'ja')).toBe('-7');
    expect(formatSigned(0, 'en')).toBe('0');
  });

  it('writes a wait in minutes, hours or days', () => {
    expect(formatMinutes(45, 'en')).toBe('45 min');
    expect(formatMinutes(45, 'ja')).toBe('45 分');
    expect(formatMinutes(210, 'en')).toBe('3.5 hr');
    expect(formatMinutes(3 * 1440, 'en')).toBe('3 days');
    expect(formatMinutes(null, 'en')).toBe('—');
  });

  it('labels months and periods whichever way the api writes them', () => {
    expect(monthLabel('2025-03', 'en')).toBe('Mar 2025');
    expect(monthLabel('2025-03-01', 'ja')).toBe('2025年3月');
    expect(periodLabel('2025-03', 'en')).toBe('Mar 2025');
    expect(periodLabel('2025-03-10', 'en')).toBe('3/10');
    expect(periodLabel('2025-W11', 'en')).toBe('2025-W11');
  });
});

describe('chart shapes', () => {
  it('sorts days and gives each its stickiness, none on a day without monthly actives', () => {
    const rows = activityRows(
      [
        { day: '2025-03-02', dau: 5, wau: 10, mau: 20, posts: 1, comments: 2 },
        { day: '2025-03-01', dau: 0, wau: 0, mau: 0, posts: 0, comments: 0 },
      ],
      'en',
    );
    expect(rows.map((r) => [r.day, r.label, r.stickiness])).toEqual([
      ['2025-03-01', '3/1', null],
      ['2025-03-02', '3/2', 25],
    ]);
  });

  it('counts every level, in level order, zero where nobody is', () => {
    expect(
      tierCounts([
        { tier: 'CHAMPION', count: 2 },
        { tier: 'OBSERVER', count: 10 },
      ]),
    ).toEqual([
      { tier: 'OBSERVER', count: 10 },
      { tier: 'PARTICIPANT', count: 0 },
      { tier: 'CONTRIBUTOR', count: 0 },
      { tier: 'CHAMPION', count: 2 },
    ]);
    expect(TIERS).toEqual(['OBSERVER', 'PARTICIPANT', 'CONTRIBUTOR', 'CHAMPION']);
  });

  const flows: TierFlowRow[] = [
    { month: '2025-02', from: 'OBSERVER', to: 'PARTICIPANT', count: 4 },
    { month: '2025-03', from: 'OBSERVER', to: 'OBSERVER', count: 10 },
    { month: '2025-03', from: 'OBSERVER', to: 'CONTRIBUTOR', count: 3 },
    { month: '2025-03', from: 'CHAMPION', to: 'PARTICIPANT', count: 2 },
    { month: '2025-03', from: 'PARTICIPANT', to: 'PARTICIPANT', count: 0 },
  ];

  it('reads the flow between levels month by month', () => {
    expect(flowMonths(flows)).toEqual(['2025-03', '2025-02']);
    expect(flowSummary(flows, '2025-03')).toEqual({ up: 3, same: 10, down: 2 });
    expect(flowMatrix(flows, '2025-03')).toEqual([
      [10, 0, 3, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 2, 0, 0],
    ]);
  });

  it('draws the flow as links from the levels before to the levels after', () => {
    const sankey = flowSankey(flows, '2025-03', (t) => t.toLowerCase());
    expect(sankey.nodes.map((n) => n.name)).toEqual([
      'observer',
      'participant',
      'contributor',
      'champion',
      'observer',
      'participant',
      'contributor',
      'champion',
    ]);
    expect(sankey.links).toEqual([
      { source: 0, target: 4, value: 10 },
      { source: 0, target: 6, value: 3 },
      { source: 3, target: 5, value: 2 },
    ]);
  });

  it('shades retention from nobody to everyone', () => {
    expect([null, 0, 0.05, 0.2, 0.45, 0.7, 0.85, 1].map(heatLevel)).toEqual([
      0, 0, 1, 2, 3, 4, 5, 5,
    ]);
    expect(cohortWidth([{ retained: [1, 0.5] }, { retained: [1, 0.4, 0.3] }])).toBe(3);
    expect(cohortWidth([])).toBe(0);
  });
});

describe('runPercent', () => {
  it('counts steps when the run reports them, and reads its record otherwise', () => {
    expect(runPercent({ done: 25, total: 100 })).toBe(25);
    expect(runPercent({ done: 150, total: 100 })).toBe(100);
    expect(runPercent({ done: 0, total: 0, progress: 0.4 })).toBe(40);
    expect(runPercent({ done: 0, total: 0, progress: 40 })).toBe(40);
    expect(runPercent({ done: 0, total: 0 })).toBe(0);
  });
});
