import type { Request, Response } from 'express';
import type { Loaders } from '../graphql/loaders.js';
import type { Locale, MemberStatus, Role } from '@kizuna/shared';

/** Who is making the request, resolved once from the session cookie. */
export interface Viewer {
  memberId: string;
  sessionId: string;
  role: Role;
  status: MemberStatus;
  locale: Locale;
  /** The member's rank (its position); 1 when unknown. */
  rankPosition?: number;
}

export interface RequestWithViewer extends Request {
  viewer?: Viewer | null;
}

export interface GqlContext {
  req: RequestWithViewer;
  res: Response;
  loaders: Loaders;
}

export const isStaff = (v: Viewer | null | undefined) =>
  v?.role === 'moderator' || v?.role === 'admin';
