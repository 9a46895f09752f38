import type { Role } from '../gql/graphql';

/** Who may see a page or a navigation entry. */
export type Access =
  | { kind: 'everyone' }
  | { kind: 'anonymous' }
  | { kind: 'signed-in' }
  | { kind: 'readers' }
  | { kind: 'roles'; roles: Role[] };

export const EVERYONE: Access = { kind: 'everyone' };
export const SIGNED_IN: Access = { kind: 'signed-in' };
/** Reading pages: members, and visitors too when the community is visible to visitors. */
export const READERS: Access = { kind: 'readers' };
export const STAFF: Access = { kind: 'roles', roles: ['MODERATOR'] };
export const ADMIN: Access = { kind: 'roles', roles: ['ADMIN'] };
/** Who reads and triages feedback: the product team and moderators. */
export const FEEDBACK_TEAM: Access = { kind: 'roles', roles: ['PRODUCT', 'MODERATOR'] };
/** Who decides about feedback (statuses, answers, the changelog). */
export const PRODUCT: Access = { kind: 'roles', roles: ['PRODUCT'] };

/** Mirrors the api: admins pass every role check. */
export function hasAnyRole(role: Role | null | undefined, roles: readonly Role[]): boolean {
  if (!role) return false;
  return role === 'ADMIN' || roles.includes(role);
}

export function canAccess(
  access: Access,
  viewer: { role: Role } | null | undefined,
  visitorsMayRead = false,
): boolean {
  switch (access.kind) {
    case 'everyone':
      return true;
    case 'anonymous':
      return !viewer;
    case 'signed-in':
      return !!viewer;
    case 'readers':
      return !!viewer || visitorsMayRead;
    case 'roles':
      return hasAnyRole(viewer?.role, access.roles);
  }
}
