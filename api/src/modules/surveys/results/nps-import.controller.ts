import { Controller, HttpCode, Post, Query, Req, UseGuards } from '@nestjs/common';
import { Roles } from '../../../core/auth/access.decorators.js';
import { CsrfGuard } from '../../../core/auth/csrf.js';
import type { RequestWithViewer } from '../../../core/auth/viewer.js';
import { NpsImportService, type NpsImportResult } from './nps-import.service.js';

@Controller('imports')
export class NpsImportController {
  constructor(private readonly imports: NpsImportService) {}

  /**
   * NPS answers from a CSV file (multipart field `file`; `jobId` and `surveyId` as fields before
   * it, or `surveyId` in the query). Access and CSRF are checked before the body is read.
   */
  @Roles('moderator')
  @Post('nps')
  @HttpCode(200)
  @UseGuards(CsrfGuard)
  nps(
    @Req() req: RequestWithViewer,
    @Query('surveyId') surveyId: unknown,
  ): Promise<NpsImportResult> {
    return this.imports.import(req.viewer!, req, { surveyId });
  }
}
