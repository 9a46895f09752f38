/** What a public page puts in the served HTML for crawlers and link previews. */
export interface PublicPage {
  title: string;
  description: string;
  /** The page's path ("/posts/…"); made absolute with PUBLIC_URL. */
  path: string;
  type: 'website' | 'article' | 'profile';
  siteName: string;
  locale: string;
  image?: string | null;
  publishedAt?: Date;
  modifiedAt?: Date;
  /** Safe HTML only: text escaped with `escapeHtml`, content already sanitised when stored. */
  contentHtml: string;
  /** schema.org data, as a JSON-LD object. */
  jsonLd?: Record<string, unknown>;
}

/**
 * The public pages the api can describe in HTML. The public-pages module provides it; the SPA
 * middleware asks it for every page it serves and injects what it answers.
 */
export abstract class PublicPages {
  /** The page at `path` as a visitor sees it, or null when it is not public. */
  abstract render(path: string): Promise<PublicPage | null>;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in element content and in quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/**
 * JSON inside <script type="application/ld+json">: nothing in it can close the element or open
 * a comment (`<`, `>` and `&` are written as \u escapes, which JSON reads back unchanged).
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The document with its <html> element's lang set to `lang`. */
const withLang = (index: string, lang: 'en' | 'ja'): string =>
  index.replace(/<html\b[^>]*>/i, (tag) =>
    /\slang=/i.test(tag)
      ? tag.replace(/\slang=("[^"]*"|'[^']*'|[^\s>]+)/i, ` lang="${lang}"`)
      : tag.replace(/^<html/i, `<html lang="${lang}"`),
  );

/** index.html with the page's language, title, description, canonical link, Open Graph tags, JSON-LD and content. */
export function injectPage(index: string, page: PublicPage, publicUrl: string): string {
  const url = `${publicUrl}${page.path}`;
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const head = [
    `<title>${escapeHtml(page.title)}</title>`,
    meta('name', 'description', page.description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('property', 'og:type', page.type),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', url),
    meta('property', 'og:site_name', page.siteName),
    meta('property', 'og:locale', page.locale === 'en' ? 'en_US' : 'ja_JP'),
    page.image ? meta('property', 'og:image', page.image) : '',
    meta('name', 'twitter:card', page.image ? 'summary_large_image' : 'summary'),
    page.publishedAt
      ? meta('property', 'article:published_time', page.publishedAt.toISOString())
      : '',
    page.modifiedAt ? meta('property', 'article:modified_time', page.modifiedAt.toISOString()) : '',
    page.jsonLd ? `<script type="application/ld+json">${scriptJson(page.jsonLd)}</script>` : '',
  ]
    .filter(Boolean)
    .join('\n    ');
  const indexInLang = withLang(index, page.locale === 'en' ? 'en' : 'ja');
  const withHead = /<title>[\s\S]*?<\/title>/.test(indexInLang)
    ? indexInLang.replace(/<title>[\s\S]*?<\/title>/, () => head)
    : indexInLang.replace('</head>', () => `${head}\n  </head>`);
  return withHead.replace(
    '<div id="root"></div>',
    () => `<div id="root">${page.contentHtml}</div>`,
  );
}
