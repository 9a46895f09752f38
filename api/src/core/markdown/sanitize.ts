import sanitizeHtml from 'sanitize-html';
import { isExternalHref, isSafeImageSrc, isSafeLinkHref } from './url-policy.js';

export const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'img',
] as const;

export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'class', 'rel', 'target'],
  img: ['src', 'alt', 'title'],
  code: ['class'],
};

export const LINK_REL = 'nofollow ugc noopener';
export const CODE_CLASS = /^language-[\w-]+$/;

/** Replacing a tag with one outside the allowlist drops the tag and keeps its text. */
const DROP = 'kizuna-dropped';

const options: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(
    Object.entries(ALLOWED_ATTRIBUTES).map(([tag, attributes]) => [tag, [...attributes]]),
  ),
  allowedClasses: { a: ['mention'], code: [CODE_CLASS] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  allowedIframeHostnames: [],
  allowedScriptHostnames: [],
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  parseStyleAttributes: false,
  transformTags: {
    a: (_tagName, attribs) => {
      const href = attribs.href ?? '';
      if (!isSafeLinkHref(href)) return { tagName: DROP, attribs: {} };
      const safe: sanitizeHtml.Attributes = { href };
      if (attribs.title) safe.title = attribs.title;
      if (attribs.class === 'mention' && href.startsWith('/members/')) safe.class = 'mention';
      safe.rel = LINK_REL;
      if (isExternalHref(href)) safe.target = '_blank';
      return { tagName: 'a', attribs: safe };
    },
    img: (_tagName, attribs) => {
      const src = attribs.src ?? '';
      if (!isSafeImageSrc(src)) return { tagName: DROP, attribs: {}, text: attribs.alt ?? '' };
      const safe: sanitizeHtml.Attributes = { src, alt: attribs.alt ?? '' };
      if (attribs.title) safe.title = attribs.title;
      return { tagName: 'img', attribs: safe };
    },
  },
  // Belt and braces: an image whose src did not survive is no image at all.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/** The last line of defence: whatever markdown-it produced, only the allowlist gets through. */
export function sanitizeRenderedHtml(html: string): string {
  return sanitizeHtml(html, options);
}
