/** Every GraphQL error carries one of these in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  RATE_LIMITED: 'RATE_LIMITED',
  CONFLICT: 'CONFLICT',
  CSRF_FAILED: 'CSRF_FAILED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_OPERATIONS: 'TOO_MANY_OPERATIONS',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  BAD_REQUEST: 'BAD_REQUEST',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_SUSPENDED: 'ACCOUNT_SUSPENDED',
  ACCOUNT_PENDING: 'ACCOUNT_PENDING',
  /** The member may read but not post until `extensions.restriction.until`. */
  SILENCED: 'SILENCED',
  INVALID_TOKEN: 'INVALID_TOKEN',
  LOCKED: 'LOCKED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Machine-readable reasons for a field failing validation; the web translates them. */
export const FieldIssue = {
  REQUIRED: 'REQUIRED',
  TOO_SHORT: 'TOO_SHORT',
  TOO_LONG: 'TOO_LONG',
  INVALID_FORMAT: 'INVALID_FORMAT',
  INVALID_VALUE: 'INVALID_VALUE',
  TOO_COMMON: 'TOO_COMMON',
  TAKEN: 'TAKEN',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  INVALID_CHARACTERS: 'INVALID_CHARACTERS',
} as const;
export type FieldIssue = (typeof FieldIssue)[keyof typeof FieldIssue];

export interface FieldError {
  field: string;
  issue: FieldIssue;
  message: string;
  /** Numbers the message refers to (a minimum length, say), for translation. */
  params?: Record<string, number | string>;
}

export interface ErrorExtensions {
  code: ErrorCode;
  fields?: FieldError[];
  retryAfterSeconds?: number;
  requestId?: string;
}
