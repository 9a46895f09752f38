import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode, type ErrorExtensions } from '@kizuna/shared';
import { payloadTooLarge } from './media.service.js';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.CSRF_FAILED]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
};

/** multer's codes for a file that is not where, or not as many as, the route expects. */
const WRONG_FILE_FIELD = new Set(['LIMIT_UNEXPECTED_FILE', 'LIMIT_FILE_COUNT']);

/**
 * Answers REST errors in the GraphQL shape, `{ errors: [{ message, extensions: { code, ... } }] }`,
 * with a fitting HTTP status: our AppErrors, multer's errors (via Nest's HttpExceptions), and a
 * plain INTERNAL for anything unexpected (logged with its stack).
 */
@Catch()
export class MediaHttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(MediaHttpErrorFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, message, extensions] = this.describe(error);
    if (res.headersSent) {
      // The error came while streaming a file: all that is left is to drop the connection.
      res.destroy();
      return;
    }
    for (const h of ['content-disposition', 'content-length', 'etag']) res.removeHeader(h);
    if (extensions.retryAfterSeconds) res.setHeader('retry-after', extensions.retryAfterSeconds);
    res
      .status(status)
      .setHeader('cache-control', 'no-store')
      .setHeader('content-type', 'application/json; charset=utf-8')
      .json({ errors: [{ message, extensions }] });
  }

  private describe(error: unknown): [number, string, ErrorExtensions] {
    if (error instanceof GraphQLError && typeof error.extensions?.code === 'string') {
      const {
        http,
        stacktrace: _s,
        ...extensions
      } = error.extensions as unknown as ErrorExtensions & {
        http?: { status?: number };
        stacktrace?: unknown;
      };
      return [http?.status ?? STATUS[extensions.code] ?? 400, error.message, extensions];
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
        const e = payloadTooLarge();
        return [413, e.message, { code: ErrorCode.PAYLOAD_TOO_LARGE }];
      }
      const multerCode = (error.cause as { code?: string } | undefined)?.code;
      if (multerCode && WRONG_FILE_FIELD.has(multerCode)) {
        const message = 'Send one image, in the form field "file".';
        return [
          400,
          message,
          {
            code: ErrorCode.VALIDATION_FAILED,
            fields: [{ field: 'file', issue: 'INVALID_VALUE', message }],
          },
        ];
      }
      if (status === HttpStatus.NOT_FOUND) {
        return [404, 'This page was not found.', { code: ErrorCode.NOT_FOUND }];
      }
      if (status < 500) {
        return [
          status,
          'The upload could not be read. Send the image as multipart/form-data in the field "file".',
          { code: ErrorCode.BAD_REQUEST },
        ];
      }
    }
    this.logger.error({ err: error }, 'media request failed');
    return [
      500,
      'Something went wrong on our side. Please try again in a moment.',
      { code: ErrorCode.INTERNAL },
    ];
  }
}
