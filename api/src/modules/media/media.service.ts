import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { AppError, invalidField, notFound } from '../../core/errors/app-error.js';
import { RATE_LIMITS, RateLimiter } from '../../core/rate-limit/rate-limiter.js';
import { isUuid } from '../../core/ids.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { MediaRepository } from './media.repository.js';
import { MediaStorage, type StoredObject } from './storage/media-storage.js';
import { processImage } from './image-processor.js';
import type { MediaEntity, StoredVariant } from './entities/media.entity.js';
import {
  FORMAT_MESSAGE,
  MAX_INPUT_PIXELS,
  MAX_UPLOAD_BYTES,
  isVariantName,
  variantKey,
  type VariantName,
} from './media.rules.js';

/** The part of a multer file the service reads (memory storage). */
export interface UploadedImage {
  buffer: Buffer;
  size: number;
}

export const payloadTooLarge = () =>
  new AppError(
    ErrorCode.PAYLOAD_TOO_LARGE,
    `Images can be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
    { http: { status: 413 } },
  );

const imageNotFound = () => notFound('This image');

@Injectable()
export class MediaService {
  private readonly logger = new Logger(MediaService.name);

  constructor(
    private readonly db: Db,
    private readonly limiter: RateLimiter,
    private readonly media: MediaRepository,
    private readonly storage: MediaStorage,
  ) {}

  /**
   * Checks, cleans and stores an uploaded image: WebP variants first, then the row, so a row
   * always has its files; the files of a failed upload are removed again.
   */
  async upload(viewer: Viewer, file: UploadedImage | undefined): Promise<MediaEntity> {
    // Every attempt counts, so refused files cost their sender as much as accepted ones.
    await this.limiter.take(RATE_LIMITS.upload, viewer.memberId);
    if (!file?.size) throw invalidField('file', 'REQUIRED', 'Choose an image to upload.');
    if (file.size > MAX_UPLOAD_BYTES) throw payloadTooLarge();

    const image = await processImage(file.buffer);
    if (!image.ok) {
      switch (image.reason) {
        case 'format':
          throw invalidField('file', 'INVALID_FORMAT', FORMAT_MESSAGE);
        case 'too-many-pixels':
          throw invalidField(
            'file',
            'OUT_OF_RANGE',
            `This image has too many pixels: at most ${MAX_INPUT_PIXELS / 1_000_000} megapixels can be uploaded.`,
            { max: MAX_INPUT_PIXELS },
          );
        default:
          throw invalidField(
            'file',
            'INVALID_FORMAT',
            'This image could not be read. It may be damaged; try saving it again.',
          );
      }
    }

    const id = randomUUID();
    const stored: string[] = [];
    try {
      const variants = {} as Record<VariantName, StoredVariant>;
      for (const v of image.variants) {
        const key = variantKey(id, v.name);
        await this.storage.put(key, v.data, 'image/webp');
        stored.push(key);
        variants[v.name] = { width: v.width, height: v.height, bytes: v.data.length, key };
      }
      return await this.db.transaction(() =>
        this.media.insert({
          id,
          ownerId: viewer.memberId,
          originalType: image.originalType,
          width: image.width,
          height: image.height,
          bytes: variants.large.bytes,
          variants,
        }),
      );
    } catch (err) {
      await Promise.allSettled(stored.map((key) => this.storage.delete(key)));
      throw err;
    }
  }

  /** An image the member uploaded themselves; NOT_FOUND for any other. */
  async requireOwn(memberId: string, id: string): Promise<MediaEntity> {
    const media = await this.findOwn(memberId, id);
    if (!media) throw imageNotFound();
    return media;
  }

  /** An image the member uploaded themselves, or null. */
  async findOwn(memberId: string, id: string): Promise<MediaEntity | null> {
    const media = isUuid(id) ? await this.media.findById(id.toLowerCase()) : null;
    return media && media.ownerId === memberId ? media : null;
  }

  /** A stored variant by its public address; NOT_FOUND for unknown or malformed ids and names. */
  async variant(id: string, name: string): Promise<StoredVariant & { name: VariantName }> {
    if (!isUuid(id) || !isVariantName(name)) throw imageNotFound();
    const variant = (await this.media.findById(id.toLowerCase()))?.variants[name];
    if (!variant) throw imageNotFound();
    return { ...variant, name };
  }

  async open(variant: StoredVariant): Promise<StoredObject> {
    const object = await this.storage.get(variant.key);
    if (!object) {
      this.logger.warn({ key: variant.key }, 'media row without its stored file');
      throw imageNotFound();
    }
    return object;
  }
}
