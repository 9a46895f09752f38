import {
  SURVEY_ANSWER_SHAPE,
  TOUCHPOINT_INFLUENCE,
  type NpsImportIssue,
  type NpsImportIssueParams,
} from '@kizuna/shared';

/**
 * One row of an NPS file from a brand's own survey tool: `customer_id,email,score,answered_at,
 * comment` in any order, plus `tp:<touchpoint key>` columns of influence answers (−3 … 3).
 */

export const IMPORT_ROW_MESSAGES: Record<NpsImportIssue, string> = {
  INVALID_SCORE: 'The score must be a whole number from 0 to 10.',
  INVALID_DATE:
    'answered_at must be an ISO 8601 date and time with an offset or Z, such as 2026-04-01T10:00:00+09:00, and not in the future.',
  NO_RESPONDENT: 'Give a customer_id or an email.',
  INVALID_EMAIL: 'The email address is not valid.',
  TOO_LONG: 'A value is too long (customer_id 200, email 254, comment 2000 characters).',
  INVALID_INFLUENCE: 'Touchpoint answers are whole numbers from -3 to 3, "n/a", or empty.',
  UNKNOWN_TOUCHPOINT: 'This survey asks about no touchpoint of that key.',
  MALFORMED_ROW: 'This row could not be read as CSV (check its quotes).',
  TOO_MANY_ROWS: 'The file has more rows than an import takes.',
};

export interface ImportColumns {
  customerId: number | null;
  email: number | null;
  score: number;
  answeredAt: number;
  comment: number | null;
  /** `tp:` columns; `touchpointId` null when the survey's touchpoint question has no such key. */
  touchpoints: Array<{ index: number; key: string; touchpointId: string | null }>;
}

export interface ImportRow {
  importKey: string;
  customerId: string | null;
  email: string | null;
  score: number;
  answeredAt: Date;
  comment: string | null;
  touchpoints: Array<{ touchpointId: string; influence: number | null }>;
}

const CUSTOMER_ID_MAX = 200;
const EMAIL_MAX = 254;
const COMMENT_MAX = SURVEY_ANSWER_SHAPE.nps.text!;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const NOT_APPLICABLE = new Set(['n/a', 'na']);
/** Answers dated later than this ahead are refused: one would stay a member's latest for ever. */
const FUTURE_SLACK_MS = 86_400_000;

/** A row's issue, and what the report says of it beside the code. */
export interface RowIssue {
  error: NpsImportIssue;
  params?: NpsImportIssueParams;
}

const VALUE_SHOWN_MAX = 40;

const headerName = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** A cell as the report shows it: cut short, so a report of many bad rows stays small. */
const shown = (s: string) =>
  [...s].length > VALUE_SHOWN_MAX ? `${[...s].slice(0, VALUE_SHOWN_MAX - 1).join('')}…` : s;

/** Folded as member emails are matched: NFKC, trimmed, lower case. */
export const normalizeEmail = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/**
 * Where each column is, by header name. Null when a required column is missing (score,
 * answered_at, and customer_id or email), with the names of those missing.
 */
export function readHeader(
  cells: string[],
  touchpointIds: ReadonlyMap<string, string>,
): { columns: ImportColumns } | { missing: string[] } {
  const names = cells.map(headerName);
  const at = (name: string) => {
    const i = names.indexOf(name);
    return i < 0 ? null : i;
  };
  const score = at('score');
  const answeredAt = at('answered_at');
  const customerId = at('customer_id');
  const email = at('email');
  const missing = [
    ...(score === null ? ['score'] : []),
    ...(answeredAt === null ? ['answered_at'] : []),
    ...(customerId === null && email === null ? ['customer_id or email'] : []),
  ];
  if (score === null || answeredAt === null || missing.length) return { missing };
  const touchpoints = names.flatMap((n, index) => {
    if (!n.startsWith('tp:')) return [];
    const key = n.slice(3).trim();
    return [{ index, key, touchpointId: touchpointIds.get(key) ?? null }];
  });
  return { columns: { customerId, email, score, answeredAt, comment: at('comment'), touchpoints } };
}

/** A parsed answer time, or null when it is not ISO 8601 with an offset or a real date. */
export function parseAnsweredAt(s: string): Date | null {
  const m = ISO_DATE_TIME.exec(s);
  if (!m) return null;
  const offset = m[7].toUpperCase() === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${s.match(/\.\d+/)?.[0] ?? ''}${offset}`;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  // Refuses dates the calendar lacks (2026-02-30), which Date would roll over.
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3])) return null;
  return d;
}

/** A data row, or why it cannot be imported. */
export function readRow(
  cells: string[],
  c: ImportColumns,
  now = new Date(),
): { row: ImportRow } | RowIssue {
  const cell = (i: number | null) => (i === null ? '' : (cells[i] ?? '').trim());
  const customerId = cell(c.customerId) || null;
  const email = cell(c.email) ? normalizeEmail(cell(c.email)) : null;
  if (!customerId && !email) return { error: 'NO_RESPONDENT' };
  if ((customerId?.length ?? 0) > CUSTOMER_ID_MAX)
    return { error: 'TOO_LONG', params: { column: 'customer_id', max: CUSTOMER_ID_MAX } };
  if ((email?.length ?? 0) > EMAIL_MAX)
    return { error: 'TOO_LONG', params: { column: 'email', max: EMAIL_MAX } };
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email))
    return { error: 'INVALID_EMAIL', params: { value: shown(email) } };
  const scoreText = cell(c.score).normalize('NFKC');
  const score = /^\d{1,2}$/.test(scoreText) ? Number(scoreText) : -1;
  if (score < 0 || score > 10)
    return { error: 'INVALID_SCORE', params: { value: shown(scoreText) } };
  const dateText = cell(c.answeredAt).normalize('NFKC');
  const answeredAt = parseAnsweredAt(dateText);
  if (!answeredAt || answeredAt.getTime() > now.getTime() + FUTURE_SLACK_MS)
    return { error: 'INVALID_DATE', params: { value: shown(dateText) } };
  const comment = cell(c.comment) || null;
  if (comment && [...comment].length > COMMENT_MAX)
    return { error: 'TOO_LONG', params: { column: 'comment', max: COMMENT_MAX } };
  const touchpoints: ImportRow['touchpoints'] = [];
  for (const tp of c.touchpoints) {
    const v = cell(tp.index).normalize('NFKC').replace(/[−–]/g, '-').toLowerCase();
    if (!v || touchpoints.some((t) => t.touchpointId === tp.touchpointId)) continue;
    const column = `tp:${tp.key}`;
    if (!tp.touchpointId) return { error: 'UNKNOWN_TOUCHPOINT', params: { column } };
    if (NOT_APPLICABLE.has(v)) {
      touchpoints.push({ touchpointId: tp.touchpointId, influence: null });
      continue;
    }
    const n = /^[+-]?\d$/.test(v) ? Number(v) : NaN;
    if (!(n >= TOUCHPOINT_INFLUENCE.min && n <= TOUCHPOINT_INFLUENCE.max))
      return { error: 'INVALID_INFLUENCE', params: { column, value: shown(cell(tp.index)) } };
    touchpoints.push({ touchpointId: tp.touchpointId, influence: n });
  }
  return {
    row: {
      importKey: `${customerId ?? email}|${answeredAt.toISOString()}`,
      customerId,
      email,
      score,
      answeredAt,
      comment,
      touchpoints,
    },
  };
}
