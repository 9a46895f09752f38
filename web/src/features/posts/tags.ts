import { CONTENT_LIMITS, TAG_PATTERN } from '@kizuna/shared';

/** A tag as typed: leading `#` and surrounding spaces dropped, lower-cased like the api. */
export function normaliseTag(raw: string): string {
  return raw.trim().replace(/^#+/, '').normalize('NFKC').toLowerCase();
}

export const isValidTag = (tag: string): boolean => TAG_PATTERN.test(tag);

/** The first problem with a list of tags, or null. */
export function tagsIssue(tags: string[]): 'tooMany' | 'invalid' | null {
  if (tags.length > CONTENT_LIMITS.tagsMax) return 'tooMany';
  if (tags.some((tag) => !isValidTag(tag))) return 'invalid';
  return null;
}
