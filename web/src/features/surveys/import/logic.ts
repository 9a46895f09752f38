import { SURVEY_LIMITS, type NpsImportIssue, type NpsImportIssueParams } from '@kizuna/shared';
import type { SurveyQuestionType } from '../../../gql/graphql';
import { checkCsv as checkUploadCsv } from '../../../ui/csv';

export const IMPORT_COLUMNS = ['customer_id', 'email', 'score', 'answered_at', 'comment'] as const;

/** The column of a touchpoint's influence answer (−3…+3). */
export const touchpointColumn = (key: string): string => `tp:${key}`;

const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * A small file in the shape the import reads: the fixed columns, one per touchpoint of the
 * survey, a member matched by email, a customer known only by id, and a touchpoint left blank
 * (not applicable).
 */
export function sampleCsv(touchpointKeys: readonly string[]): string {
  const header = [...IMPORT_COLUMNS, ...touchpointKeys.map(touchpointColumn)];
  const influences = (values: readonly (number | null)[]) =>
    touchpointKeys.map((_, i) => {
      const v = values[i % values.length];
      return v === null || v === undefined ? '' : String(v);
    });
  const rows: string[][] = [
    [
      'C-1001',
      'hanako@example.com',
      '9',
      '2025-04-01T10:15:00+09:00',
      'サポートが親切でした',
      ...influences([3, 2, null]),
    ],
    [
      'C-1002',
      '',
      '6',
      '2025-04-02T08:00:00Z',
      'Delivery took too long, "again"',
      ...influences([-2, 0, 1]),
    ],
    ['C-1003', 'taro@example.com', '10', '2025-04-03T19:30:00+09:00', '', ...influences([null])],
  ];
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The sample as a download: UTF-8 with a byte order mark, so Excel reads the Japanese. */
export function sampleCsvBlob(touchpointKeys: readonly string[]): Blob {
  return new Blob(['\uFEFF', sampleCsv(touchpointKeys)], { type: 'text/csv;charset=utf-8' });
}

export const checkCsv = (file: Pick<File, 'name' | 'size' | 'type'>) =>
  checkUploadCsv(file, SURVEY_LIMITS.importBytesMax);

export type ImportStage =
  | { stage: 'idle' }
  | { stage: 'uploading'; sent: number }
  | { stage: 'processing'; sent: number; done: number; total: number }
  | { stage: 'finished' };

/**
 * How far an import is, 0–100, and what the bar says: the upload's bytes until the server
 * reports, then the server's own count (rows are read as the file streams in). Null while the
 * server has said nothing countable.
 */
export function importProgress(s: ImportStage): {
  percent: number | null;
  phase: 'idle' | 'uploading' | 'processing' | 'finished';
} {
  switch (s.stage) {
    case 'idle':
      return { percent: 0, phase: 'idle' };
    case 'uploading':
      return { percent: clampPercent(s.sent), phase: 'uploading' };
    case 'processing':
      return {
        percent: s.total > 0 ? clampPercent(s.done / s.total) : null,
        phase: 'processing',
      };
    case 'finished':
      return { percent: 100, phase: 'finished' };
  }
}

const clampPercent = (fraction: number): number =>
  Math.round(Math.min(1, Math.max(0, fraction)) * 100);

/** The surveys an import may go to: those with an NPS question. */
export function importableSurveys<
  S extends { questions: { type: SurveyQuestionType; touchpoints: { key: string }[] }[] },
>(surveys: readonly S[]): S[] {
  return surveys.filter((s) => s.questions.some((q) => q.type === 'NPS'));
}

/** The touchpoint keys a file may hold: those of the survey's first touchpoint question. */
export function touchpointKeysOf(survey: {
  questions: { type: SurveyQuestionType; touchpoints: { key: string }[] }[];
}): string[] {
  return (
    survey.questions.find((q) => q.type === 'TOUCHPOINTS')?.touchpoints.map((t) => t.key) ?? []
  );
}

export interface ImportRowError {
  line: number;
  message: string;
  code?: string;
  params?: NpsImportIssueParams;
}

export interface ImportResult {
  jobId: string;
  imported: number;
  skipped: number;
  failed: number;
  errors: ImportRowError[];
  /**
   * Where the import stopped when a batch could not be written: the rows before that line are
   * in, and importing the same file again adds only the missing ones. Null when it ran through.
   */
  stoppedAt: number | null;
}

/** What each issue's text names; a row error without them shows the api's message. */
const ISSUE_PARAMS: Record<NpsImportIssue, ReadonlyArray<keyof NpsImportIssueParams>> = {
  INVALID_SCORE: ['value'],
  INVALID_DATE: ['value'],
  NO_RESPONDENT: [],
  INVALID_EMAIL: ['value'],
  TOO_LONG: ['column', 'max'],
  INVALID_INFLUENCE: ['column', 'value'],
  UNKNOWN_TOUCHPOINT: ['column'],
  MALFORMED_ROW: [],
  TOO_MANY_ROWS: ['max'],
};

/** A row error the page can say in the reader's language, or null (then: the api's message). */
export function importIssueOf(
  e: ImportRowError,
): { code: NpsImportIssue; params: NpsImportIssueParams } | null {
  if (!e.code || !Object.keys(ISSUE_PARAMS).includes(e.code)) return null;
  const code = e.code as NpsImportIssue;
  const params = e.params ?? {};
  return ISSUE_PARAMS[code].every((k) => params[k] !== undefined) ? { code, params } : null;
}

function parseParams(v: unknown): NpsImportIssueParams | null {
  if (!v || typeof v !== 'object') return null;
  const p = v as Record<string, unknown>;
  const params: NpsImportIssueParams = {
    ...(typeof p.value === 'string' ? { value: p.value } : {}),
    ...(typeof p.column === 'string' ? { column: p.column } : {}),
    ...(typeof p.max === 'number' && Number.isFinite(p.max) ? { max: p.max } : {}),
  };
  return Object.keys(params).length ? params : null;
}

/** The api's answer, checked: anything else is treated as a failed request. */
export function parseImportResult(body: unknown): ImportResult | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const imported = n(b.imported);
  const skipped = n(b.skipped);
  const failed = n(b.failed);
  if (imported === null || skipped === null || failed === null) return null;
  const errors = Array.isArray(b.errors)
    ? b.errors.flatMap((e: unknown) => {
        if (!e || typeof e !== 'object') return [];
        const r = e as Record<string, unknown>;
        const line = n(r.line);
        if (line === null) return [];
        const params = parseParams(r.params);
        return [
          {
            line,
            message: typeof r.message === 'string' ? r.message : '',
            ...(typeof r.code === 'string' ? { code: r.code } : {}),
            ...(params ? { params } : {}),
          },
        ];
      })
    : [];
  const stop = b.error && typeof b.error === 'object' ? (b.error as Record<string, unknown>) : null;
  return {
    jobId: typeof b.jobId === 'string' ? b.jobId : '',
    imported,
    skipped,
    failed,
    errors,
    stoppedAt: stop ? (n(stop.line) ?? 0) : null,
  };
}

/** The share read aloud: in steps of 10%, so a screen reader is not flooded with every percent. */
export const spokenPercent = (percent: number | null): number | null =>
  percent === null ? null : Math.floor(percent / 10) * 10;

/** The upload may be cancelled only while the file is still on its way, not once rows are written. */
export const cancellable = (s: ImportStage): boolean => s.stage === 'uploading' && s.sent < 1;
