import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import { InProcessJobs } from './in-process-jobs.js';

beforeAll(() => Logger.overrideLogger(false));

describe('InProcessJobs', () => {
  let jobs: InProcessJobs;
  beforeEach(() => {
    jobs = new InProcessJobs();
  });
  afterEach(() => jobs.onApplicationShutdown());

  it('runs a job with its data', async () => {
    const seen: unknown[] = [];
    jobs.define<{ n: number }>('echo', async (d) => void seen.push(d.n));
    await jobs.enqueue('echo', { n: 1 });
    await jobs.enqueue('echo', { n: 2 });
    await jobs.idle();
    expect(seen).toEqual([1, 2]);
  });

  it('runs a job outside the async context (the transaction) that queued it', async () => {
    const context = new AsyncLocalStorage<string>();
    const seen: Array<string | undefined> = [];
    jobs.define('where', async () => void seen.push(context.getStore()));
    await context.run('queuing transaction', () => jobs.enqueue('where', {}));
    await jobs.idle();
    expect(seen).toEqual([undefined]);
  });

  it('retries with a doubling backoff, then gives up after the last attempt', async () => {
    const at: number[] = [];
    jobs.define(
      'flaky',
      async () => {
        at.push(Date.now());
        throw new Error('nope');
      },
      { attempts: 3, backoffMs: 40 },
    );
    await jobs.enqueue('flaky', {});
    await jobs.idle();
    expect(at).toHaveLength(3);
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(35);
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(75);
  });

  it('stops retrying once a run succeeds', async () => {
    let runs = 0;
    jobs.define(
      'second-time',
      async () => {
        if (++runs < 2) throw new Error('first run fails');
      },
      { attempts: 5, backoffMs: 5 },
    );
    await jobs.enqueue('second-time', {});
    await jobs.idle();
    expect(runs).toBe(2);
  });

  it('does not add a job whose id is still waiting', async () => {
    let runs = 0;
    jobs.define('once', async () => void runs++);
    await jobs.enqueue('once', {}, { jobId: 'a', delayMs: 20 });
    await jobs.enqueue('once', {}, { jobId: 'a', delayMs: 20 });
    await jobs.idle();
    expect(runs).toBe(1);
    await jobs.enqueue('once', {}, { jobId: 'a' });
    await jobs.idle();
    expect(runs).toBe(2);
  });

  it('refuses a job it does not know', async () => {
    await expect(jobs.enqueue('unknown', {})).rejects.toThrow('No job named unknown');
  });

  it('runs a recurring job at once and then on its interval', async () => {
    let runs = 0;
    jobs.define('tick', async () => void runs++);
    await jobs.every('tick', 30);
    await new Promise((r) => setTimeout(r, 100));
    await jobs.idle();
    expect(runs).toBeGreaterThanOrEqual(3);
  });

  it('runs nothing more after shutdown', async () => {
    let runs = 0;
    jobs.define('late', async () => void runs++);
    await jobs.enqueue('late', {}, { delayMs: 30 });
    await jobs.onApplicationShutdown();
    await new Promise((r) => setTimeout(r, 60));
    expect(runs).toBe(0);
  });
});
