import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode, type ErrorExtensions } from '@kizuna/shared';

export interface HttpErrorAnswer {
  status: number;
  message: string;
  extensions: ErrorExtensions;
}

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

/**
 * The error model for answers outside GraphQL: our AppErrors as they are, HTTP errors from
 * Express and its body parsers (a bad `%` escape, a corrupt gzip body, an unknown route) by
 * their status, and null for anything unexpected.
 */
export function describeHttpError(error: unknown): HttpErrorAnswer | null {
  if (error instanceof GraphQLError && typeof error.extensions?.code === 'string') {
    const {
      http,
      stacktrace: _s,
      ...extensions
    } = error.extensions as unknown as ErrorExtensions & {
      http?: { status?: number };
      stacktrace?: unknown;
    };
    return {
      status: http?.status ?? STATUS[extensions.code] ?? 400,
      message: error.message,
      extensions,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === HttpStatus.NOT_FOUND)
      return {
        status,
        message: 'This page was not found.',
        extensions: { code: ErrorCode.NOT_FOUND },
      };
    if (status === HttpStatus.PAYLOAD_TOO_LARGE)
      return {
        status,
        message: 'What you sent is too large.',
        extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE },
      };
    if (status === HttpStatus.TOO_MANY_REQUESTS)
      return {
        status,
        message: 'Too many requests.',
        extensions: { code: ErrorCode.RATE_LIMITED },
      };
    if (status < 500)
      return {
        status,
        message: 'The request could not be read (its address, headers or body are malformed).',
        extensions: { code: ErrorCode.BAD_REQUEST },
      };
  }
  return null;
}

const INTERNAL: HttpErrorAnswer = {
  status: 500,
  message: 'Something went wrong on our side. Please try again in a moment.',
  extensions: { code: ErrorCode.INTERNAL },
};

export function sendHttpError(res: Response, answer: HttpErrorAnswer): void {
  if (res.headersSent) {
    // The error came while streaming a body: all that is left is to drop the connection.
    res.destroy();
    return;
  }
  for (const h of ['content-disposition', 'content-length', 'etag', 'content-encoding'])
    res.removeHeader(h);
  if (answer.extensions.retryAfterSeconds)
    res.setHeader('retry-after', answer.extensions.retryAfterSeconds);
  res
    .status(answer.status)
    .setHeader('cache-control', 'no-store')
    .setHeader('content-type', 'application/json; charset=utf-8')
    .json({ errors: [{ message: answer.message, extensions: answer.extensions }] });
}

/**
 * Every error leaves in the error model. GraphQL errors go back to Apollo as they are (its
 * formatError gives them their final shape); HTTP routes answer `{ errors: [{ message,
 * extensions: { code } }] }` with a fitting status. Anything unexpected is logged with its stack
 * and the request id, and answered as INTERNAL without details.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      if (!(error instanceof GraphQLError)) {
        const { req } = GqlArgumentsHost.create(host).getContext<{ req?: Request }>();
        this.log(req, error, 'resolver failed');
      }
      return error;
    }
    const http = host.switchToHttp();
    const answer = describeHttpError(error);
    if (!answer) this.log(http.getRequest<Request>(), error, 'request failed');
    sendHttpError(http.getResponse<Response>(), answer ?? INTERNAL);
    return undefined;
  }

  /** Through the request's own logger when there is one, so the line carries its id. */
  private log(req: Request | undefined, err: unknown, message: string) {
    if (req?.log) req.log.error({ err, context: 'Errors' }, message);
    else this.logger.error({ err }, message);
  }
}
