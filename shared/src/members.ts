export const Role = {
  MEMBER: 'member',
  MODERATOR: 'moderator',
  PRODUCT: 'product',
  ADMIN: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

export const MemberStatus = {
  ACTIVE: 'active',
  PENDING: 'pending',
  SUSPENDED: 'suspended',
} as const;
export type MemberStatus = (typeof MemberStatus)[keyof typeof MemberStatus];

export const RegistrationMode = {
  OPEN: 'open',
  APPROVAL: 'approval',
  INVITE: 'invite',
} as const;
export type RegistrationMode = (typeof RegistrationMode)[keyof typeof RegistrationMode];

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';

export const LIMITS = {
  passwordMin: 10,
  passwordMax: 200,
  displayNameMax: 50,
  handleMin: 3,
  handleMax: 30,
  bioMax: 500,
  communityNameMax: 80,
  communityDescriptionMax: 2000,
  urlMax: 2000,
  pageSizeMax: 100,
  inviteMaxUses: 10000,
} as const;

/** Lower-case letters, digits and underscores; starts with a letter. */
export const HANDLE_PATTERN = /^[a-z][a-z0-9_]*$/;

/** An avatar the member uploaded: the small variant of their image, `/media/<id>/thumb.webp`. */
export const UPLOADED_AVATAR =
  /^\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/thumb\.webp$/;

export const CSRF_COOKIE = 'kizuna_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'kizuna_session';
