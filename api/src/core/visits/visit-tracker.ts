import { Injectable, Logger } from '@nestjs/common';
import { Jobs } from '../jobs/jobs.js';

export const VISIT_JOB = 'points.visit';
const RECHECK_MS = 10 * 60 * 1000;
const MAX_TRACKED = 100_000;

/**
 * Notes that a signed-in member is here. The visit job (idempotent per community day) is queued
 * at most every ten minutes per member and process, so requests cost no database write.
 */
@Injectable()
export class VisitTracker {
  private readonly logger = new Logger(VisitTracker.name);
  private readonly lastQueued = new Map<string, number>();

  constructor(private readonly jobs: Jobs) {}

  seen(memberId: string): void {
    const now = Date.now();
    if (now - (this.lastQueued.get(memberId) ?? 0) < RECHECK_MS) return;
    if (this.lastQueued.size >= MAX_TRACKED) this.lastQueued.clear();
    this.lastQueued.set(memberId, now);
    this.jobs
      .enqueue(VISIT_JOB, { memberId }, { jobId: `visit:${memberId}` })
      .catch((err: unknown) => this.logger.warn({ err }, 'could not queue a visit'));
  }
}
