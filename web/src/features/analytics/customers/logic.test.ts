import { MATRIX_CELL_INFO, MATRIX_CELLS, RFM_SEGMENTS, rfmSegment } from '@kizuna/shared';
import { theme } from '../../../app/theme';
import { contrastOnWhite } from '../../../ui/contrast';
import {
  asOfParam,
  cellKey,
  cellText,
  customerFilters,
  customersCsvHref,
  customersHref,
  formatShare,
  formatYen,
  GRID_COLUMNS,
  GRID_ROWS,
  HEAT_SHADES,
  HEAT_WHITE_TEXT_FROM,
  heatColors,
  isDay,
  MATRIX_CELL_ENUMS,
  member360Href,
  OUTSIDE_GRID,
  paretoRows,
  RFM_SEGMENT_ENUMS,
  rfmHeatmap,
  segmentKey,
  segmentText,
} from './logic';

describe('the matrix layout', () => {
  it('puts each of the six cells where the shared rule sends its customers, and the two others apart', () => {
    const classes = { DETRACTOR: 'detractor', PASSIVE: 'passive', PROMOTER: 'promoter' } as const;
    for (const row of GRID_ROWS) {
      row.cells.forEach((cell, i) => {
        const nps = classes[GRID_COLUMNS[i]];
        // The same mapping as matrixCell(highLtv, nps) in shared.
        const expected = {
          true: { detractor: 'churn_risk', passive: 'loyal_candidate', promoter: 'loyal' },
          false: { detractor: 'uncooperative', passive: 'ordinary', promoter: 'advocate' },
        }[String(row.highLtv) as 'true' | 'false'][nps];
        expect(cellKey(cell)).toBe(expected);
      });
    }
    const shown = [...GRID_ROWS.flatMap((r) => r.cells), ...OUTSIDE_GRID].map(cellKey).sort();
    expect(shown).toEqual([...MATRIX_CELLS].sort());
  });

  it('names every cell and says what to do, in ja and en, from the shared table', () => {
    for (const cell of MATRIX_CELL_ENUMS) {
      const info = MATRIX_CELL_INFO[cellKey(cell)];
      expect(cellText(cell, 'ja')).toEqual({ name: info.ja, hint: info.hintJa });
      expect(cellText(cell, 'en')).toEqual({ name: info.en, hint: info.hintEn });
    }
    expect(cellText('CHURN_RISK', 'ja').name).toBe('離脱候補');
    expect(cellText('ADVOCATE', 'en').name).toBe('Advocate (fan)');
  });

  it('has every RFM segment, with its R and F ranges', () => {
    expect(RFM_SEGMENT_ENUMS.map(segmentKey)).toEqual(RFM_SEGMENTS);
    expect(segmentText('CHAMPIONS', 'en')).toMatchObject({ name: 'Champions', r: '5', f: '4–5' });
    expect(segmentText('CANT_LOSE', 'ja').name).toBe('失えない顧客');
  });
});

describe('numbers', () => {
  it('writes yen rounded to the yen, with the reader’s separators', () => {
    expect(formatYen(14_800, 'en')).toBe('¥14,800');
    expect(formatYen(14_800.6, 'en')).toBe('¥14,801');
    expect(formatYen(-0.4, 'en')).toBe('¥0');
    expect(formatYen(-2_500, 'en')).toBe('-¥2,500');
    expect(formatYen(1_234_567, 'ja')).toMatch(/^[¥￥]1,234,567$/);
    expect(formatYen(null, 'ja')).toBe('—');
  });

  it('writes shares with at most one decimal, so small groups do not read 0%', () => {
    expect(formatShare(0.25, 'en')).toBe('25%');
    expect(formatShare(0.004, 'en')).toBe('0.4%');
    expect(formatShare(0.12345, 'ja')).toBe('12.3%');
    expect(formatShare(0, 'en')).toBe('0%');
    expect(formatShare(undefined, 'en')).toBe('—');
  });
});

describe('the analysis date and the list filters in the address', () => {
  it('takes only real calendar days', () => {
    expect(isDay('2025-03-31')).toBe(true);
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-3-31')).toBe(false);
    expect(isDay('2025-03-31T00:00')).toBe(false);
    expect(isDay('')).toBe(false);
    expect(asOfParam(new URLSearchParams('asOf=2025-01-15'))).toBe('2025-01-15');
    expect(asOfParam(new URLSearchParams('asOf=yesterday'))).toBeNull();
  });

  it('reads cell, segment, search and page, dropping what it does not know', () => {
    expect(
      customerFilters(
        new URLSearchParams(
          'cell=churn_risk&segment=at_risk&q=%20hanako%20&page=3&asOf=2025-01-15',
        ),
      ),
    ).toEqual({
      asOf: '2025-01-15',
      cell: 'CHURN_RISK',
      segment: 'AT_RISK',
      search: 'hanako',
      page: 3,
    });
    expect(customerFilters(new URLSearchParams('cell=vip&segment=&page=0'))).toEqual({
      asOf: null,
      cell: null,
      segment: null,
      search: '',
      page: 1,
    });
  });

  it('links a cell or a segment to its customers at the same date, and back again', () => {
    const href = customersHref({ cell: 'LOYAL_CANDIDATE' }, '2025-01-15');
    expect(href).toBe('/manage/analytics/customers?cell=loyal_candidate&asOf=2025-01-15');
    const back = customerFilters(new URL(href, 'http://x').searchParams);
    expect(back.cell).toBe('LOYAL_CANDIDATE');
    expect(back.asOf).toBe('2025-01-15');
    expect(customersHref({ segment: 'NEED_ATTENTION' }, null)).toBe(
      '/manage/analytics/customers?segment=need_attention',
    );
    expect(member360Href('m 1')).toBe('/manage/analytics/members/m%201');
    expect(customersCsvHref(null)).toBe('/exports/customers.csv');
    expect(customersCsvHref('2025-01-15')).toBe('/exports/customers.csv?asOf=2025-01-15');
  });
});

describe('the Pareto view', () => {
  it('orders segments by revenue and adds up their shares, leaving out those without revenue', () => {
    const rows = paretoRows([
      { segment: 'LOST', revenue: 0, revenueShare: 0 },
      { segment: 'LOYAL', revenue: 300, revenueShare: 0.3 },
      { segment: 'CHAMPIONS', revenue: 600, revenueShare: 0.6 },
      { segment: 'NEW', revenue: 100, revenueShare: 0.1 },
    ]);
    expect(rows.map((r) => r.segment)).toEqual(['CHAMPIONS', 'LOYAL', 'NEW']);
    expect(rows.map((r) => r.cumulativeShare)).toEqual([0.6, 0.9, 1]);
  });

  it('adds up revenue, so rounded shares never run past 100%', () => {
    const rows = paretoRows([
      { segment: 'CHAMPIONS', revenue: 2, revenueShare: 0.667 },
      { segment: 'LOYAL', revenue: 1, revenueShare: 0.334 },
    ]);
    expect(rows.map((r) => r.cumulativeShare)).toEqual([2 / 3, 1]);
    expect(paretoRows([{ segment: 'LOST', revenue: 0, revenueShare: 0 }])).toEqual([]);
  });
});

describe('the R×F heatmap', () => {
  it('lays out R from 5 down and F from 1 up, fills gaps with zero and names each pair’s segment', () => {
    const rows = rfmHeatmap([
      { r: 5, f: 5, count: 40 },
      { r: 1, f: 1, count: 10 },
      { r: 3, f: 3, count: 20 },
    ]);
    expect(rows.map((row) => row[0].r)).toEqual([5, 4, 3, 2, 1]);
    expect(rows[0].map((c) => c.f)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0][4]).toMatchObject({ count: 40, intensity: 1, segment: 'CHAMPIONS' });
    expect(rows[4][0]).toMatchObject({ count: 10, intensity: 0.25, segment: 'LOST' });
    expect(rows[2][2]).toMatchObject({ count: 20, intensity: 0.5, segment: 'NEED_ATTENTION' });
    expect(rows[1][1]).toMatchObject({ count: 0, intensity: 0 });
    for (const row of rows) {
      for (const c of row) expect(segmentKey(c.segment)).toBe(rfmSegment(c.r, c.f));
    }
    expect(
      rfmHeatmap([])
        .flat()
        .every((c) => c.intensity === 0),
    ).toBe(true);
  });

  it('keeps each step’s number readable (4.5:1) on its background', () => {
    const kizuna = theme.colors!.kizuna!;
    for (const shade of HEAT_SHADES) {
      const onWhite = contrastOnWhite(kizuna[shade]);
      if (shade >= HEAT_WHITE_TEXT_FROM) expect(onWhite).toBeGreaterThanOrEqual(4.5);
      // Black on the colour: 21 / (its contrast with white).
      else expect(21 / onWhite).toBeGreaterThanOrEqual(4.5);
    }
    expect(heatColors(0).fg).toBe('inherit');
    expect(heatColors(1)).toEqual({
      bg: 'var(--mantine-color-kizuna-9)',
      fg: 'var(--mantine-color-white)',
    });
    expect(heatColors(0.1).bg).toBe('var(--mantine-color-kizuna-1)');
  });
});
