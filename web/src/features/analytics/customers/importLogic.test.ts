import { ORDER_IMPORT, OrderImportIssue } from '@kizuna/shared';
import { resources } from '../../../locales';
import {
  addSample,
  cancellable,
  checkOrdersCsv,
  errorsCapped,
  importPercent,
  issueOf,
  onProgressPush,
  ORDER_COLUMNS,
  ORDER_IMPORT_ISSUES,
  parseOrderImport,
  RATE_WINDOW_MS,
  rowsPerSecond,
  spokenPercent,
  type ImportStage,
} from './importLogic';

describe('rows per second', () => {
  it('is the rows read over the time between the first and last samples of the window', () => {
    expect(
      rowsPerSecond([
        { at: 1_000, done: 0 },
        { at: 2_000, done: 5_000 },
        { at: 3_000, done: 12_000 },
      ]),
    ).toBe(6_000);
  });

  it('follows a slowdown: samples older than the window no longer count', () => {
    const samples = [
      { at: 0, done: 0 },
      { at: 1_000, done: 100_000 },
      { at: 20_000, done: 110_000 },
      { at: 22_000, done: 112_000 },
    ];
    expect(rowsPerSecond(samples, 5_000)).toBe(1_000);
  });

  it('has no rate before two samples apart in time', () => {
    expect(rowsPerSecond([])).toBeNull();
    expect(rowsPerSecond([{ at: 5, done: 10 }])).toBeNull();
    expect(
      rowsPerSecond([
        { at: 5, done: 10 },
        { at: 5, done: 20 },
      ]),
    ).toBeNull();
  });

  it('keeps only what the window needs, plus the sample just before it', () => {
    let samples = [{ at: 0, done: 0 }];
    for (let at = 1_000; at <= 20_000; at += 1_000) {
      samples = addSample(samples, { at, done: at }, RATE_WINDOW_MS);
    }
    expect(samples[0].at).toBe(20_000 - RATE_WINDOW_MS - 1_000);
    expect(samples.length).toBe(7);
    expect(rowsPerSecond(samples)).toBe(1_000);
  });
});

describe('the import’s progress', () => {
  const uploading: ImportStage = { stage: 'uploading', sent: 0.4 };

  it('counts the rows of this import’s pushes only, with a sample per push', () => {
    const mine = onProgressPush(uploading, { id: 'job-1', done: 500 }, 'job-1', 1_000);
    expect(mine).toEqual({
      stage: 'processing',
      sent: 0.4,
      done: 500,
      samples: [{ at: 1_000, done: 500 }],
    });
    expect(onProgressPush(mine, { id: 'run-9', done: 99_999 }, 'job-1', 2_000)).toBe(mine);
    const next = onProgressPush(mine, { id: 'job-1', done: 2_500 }, 'job-1', 2_000);
    expect(next.stage === 'processing' && rowsPerSecond(next.samples)).toBe(2_000);
    // A late push never moves the count back, and pushes after the end change nothing.
    const late = onProgressPush(next, { id: 'job-1', done: 100 }, 'job-1', 2_500);
    expect(late.stage === 'processing' && late.done).toBe(2_500);
    const finished: ImportStage = { stage: 'finished' };
    expect(onProgressPush(finished, { id: 'job-1', done: 3_000 }, 'job-1', 3_000)).toBe(finished);
    expect(onProgressPush(uploading, { id: 'job-1', done: 1 }, null, 3_000)).toBe(uploading);
  });

  it('fills the bar with the file sent, short of 100% until the server has finished', () => {
    expect(importPercent({ stage: 'idle' })).toBe(0);
    expect(importPercent({ stage: 'uploading', sent: 0.333 })).toBe(33);
    expect(importPercent({ stage: 'processing', sent: 1, done: 10, samples: [] })).toBe(99);
    expect(importPercent({ stage: 'uploading', sent: 7 })).toBe(99);
    expect(importPercent({ stage: 'finished' })).toBe(100);
  });

  it('may be cancelled only while the file is still on its way', () => {
    expect(cancellable({ stage: 'uploading', sent: 0.5 })).toBe(true);
    expect(cancellable({ stage: 'uploading', sent: 1 })).toBe(false);
    expect(cancellable({ stage: 'processing', sent: 0.5, done: 1, samples: [] })).toBe(false);
    expect(spokenPercent(57)).toBe(50);
  });
});

describe('the chosen file', () => {
  it('must be a non-empty CSV within the size limit', () => {
    expect(checkOrdersCsv({ name: 'orders.csv', size: 10, type: 'text/csv' })).toBeNull();
    expect(checkOrdersCsv({ name: 'orders.CSV', size: 10, type: '' })).toBeNull();
    expect(checkOrdersCsv({ name: 'orders.csv', size: 0, type: 'text/csv' })).toBe('empty');
    expect(checkOrdersCsv({ name: 'orders.xlsx', size: 10, type: 'application/zip' })).toBe(
      'notCsv',
    );
    expect(
      checkOrdersCsv({ name: 'big.csv', size: ORDER_IMPORT.maxBytes + 1, type: 'text/csv' }),
    ).toBe('tooLarge');
  });
});

describe('the api’s answer', () => {
  const body = {
    id: 'imp-1',
    fileName: 'orders.csv',
    status: 'done',
    rowsRead: 5,
    rowsImported: 2,
    rowsUpdated: 1,
    rowsUnchanged: 1,
    rowsFailed: 1,
    errors: [
      { line: 4, issue: 'invalid_date', column: 'ordered_at' },
      { line: 6, issue: 'SOMETHING_NEW', column: '' },
      { line: 'x', issue: 'invalid_date' },
    ],
    failure: null,
    createdAt: '2025-01-01T00:00:00Z',
  };

  it('is read with row errors by line, whichever spelling the issue comes in', () => {
    expect(parseOrderImport(body)).toEqual({
      id: 'imp-1',
      fileName: 'orders.csv',
      status: 'DONE',
      rowsRead: 5,
      rowsImported: 2,
      rowsUpdated: 1,
      rowsUnchanged: 1,
      rowsFailed: 1,
      errors: [
        { line: 4, issue: 'INVALID_DATE', raw: null, column: 'ordered_at' },
        { line: 6, issue: null, raw: 'SOMETHING_NEW', column: null },
      ],
      failure: null,
    });
    expect(issueOf('DUPLICATE_IN_FILE')).toBe('DUPLICATE_IN_FILE');
    expect(issueOf('customer_mismatch')).toBe('CUSTOMER_MISMATCH');
    expect(issueOf(3)).toBeNull();
  });

  it('is refused when it is not an import', () => {
    expect(parseOrderImport(null)).toBeNull();
    expect(parseOrderImport({ errors: [] })).toBeNull();
    expect(parseOrderImport({ ...body, rowsFailed: -1 })).toBeNull();
    expect(parseOrderImport({ ...body, id: 7 })).toBeNull();
  });

  it('says when the record keeps fewer errors than failed', () => {
    expect(errorsCapped({ rowsFailed: 1_500, errors: new Array(1_000) })).toBe(true);
    expect(errorsCapped({ rowsFailed: 2, errors: new Array(2) })).toBe(false);
  });
});

describe('texts of the import', () => {
  it('explain every column and every issue in ja and en', () => {
    for (const lang of ['ja', 'en'] as const) {
      const texts = resources[lang].analyticsCustomers.import;
      for (const column of ORDER_COLUMNS) expect(texts.format.columns[column]).toBeTruthy();
      for (const issue of ORDER_IMPORT_ISSUES) expect(texts.issues[issue]).toBeTruthy();
    }
    // Every reason the api may give (shared), and no other.
    expect([...ORDER_IMPORT_ISSUES].map((i) => i.toLowerCase()).sort()).toEqual(
      Object.values(OrderImportIssue).sort(),
    );
  });
});
