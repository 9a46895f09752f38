import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import { pinoHttp, type Options } from 'pino-http';
import type { Config } from '../../config/env.js';

type Level = Config['LOG_LEVEL'];

const REQUEST_ID = /^[\w.-]{1,64}$/;
/** Links that carry a secret in their query: password resets (`token`), survey answers (`t`). */
const URL_SECRETS = /([?&](?:t|token)=)[^&#]*/gi;

export const redactUrl = (url: string | undefined) => url?.replace(URL_SECRETS, '$1[redacted]');

/** The id a request is known by in the log: the caller's `X-Request-Id`, or a new one. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/** The signed-in member a request's line names, once the request has been served. */
const withMember = (req: IncomingMessage, line: Record<string, unknown>) => {
  const viewer = (req as IncomingMessage & { viewer?: { memberId: string } | null }).viewer;
  return viewer ? { ...line, memberId: viewer.memberId } : line;
};

/** JSON lines, each carrying the request id; cookies, tokens and passwords never reach the log. */
function loggerOptions(level: Level): Options {
  return {
    level,
    genReqId: requestId,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.token',
        '*.passwordHash',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: redactUrl(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: {
      ignore: (req: IncomingMessage) => /^\/(healthz|readyz|assets\/)/.test(req.url ?? ''),
    },
    // Added to the request's line rather than bound to a child logger made for every request.
    customSuccessObject: (req, _res, line: Record<string, unknown>) => withMember(req, line),
    customErrorObject: (req, _res, _err, line: Record<string, unknown>) => withMember(req, line),
  };
}

export interface RequestLogging {
  /** The root logger, for Nest's own logs. */
  logger: Logger;
  /** Gives each request its id and its logger (`req.log`), and logs it once answered. */
  middleware: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}

/**
 * Request logging; with LOG_LEVEL=silent, only the request id (still echoed): pino-http would
 * make two child loggers a request for lines no one writes.
 */
export function requestLogging(level: Level, destination?: DestinationStream): RequestLogging {
  if (level === 'silent') {
    return {
      logger: pino({ level: 'silent' }),
      middleware: (req, res, next) => {
        (req as IncomingMessage & { id: string }).id = requestId(req, res);
        next();
      },
    };
  }
  const http = destination
    ? pinoHttp(loggerOptions(level), destination)
    : pinoHttp(loggerOptions(level));
  return { logger: http.logger, middleware: http };
}
