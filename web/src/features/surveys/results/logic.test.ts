import { resources } from '../../../locales';
import {
  cancellable,
  checkCsv,
  spokenPercent,
  importableSurveys,
  importIssueOf,
  importProgress,
  parseImportResult,
  sampleCsv,
  touchpointKeysOf,
} from '../import/logic';
import { DEFAULT_THEME } from '@mantine/core';
import { theme } from '../../../app/theme';
import { contrastOnWhite } from '../../../ui/contrast';
import {
  ANONYMOUS_GROUP_MIN,
  anonymityRefusal,
  breakdownRows,
  CHART_COLORS,
  dayRange,
  distributionRows,
  divergingRows,
  exportUrl,
  formatNps,
  formatPValue,
  isTextQuestion,
  localTitle,
  marginOf,
  NPS_CLASS_COLORS,
  NPS_CLASSES,
  npsClassOfScore,
  resultsChoices,
  resultsFilter,
  scaleRows,
  scoreInterval,
  significanceOf,
  trendRows,
} from './logic';

const stats = (positiveShare: number, negativeShare: number, mean: number | null = null) => ({
  responses: 10,
  mean,
  positiveShare,
  negativeShare,
  notApplicable: 0,
});

describe('NPS formatting', () => {
  it('signs the score and keeps at most one decimal', () => {
    expect(formatNps(42, 'en')).toBe('+42');
    expect(formatNps(-7.46, 'en')).toBe('-7.5');
    expect(formatNps(0, 'en')).toBe('0');
    expect(formatNps(33.333, 'ja')).toBe('+33.3');
  });

  it('shows a dash when there is no score', () => {
    expect(formatNps(null, 'ja')).toBe('—');
    expect(formatNps(undefined, 'en')).toBe('—');
  });

  it('gives each class its own colour and a name in both languages', () => {
    expect(new Set(NPS_CLASSES.map((c) => NPS_CLASS_COLORS[c])).size).toBe(3);
    for (const c of NPS_CLASSES) {
      expect(resources.ja.surveyResults.class[c]).toBeTruthy();
      expect(resources.en.surveyResults.class[c]).toBeTruthy();
      expect(resources.ja.profile.attitude.class[c]).toBeTruthy();
    }
    expect(resources.ja.profile.attitude.class.UNKNOWN).toBe('未測定');
  });

  it('classes scores as the model does: 9–10, 7–8, 0–6', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsClassOfScore)).toEqual([
      'DETRACTOR',
      'DETRACTOR',
      'PASSIVE',
      'PASSIVE',
      'PROMOTER',
      'PROMOTER',
    ]);
  });
});

describe('margin of error', () => {
  it('reads ±points at 95% from 30 responses', () => {
    expect(marginOf({ responses: 30, marginOfError: 8.24 }, 'en')).toEqual({
      enough: true,
      text: '±8.2',
    });
  });

  it('says there are not enough responses below 30, whatever the api sent', () => {
    expect(marginOf({ responses: 29, marginOfError: 12 }, 'ja')).toEqual({
      enough: false,
      needed: 30,
    });
    expect(marginOf({ responses: 100, marginOfError: null }, 'ja').enough).toBe(false);
    expect(resources.ja.surveyResults.nps.notEnough).toBe(
      '回答数が不足しています（{{count}}件未満）',
    );
  });

  it('clips the interval to −100…100 and has none without enough answers', () => {
    expect(scoreInterval({ score: 95, marginOfError: 10, responses: 40 })).toEqual([85, 100]);
    expect(scoreInterval({ score: 10, marginOfError: 5, responses: 10 })).toBeNull();
    expect(scoreInterval({ score: null, marginOfError: null, responses: 0 })).toBeNull();
  });

  it('clips a trend point’s error bar to −100…100, drawing it uneven', () => {
    const [row] = trendRows(
      [
        {
          periodStart: '2025-03-01T00:00:00Z',
          summary: { score: 92, marginOfError: 14, responses: 40, suppressed: false },
        },
      ],
      'MONTH',
      'en',
    );
    expect(row!.errorBar).toEqual([14, 8]);
  });

  it('draws no error bar on trend points with too few answers', () => {
    const rows = trendRows(
      [
        {
          periodStart: '2025-03-01T00:00:00Z',
          summary: { score: 20, marginOfError: 11.04, responses: 60, suppressed: false },
        },
        {
          periodStart: '2025-04-01T00:00:00Z',
          summary: { score: -10, marginOfError: 30, responses: 12, suppressed: false },
        },
        {
          periodStart: '2025-05-01T00:00:00Z',
          summary: { score: null, marginOfError: null, responses: 0, suppressed: false },
        },
      ],
      'MONTH',
      'en',
    );
    expect(rows.map((r) => [r.score, r.margin, r.errorBar, r.enough])).toEqual([
      [20, 11, [11, 11], true],
      [-10, null, null, false],
      [null, null, null, false],
    ]);
    expect(rows[0]!.label).toMatch(/2025/);
  });
});

describe('period comparison', () => {
  it('words the test from the api’s verdict', () => {
    const shown = { a: { suppressed: false }, b: { suppressed: false } };
    expect(significanceOf({ z: 2.4, pValue: 0.016, significant: true, ...shown })).toBe(
      'significant',
    );
    expect(significanceOf({ z: 1.2, pValue: 0.23, significant: false, ...shown })).toBe(
      'notSignificant',
    );
    expect(significanceOf({ z: null, pValue: null, significant: false, ...shown })).toBe(
      'untestable',
    );
  });

  it('says a period is hidden for anonymity rather than empty', () => {
    const none = { z: null, pValue: null, significant: false };
    const hidden = { suppressed: true };
    const shown = { suppressed: false };
    expect(significanceOf({ ...none, a: hidden, b: shown })).toBe('hidden');
    expect(significanceOf({ ...none, a: shown, b: hidden })).toBe('hidden');
  });

  it('writes p-values with three decimals and a floor', () => {
    expect(formatPValue(0.0234, 'en')).toBe('0.023');
    expect(formatPValue(0.00001, 'en')).toBe('< 0.001');
    expect(formatPValue(null, 'en')).toBe('—');
  });

  it('has a title and an explanation for each verdict in both languages', () => {
    for (const v of ['significant', 'notSignificant', 'untestable'] as const) {
      expect(resources.ja.surveyResults.compare.verdict[v].body).toBeTruthy();
      expect(resources.en.surveyResults.compare.verdict[v].title).toBeTruthy();
    }
  });
});

describe('charts data', () => {
  it('puts each score of 0–10 in its class’s series', () => {
    const rows = distributionRows([1, 0, 0, 0, 0, 0, 2, 3, 4, 5, 6]);
    expect(rows).toHaveLength(11);
    expect(rows[6]).toEqual({ score: '6', PROMOTER: 0, PASSIVE: 0, DETRACTOR: 2 });
    expect(rows[8]).toEqual({ score: '8', PROMOTER: 0, PASSIVE: 4, DETRACTOR: 0 });
    expect(rows[10]).toEqual({ score: '10', PROMOTER: 6, PASSIVE: 0, DETRACTOR: 0 });
  });

  it('numbers scale answers from the scale’s first point', () => {
    expect(scaleRows('CES', [1, 2, 3, 4, 5, 6, 7]).map((r) => r.point)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(scaleRows('CSAT', [0, 0, 1, 5, 4])[4]).toEqual({ point: '5', answers: 4 });
  });

  it('builds diverging rows: negative shares left of zero, ordered by lift', () => {
    const tp = (key: string, lift: number | null, group: ReturnType<typeof stats>) => ({
      lift,
      touchpoint: { key, labelJa: `${key}JA`, labelEn: key === 'ads' ? '' : `${key}EN` },
      overall: group,
      promoters: stats(0.9, 0),
      passives: stats(0.5, 0.1),
      detractors: stats(0.1, 0.6),
    });
    const rows = divergingRows(
      [
        tp('ads', 0.4, stats(0.2, 0.5, -0.6)),
        tp('events', 2.1, stats(0.75, 0.05, 1.8)),
        tp('mail', null, stats(0, 0)),
      ],
      'overall',
      'en',
    );
    expect(rows.map((r) => r.key)).toEqual(['events', 'ads', 'mail']);
    expect(rows[0]).toMatchObject({ label: 'eventsEN', negative: -5, positive: 75, mean: 1.8 });
    // English falls back to Japanese when left empty.
    expect(rows[1]).toMatchObject({ label: 'adsJA', negative: -50, positive: 20 });
    expect(rows[2]).toMatchObject({ negative: 0, positive: 0, mean: null });
    const detractors = divergingRows([tp('ads', 0.4, stats(0, 0))], 'detractors', 'ja');
    expect(detractors[0]).toMatchObject({ negative: -60, positive: 10, label: 'adsJA' });
  });

  it('keeps breakdown groups without answers, with no score', () => {
    expect(
      breakdownRows(
        [
          {
            key: 'rank:1',
            labelJa: 'ブロンズ',
            labelEn: 'Bronze',
            summary: { score: 12.345, responses: 40, suppressed: false },
          },
          {
            key: 'rank:2',
            labelJa: 'シルバー',
            labelEn: 'Silver',
            summary: { score: null, responses: 0, suppressed: false },
          },
        ],
        'ja',
      ),
    ).toEqual([
      { key: 'rank:1', label: 'ブロンズ', score: 12.3, responses: 40, few: false, hidden: false },
      { key: 'rank:2', label: 'シルバー', score: null, responses: 0, few: true, hidden: false },
    ]);
  });
});

describe('anonymity', () => {
  it('marks hidden breakdown groups and trend periods apart from empty ones', () => {
    const rows = breakdownRows(
      [
        {
          key: 'rank:1',
          labelJa: 'ブロンズ',
          labelEn: 'Bronze',
          summary: { score: null, responses: 0, suppressed: true },
        },
        {
          key: 'rank:2',
          labelJa: 'シルバー',
          labelEn: 'Silver',
          summary: { score: null, responses: 0, suppressed: false },
        },
      ],
      'en',
    );
    expect(rows.map((r) => [r.hidden, r.few])).toEqual([
      [true, false],
      [false, true],
    ]);
    const trend = trendRows(
      [
        {
          periodStart: '2025-03-01T00:00:00Z',
          summary: { score: null, marginOfError: null, responses: 0, suppressed: true },
        },
      ],
      'MONTH',
      'en',
    );
    expect(trend[0]).toMatchObject({ hidden: true, score: null, errorBar: null });
  });

  it('words hidden groups as kept anonymous, not as empty', () => {
    const cell = (lang: 'ja' | 'en') =>
      resources[lang].surveyResults.hidden.cell.replace('{{min}}', String(ANONYMOUS_GROUP_MIN));
    expect(cell('ja')).toBe('匿名性を守るため非表示（5件未満）');
    expect(cell('en')).toBe('Hidden to keep answers anonymous (fewer than 5)');
  });

  it('recognises the refusal of a filter that keeps too few answers of an anonymous survey', () => {
    const refusal = (fields: unknown[], code = 'VALIDATION_FAILED') => ({
      errors: [{ message: 'refused', extensions: { code, fields } }],
    });
    expect(
      anonymityRefusal(
        refusal([{ field: 'filter', issue: 'OUT_OF_RANGE', message: 'x', params: { min: 5 } }]),
      ),
    ).toBe(5);
    expect(
      anonymityRefusal(refusal([{ field: 'filter', issue: 'OUT_OF_RANGE', message: 'x' }])),
    ).toBe(ANONYMOUS_GROUP_MIN);
    expect(
      anonymityRefusal(refusal([{ field: 'filter.to', issue: 'OUT_OF_RANGE', message: 'x' }])),
    ).toBeNull();
    expect(anonymityRefusal(refusal([], 'FORBIDDEN'))).toBeNull();
    expect(anonymityRefusal(undefined)).toBeNull();
  });
});

describe('filters and exports', () => {
  it('reads filters from the address, ignoring anything malformed', () => {
    const c = resultsChoices(
      new URLSearchParams(
        'from=2025-01-01&to=nope&rank=2&segment=nps:promoter&source=import&period=week',
      ),
    );
    expect(c).toEqual({
      from: '2025-01-01',
      to: null,
      rank: 2,
      segment: 'nps:promoter',
      source: 'IMPORT',
      period: 'WEEK',
    });
    expect(resultsChoices(new URLSearchParams('rank=-1&source=x')).rank).toBeNull();
    expect(resultsChoices(new URLSearchParams('')).period).toBe('MONTH');
  });

  it('turns picked days into a half-open range ending after the last day', () => {
    const r = dayRange('2025-01-01', '2025-01-31', 'UTC');
    expect(new Date(r.to!).getTime() - new Date(r.from!).getTime()).toBe(31 * 86_400_000);
    expect(dayRange(null, 'x', 'UTC')).toEqual({});
  });

  it('starts and ends days on the community’s clocks, whatever the browser’s', () => {
    expect(dayRange('2025-03-01', '2025-03-31', 'Asia/Tokyo')).toEqual({
      from: '2025-02-28T15:00:00Z',
      to: '2025-03-31T15:00:00Z',
    });
    // Across a daylight-saving change the last day is 23 hours long.
    expect(dayRange('2025-03-09', '2025-03-09', 'America/New_York')).toEqual({
      from: '2025-03-09T05:00:00Z',
      to: '2025-03-10T04:00:00Z',
    });
  });

  it('links every table’s CSV with the page’s filters', () => {
    const filter = resultsFilter(
      { from: null, to: null, rank: 3, segment: null, source: 'IN_APP', period: 'MONTH' },
      'Asia/Tokyo',
    );
    expect(exportUrl('s1', 'by-rank', filter)).toBe(
      '/surveys/s1/export/by-rank.csv?minRankPosition=3&source=IN_APP',
    );
    expect(exportUrl('s1', 'trend', null, { period: 'week' })).toBe(
      '/surveys/s1/export/trend.csv?period=week',
    );
    expect(exportUrl('s1', 'nps', {})).toBe('/surveys/s1/export/nps.csv');
  });

  it('lists text answers for text questions and NPS questions asking why', () => {
    expect(isTextQuestion({ type: 'LONG_TEXT', withReason: false })).toBe(true);
    expect(isTextQuestion({ type: 'NPS', withReason: true })).toBe(true);
    expect(isTextQuestion({ type: 'NPS', withReason: false })).toBe(false);
    expect(isTextQuestion({ type: 'CSAT', withReason: false })).toBe(false);
  });

  it('titles a survey in English, falling back to Japanese', () => {
    expect(localTitle({ titleJa: '満足度', titleEn: '' }, 'en')).toBe('満足度');
    expect(localTitle({ titleJa: '満足度', titleEn: 'Satisfaction' }, 'en')).toBe('Satisfaction');
    expect(localTitle({ titleJa: '満足度', titleEn: 'Satisfaction' }, 'ja')).toBe('満足度');
  });
});

describe('import', () => {
  it('writes a sample with the fixed columns and one per touchpoint, quoting where needed', () => {
    const csv = sampleCsv(['ads', 'events']);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('customer_id,email,score,answered_at,comment,tp:ads,tp:events');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('"Delivery took too long, ""again"""');
    for (const line of lines.slice(1)) {
      const score = Number(line.split(',')[2]);
      expect(Number.isInteger(score) && score >= 0 && score <= 10).toBe(true);
    }
    expect(lines[1]!.endsWith(',3,2')).toBe(true);
    expect(sampleCsv([]).split('\r\n')[0]).toBe('customer_id,email,score,answered_at,comment');
  });

  it('shows the upload, then the server’s count, then done', () => {
    expect(importProgress({ stage: 'idle' })).toEqual({ percent: 0, phase: 'idle' });
    expect(importProgress({ stage: 'uploading', sent: 0.424 })).toEqual({
      percent: 42,
      phase: 'uploading',
    });
    expect(importProgress({ stage: 'processing', sent: 1, done: 750, total: 1000 })).toEqual({
      percent: 75,
      phase: 'processing',
    });
    expect(importProgress({ stage: 'processing', sent: 1, done: 1200, total: 1000 }).percent).toBe(
      100,
    );
    expect(importProgress({ stage: 'processing', sent: 1, done: 5, total: 0 }).percent).toBeNull();
    expect(importProgress({ stage: 'finished' })).toEqual({ percent: 100, phase: 'finished' });
  });

  it('checks the file before sending it', () => {
    expect(checkCsv({ name: 'a.csv', size: 0, type: 'text/csv' })).toBe('empty');
    expect(checkCsv({ name: 'a.xlsx', size: 10, type: 'application/vnd.openxmlformats' })).toBe(
      'notCsv',
    );
    expect(checkCsv({ name: 'a.csv', size: 300 * 1024 * 1024, type: 'text/csv' })).toBe('tooLarge');
    expect(checkCsv({ name: 'ANSWERS.CSV', size: 10, type: '' })).toBeNull();
  });

  it('offers surveys with an NPS question, and their touchpoint keys', () => {
    const nps = {
      id: 'a',
      questions: [
        { type: 'NPS' as const, touchpoints: [] },
        { type: 'TOUCHPOINTS' as const, touchpoints: [{ key: 'ads' }, { key: 'web' }] },
      ],
    };
    const csat = { id: 'b', questions: [{ type: 'CSAT' as const, touchpoints: [] }] };
    expect(importableSurveys([nps, csat]).map((s) => s.id)).toEqual(['a']);
    expect(touchpointKeysOf(nps)).toEqual(['ads', 'web']);
    expect(touchpointKeysOf(csat)).toEqual([]);
  });

  it('reads the api’s answer and refuses anything else', () => {
    expect(
      parseImportResult({
        jobId: 'j',
        imported: 3,
        skipped: 1,
        failed: 1,
        errors: [{ line: 4, message: 'score must be 0–10', code: 'OUT_OF_RANGE' }, { bad: 1 }],
      }),
    ).toEqual({
      jobId: 'j',
      imported: 3,
      skipped: 1,
      failed: 1,
      errors: [{ line: 4, message: 'score must be 0–10', code: 'OUT_OF_RANGE' }],
      stoppedAt: null,
    });
    expect(
      parseImportResult({
        imported: 0,
        skipped: 0,
        failed: 1,
        errors: [{ line: 2, message: 'm', code: 'INVALID_SCORE', params: { value: '11', x: 1 } }],
      })?.errors,
    ).toEqual([{ line: 2, message: 'm', code: 'INVALID_SCORE', params: { value: '11' } }]);
    expect(parseImportResult({ errors: [] })).toBeNull();
    expect(parseImportResult('nope')).toBeNull();
  });
});

describe('an import that stopped part way', () => {
  it('keeps the counts so far and the line it stopped at', () => {
    const stopped = parseImportResult({
      jobId: 'j',
      imported: 500,
      skipped: 20,
      failed: 2,
      errors: [],
      error: { code: 'INTERNAL', message: 'The import stopped at line 523', line: 523 },
    });
    expect(stopped).toMatchObject({ imported: 500, skipped: 20, failed: 2, stoppedAt: 523 });
    expect(
      parseImportResult({ imported: 0, skipped: 0, failed: 0, error: { code: 'INTERNAL' } })
        ?.stoppedAt,
    ).toBe(0);
    expect(
      parseImportResult({ imported: 1, skipped: 0, failed: 0, errors: [] })?.stoppedAt,
    ).toBeNull();
  });

  it('tells how far it got and that importing the file again adds only what is missing', () => {
    for (const lang of ['ja', 'en'] as const) {
      const stopped = resources[lang].surveyResults.import.stopped;
      expect(stopped.title).toContain('{{line}}');
      expect(stopped.sofar).toContain('{{imported}}');
      expect(stopped.again.length).toBeGreaterThan(0);
    }
    expect(resources.ja.surveyResults.import.stopped.title).toBe(
      '{{line}}行目でインポートが止まりました',
    );
  });
});

describe('import row errors', () => {
  it('are said by code when the api gives what the text names, else in the api’s words', () => {
    expect(
      importIssueOf({ line: 3, message: 'm', code: 'INVALID_SCORE', params: { value: '11' } }),
    ).toEqual({ code: 'INVALID_SCORE', params: { value: '11' } });
    expect(importIssueOf({ line: 3, message: 'm', code: 'MALFORMED_ROW' })).toEqual({
      code: 'MALFORMED_ROW',
      params: {},
    });
    // A value the text needs is missing, or the code is new to this page.
    expect(importIssueOf({ line: 3, message: 'm', code: 'INVALID_SCORE' })).toBeNull();
    expect(importIssueOf({ line: 3, message: 'm', code: 'SOMETHING_NEW' })).toBeNull();
    expect(importIssueOf({ line: 3, message: 'm', code: 'toString' })).toBeNull();
    expect(importIssueOf({ line: 3, message: 'm' })).toBeNull();
  });
});

describe('chart colours', () => {
  it('each read at 3:1 or more on white', () => {
    const palette = { ...DEFAULT_THEME.colors, ...theme.colors } as Record<
      string,
      readonly string[]
    >;
    for (const color of [...Object.values(NPS_CLASS_COLORS), ...Object.values(CHART_COLORS)]) {
      const [name, shade] = color.split('.') as [string, string];
      const ratio = contrastOnWhite(palette[name]![Number(shade)]!);
      expect({ color, readable: ratio >= 3 }).toEqual({ color, readable: true });
    }
  });
});

describe('import report and progress', () => {
  it('reads the progress aloud in steps of 10%', () => {
    expect([0, 9, 10, 57, 99, 100].map(spokenPercent)).toEqual([0, 0, 10, 50, 90, 100]);
    expect(spokenPercent(null)).toBeNull();
  });

  it('offers to cancel only while the file is still being sent', () => {
    expect(cancellable({ stage: 'uploading', sent: 0.4 })).toBe(true);
    expect(cancellable({ stage: 'uploading', sent: 1 })).toBe(false);
    expect(cancellable({ stage: 'processing', sent: 1, done: 10, total: 0 })).toBe(false);
    expect(cancellable({ stage: 'idle' })).toBe(false);
  });
});
