import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';
import type { Config } from '../../config/env.js';

const REQUEST_ID = /^[\w.-]{1,64}$/;
/** Links that carry a secret in their query: password resets (`token`), survey answers (`t`). */
const URL_SECRETS = /([?&](?:t|token)=)[^&#]*/gi;

export const redactUrl = (url: string | undefined) => url?.replace(URL_SECRETS, '$1[redacted]');

/** JSON lines, each carrying the request id; cookies, tokens and passwords never reach the log. */
export function loggerOptions(config: Config): Options {
  return {
    level: config.LOG_LEVEL,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
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
    customProps: (req: IncomingMessage) => {
      const viewer = (req as IncomingMessage & { viewer?: { memberId: string } | null }).viewer;
      return viewer ? { memberId: viewer.memberId } : {};
    },
  };
}
