import { memberOf, type Reader } from '../../core/auth/viewer.js';
import { forbidden } from '../../core/errors/app-error.js';

const hasRole = (r: Reader | null | undefined, ...roles: string[]): boolean => {
  const m = memberOf(r);
  return !!m && m.status === 'active' && roles.includes(m.role);
};

/**
 * Who sees and changes customer data, on every path. Purchases and what customers answered are
 * read by moderators, the product team and admins, never by members; moderators and admins
 * import orders; admins alone change how value is computed, erase a customer and put a customer
 * id on a member's profile.
 */
export const CustomersPolicy = {
  canRead: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'product', 'admin'),
  canImport: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'admin'),
  canAdminister: (r: Reader | null | undefined) => hasRole(r, 'admin'),

  assertRead(r: Reader | null | undefined): void {
    if (!CustomersPolicy.canRead(r))
      throw forbidden('Customer data is for moderators, admins and the product team.');
  },

  assertImport(r: Reader | null | undefined): void {
    if (!CustomersPolicy.canImport(r)) throw forbidden('Only moderators and admins import orders.');
  },

  assertAdminister(r: Reader | null | undefined): void {
    if (!CustomersPolicy.canAdminister(r))
      throw forbidden('Only admins change customer settings and erase customer data.');
  },
};
