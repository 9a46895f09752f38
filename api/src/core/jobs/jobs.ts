export interface JobOptions {
  /** Runs in all, the first included. */
  attempts?: number;
  /** Wait before the first retry; doubles on each further one. */
  backoffMs?: number;
}

export interface EnqueueOptions {
  delayMs?: number;
  /** A job with the same id that is still waiting is not added twice. */
  jobId?: string;
}

export type JobHandler<T> = (data: T) => Promise<void>;

export const DEFAULT_JOB_OPTIONS: Required<JobOptions> = { attempts: 5, backoffMs: 2_000 };

/**
 * Deferred and recurring work. BullMQ runs it when REDIS_URL is set (so each job runs on one
 * instance only); otherwise an in-process runner does, with the same retries and backoff.
 */
export abstract class Jobs {
  /** Registers the handler of a job name; every instance defines the same ones at boot. */
  abstract define<T>(name: string, handler: JobHandler<T>, options?: JobOptions): void;
  abstract enqueue<T>(name: string, data: T, options?: EnqueueOptions): Promise<void>;
  /** Runs a job every `everyMs`, once across all instances. */
  abstract every(name: string, everyMs: number): Promise<void>;
  /** Resolves once no job is waiting or running (used by tests). */
  abstract idle(): Promise<void>;
  /**
   * Stops taking new work and resolves once the work this instance would lose by exiting is
   * done (used by shutdown, before the database closes).
   */
  abstract drain(): Promise<void>;
}

export const backoffDelay = (options: Required<JobOptions>, failedAttempts: number) =>
  options.backoffMs * 2 ** (failedAttempts - 1);
