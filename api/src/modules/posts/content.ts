import { excerpt, renderMarkdown } from '../../core/markdown/markdown.js';
import { indexGrams, normalizeText } from '../../core/search/grams.js';
import { thumbnailOf } from '../media/media.rules.js';

/** The words search matches and its snippets show: the title, then the body without markup. */
export const plainText = (title: string, bodyText: string) => `${title} ${bodyText}`.trim();

/** `plainText` of a stored post or comment, from its Markdown. */
export const plainTextOf = (title: string, body: string) =>
  plainText(title, renderMarkdown(body).text);

/**
 * Everything stored alongside a post's or comment's Markdown: safe HTML, excerpt, search grams,
 * mentions, and the thumbnail a card shows.
 */
export function prepareContent(title: string, body: string) {
  const rendered = renderMarkdown(body);
  const searchText = normalizeText(plainText(title, rendered.text));
  return {
    bodyHtml: rendered.html,
    excerpt: excerpt(rendered.text),
    searchText,
    searchGrams: indexGrams(searchText),
    mentions: rendered.mentions,
    thumbnailUrl: thumbnailOf(rendered.images),
    /** What spam screening counts. */
    counts: {
      links: (rendered.html.match(/<a [^>]*href="https?:\/\//g) ?? []).length,
      images: rendered.images.length,
      mentions: rendered.mentions.length,
    },
  };
}
