import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { DomainEventName, DomainEvents } from '@kizuna/shared';
import { Db } from '../database/db.js';
import { Jobs } from '../jobs/jobs.js';

type Listener<E extends DomainEventName> = (payload: DomainEvents[E]) => unknown;

interface Retry {
  event: DomainEventName;
  listener: string;
  payload: unknown;
}

const RETRY_JOB = 'events.retry';

/**
 * Domain events: `emit` inside a use case's transaction queues the event; listeners run once
 * the transaction has committed, and never for one that rolled back. A listener that throws
 * is logged and retried through the job queue; the write it reacts to stays.
 */
@Injectable()
export class EventBus implements OnModuleInit {
  private readonly logger = new Logger(EventBus.name);
  private readonly listeners = new Map<DomainEventName, Map<string, Listener<never>>>();

  constructor(
    private readonly db: Db,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.define<Retry>(RETRY_JOB, ({ event, listener, payload }) => {
      const fn = this.listeners.get(event)?.get(listener);
      if (!fn) throw new Error(`No listener ${listener} for ${event}`);
      return Promise.resolve(fn(payload as never)).then(() => undefined);
    });
  }

  /** `name` identifies the listener in retries, so it must be the same on every instance. */
  on<E extends DomainEventName>(event: E, name: string, listener: Listener<E>): void {
    let named = this.listeners.get(event);
    if (!named) this.listeners.set(event, (named = new Map()));
    if (named.has(name)) throw new Error(`Listener ${name} for ${event} is registered twice`);
    named.set(name, listener as Listener<never>);
  }

  emit<E extends DomainEventName>(event: E, payload: DomainEvents[E]): void {
    this.db.afterCommit(() => this.dispatch(event, payload));
  }

  private async dispatch<E extends DomainEventName>(
    event: E,
    payload: DomainEvents[E],
  ): Promise<void> {
    for (const [name, fn] of this.listeners.get(event) ?? []) {
      try {
        await fn(payload as never);
      } catch (err) {
        this.logger.warn({ err, event, listener: name }, 'event listener failed: retrying later');
        try {
          await this.jobs.enqueue<Retry>(RETRY_JOB, { event, listener: name, payload });
        } catch (queueErr) {
          this.logger.error({ err: queueErr, event, listener: name }, 'could not queue a retry');
        }
      }
    }
  }
}
