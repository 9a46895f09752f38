import type { FieldIssue } from '@kizuna/shared';
import { HANDLE_PATTERN } from '@kizuna/shared';
import { fieldErrorMessage, type AnyT } from './errors';

export interface Issue {
  issue: FieldIssue;
  params?: Record<string, number | string>;
}

/** One client-side rule, mirroring a server rule; returns the issue or null when fine. */
export type Check = (value: string) => Issue | null;

/** Counts characters as people see them (the server counts the same way). */
export const charLength = (value: string): number => [...value].length;

export const required: Check = (v) => (v.trim() === '' ? { issue: 'REQUIRED' } : null);

export const minLen =
  (min: number): Check =>
  (v) =>
    v !== '' && charLength(v) < min ? { issue: 'TOO_SHORT', params: { min } } : null;

export const maxLen =
  (max: number): Check =>
  (v) =>
    charLength(v) > max ? { issue: 'TOO_LONG', params: { max } } : null;

export const matches =
  (re: RegExp): Check =>
  (v) =>
    v !== '' && !re.test(v) ? { issue: 'INVALID_FORMAT' } : null;

export const emailFormat: Check = matches(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
export const handleFormat: Check = matches(HANDLE_PATTERN);
export const httpUrl: Check = (v) => {
  if (v === '') return null;
  try {
    const url = new URL(v);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? null
      : { issue: 'INVALID_FORMAT' };
  } catch {
    return { issue: 'INVALID_FORMAT' };
  }
};

export const intRange =
  (min: number, max: number): Check =>
  (v) => {
    if (v === '') return null;
    const n = Number(v);
    if (!Number.isInteger(n)) return { issue: 'INVALID_FORMAT' };
    return n < min || n > max ? { issue: 'OUT_OF_RANGE', params: { min, max } } : null;
  };

/** The first failing check of a field, translated the same way as server field errors. */
export function firstIssue(value: unknown, checks: Check[]): Issue | null {
  const text = value == null ? '' : String(value);
  for (const check of checks) {
    const found = check(text);
    if (found) return found;
  }
  return null;
}

export function rule(t: AnyT, field: string, ...checks: Check[]) {
  return (value: unknown): string | null => {
    const found = firstIssue(value, checks);
    return found ? fieldErrorMessage(t, { field, ...found }) : null;
  };
}
