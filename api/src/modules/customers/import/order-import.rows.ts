import { ORDER_IMPORT, type OrderImportIssue } from '@kizuna/shared';

/**
 * One row of an order file from a brand's shop system: `customer_id,email,order_id,ordered_at,
 * amount` found by header name, in any order; other columns are ignored.
 */

export interface OrderColumns {
  customerId: number | null;
  email: number | null;
  orderId: number;
  orderedAt: number;
  amount: number;
}

export interface OrderRow {
  orderId: string;
  /** The customer's key: the brand's customer id, or the folded e-mail when the row has none. */
  customerKey: string;
  /** As written in the file (trimmed); null when the row has none. */
  email: string | null;
  emailKey: string | null;
  /** A time with an offset: the instant. */
  at: Date | null;
  /** A bare date (`YYYY-MM-DD`): midnight of that day in the community's time zone. */
  localDay: string | null;
  /** Yen, as a decimal string (at most two decimals). */
  amount: string;
}

export interface RowIssue {
  issue: OrderImportIssue;
  column: string | null;
}

export const EMAIL_MAX = 254;

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const BARE_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/;
/** Orders dated later than this ahead are refused: a typo in the year would stay "recent". */
const FUTURE_SLACK_MS = 2 * 86_400_000;

const headerName = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** Folded as member emails are matched: NFKC, trimmed, lower case. */
export const emailKeyOf = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** Where each column is, by header name; or the required columns missing. */
export function readOrderHeader(
  cells: string[],
): { columns: OrderColumns } | { missing: string[] } {
  const names = cells.map(headerName);
  const at = (name: (typeof ORDER_IMPORT.columns)[number]) => {
    const i = names.indexOf(name);
    return i < 0 ? null : i;
  };
  const orderId = at('order_id');
  const orderedAt = at('ordered_at');
  const amount = at('amount');
  const customerId = at('customer_id');
  const email = at('email');
  const missing = [
    ...(orderId === null ? ['order_id'] : []),
    ...(orderedAt === null ? ['ordered_at'] : []),
    ...(amount === null ? ['amount'] : []),
    ...(customerId === null && email === null ? ['customer_id or email'] : []),
  ];
  if (orderId === null || orderedAt === null || amount === null || missing.length)
    return { missing };
  return { columns: { customerId, email, orderId, orderedAt, amount } };
}

const realDay = (y: number, m: number, d: number) => {
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An order time: ISO 8601 with an offset or `Z` (an instant), or a bare date (`2026-03-01`, also
 * `2026/3/1` as spreadsheets write it), which means that day in the community's time zone. Null
 * for anything else, a date the calendar lacks, or one more than two days ahead.
 */
export function parseOrderedAt(
  s: string,
  now = new Date(),
): { at: Date; localDay: null } | { at: null; localDay: string } | null {
  const bare = BARE_DATE.exec(s);
  if (bare) {
    const [y, m, d] = [Number(bare[1]), Number(bare[2]), Number(bare[3])];
    if (!realDay(y, m, d) || Date.UTC(y, m - 1, d) > now.getTime() + FUTURE_SLACK_MS) return null;
    return { at: null, localDay: `${bare[1]}-${pad(m)}-${pad(d)}` };
  }
  const iso = ISO_DATE_TIME.exec(s);
  if (!iso) return null;
  const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (!realDay(y, m, d) || Number(iso[4]) > 23 || Number(iso[5]) > 59 || Number(iso[6] ?? 0) > 59)
    return null;
  const offset =
    iso[8].toUpperCase() === 'Z' ? 'Z' : iso[8].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const at = new Date(
    `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${iso[7] ?? ''}${offset}`,
  );
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + FUTURE_SLACK_MS) return null;
  return { at, localDay: null };
}

/** Yen as a decimal string, or null: digits (thousands commas allowed), up to two decimals. */
export function parseAmount(s: string): string | null {
  const text = s
    .normalize('NFKC')
    .replace(/^[¥￥]/, '')
    .trim();
  if (!AMOUNT.test(text)) return null;
  const plain = text.replace(/,/g, '');
  if (Number(plain) > ORDER_IMPORT.amountMax) return null;
  return plain;
}

/** A data row, or why it cannot be imported and in which column. */
export function readOrderRow(
  cells: string[],
  c: OrderColumns,
  now = new Date(),
): { row: OrderRow } | RowIssue {
  const cell = (i: number | null) => (i === null ? '' : (cells[i] ?? '').trim());
  const orderId = cell(c.orderId);
  if (!orderId) return { issue: 'missing_order_id', column: 'order_id' };
  const customerId = cell(c.customerId);
  const email = cell(c.email) || null;
  if (!customerId && !email)
    return { issue: 'missing_customer', column: c.customerId === null ? 'email' : 'customer_id' };
  if ([...orderId].length > ORDER_IMPORT.idMax) return { issue: 'too_long', column: 'order_id' };
  if ([...customerId].length > ORDER_IMPORT.idMax)
    return { issue: 'too_long', column: 'customer_id' };
  if (email && [...email].length > EMAIL_MAX) return { issue: 'too_long', column: 'email' };
  const emailKey = email ? emailKeyOf(email) : null;
  if (emailKey && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(emailKey))
    return { issue: 'invalid_email', column: 'email' };
  const when = parseOrderedAt(cell(c.orderedAt).normalize('NFKC'), now);
  if (!when) return { issue: 'invalid_date', column: 'ordered_at' };
  const amount = parseAmount(cell(c.amount));
  if (amount === null) return { issue: 'invalid_amount', column: 'amount' };
  return {
    row: {
      orderId,
      customerKey: customerId || emailKey!,
      email,
      emailKey,
      at: when.at,
      localDay: when.localDay,
      amount,
    },
  };
}
