import { join } from 'node:path';
import type { FactoryProvider } from '@nestjs/common';
import { CONFIG, type Config } from '../../../config/env.js';
import { MediaStorage } from './media-storage.js';
import { LocalMediaStorage } from './local-media-storage.js';
import { S3MediaStorage } from './s3-media-storage.js';

/** The S3-compatible bucket when S3_BUCKET is set, files under DATA_DIR/media otherwise. */
export function createMediaStorage(config: Config): MediaStorage {
  if (config.S3_BUCKET) {
    return new S3MediaStorage({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID!,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalMediaStorage(join(config.DATA_DIR, 'media'));
}

export const mediaStorageProvider: FactoryProvider<MediaStorage> = {
  provide: MediaStorage,
  useFactory: createMediaStorage,
  inject: [CONFIG],
};
