import type { MarkdownIt, StateCore, Token } from 'markdown-it';

/** `@handle`: a letter, then 2–29 letters, digits or underscores; matched case-insensitively. */
const MENTION = /@([a-z][a-z0-9_]{2,29})(?![a-z0-9_])/gi;
const WORD_CHAR = /[a-z0-9_]/i;

export const MENTIONS_ENV_KEY = 'kizunaMentions';

/** Lower-cased handles in order of first appearance, as collected in the render env. */
export function mentionsOf(env: Record<string, unknown>): string[] {
  const found = env[MENTIONS_ENV_KEY];
  return Array.isArray(found) ? [...new Set(found as string[])] : [];
}

/**
 * Turns `@handle` in text into `<a href="/members/handle" class="mention">`. Runs on inline token
 * streams after linkify, so code spans/blocks (never `text` tokens) and link contents are skipped.
 */
export function mentionsPlugin(md: MarkdownIt): void {
  md.core.ruler.after('linkify', 'kizuna_mentions', (state: StateCore) => {
    const found: string[] = [];
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      block.children = linkMentions(block.children, state, found);
    }
    const env = state.env as Record<string, unknown>;
    env[MENTIONS_ENV_KEY] = [...((env[MENTIONS_ENV_KEY] as string[] | undefined) ?? []), ...found];
  });
}

function linkMentions(children: Token[], state: StateCore, found: string[]): Token[] {
  const out: Token[] = [];
  let linkDepth = 0;
  // The character before the current token, so `foo_@bar` split into tokens is still no mention.
  let previous = '';
  for (const token of children) {
    if (token.type === 'link_open') linkDepth++;
    if (token.type === 'link_close') linkDepth = Math.max(0, linkDepth - 1);

    if (token.type !== 'text' || linkDepth > 0 || !token.content.includes('@')) {
      out.push(token);
      previous =
        token.type === 'text' || token.type === 'text_special' ? token.content.slice(-1) : '';
      continue;
    }

    const text = token.content;
    let last = 0;
    for (const match of text.matchAll(MENTION)) {
      const at = match.index;
      const before = at > 0 ? text[at - 1] : previous;
      if (before && WORD_CHAR.test(before)) continue;
      const handle = match[1].toLowerCase();
      if (at > last) out.push(textToken(state, text.slice(last, at), token.level));

      const open = new state.Token('link_open', 'a', 1);
      open.attrs = [
        ['href', `/members/${handle}`],
        ['class', 'mention'],
      ];
      open.markup = 'mention';
      open.info = 'mention';
      open.level = token.level;
      out.push(open);
      out.push(textToken(state, match[0], token.level + 1));
      const close = new state.Token('link_close', 'a', -1);
      close.markup = 'mention';
      close.info = 'mention';
      close.level = token.level;
      out.push(close);

      found.push(handle);
      last = at + match[0].length;
    }
    if (last === 0) {
      out.push(token);
    } else if (last < text.length) {
      out.push(textToken(state, text.slice(last), token.level));
    }
    previous = text.slice(-1);
  }
  return out;
}

function textToken(state: StateCore, content: string, level: number): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  token.level = level;
  return token;
}
