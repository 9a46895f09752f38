import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { fileEncoding } from '../../../core/http/csv-upload.js';
import { parseAnsweredAt, readHeader, readRow, type ImportColumns } from './nps-import.rows.js';

const TOUCHPOINTS = new Map([['community', 'tp-community']]);

function columns(header: string): ImportColumns {
  const h = readHeader(header.split(','), TOUCHPOINTS);
  if ('missing' in h) throw new Error(`missing ${h.missing.join()}`);
  return h.columns;
}

describe('import header', () => {
  it('finds columns by name in any order, with tp: columns', () => {
    const c = columns(' Score ,tp:community,EMAIL,answered_at,tp:nowhere');
    expect(c).toMatchObject({ score: 0, email: 2, answeredAt: 3, customerId: null, comment: null });
    expect(c.touchpoints).toEqual([
      { index: 1, key: 'community', touchpointId: 'tp-community' },
      { index: 4, key: 'nowhere', touchpointId: null },
    ]);
  });

  it('names the required columns missing', () => {
    expect(readHeader(['comment'], TOUCHPOINTS)).toEqual({
      missing: ['score', 'answered_at', 'customer_id or email'],
    });
  });
});

describe('import rows', () => {
  const c = columns('customer_id,email,score,answered_at,comment,tp:community,tp:nowhere');
  const row = (cells: string) => readRow(cells.split(','), c);

  it('keys a row on the customer (or email) and the answer instant', () => {
    expect(row('c-1,,10,2026-03-01T19:00:00+09:00,good,+3,')).toEqual({
      row: {
        importKey: 'c-1|2026-03-01T10:00:00.000Z',
        customerId: 'c-1',
        email: null,
        score: 10,
        answeredAt: new Date('2026-03-01T10:00:00Z'),
        comment: 'good',
        touchpoints: [{ touchpointId: 'tp-community', influence: 3 }],
      },
    });
    const byEmail = row(',Ａ@Example.TEST,0,2026-03-01T10:00:00Z,,n/a,');
    expect(byEmail).toMatchObject({
      row: { importKey: 'a@example.test|2026-03-01T10:00:00.000Z', email: 'a@example.test' },
    });
  });

  it.each([
    ['c,,11,2026-03-01T10:00:00Z,,,', 'INVALID_SCORE', { value: '11' }],
    ['c,,-1,2026-03-01T10:00:00Z,,,', 'INVALID_SCORE', { value: '-1' }],
    ['c,,7.5,2026-03-01T10:00:00Z,,,', 'INVALID_SCORE', { value: '7.5' }],
    ['c,,7,2026-03-01T10:00:00,,,', 'INVALID_DATE', { value: '2026-03-01T10:00:00' }],
    ['c,,7,2026-02-30T10:00:00Z,,,', 'INVALID_DATE', { value: '2026-02-30T10:00:00Z' }],
    [',,7,2026-03-01T10:00:00Z,,,', 'NO_RESPONDENT', undefined],
    [',not-an-email,7,2026-03-01T10:00:00Z,,,', 'INVALID_EMAIL', { value: 'not-an-email' }],
    ['c,,7,2026-03-01T10:00:00Z,,4,', 'INVALID_INFLUENCE', { column: 'tp:community', value: '4' }],
    ['c,,7,2026-03-01T10:00:00Z,,,1', 'UNKNOWN_TOUCHPOINT', { column: 'tp:nowhere' }],
    [
      `${'c'.repeat(201)},,7,2026-03-01T10:00:00Z,,,`,
      'TOO_LONG',
      { column: 'customer_id', max: 200 },
    ],
  ])('refuses %s as %s', (cells, error, params) => {
    expect(row(cells)).toEqual(params ? { error, params } : { error });
  });

  it('refuses an answer dated more than a day ahead', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const at = (iso: string) => readRow(['c', '', '7', iso, '', '', ''], c, now);
    expect(at('2026-03-01T23:00:00Z')).toHaveProperty('row');
    expect(at('2026-03-02T01:00:00Z')).toEqual({
      error: 'INVALID_DATE',
      params: { value: '2026-03-02T01:00:00Z' },
    });
  });

  it('cuts a long value short in the report', () => {
    const r = row(`c,,${'9'.repeat(60)},2026-03-01T10:00:00Z,,,`);
    expect(r).toEqual({ error: 'INVALID_SCORE', params: { value: `${'9'.repeat(39)}…` } });
  });

  it('reads offsets with or without a colon', () => {
    expect(parseAnsweredAt('2026-03-01 19:00+0900')?.toISOString()).toBe(
      '2026-03-01T10:00:00.000Z',
    );
    expect(parseAnsweredAt('2026-03-01T10:00:00.250Z')?.toISOString()).toBe(
      '2026-03-01T10:00:00.250Z',
    );
  });
});

describe('encoding detection', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kizuna-enc-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const encodingOf = async (bytes: Buffer) => {
    const path = join(dir, `${Math.random()}.csv`);
    await writeFile(path, bytes);
    return fileEncoding(path);
  };
  const text =
    'customer_id,score,answered_at,comment\nc,9,2026-03-01T10:00:00Z,配送がとても早くて満足です\n';

  it('tells UTF-8 from Shift_JIS', async () => {
    expect(await encodingOf(Buffer.from(text))).toBe('utf-8');
    expect(
      await encodingOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
    ).toBe('utf-8');
    expect(await encodingOf(iconv.encode(text, 'Shift_JIS'))).toBe('cp932');
  });

  it('reads the whole file: Shift_JIS after 64 KB of plain ASCII', async () => {
    const ascii = 'customer_id,score,answered_at\n' + 'c1,9,2026-03-01T10:00:00Z\n'.repeat(3000);
    expect(Buffer.byteLength(ascii)).toBeGreaterThan(64 * 1024);
    const bytes = Buffer.concat([
      Buffer.from(ascii),
      iconv.encode('c2,3,2026-03-01T10:00:00Z,遅い\n', 'Shift_JIS'),
    ]);
    expect(await encodingOf(bytes)).toBe('cp932');
  });

  it('refuses UTF-16 with how to save the file', async () => {
    await expect(
      encodingOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
    ).rejects.toMatchObject({ message: expect.stringContaining('UTF-16') });
  });
});
