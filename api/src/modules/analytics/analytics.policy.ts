import { memberOf, type Reader } from '../../core/auth/viewer.js';
import { forbidden } from '../../core/errors/app-error.js';

const hasRole = (r: Reader | null | undefined, ...roles: string[]): boolean => {
  const m = memberOf(r);
  return !!m && m.status === 'active' && roles.includes(m.role);
};

/**
 * Who sees and changes loyalty analytics, on every path. Members' engagement, purchases and
 * attitude (figures, criteria, candidates, churn risks, a member's 360 page, the exports) are
 * read by moderators, the product team and admins, never by members; moderators and admins
 * start a computation, save criteria and write to members; admins alone change how engagement
 * is scored.
 */
export const AnalyticsPolicy = {
  canRead: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'product', 'admin'),

  canManage: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'admin'),

  canConfigure: (r: Reader | null | undefined) => hasRole(r, 'admin'),

  assertRead(r: Reader | null | undefined): void {
    if (!AnalyticsPolicy.canRead(r))
      throw forbidden('Analytics are for moderators, the product team and admins.');
  },

  assertRecompute(r: Reader | null | undefined): void {
    if (!AnalyticsPolicy.canManage(r))
      throw forbidden('Only moderators and admins start a computation.');
  },

  assertManage(r: Reader | null | undefined): void {
    if (!AnalyticsPolicy.canManage(r))
      throw forbidden('Only moderators and admins change criteria and write to members.');
  },

  assertConfigure(r: Reader | null | undefined): void {
    if (!AnalyticsPolicy.canConfigure(r))
      throw forbidden('Only admins change how engagement is scored.');
  },
};
