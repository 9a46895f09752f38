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
  /** The client's address, for the audit log. */
  ip?: string;
}

/** Someone without an account, reading a community that is visible to visitors. */
export interface Visitor {
  readonly visitor: true;
}
export const VISITOR: Visitor = Object.freeze({ visitor: true as const });

/** Who reads: a signed-in member, or a visitor where the community lets visitors read. */
export type Reader = Viewer | Visitor;

export const isVisitor = (r: Reader | null | undefined): r is Visitor => r === VISITOR;

export interface RequestWithViewer extends Request {
  viewer?: Viewer | null;
  /** Set by the access guard when it admits a visitor to a reading operation. */
  visitor?: boolean;
}

export interface GqlContext {
  req: RequestWithViewer;
  res: Response;
  loaders: Loaders;
}

export const isStaff = (v: Reader | null | undefined): boolean =>
  !!v && !isVisitor(v) && (v.role === 'moderator' || v.role === 'admin');

/** The signed-in member behind a reader, or null for a visitor. */
export const memberOf = (r: Reader | null | undefined): Viewer | null =>
  r && !isVisitor(r) ? r : null;
