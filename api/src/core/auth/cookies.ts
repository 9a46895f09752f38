import { randomBytes } from 'node:crypto';
import type { Response } from 'express';
import { CSRF_COOKIE, SESSION_COOKIE } from '@kizuna/shared';
import type { RequestWithViewer } from './viewer.js';

export const SESSION_TTL_SECONDS = 30 * 24 * 3600;

export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_TTL_SECONDS * 1000,
  });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** The CSRF cookie is readable by our own scripts, which echo it in a header on mutations. */
export function ensureCsrfCookie(req: RequestWithViewer, res: Response, secure: boolean): void {
  if (typeof req.cookies?.[CSRF_COOKIE] === 'string' && req.cookies[CSRF_COOKIE].length >= 16)
    return;
  const token = randomBytes(24).toString('base64url');
  req.cookies = { ...(req.cookies ?? {}), [CSRF_COOKIE]: token };
  res.cookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'lax', secure, path: '/' });
}
