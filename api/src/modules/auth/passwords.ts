import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { LIMITS } from '@kizuna/shared';
import { invalidField } from '../../core/errors/app-error.js';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane. */
const ARGON2 = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export const hashPassword = (password: string) => argon2.hash(password, ARGON2);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

export const needsRehash = (hash: string) => argon2.needsRehash(hash, ARGON2);

let dummy: Promise<string> | undefined;
/** Verifying against this when an email is unknown keeps timing from revealing which emails exist. */
export const dummyHash = () => (dummy ??= hashPassword('kizuna-timing-equaliser'));

/** Throws VALIDATION_FAILED on `field` when the password is too short, too long or too common. */
export function checkPasswordStrength(
  field: string,
  password: string,
  personal: string[] = [],
): void {
  if ([...password].length < LIMITS.passwordMin) {
    throw invalidField(field, 'TOO_SHORT', `Use at least ${LIMITS.passwordMin} characters.`, {
      min: LIMITS.passwordMin,
    });
  }
  if (password.length > LIMITS.passwordMax) {
    throw invalidField(field, 'TOO_LONG', `Use at most ${LIMITS.passwordMax} characters.`, {
      max: LIMITS.passwordMax,
    });
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || personal.some((p) => p.length >= 3 && lower.includes(p.toLowerCase()))) {
    throw invalidField(
      field,
      'TOO_COMMON',
      'This password is too easy to guess. Choose a less common one.',
    );
  }
}
