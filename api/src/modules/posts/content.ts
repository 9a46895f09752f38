import { excerpt, renderMarkdown } from '../../core/markdown/markdown.js';
import { indexGrams, normalizeText } from '../../core/search/grams.js';

/** Everything stored alongside a post's or comment's Markdown: safe HTML, excerpt, search grams, mentions. */
export function prepareContent(title: string, body: string) {
  const rendered = renderMarkdown(body);
  const searchText = normalizeText(`${title} ${rendered.text}`);
  return {
    bodyHtml: rendered.html,
    excerpt: excerpt(rendered.text),
    searchText,
    searchGrams: indexGrams(searchText),
    mentions: rendered.mentions,
  };
}
