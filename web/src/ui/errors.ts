import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode, FieldIssue, type FieldError } from '@kizuna/shared';
import type { TFunction } from 'i18next';

/** Any `t`, whatever namespaces it was made for; keys here are built at run time. */
export type AnyT = TFunction<any, any>;
type PlainT = (key: string, options?: Record<string, unknown>) => string;
const plain = (t: AnyT) => t as unknown as PlainT;

/** Codes the web adds for failures that never reached the api. */
export const ClientErrorCode = { NETWORK: 'NETWORK' } as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];
export type AnyErrorCode = ErrorCode | ClientErrorCode;

export interface AppErrorInfo {
  code: AnyErrorCode;
  fields: FieldError[];
  retryAfterSeconds?: number;
  /** With ACCOUNT_SUSPENDED and SILENCED, as sent: until when (ISO) and why (see restrictions.ts). */
  restriction?: { until?: unknown; reason?: unknown };
  /** The server's English text, kept for logs only; never shown as the main text. */
  serverMessage?: string;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
const KNOWN_ISSUES = new Set<string>(Object.values(FieldIssue));

interface RawGraphQLError {
  message?: string;
  extensions?: Record<string, unknown> | null;
}

function fromGraphQLError(error: RawGraphQLError): AppErrorInfo {
  const ext = error.extensions ?? {};
  const code = typeof ext.code === 'string' && KNOWN_CODES.has(ext.code) ? ext.code : 'INTERNAL';
  const fields = Array.isArray(ext.fields)
    ? (ext.fields as unknown[]).filter(isFieldError).map((f) => ({
        ...f,
        // Nested inputs come as `input.email`; forms know the last part.
        field: f.field.replace(/^input\./, ''),
        issue: KNOWN_ISSUES.has(f.issue) ? f.issue : FieldIssue.INVALID_VALUE,
      }))
    : [];
  const retry = ext.retryAfterSeconds;
  const restriction = ext.restriction;
  return {
    code: code as ErrorCode,
    fields,
    ...(typeof retry === 'number' ? { retryAfterSeconds: Math.max(1, Math.ceil(retry)) } : {}),
    ...(restriction && typeof restriction === 'object' ? { restriction } : {}),
    ...(error.message ? { serverMessage: error.message } : {}),
  };
}

function isFieldError(value: unknown): value is FieldError {
  const v = value as Partial<FieldError> | null;
  return !!v && typeof v.field === 'string' && typeof v.issue === 'string';
}

/** Whatever Apollo (or fetch) threw, as a code from the shared enum plus field details. */
export function toAppError(error: unknown): AppErrorInfo {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    return fromGraphQLError(error.errors[0]);
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: RawGraphQLError[] };
      if (body.errors?.length) return fromGraphQLError(body.errors[0]);
    } catch {
      // Not JSON: a proxy or the network answered.
    }
    if (error.statusCode === 429) return { code: ErrorCode.RATE_LIMITED, fields: [] };
    if (error.statusCode === 413) return { code: ErrorCode.PAYLOAD_TOO_LARGE, fields: [] };
    return {
      code: error.statusCode >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST,
      fields: [],
    };
  }
  const raw = error as { errors?: RawGraphQLError[]; extensions?: unknown } | null;
  if (raw && Array.isArray(raw.errors) && raw.errors.length > 0) {
    return fromGraphQLError(raw.errors[0]);
  }
  if (raw && typeof raw === 'object' && 'extensions' in raw) {
    return fromGraphQLError(raw as RawGraphQLError);
  }
  return { code: ClientErrorCode.NETWORK, fields: [] };
}

export const errorCodeOf = (error: unknown): AnyErrorCode => toAppError(error).code;

/**
 * Sentences a page adds for errors it may meet, over the code's and the issue's own: until when
 * and why a member is restricted, which posting rule refused a text (see restrictions.ts, which
 * comes with the pages where members post and sign in).
 */
export interface Explainer {
  error(t: AnyT, info: AppErrorInfo): string | null;
  field(t: AnyT, error: Pick<FieldError, 'field' | 'issue' | 'params'>): string | null;
}

/** The translated sentence for an error code (with the wait for RATE_LIMITED). */
export function errorMessage(t: AnyT, info: AppErrorInfo, explain?: Explainer): string {
  if (info.code === ErrorCode.RATE_LIMITED && info.retryAfterSeconds) {
    return plain(t)('errors:rateLimitedFor', { seconds: info.retryAfterSeconds });
  }
  return explain?.error(t, info) ?? plain(t)(`errors:codes.${info.code}`);
}

type Params = Record<string, number | string>;

/** Issues whose sentence needs a number; without it a general sentence is used. */
const NEEDS: Partial<Record<FieldIssue, string[]>> = {
  TOO_SHORT: ['min'],
  TOO_LONG: ['max'],
  OUT_OF_RANGE: ['min', 'max'],
};

/** i18n key and values for one field issue: a field-specific text when there is one. */
export function fieldIssueKey(
  t: AnyT,
  error: Pick<FieldError, 'field' | 'issue' | 'params'>,
): { key: string; values: Params } {
  const values: Params = { ...(error.params ?? {}) };
  const specific = `errors:fieldIssues.${error.field}.${error.issue}`;
  if (plain(t)(specific, { defaultValue: '' }) !== '') return { key: specific, values };
  const needs = NEEDS[error.issue] ?? [];
  const complete = needs.every((n) => values[n] !== undefined);
  return {
    key: complete ? `errors:issues.${error.issue}` : `errors:issuesGeneral.${error.issue}`,
    values,
  };
}

export function fieldErrorMessage(
  t: AnyT,
  error: Pick<FieldError, 'field' | 'issue' | 'params'>,
  explain?: Explainer,
): string {
  const explained = explain?.field(t, error);
  if (explained) return explained;
  const { key, values } = fieldIssueKey(t, error);
  return plain(t)(key, values);
}

export interface MappedErrors {
  /** Messages for inputs the form has, by field name. */
  fieldErrors: Record<string, string>;
  /** Text for the alert above the form, or null when every problem sits on an input. */
  formMessage: string | null;
}

/**
 * Spreads a server error over a form: field errors onto the inputs the form has, everything else
 * (unknown fields, non-field codes) into one translated message.
 */
export function mapErrorToForm(
  t: AnyT,
  error: unknown,
  formFields: readonly string[],
  rename: Record<string, string> = {},
  explain?: Explainer,
): MappedErrors {
  const info = toAppError(error);
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const f of info.fields) {
    const target = rename[f.field] ?? f.field;
    const message = fieldErrorMessage(t, f, explain);
    if (formFields.includes(target) && !fieldErrors[target]) fieldErrors[target] = message;
    else unplaced.push(message);
  }
  let formMessage: string | null = null;
  if (info.fields.length === 0) formMessage = errorMessage(t, info, explain);
  else if (unplaced.length > 0)
    formMessage = [errorMessage(t, info, explain), ...unplaced].join(' ');
  return { fieldErrors, formMessage };
}
