import type { INestApplicationContext } from '@nestjs/common';
import { OutboxDispatcher } from '../../src/core/domain-events/outbox-dispatcher.js';
import { Jobs } from '../../src/core/jobs/jobs.js';

/**
 * Waits until everything the test's writes set off has happened: events delivered to every
 * consumer, and the jobs they (or the writes) queued done, including events those jobs wrote.
 */
export async function settle(app: INestApplicationContext): Promise<void> {
  const outbox = app.get(OutboxDispatcher);
  const jobs = app.get(Jobs);
  do {
    await outbox.idle();
    await jobs.idle();
  } while (await outbox.hasWork());
}

/** Resolves once `condition` holds, looking again every 50 ms (the test's timeout bounds it). */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((r) => setTimeout(r, 50));
}
