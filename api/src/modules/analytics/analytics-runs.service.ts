import { Injectable, Logger } from '@nestjs/common';
import { MODERATORS_ROOM, type AnalyticsRunKind } from '@kizuna/shared';
import { AuditTrail } from '../../core/audit/audit-trail.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { Db } from '../../core/database/db.js';
import { conflict } from '../../core/errors/app-error.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { CommunityCalendar } from '../community/community-calendar.js';
import { AnalyticsComputation } from './analytics-computation.service.js';
import { AnalyticsPolicy } from './analytics.policy.js';
import { AnalyticsRepository, type RunRow } from './analytics.repository.js';
import { ANALYTICS_JOBS } from './analytics.service.js';

/**
 * Runs of the computation, one at a time whichever instance starts them: a run is a row of
 * analytics_runs, and a unique index admits one running row. A run beats as it goes; one whose
 * instance died stops beating and is given up, so the next can start.
 */
@Injectable()
export class AnalyticsRuns {
  private readonly logger = new Logger('AnalyticsRuns');
  /** A run silent this long is taken for dead (a step takes well under a minute). */
  staleSeconds = 10 * 60;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly repo: AnalyticsRepository,
    private readonly computation: AnalyticsComputation,
    private readonly realtime: RealtimeService,
    private readonly jobs: Jobs,
    private readonly calendar: CommunityCalendar,
  ) {}

  /** A full recompute asked for by a moderator: started here, run by the jobs runner. */
  async request(viewer: Viewer): Promise<RunRow> {
    AnalyticsPolicy.assertRecompute(viewer);
    const run = await this.db.transaction(async () => {
      const started = await this.start('full', viewer.memberId);
      if (!started)
        throw conflict('analyticsRun', 'A computation is running already: wait for it to finish.');
      await this.audit.record(viewer, {
        action: 'analytics.recompute',
        target: {
          type: 'analyticsRun',
          id: started.id,
          label: `Full recompute as of ${started.asOf}`,
        },
        after: { kind: started.kind, asOf: started.asOf },
      });
      return started;
    });
    await this.jobs.enqueue(ANALYTICS_JOBS.run, { runId: run.id });
    return run;
  }

  /** A new running run, or null while another one runs. */
  async start(kind: AnalyticsRunKind, requestedBy: string | null): Promise<RunRow | null> {
    const asOf = await this.calendar.today();
    await this.repo.abandonStale(this.staleSeconds);
    return this.repo.insertRun(kind, asOf, requestedBy);
  }

  /** A scheduled computation; skipped while another one runs (it covers the same ground). */
  async scheduled(kind: AnalyticsRunKind): Promise<RunRow | null> {
    const run = await this.start(kind, null);
    if (run) await this.execute(run);
    return run;
  }

  /** The day's full recompute, unless one already ran today. */
  async daily(): Promise<void> {
    if (await this.repo.lastFullRunOn(await this.calendar.today())) return;
    await this.scheduled('full');
  }

  async executeById(runId: string): Promise<void> {
    const run = await this.repo.run(runId);
    if (run?.status === 'running') await this.execute(run);
  }

  async execute(run: RunRow): Promise<void> {
    let done = 0;
    let total = 1;
    const publish = (finished: boolean) =>
      this.realtime.push(MODERATORS_ROOM, 'job:progress', { id: run.id, done, total, finished });
    publish(false);
    try {
      await this.computation.run(run.kind, run.asOf, async (d, t) => {
        done = d;
        total = t;
        await this.repo.beat(run.id, d / t);
        if (d < t) publish(false);
      });
      await this.repo.finishRun(run.id, null);
    } catch (err) {
      this.logger.error({ err, runId: run.id }, 'analytics computation failed');
      await this.repo.finishRun(
        run.id,
        err instanceof Error ? err.message.slice(0, 500) : 'The computation failed.',
      );
    }
    publish(true);
  }
}
