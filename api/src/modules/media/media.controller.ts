import { pipeline } from 'node:stream/promises';
import {
  Controller,
  Get,
  HttpCode,
  Logger,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { Public, SignedIn } from '../../core/auth/access.decorators.js';
import { CsrfGuard } from '../../core/auth/csrf.js';
import type { RequestWithViewer } from '../../core/auth/viewer.js';
import { MediaService, type UploadedImage } from './media.service.js';
import { MediaHttpErrorFilter } from './media-http-error.filter.js';
import type { MediaEntity } from './entities/media.entity.js';
import { MAX_UPLOAD_BYTES, VARIANT_NAMES, mediaUrl } from './media.rules.js';

export interface UploadResponse {
  id: string;
  /** The `medium` variant, what posts embed. */
  url: string;
  width: number;
  height: number;
  variants: Record<string, string>;
}

export const presentUpload = (m: MediaEntity): UploadResponse => ({
  id: m.id,
  url: mediaUrl(m.id, 'medium'),
  width: m.width,
  height: m.height,
  variants: Object.fromEntries(VARIANT_NAMES.map((v) => [v, mediaUrl(m.id, v)])),
});

/** `/media/<uuid>/<variant>` with an optional `.webp`. */
const FILE_NAME = /^([a-z]+)(?:\.webp)?$/;

@Controller('media')
@UseFilters(MediaHttpErrorFilter)
export class MediaController {
  private readonly logger = new Logger(MediaController.name);

  constructor(private readonly media: MediaService) {}

  /**
   * Uploads one image (multipart/form-data, field `file`). Access and CSRF are checked by guards,
   * before multer reads the body; the file is held in memory, at most 10 MB.
   */
  @SignedIn()
  @Post()
  @HttpCode(201)
  @UseGuards(CsrfGuard)
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 12 },
    }),
  )
  async upload(
    @Req() req: RequestWithViewer,
    @UploadedFile() file: UploadedImage | undefined,
  ): Promise<UploadResponse> {
    return presentUpload(await this.media.upload(req.viewer!, file));
  }

  /** A stored variant, with headers that keep browsers from running or sniffing it. */
  @Public()
  @Get(':id/:file')
  async serve(
    @Param('id') id: string,
    @Param('file') file: string,
    @Req() req: RequestWithViewer,
    @Res() res: Response,
  ): Promise<void> {
    const variant = await this.media.variant(id, FILE_NAME.exec(file)?.[1] ?? '');
    const mediaId = id.toLowerCase();
    const headers = {
      'content-type': 'image/webp',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'content-disposition': `inline; filename="${mediaId}-${variant.name}.webp"`,
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${mediaId}-${variant.name}-${variant.bytes}"`,
    };
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(headers.etag)) {
      res.status(304).set(headers).end();
      return;
    }
    const object = await this.media.open(variant);
    res
      .status(200)
      .set(headers)
      .setHeader('content-length', object.length ?? variant.bytes);
    try {
      await pipeline(object.body, res);
    } catch (err) {
      // A client that goes away mid-download is normal; a storage that fails is not.
      if ((err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
        this.logger.warn({ err, key: variant.key }, 'media stream failed');
    }
  }
}
