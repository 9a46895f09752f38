import pg from 'pg';

/** The value of the decimal digits of `text` from `from` up to `to`, NaN if any is not one. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A `timestamptz` as PostgreSQL writes it (`2026-12-05 15:31:54.123456+09`, the offset possibly
 * with minutes and seconds) read by position; anything else (BC, infinity, years before 100 or
 * after 9999) is left to pg's own parser. pg's parser runs three regular expressions per value,
 * and a feed page holds over a hundred timestamps.
 */
export function parseTimestamptz(text: string): Date {
  return byPosition(text) ?? (fallback(text) as Date);
}

const fallback = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ);

function byPosition(text: string): Date | null {
  if (
    text.length < 22 ||
    text.charCodeAt(10) !== 32 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  )
    return null;
  const year = digits(text, 0, 4);
  if (!(year >= 100)) return null;
  const time = Date.UTC(
    year,
    digits(text, 5, 7) - 1,
    digits(text, 8, 10),
    digits(text, 11, 13),
    digits(text, 14, 16),
    digits(text, 17, 19),
  );
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46) {
    // Microseconds are cut to milliseconds, as a Date holds them.
    let scale = 100;
    for (i++; i < text.length; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      ms += d * scale;
      scale = scale === 1 ? 0 : scale / 10;
    }
  }
  const sign = text.charCodeAt(i) === 43 ? 1 : text.charCodeAt(i) === 45 ? -1 : 0;
  if (!sign) return null;
  let offset = digits(text, i + 1, i + 3) * 3600;
  i += 3;
  for (let unit = 60; i < text.length && unit >= 1; unit /= 60, i += 3) {
    if (text.charCodeAt(i) !== 58 || i + 3 > text.length) return null;
    offset += digits(text, i + 1, i + 3) * unit;
  }
  if (i !== text.length) return null;
  const value = time + ms - sign * offset * 1000;
  return Number.isNaN(value) ? null : new Date(value);
}

pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, parseTimestamptz);
