import { Module } from '@nestjs/common';
import { MediaController } from './media.controller.js';
import { MediaService } from './media.service.js';
import { MediaRepository } from './media.repository.js';
import { mediaStorageProvider } from './storage/media-storage.provider.js';

/** Image uploads (POST /media) and their WebP variants (GET /media/:id/:variant), embedded in posts by URL. */
@Module({
  controllers: [MediaController],
  providers: [MediaRepository, MediaService, mediaStorageProvider],
  exports: [MediaService],
})
export class MediaModule {}
