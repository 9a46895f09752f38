import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify as stringifyStream } from 'csv-stringify';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

const OPTIONS = { bom: true, record_delimiter: 'windows', escape_formulas: true } as const;

/**
 * Rows as CSV a spreadsheet opens right: UTF-8 with a byte order mark, CRLF line ends, and a
 * cell such as =HYPERLINK(…) kept as text.
 */
export const toCsv = (rows: unknown[][]): string => stringify(rows, OPTIONS);

/**
 * Sends CSV as a private download: `name` is the file name in ASCII, `displayName` the one a
 * browser shows where it reads UTF-8 names (an event's title).
 */
export function sendCsv(
  res: Response,
  csv: string,
  file: { name: string; displayName?: string },
): void {
  res.status(200).set(headers(file)).send(csv);
}

/**
 * Streams rows as CSV (as toCsv writes them) while they are read, for tables too large to hold:
 * the first row is read before anything is sent, so a refusal is still answered as an error; a
 * failure after that cuts the download short.
 */
export async function streamCsv(
  res: Response,
  rows: AsyncIterable<unknown[]>,
  file: { name: string; displayName?: string },
): Promise<void> {
  const it = rows[Symbol.asyncIterator]();
  const first = await it.next();
  async function* all() {
    if (first.done) return;
    yield first.value;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  res.status(200).set(headers(file));
  await pipeline(Readable.from(all()), stringifyStream(OPTIONS), res);
}

function headers(file: { name: string; displayName?: string }): Record<string, string> {
  const utf8 = file.displayName ? `; filename*=UTF-8''${encodeURIComponent(file.displayName)}` : '';
  return {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${file.name}"${utf8}`,
    'cache-control': 'private, no-store',
  };
}
