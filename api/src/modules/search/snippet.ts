const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * About `width` characters of `text` around the first match, HTML-escaped, with every term
 * wrapped in <mark>. `text` and `terms` are already normalised the same way.
 */
export function snippet(text: string, terms: string[], width = 120): string {
  const first = Math.min(...terms.map((t) => text.indexOf(t)).filter((i) => i >= 0), text.length);
  const start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  const slice = text.slice(start, start + width);
  const sorted = [...terms].filter(Boolean).sort((a, b) => b.length - a.length);
  let html = '';
  for (let i = 0; i < slice.length;) {
    const term = sorted.find((t) => slice.startsWith(t, i));
    if (term) {
      html += `<mark>${escapeHtml(term)}</mark>`;
      i += term.length;
    } else {
      html += escapeHtml(slice[i]);
      i += 1;
    }
  }
  return `${start > 0 ? '…' : ''}${html}${start + width < text.length ? '…' : ''}`;
}
