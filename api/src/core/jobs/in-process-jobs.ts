import { AsyncResource } from 'node:async_hooks';
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  DEFAULT_JOB_OPTIONS,
  Jobs,
  backoffDelay,
  type EnqueueOptions,
  type JobHandler,
  type JobOptions,
} from './jobs.js';

interface Definition {
  handler: JobHandler<unknown>;
  options: Required<JobOptions>;
}

/** Jobs for a single instance: timers in this process, lost on restart (recurring ones re-arm). */
export class InProcessJobs extends Jobs implements OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly defs = new Map<string, Definition>();
  private readonly waiting = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly intervals: NodeJS.Timeout[] = [];
  private active = 0;
  private idleWaiters: Array<() => void> = [];
  private stopped = false;
  /**
   * Timers set in the async context the runner was built in, so a job never runs inside the
   * transaction (or request) of whoever queued it.
   */
  private readonly setTimer = AsyncResource.bind(
    (work: () => void, delayMs: number): NodeJS.Timeout => setTimeout(work, delayMs),
  );

  define<T>(name: string, handler: JobHandler<T>, options: JobOptions = {}): void {
    this.defs.set(name, {
      handler: handler as JobHandler<unknown>,
      options: { ...DEFAULT_JOB_OPTIONS, ...options },
    });
  }

  async enqueue<T>(name: string, data: T, options: EnqueueOptions = {}): Promise<void> {
    const def = this.defs.get(name);
    if (!def) throw new Error(`No job named ${name}`);
    if (options.jobId) {
      if (this.waiting.has(options.jobId)) return;
      this.waiting.add(options.jobId);
    }
    this.later(options.delayMs ?? 0, () => this.run(name, def, data, 1, options.jobId));
  }

  async every(name: string, everyMs: number): Promise<void> {
    const timer = setInterval(
      () => void this.enqueue(name, {}, { jobId: `every:${name}` }),
      everyMs,
    );
    timer.unref();
    this.intervals.push(timer);
    await this.enqueue(name, {}, { jobId: `every:${name}` });
  }

  idle(): Promise<void> {
    if (this.pending() === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Jobs here live in memory only: every one queued so far runs before the process exits. */
  drain(): Promise<void> {
    for (const t of this.intervals) clearInterval(t);
    return this.idle();
  }

  onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const t of this.intervals) clearInterval(t);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    return this.active === 0 ? Promise.resolve() : this.idle();
  }

  private pending() {
    return this.active + this.timers.size;
  }

  private later(delayMs: number, work: () => Promise<void>) {
    if (this.stopped) return;
    const timer = this.setTimer(() => {
      this.timers.delete(timer);
      this.active++;
      void work().finally(() => {
        this.active--;
        if (this.pending() === 0) for (const w of this.idleWaiters.splice(0)) w();
      });
    }, delayMs);
    this.timers.add(timer);
  }

  private async run(
    name: string,
    def: Definition,
    data: unknown,
    attempt: number,
    jobId?: string,
  ): Promise<void> {
    if (attempt === 1 && jobId) this.waiting.delete(jobId);
    try {
      await def.handler(data);
      this.logger.debug({ job: name, attempt }, 'job done');
    } catch (err) {
      if (attempt >= def.options.attempts) {
        this.logger.error({ err, job: name, attempt }, 'job failed for good');
        return;
      }
      this.logger.warn({ err, job: name, attempt }, 'job failed: retrying');
      this.later(backoffDelay(def.options, attempt), () => this.run(name, def, data, attempt + 1));
    }
  }
}
