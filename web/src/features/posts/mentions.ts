/** The `@prefix` being typed just before the caret, if any. */
export interface MentionTrigger {
  /** Index of the `@`. */
  start: number;
  /** What follows the `@` up to the caret (may be empty). */
  prefix: string;
}

/** Handle characters as the api allows them (lower-case letters, digits, _), typed in any case. */
const PREFIX = /^[A-Za-z0-9_]{0,30}$/;
/** The @ must start a word: beginning of text, whitespace or an opening bracket before it. */
const BEFORE = /[\s([{「『（【]/u;

/**
 * Finds a mention being typed: the `@` before the caret, preceded by nothing or a word break, and
 * only handle characters between it and the caret. `foo@bar` (an email) is not a mention.
 */
export function findMentionTrigger(text: string, caret: number): MentionTrigger | null {
  if (caret < 1 || caret > text.length) return null;
  const at = text.lastIndexOf('@', caret - 1);
  if (at < 0) return null;
  const prefix = text.slice(at + 1, caret);
  if (!PREFIX.test(prefix)) return null;
  if (at > 0 && !BEFORE.test(text[at - 1])) return null;
  return { start: at, prefix };
}

/** Replaces the typed `@prefix` with `@handle ` and returns the new text and caret. */
export function applyMention(
  text: string,
  trigger: MentionTrigger,
  caret: number,
  handle: string,
): { text: string; caret: number } {
  const insert = `@${handle} `;
  const after = text.slice(caret).replace(/^ /, '');
  return {
    text: text.slice(0, trigger.start) + insert + after,
    caret: trigger.start + insert.length,
  };
}

/** Inserts a snippet at the selection, on its own line when it is block content. */
export function insertAt(
  text: string,
  start: number,
  end: number,
  snippet: string,
): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const tail = after.startsWith('\n') ? '' : '\n';
  const inserted = `${lead}${snippet}${tail}`;
  return { text: before + inserted + after, caret: before.length + inserted.length };
}
