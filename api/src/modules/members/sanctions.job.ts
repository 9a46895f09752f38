import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Jobs } from '../../core/jobs/jobs.js';
import { MembersService } from './members.service.js';

const LIFT_JOB = 'members.lift-expired-sanctions';

/** Suspensions and silences end on their own, within a minute of their end. */
@Injectable()
export class SanctionsJob implements OnModuleInit {
  constructor(
    private readonly jobs: Jobs,
    private readonly members: MembersService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.define(LIFT_JOB, async () => {
      await this.members.liftExpired();
    });
    await this.jobs.every(LIFT_JOB, 60_000);
  }
}
