import { Module } from '@nestjs/common';
import { CommunityModule } from '../../community/community.module.js';
import { MembersModule } from '../../members/members.module.js';
import { PointsModule } from '../../points/points.module.js';
import { NpsImportController } from './nps-import.controller.js';
import { NpsImportRepository } from './nps-import.repository.js';
import { NpsImportService } from './nps-import.service.js';
import { SurveyResultsExportController } from './results-export.controller.js';
import { SurveyResultsExportService } from './results-export.service.js';
import { SurveyResultsRepository } from './results.repository.js';
import { SurveyResultsResolver, SurveyTextAnswerResolver } from './results.resolver.js';
import { SurveyResultsService } from './results.service.js';
import { BuiltInSurveySegments, SurveySegments } from './segments.js';

/** Survey results, their CSV exports and imported NPS answers. */
@Module({
  imports: [MembersModule, PointsModule, CommunityModule],
  controllers: [SurveyResultsExportController, NpsImportController],
  providers: [
    SurveySegments,
    BuiltInSurveySegments,
    SurveyResultsRepository,
    SurveyResultsService,
    SurveyResultsResolver,
    SurveyTextAnswerResolver,
    SurveyResultsExportService,
    NpsImportRepository,
    NpsImportService,
  ],
  exports: [SurveySegments],
})
export class SurveyResultsModule {}
