import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

/**
 * Rows as CSV a spreadsheet opens right: UTF-8 with a byte order mark, CRLF line ends, and a
 * cell such as =HYPERLINK(…) kept as text.
 */
export const toCsv = (rows: unknown[][]): string =>
  stringify(rows, { bom: true, record_delimiter: 'windows', escape_formulas: true });

/**
 * Sends CSV as a private download: `name` is the file name in ASCII, `displayName` the one a
 * browser shows where it reads UTF-8 names (an event's title).
 */
export function sendCsv(
  res: Response,
  csv: string,
  file: { name: string; displayName?: string },
): void {
  const utf8 = file.displayName ? `; filename*=UTF-8''${encodeURIComponent(file.displayName)}` : '';
  res
    .status(200)
    .set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${file.name}"${utf8}`,
      'cache-control': 'private, no-store',
    })
    .send(csv);
}
