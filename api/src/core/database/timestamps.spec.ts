import pg from 'pg';
import { parseTimestamptz } from './timestamps.js';

// pg's own date parser, which it still uses for timestamps without a time zone.
const parseDate = pg.types.getTypeParser(pg.types.builtins.TIMESTAMP) as (text: string) => unknown;

describe('parseTimestamptz', () => {
  const texts = [
    '2026-12-05 15:31:54+00',
    '2026-12-05 15:31:54.1+09',
    '2026-12-05 15:31:54.12+09',
    '2026-12-05 15:31:54.123456+09',
    '2024-02-29 23:59:59.999999-03:30',
    '1999-12-31 23:59:59.5+05:45',
    '1887-01-01 00:00:00+09:18:59',
    '1970-01-01 00:00:00-00',
    '9999-12-31 23:59:59.999999+14',
  ];

  it.each(texts)('reads %s as pg does', (text) => {
    expect(parseTimestamptz(text).toISOString()).toBe((parseDate(text) as Date).toISOString());
  });

  it('reads every millisecond as pg does', () => {
    for (let ms = 0; ms < 1000; ms++) {
      const text = `2026-01-02 03:04:05.${String(ms).padStart(3, '0')}789+09`;
      expect(parseTimestamptz(text).getTime()).toBe(Date.parse('2026-01-01T18:04:05Z') + ms);
    }
  });

  it('leaves what it does not read by position to pg', () => {
    for (const text of [
      'infinity',
      '-infinity',
      '0099-01-01 00:00:00+00',
      '2026-12-05 15:31:54+00 BC',
      '12026-12-05 15:31:54+00',
    ])
      expect(String(parseTimestamptz(text))).toBe(String(parseDate(text)));
  });
});
