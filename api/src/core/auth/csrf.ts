import { timingSafeEqual } from 'node:crypto';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { CSRF_COOKIE, CSRF_HEADER, ErrorCode } from '@kizuna/shared';
import { AppError } from '../errors/app-error.js';

/**
 * The double-submit rule: the header must repeat the CSRF cookie, which another site can neither
 * read nor set. Used for GraphQL mutations (CsrfPlugin) and for state-changing REST routes.
 */
export function csrfTokenMatches(req: Pick<Request, 'cookies' | 'headers'>): boolean {
  const cookie = Buffer.from(String(req.cookies?.[CSRF_COOKIE] ?? ''));
  const header = Buffer.from(String(req.headers[CSRF_HEADER] ?? ''));
  // Lengths in bytes: timingSafeEqual throws on buffers of different lengths.
  return cookie.length >= 16 && cookie.length === header.length && timingSafeEqual(cookie, header);
}

export const csrfFailed = () =>
  new AppError(
    ErrorCode.CSRF_FAILED,
    'This request could not be verified. Reload the page and try again.',
    { http: { status: 403 } },
  );

/** Throws CSRF_FAILED unless the request passes the double-submit check. */
export function assertCsrf(req: Pick<Request, 'cookies' | 'headers'>): void {
  if (!csrfTokenMatches(req)) throw csrfFailed();
}

/**
 * The same check for controller routes that change state (e.g. uploads). Guards run before
 * interceptors, so a request that fails it is refused before its body is read.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    assertCsrf(context.switchToHttp().getRequest<Request>());
    return true;
  }
}
