import { GraphQLError } from 'graphql';
import { ErrorCode, type FieldError, type FieldIssue } from '@kizuna/shared';

/** An error meant for the client: a code from the shared enum and a message a person understands. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: {
      fields?: FieldError[];
      retryAfterSeconds?: number;
      http?: { status: number };
      /** A suspension's or silence's end (ISO, null: none set) and reason, shown to the member. */
      restriction?: { until: string | null; reason: string | null };
    } = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'Please sign in to continue.');

export const forbidden = (message = 'You do not have permission to do this.') =>
  new AppError(ErrorCode.FORBIDDEN, message);

export const notFound = (what: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${what} was not found.`);

export const conflict = (field: string, message: string) =>
  new AppError(ErrorCode.CONFLICT, message, {
    fields: [{ field, issue: 'TAKEN', message }],
  });

/** `http` is for checks that run before execution, where Apollo would otherwise answer 500. */
export const invalid = (fields: FieldError[], http?: { status: number }) =>
  new AppError(
    ErrorCode.VALIDATION_FAILED,
    fields.length === 1 ? fields[0].message : 'Some fields need attention.',
    { fields, ...(http ? { http } : {}) },
  );

export const invalidField = (
  field: string,
  issue: FieldIssue,
  message: string,
  params?: FieldError['params'],
) => invalid([{ field, issue, message, ...(params ? { params } : {}) }]);

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(
    ErrorCode.RATE_LIMITED,
    `Too many attempts. Please wait ${retryAfterSeconds} seconds and try again.`,
    { retryAfterSeconds },
  );
