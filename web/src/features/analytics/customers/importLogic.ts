import { ORDER_IMPORT } from '@kizuna/shared';
import type { DataImportStatus, OrderImportIssue } from '../../../gql/graphql';
import { checkCsv } from '../../../ui/csv';

export const ORDER_COLUMNS = ORDER_IMPORT.columns;
export const SAMPLE_CSV_HREF = '/imports/orders/sample.csv';

export const checkOrdersCsv = (file: Pick<File, 'name' | 'size' | 'type'>) =>
  checkCsv(file, ORDER_IMPORT.maxBytes);

/** A count of rows read, at a moment (ms). */
export interface ProgressSample {
  at: number;
  done: number;
}

export type ImportStage =
  | { stage: 'idle' }
  | { stage: 'uploading'; sent: number }
  | { stage: 'processing'; sent: number; done: number; samples: ProgressSample[] }
  | { stage: 'finished' };

/** How far back the rate looks: long enough to be steady, short enough to follow a slowdown. */
export const RATE_WINDOW_MS = 5_000;

/**
 * Rows per second over the last `windowMs` of samples (the server says how many rows it has
 * read so far; the file's row count is unknown until the end). Null until two samples apart in
 * time are in.
 */
export function rowsPerSecond(
  samples: readonly ProgressSample[],
  windowMs: number = RATE_WINDOW_MS,
): number | null {
  if (samples.length < 2) return null;
  const last = samples[samples.length - 1];
  const first = samples.find((s) => last.at - s.at <= windowMs) ?? last;
  const seconds = (last.at - first.at) / 1000;
  if (seconds <= 0) return null;
  return Math.max(0, (last.done - first.done) / seconds);
}

/** Keeps only the samples the rate needs (and the one just before the window, as its start). */
export function addSample(
  samples: readonly ProgressSample[],
  next: ProgressSample,
  windowMs: number = RATE_WINDOW_MS,
): ProgressSample[] {
  const all = [...samples, next];
  const firstInside = all.findIndex((s) => next.at - s.at <= windowMs);
  return all.slice(Math.max(0, firstInside - 1));
}

/**
 * The import's progress after a push from the server: the rows read so far and a sample for the
 * rate. Pushes for other jobs, or after the upload ended, change nothing.
 */
export function onProgressPush(
  stage: ImportStage,
  push: { id: string; done: number },
  jobId: string | null,
  now: number,
): ImportStage {
  if (!jobId || push.id !== jobId) return stage;
  if (stage.stage !== 'uploading' && stage.stage !== 'processing') return stage;
  const samples = stage.stage === 'processing' ? stage.samples : [];
  const done = stage.stage === 'processing' ? Math.max(stage.done, push.done) : push.done;
  return {
    stage: 'processing',
    sent: stage.sent,
    done,
    samples: addSample(samples, { at: now, done }),
  };
}

/**
 * The bar: the share of the file sent, which the server reads as it streams in (it cannot know
 * the row count before the end), kept below 100% until the server says it finished.
 */
export function importPercent(stage: ImportStage): number {
  switch (stage.stage) {
    case 'idle':
      return 0;
    case 'uploading':
    case 'processing':
      return Math.min(99, Math.round(Math.min(1, Math.max(0, stage.sent)) * 100));
    case 'finished':
      return 100;
  }
}

/** The upload may be cancelled only while the file is on its way, not once it is all sent. */
export const cancellable = (s: ImportStage): boolean => s.stage === 'uploading' && s.sent < 1;

/** The share read aloud: in steps of 10%, so a screen reader is not flooded with every percent. */
export const spokenPercent = (percent: number): number => Math.floor(percent / 10) * 10;

export const ORDER_IMPORT_ISSUES = [
  'MISSING_ORDER_ID',
  'MISSING_CUSTOMER',
  'INVALID_EMAIL',
  'INVALID_DATE',
  'INVALID_AMOUNT',
  'TOO_LONG',
  'DUPLICATE_IN_FILE',
  'CUSTOMER_MISMATCH',
] as const satisfies readonly OrderImportIssue[];

/** An issue as GraphQL names it, from either spelling the api may use (JSON: `invalid_date`). */
export function issueOf(value: unknown): OrderImportIssue | null {
  if (typeof value !== 'string') return null;
  const upper = value.toUpperCase();
  return (ORDER_IMPORT_ISSUES as readonly string[]).includes(upper)
    ? (upper as OrderImportIssue)
    : null;
}

const STATUSES = ['RUNNING', 'DONE', 'FAILED'] as const satisfies readonly DataImportStatus[];

export interface OrderRowError {
  line: number;
  issue: OrderImportIssue | null;
  /** The api's own word for an issue this page does not know. */
  raw: string | null;
  column: string | null;
}

/** One import as the page shows it, from the upload's answer or the GraphQL `DataImport`. */
export interface OrderImportResult {
  id: string;
  fileName: string;
  status: DataImportStatus;
  rowsRead: number;
  rowsImported: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsFailed: number;
  errors: OrderRowError[];
  failure: string | null;
}

const count = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;

export function rowErrorOf(e: unknown): OrderRowError | null {
  if (!e || typeof e !== 'object') return null;
  const r = e as Record<string, unknown>;
  const line = count(r.line);
  if (line === null) return null;
  const issue = issueOf(r.issue ?? r.code);
  const raw = r.issue ?? r.code ?? r.message;
  return {
    line,
    issue,
    raw: issue ? null : typeof raw === 'string' ? raw : null,
    column: typeof r.column === 'string' && r.column !== '' ? r.column : null,
  };
}

/** The api's answer to the upload, checked: anything else is treated as a failed request. */
export function parseOrderImport(body: unknown): OrderImportResult | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const numbers = {
    rowsRead: count(b.rowsRead),
    rowsImported: count(b.rowsImported),
    rowsUpdated: count(b.rowsUpdated),
    rowsUnchanged: count(b.rowsUnchanged),
    rowsFailed: count(b.rowsFailed),
  };
  if (typeof b.id !== 'string' || Object.values(numbers).some((n) => n === null)) return null;
  const status = typeof b.status === 'string' ? b.status.toUpperCase() : '';
  return {
    id: b.id,
    fileName: typeof b.fileName === 'string' ? b.fileName : '',
    status: (STATUSES as readonly string[]).includes(status)
      ? (status as DataImportStatus)
      : 'DONE',
    ...(numbers as Record<keyof typeof numbers, number>),
    errors: Array.isArray(b.errors)
      ? b.errors.flatMap((e) => {
          const row = rowErrorOf(e);
          return row ? [row] : [];
        })
      : [],
    failure: typeof b.failure === 'string' && b.failure !== '' ? b.failure : null,
  };
}

/** Whether the record keeps fewer row errors than failed (the api keeps the first ones). */
export const errorsCapped = (r: Pick<OrderImportResult, 'rowsFailed' | 'errors'>): boolean =>
  r.rowsFailed > r.errors.length;
