import { memberOf, type Reader } from '../../../core/auth/viewer.js';
import { forbidden } from '../../../core/errors/app-error.js';

const hasRole = (r: Reader | null | undefined, ...roles: string[]): boolean => {
  const m = memberOf(r);
  return !!m && m.status === 'active' && roles.includes(m.role);
};

/**
 * Who sees and does what with members' loyalty (criteria, candidates, churn risks, a member's
 * 360 page, customer and segment exports), on every path: staff and the product team read,
 * staff save criteria and write to members. Members never see anyone's figures.
 */
export const LoyaltyListsPolicy = {
  canRead: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'product', 'admin'),

  canManage: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'admin'),

  assertRead(r: Reader | null | undefined): void {
    if (!LoyaltyListsPolicy.canRead(r))
      throw forbidden('Loyalty figures are for moderators, admins and the product team.');
  },

  assertManage(r: Reader | null | undefined): void {
    if (!LoyaltyListsPolicy.canManage(r))
      throw forbidden('Only moderators and admins change criteria and write to members.');
  },
};
