import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { fileTypeFromBuffer } from 'file-type';
import {
  ACCEPTED_TYPES,
  MAX_INPUT_PIXELS,
  VARIANTS,
  VARIANT_NAMES,
  type OriginalType,
  type VariantName,
} from './media.rules.js';

export interface EncodedVariant {
  name: VariantName;
  data: Buffer;
  width: number;
  height: number;
}

export type ProcessedImage =
  | {
      ok: true;
      originalType: OriginalType;
      /** Of the original, after EXIF rotation (per frame for animations). */
      width: number;
      height: number;
      animated: boolean;
      variants: EncodedVariant[];
    }
  | { ok: false; reason: 'format' | 'unreadable' | 'too-many-pixels' };

/** The accepted type the bytes say they are (magic numbers), whatever the name or client says. */
export async function detectType(input: Buffer): Promise<OriginalType | null> {
  const detected = await fileTypeFromBuffer(input);
  if (!detected || !Object.hasOwn(ACCEPTED_TYPES, detected.mime)) return null;
  return ACCEPTED_TYPES[detected.mime as keyof typeof ACCEPTED_TYPES];
}

const isPixelLimit = (err: unknown) => /pixel limit/i.test(String((err as Error)?.message));

/**
 * Re-encodes an upload as WebP variants. Only bytes that file-type classifies as JPEG, PNG, WebP
 * or GIF *and* that sharp decodes as that same format get through, so SVG, HEIC, PDF, HTML and
 * polyglots are refused. Nothing of the original's metadata is kept: sharp writes none unless
 * asked (`keepMetadata`/`withMetadata` are never used), so EXIF, GPS, XMP, IPTC and ICC profiles
 * are gone (colours are converted to sRGB first). Still images are turned upright from their EXIF
 * orientation before that. Animated GIF and WebP stay animated (animated WebP out), frames resized
 * together; their EXIF orientation, if any, is ignored.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  const originalType = await detectType(input);
  if (!originalType) return { ok: false, reason: 'format' };

  const multiFrame = originalType === 'gif' || originalType === 'webp';
  const options: SharpOptions = {
    limitInputPixels: MAX_INPUT_PIXELS,
    animated: multiFrame,
    // Minor warnings (e.g. stray bytes some cameras write) are tolerated; broken data is not.
    failOn: 'error',
  };

  let meta: Metadata;
  try {
    meta = await sharp(input, options).metadata();
  } catch (err) {
    return { ok: false, reason: isPixelLimit(err) ? 'too-many-pixels' : 'unreadable' };
  }
  if (meta.format !== originalType) return { ok: false, reason: 'format' };
  // Width times the height of all frames: what decoding would allocate.
  if (meta.width * meta.height > MAX_INPUT_PIXELS) return { ok: false, reason: 'too-many-pixels' };

  const animated = multiFrame && (meta.pages ?? 1) > 1;
  const width = animated ? meta.width : meta.autoOrient.width;
  const height = animated ? (meta.pageHeight ?? meta.height) : meta.autoOrient.height;

  const variants: EncodedVariant[] = [];
  try {
    for (const name of VARIANT_NAMES) {
      const max = VARIANTS[name];
      const previous = variants.at(-1);
      // A small image has the same size in several variants: encode it once.
      if (previous && Math.max(width, height) <= VARIANTS[previous.name]) {
        variants.push({ ...previous, name });
        continue;
      }
      let pipeline = sharp(input, { ...options, animated });
      if (!animated) pipeline = pipeline.autoOrient();
      const { data, info } = await pipeline
        .resize({ width: max, height: max, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 82, effort: 4 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ name, data, width: info.width, height: info.pageHeight ?? info.height });
    }
  } catch (err) {
    return { ok: false, reason: isPixelLimit(err) ? 'too-many-pixels' : 'unreadable' };
  }
  return { ok: true, originalType, width, height, animated, variants };
}
