import type { LoggerService } from '@nestjs/common';
import type { Logger as Pino } from 'pino';

const STACK = /\n\s*at /;

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/**
 * Nest's logger written through pino: `logger.error({ err }, 'message')` as pino takes it, the
 * caller's context (`new Logger('Db')`) as a `context` field.
 *
 * Logs carry no request of their own: following a request across promises would take an
 * AsyncLocalStorage, which on Node 20 runs promise hooks on every promise of every request (about
 * 7% of a feed request's CPU). The request log line carries the request id, and so do errors,
 * logged through `req.log` (`AppExceptionFilter`).
 */
export class AppLogger implements LoggerService {
  constructor(readonly pino: Pino) {}

  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  /** Nest passes the context last; its own exception handlers pass a stack before it. */
  private write(level: Level, message: unknown, params: unknown[]) {
    const fields: Record<string, unknown> = params.length ? { context: params.at(-1) } : {};
    let rest = params.slice(0, -1);
    if (message instanceof Error) fields.err = message;
    else if (typeof message === 'object' && message !== null) Object.assign(fields, message);
    else if (level === 'error' && rest.length === 1 && STACK.test(String(rest[0]))) {
      fields.err = Object.assign(new Error(String(message)), { stack: rest[0] });
      rest = [];
    } else rest.unshift(String(message));
    (this.pino[level] as (...args: unknown[]) => void).call(this.pino, fields, ...rest);
  }
}
