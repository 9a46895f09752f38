import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance, StateCore, Token } from 'markdown-it';
import { mentionsOf, mentionsPlugin } from './mentions.js';
import { sanitizeRenderedHtml } from './sanitize.js';
import { isSafeImageSrc, isSafeLinkHref } from './url-policy.js';

export interface RenderedMarkdown {
  /** Safe HTML to show as-is in the browser. */
  html: string;
  /** Plain text for search and excerpts: no markup, whitespace collapsed, code and alt text kept. */
  text: string;
  /** Lower-cased handles mentioned as @handle, unique, in order of first appearance. */
  mentions: string[];
  /** src URLs of the images used, in order. */
  images: string[];
}

/** Longer input is cut here; callers validate the length, the renderer just stays safe and fast. */
export const MARKDOWN_MAX_CHARS = 50_000;
export const EXCERPT_MAX_CHARS = 160;

const md = createMarkdownIt();

function createMarkdownIt(): MarkdownItInstance {
  const parser = new MarkdownIt('default', {
    html: false,
    xhtmlOut: false,
    breaks: true,
    linkify: true,
    typographer: false,
    langPrefix: 'language-',
    highlight: null,
  });
  // Markdown links/images with any other URL are not links at all: they stay literal text.
  parser.validateLink = isSafeLinkHref;

  // h1–h2 would compete with the page title: shift every heading down by two, capped at h6.
  parser.core.ruler.after('block', 'kizuna_heading_shift', (state: StateCore) => {
    for (const token of state.tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') {
        token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
      }
    }
  });

  mentionsPlugin(parser);

  // Images we do not host or cannot load over https become their alt text.
  const renderImage = parser.renderer.rules.image!;
  parser.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (isSafeImageSrc(String(token.attrGet('src') ?? ''))) {
      return renderImage(tokens, idx, options, env, self);
    }
    return parser.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
  };
  return parser;
}

/** Renders user-written Markdown (posts, comments) to safe HTML plus the facts derived from it. */
export function renderMarkdown(source: string): RenderedMarkdown {
  const input = clip(typeof source === 'string' ? source : '', MARKDOWN_MAX_CHARS);
  const env: Record<string, unknown> = {};
  const tokens = md.parse(input, env);
  const html = sanitizeRenderedHtml(md.renderer.render(tokens, md.options, env));
  const { text, images } = inspect(tokens, env);
  return { html, text, mentions: mentionsOf(env), images };
}

/**
 * Plain text and image sources, read from the same tokens the HTML was rendered from (links and
 * images with unsafe URLs never became link/image tokens, so nothing here escaped the policy).
 */
function inspect(
  tokens: Token[],
  env: Record<string, unknown>,
): { text: string; images: string[] } {
  const parts: string[] = [];
  const images: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        switch (child.type) {
          case 'text':
          case 'text_special':
          case 'code_inline':
            parts.push(child.content);
            break;
          case 'softbreak':
          case 'hardbreak':
            parts.push(' ');
            break;
          case 'image': {
            const src = String(child.attrGet('src') ?? '');
            if (isSafeImageSrc(src)) images.push(src);
            parts.push(
              ' ',
              md.renderer.renderInlineAsText(child.children ?? [], md.options, env),
              ' ',
            );
            break;
          }
        }
      }
    } else if (token.type === 'fence' || token.type === 'code_block') {
      parts.push(' ', token.content, ' ');
    } else {
      parts.push(' ');
    }
  }
  return { text: collapseWhitespace(parts.join('')), images };
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ELLIPSIS = '…';
/** Break after these when no space is near the end (Japanese has none). */
const SOFT_BREAK_AFTER = /[\s、。，．,.!?！？）」』】〕)\]]/u;

/**
 * The first `maxChars` characters (graphemes, ellipsis included) of plain text, cut on a word
 * boundary when the text has spaces near the cut, otherwise after punctuation or on a character
 * boundary (Japanese). The ellipsis is added only when the text was cut.
 */
export function excerpt(text: string, maxChars: number = EXCERPT_MAX_CHARS): string {
  const clean = collapseWhitespace(text);
  const limit = Math.max(1, Math.floor(maxChars));
  const chars = Array.from(graphemes.segment(clean), (s) => s.segment);
  if (chars.length <= limit) return clean;

  const window = chars.slice(0, limit - 1);
  // Prefer a space (or punctuation) in the last fifth of the window, so little is lost.
  let cut = window.length;
  const floor = Math.floor(window.length * 0.8);
  if (chars[window.length] !== ' ') {
    for (let i = window.length - 1; i >= floor; i--) {
      if (SOFT_BREAK_AFTER.test(window[i])) {
        cut = i + 1;
        break;
      }
    }
  }
  const head = window.slice(0, cut).join('').trimEnd();
  return `${head.replace(/[\s、,]+$/u, '')}${ELLIPSIS}`;
}
