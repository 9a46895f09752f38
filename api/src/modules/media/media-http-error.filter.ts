import { Catch, HttpException, HttpStatus, type ArgumentsHost } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode } from '@kizuna/shared';
import { AppExceptionFilter, sendHttpError } from '../../core/errors/exception.filter.js';
import { payloadTooLarge } from './media.service.js';

/** multer's codes for a file that is not where, or not as many as, the route expects. */
const WRONG_FILE_FIELD = new Set(['LIMIT_UNEXPECTED_FILE', 'LIMIT_FILE_COUNT']);

/** What multer's errors mean for an upload; everything else as on every other route. */
@Catch()
export class MediaHttpErrorFilter extends AppExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (!(error instanceof HttpException)) return super.catch(error, host);
    const res = host.switchToHttp().getResponse<Response>();
    if (error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
      const e = payloadTooLarge();
      sendHttpError(res, {
        status: 413,
        message: e.message,
        extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE },
      });
      return undefined;
    }
    const multerCode = (error.cause as { code?: string } | undefined)?.code;
    if (multerCode && WRONG_FILE_FIELD.has(multerCode)) {
      const message = 'Send one image, in the form field "file".';
      sendHttpError(res, {
        status: 400,
        message,
        extensions: {
          code: ErrorCode.VALIDATION_FAILED,
          fields: [{ field: 'file', issue: 'INVALID_VALUE', message }],
        },
      });
      return undefined;
    }
    if (
      error.getStatus() === HttpStatus.BAD_REQUEST &&
      host.switchToHttp().getRequest<Request>().method === 'POST'
    ) {
      sendHttpError(res, {
        status: 400,
        message:
          'The upload could not be read. Send the image as multipart/form-data in the field "file".',
        extensions: { code: ErrorCode.BAD_REQUEST },
      });
      return undefined;
    }
    return super.catch(error, host);
  }
}
