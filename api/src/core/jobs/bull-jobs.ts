import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker, type Job } from 'bullmq';
import {
  DEFAULT_JOB_OPTIONS,
  Jobs,
  type EnqueueOptions,
  type JobHandler,
  type JobOptions,
} from './jobs.js';

const QUEUE = 'kizuna';

/** Recurring jobs of earlier versions: their schedules would stay in Redis and fail forever. */
const RETIRED_SCHEDULES = ['leaderboards.refresh'];

/** Jobs in Redis: every instance runs a worker, and BullMQ hands each job to exactly one. */
export class BullJobs extends Jobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly defs = new Map<
    string,
    Required<JobOptions> & { handler: JobHandler<unknown> }
  >();
  private readonly queue: Queue;
  private worker: Worker | null = null;

  constructor(private readonly redisUrl: string) {
    super();
    this.queue = new Queue(QUEUE, { connection: this.connection() });
  }

  define<T>(name: string, handler: JobHandler<T>, options: JobOptions = {}): void {
    this.defs.set(name, {
      ...DEFAULT_JOB_OPTIONS,
      ...options,
      handler: handler as JobHandler<unknown>,
    });
  }

  async enqueue<T>(name: string, data: T, options: EnqueueOptions = {}): Promise<void> {
    const def = this.defs.get(name);
    if (!def) throw new Error(`No job named ${name}`);
    await this.queue.add(name, data, {
      attempts: def.attempts,
      backoff: { type: 'exponential', delay: def.backoffMs },
      delay: options.delayMs,
      // BullMQ refuses ":" in ids.
      jobId: options.jobId?.replaceAll(':', '_'),
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 5000 },
    });
  }

  async every(name: string, everyMs: number): Promise<void> {
    const def = this.defs.get(name);
    if (!def) throw new Error(`No job named ${name}`);
    // Every instance upserts the same scheduler id, so there is one schedule in all.
    await this.queue.upsertJobScheduler(
      name,
      { every: everyMs },
      {
        name,
        data: {},
        opts: {
          attempts: def.attempts,
          backoff: { type: 'exponential', delay: def.backoffMs },
          removeOnComplete: { count: 100 },
          removeOnFail: { count: 500 },
        },
      },
    );
  }

  async idle(): Promise<void> {
    for (;;) {
      const c = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (c.waiting + c.active + c.delayed + c.prioritized === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waiting jobs stay in Redis for the other instances; the running ones finish here. */
  async drain(): Promise<void> {
    await this.worker?.close();
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const name of RETIRED_SCHEDULES) await this.queue.removeJobScheduler(name);
    this.worker = new Worker(QUEUE, (job) => this.process(job), {
      connection: this.connection(),
      concurrency: 4,
    });
    this.worker.on('failed', (job, err) => {
      const final = job && job.attemptsMade >= (job.opts.attempts ?? 1);
      this.logger[final ? 'error' : 'warn'](
        { err, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade },
        final ? 'job failed for good' : 'job failed: retrying',
      );
    });
    this.worker.on('error', (err) => this.logger.error({ err }, 'job worker error'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }

  private async process(job: Job): Promise<void> {
    const def = this.defs.get(job.name);
    if (!def) throw new Error(`No job named ${job.name}`);
    await def.handler(job.data);
    this.logger.log({ job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 }, 'job done');
  }

  private connection() {
    return { url: this.redisUrl, maxRetriesPerRequest: null };
  }
}
