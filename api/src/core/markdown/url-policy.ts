// URL policies for user-written Markdown. These run twice: on markdown-it's normalized URLs while
// parsing (anything rejected stays plain text) and again in the sanitizer on the rendered HTML.

/* eslint-disable no-control-regex */
/** Control characters, whitespace and backslashes: never part of a URL we emit. */
const UNSAFE_CHARS =
  /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/;
/* eslint-enable no-control-regex */

const ABSOLUTE_HTTP = /^https?:\/\/[^/?#]/i;
const HTTPS = /^https:\/\/[^/?#]/i;
const MAILTO = /^mailto:[^/]/i;
/** A same-site path: one slash, not two (`//host` is protocol-relative). */
const SITE_PATH = /^\/(?!\/)/;
const MEDIA_PATH = /^\/media\/[^/]/;
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$|[?#])/;

/** Links: http(s), mailto and same-site paths; nothing else (no `javascript:`, `data:`, `//host`). */
export function isSafeLinkHref(url: string): boolean {
  if (!url || UNSAFE_CHARS.test(url)) return false;
  return ABSOLUTE_HTTP.test(url) || MAILTO.test(url) || SITE_PATH.test(url);
}

/** Images: https URLs and our own `/media/...` paths only. */
export function isSafeImageSrc(url: string): boolean {
  if (!url || UNSAFE_CHARS.test(url)) return false;
  if (HTTPS.test(url)) return true;
  return MEDIA_PATH.test(url) && !DOT_SEGMENT.test(url) && !url.includes('//');
}

/** Links that leave the site (they open in a new tab). */
export function isExternalHref(url: string): boolean {
  return ABSOLUTE_HTTP.test(url);
}
