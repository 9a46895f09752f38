import { normalizeText } from '../../core/search/grams.js';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * `normalizeText(text)` with, for each of its UTF-16 units, where the character it came from
 * starts and ends in `text`. Characters are folded one at a time (a base character with its
 * combining marks together); null when that differs from folding the whole text, which only
 * rare compositions across characters do.
 */
export function normalizeWithMap(
  text: string,
): { normalized: string; from: number[]; to: number[] } | null {
  let normalized = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const m of text.matchAll(/\s+|\P{M}\p{M}*|\p{M}+/gsu)) {
    const start = m.index;
    const end = start + m[0].length;
    const folded = /^\s/.test(m[0]) ? ' ' : m[0].normalize('NFKC').toLowerCase();
    if (folded === ' ' && (normalized === '' || normalized.endsWith(' '))) continue;
    for (let i = 0; i < folded.length; i++) {
      from.push(start);
      to.push(end);
    }
    normalized += folded;
  }
  if (normalized.endsWith(' ')) {
    normalized = normalized.slice(0, -1);
    from.pop();
    to.pop();
  }
  return normalized === normalizeText(text) ? { normalized, from, to } : null;
}

/** Where the terms occur in `normalized`: the longest term first at each position. */
function matchRanges(normalized: string, terms: string[]): Array<[number, number]> {
  const sorted = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < normalized.length;) {
    const term = sorted.find((t) => normalized.startsWith(t, i));
    if (term) {
      out.push([i, i + term.length]);
      i += term.length;
    } else i += 1;
  }
  return out;
}

/**
 * About `width` characters of the original `text` around the first match, HTML-escaped, with
 * every match wrapped in <mark>. Matching runs on the normalised form (so ＮＰＳ finds nps), but
 * the member sees their own words: full-width letters, case and all. `terms` are normalised.
 */
export function snippet(text: string, terms: string[], width = 120): string {
  const mapped = normalizeWithMap(text);
  const source = mapped ? text : normalizeText(text);
  const ranges = mapped
    ? matchRanges(mapped.normalized, terms).map(
        ([s, e]) => [mapped.from[s], mapped.to[e - 1]] as [number, number],
      )
    : matchRanges(source, terms);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(width / 3), source.length - width));
  // Never cut a surrogate pair in two.
  if (/[\uDC00-\uDFFF]/.test(source[start] ?? '')) start -= 1;
  let end = Math.min(source.length, start + width);
  if (/[\uD800-\uDBFF]/.test(source[end - 1] ?? '')) end += 1;
  let html = '';
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const ms = Math.max(s, start);
    const me = Math.min(e, end);
    html += escapeHtml(source.slice(at, ms)) + `<mark>${escapeHtml(source.slice(ms, me))}</mark>`;
    at = me;
  }
  html += escapeHtml(source.slice(at, end));
  return `${start > 0 ? '…' : ''}${html}${end < source.length ? '…' : ''}`;
}
