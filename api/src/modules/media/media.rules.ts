/** What an upload may be, and what is made of it. */

/** The largest image accepted, in bytes (10 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Decoded pixels (all frames together) an upload may have: a guard against decompression bombs. */
export const MAX_INPUT_PIXELS = 40_000_000;

/** Uploads a member may start per window, counted whether they succeed or not. */
/** The formats accepted, by the type detected from the bytes. */
export const ACCEPTED_TYPES = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
} as const;
export type OriginalType = (typeof ACCEPTED_TYPES)[keyof typeof ACCEPTED_TYPES];

/** Every image is stored as these WebP sizes (longest side, never enlarged). */
export const VARIANTS = { thumb: 320, medium: 1280, large: 2560 } as const;
export type VariantName = keyof typeof VARIANTS;
export const VARIANT_NAMES = Object.keys(VARIANTS) as VariantName[];

export const isVariantName = (v: unknown): v is VariantName =>
  typeof v === 'string' && Object.hasOwn(VARIANTS, v);

/** Where a variant is served from; also what posts embed in Markdown. */
export const mediaUrl = (id: string, variant: VariantName = 'medium') =>
  `/media/${id}/${variant}.webp`;

/** The storage key of a variant (drivers may add their own prefix). */
export const variantKey = (id: string, variant: VariantName) => `${id}/${variant}.webp`;

export const FORMAT_MESSAGE = 'Only JPEG, PNG, WebP and GIF images can be uploaded.';

const OWN_IMAGE =
  /^\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(?:thumb|medium|large)\.webp$/;

/** The small variant of the first of our own images among `srcs` (cards show it), or null. */
export function thumbnailOf(srcs: readonly string[]): string | null {
  for (const src of srcs) {
    const own = OWN_IMAGE.exec(src);
    if (own) return mediaUrl(own[1], 'thumb');
  }
  return null;
}
