import { SetMetadata } from '@nestjs/common';
import type { Role } from '@kizuna/shared';

export const ACCESS = 'kizuna:access';
export type Access = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS, { kind: 'public' } satisfies Access);
/** Any active member. */
export const SignedIn = () => SetMetadata(ACCESS, { kind: 'signed-in' } satisfies Access);
/** Active members with one of these roles; admins pass every role check. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS, { kind: 'roles', roles } satisfies Access);
