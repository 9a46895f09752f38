import { Global, Module } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/env.js';
import { BullJobs } from './bull-jobs.js';
import { InProcessJobs } from './in-process-jobs.js';
import { Jobs } from './jobs.js';
import { VisitTracker } from '../visits/visit-tracker.js';

@Global()
@Module({
  providers: [
    {
      provide: Jobs,
      inject: [CONFIG],
      useFactory: (config: Config) =>
        config.REDIS_URL ? new BullJobs(config.REDIS_URL) : new InProcessJobs(),
    },
    VisitTracker,
  ],
  exports: [Jobs, VisitTracker],
})
export class JobsModule {}
