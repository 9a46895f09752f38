import { z } from 'zod';
import { ROOM_PATTERN } from '@kizuna/shared';

/** Keys that would reach an object's prototype if a payload were ever merged into one. */
const POISON_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function hasPoisonKeys(value: unknown, depth = 0): boolean {
  if (depth > 20) return true;
  if (Array.isArray(value)) return value.some((v) => hasPoisonKeys(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.keys(value).some(
      (k) => POISON_KEYS.has(k) || hasPoisonKeys((value as Record<string, unknown>)[k], depth + 1),
    );
  }
  return false;
}

export const roomMessage = z.strictObject({ room: z.string().max(80).regex(ROOM_PATTERN) });

/** A message's payload, or null when it is not exactly what the event takes. */
export function parseMessage<T>(schema: z.ZodType<T>, payload: unknown): T | null {
  if (hasPoisonKeys(payload)) return null;
  const parsed = schema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}
