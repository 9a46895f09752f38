import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Jobs, type EnqueueOptions } from '../jobs/jobs.js';
import { EventBus } from './event-bus.js';

/**
 * Jobs a use case asks for in its transaction. The request is an outbox event, so it exists
 * exactly when the change does; handing it to the queue happens after the commit and, when the
 * queue is unreachable (Redis down), is logged and retried with the outbox's backoff.
 */
@Injectable()
export class OutboxJobs implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    // A delivery made again (after a failure elsewhere in its batch) queues the same job id,
    // which the queue does not add twice.
    this.events.on('job.requested', 'jobs', ({ name, data, jobId }, delivery) =>
      this.jobs.enqueue(name, data, { jobId: jobId ?? `outbox:${delivery.id}` }),
    );
  }

  enqueue(name: string, data: unknown, options: Pick<EnqueueOptions, 'jobId'> = {}): Promise<void> {
    return this.events.emit('job.requested', { name, data, jobId: options.jobId });
  }
}
