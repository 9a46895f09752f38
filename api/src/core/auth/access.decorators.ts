import { SetMetadata } from '@nestjs/common';
import type { Role } from '@kizuna/shared';

export const ACCESS = 'kizuna:access';
export type Access =
  | { kind: 'public' }
  | { kind: 'reading' }
  | { kind: 'signed-in' }
  | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS, { kind: 'public' } satisfies Access);
/** Any active member, and visitors without an account when the community is visible to them. */
export const Reading = () => SetMetadata(ACCESS, { kind: 'reading' } satisfies Access);
/** Any active member. */
export const SignedIn = () => SetMetadata(ACCESS, { kind: 'signed-in' } satisfies Access);
/** Active members with one of these roles; admins pass every role check. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS, { kind: 'roles', roles } satisfies Access);
