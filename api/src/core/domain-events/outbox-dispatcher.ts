import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Counter, Gauge, Histogram } from 'prom-client';
import type { DomainEventName } from '@kizuna/shared';
import { Db } from '../database/db.js';
import { Jobs } from '../jobs/jobs.js';
import { Metrics } from '../metrics/metrics.js';
import { EventBus, type Consumer, type Delivery } from './event-bus.js';
import {
  OutboxRepository,
  type OutboxRow,
  type OutboxStats,
  type Settled,
} from './outbox.repository.js';

/**
 * Rows claimed at once: consumers receive up to this many deliveries in one call. Part of a
 * batch's cost is paid once whatever its size (its transaction and claim, rows many awards share
 * such as a board's score counts), so a backlog drains faster in large ones: from 50 concurrent
 * writers, 0.8–0.9 ms of CPU an activity with 1,000, 1.2 with 200.
 */
const BATCH = 1000;
/**
 * Batches one instance delivers at once when there is a backlog: the database works on each in
 * a backend of its own. A batch first locks the members its events are about (in one order),
 * so batches about the same member take turns and never wait on each other in a cycle.
 */
const MAX_LOOPS = 3;
/**
 * Other instances' events (when theirs is busy or gone) and rows waiting for a retry are picked
 * up this often; an instance's own commits wake its dispatcher at once.
 */
const POLL_MS = 500;
const MAX_ATTEMPTS = 10;
const PRUNE_JOB = 'outbox.prune';

/** A consumer threw on a batch while consumers were not isolated from each other. */
class ConsumerFailed extends Error {
  readonly ids: Set<string>;

  constructor(
    readonly consumer: string,
    readonly event: DomainEventName,
    batch: OutboxRow[],
    readonly reason: unknown,
  ) {
    super(`${consumer} failed on ${event}`);
    this.ids = new Set(batch.map((r) => r.id));
  }
}

const message = (err: unknown) =>
  (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 2000);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Delivers outbox rows to their consumers. Each instance runs one loop, woken at once by its
 * own commits and otherwise by a poll (NOTIFY would serialise every commit on PostgreSQL's
 * notification queue; an instance handles what it wrote itself anyway). A batch is
 * claimed with FOR UPDATE SKIP LOCKED and delivered in one transaction; when a consumer fails,
 * the batch is delivered again with every consumer in a savepoint, so the one that fails is
 * rolled back alone (and its rows retried later with a doubling wait) while the others' work
 * commits with the rows' new state. Two instances never deliver
 * the same row at once, and a delivery whose commit stands is never made again (one lost with
 * a database crash is lost whole, its rows' new state included, and made again).
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly loops = new Set<Promise<void>>();
  private again = false;
  private stopped = false;
  private started = false;
  private poll: NodeJS.Timeout | null = null;
  private readonly lag: Histogram<'consumer'>;
  private readonly delivered: Counter<'consumer'>;
  private readonly failed: Counter<'consumer'>;

  constructor(
    private readonly db: Db,
    private readonly bus: EventBus,
    private readonly outbox: OutboxRepository,
    private readonly jobs: Jobs,
    metrics: Metrics,
  ) {
    const registers = [metrics.registry];
    this.lag = new Histogram({
      name: 'kizuna_outbox_delivery_lag_seconds',
      help: 'From an event being written to a consumer having handled it.',
      labelNames: ['consumer'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    this.delivered = new Counter({
      name: 'kizuna_outbox_delivered_total',
      help: 'Events handled, per consumer.',
      labelNames: ['consumer'],
      registers,
    });
    this.failed = new Counter({
      name: 'kizuna_outbox_failures_total',
      help: 'Deliveries that threw and will be retried (or were given up), per consumer.',
      labelNames: ['consumer'],
      registers,
    });
    // The three gauges, which a scrape collects at once, share one query.
    let reading: Promise<OutboxStats> | null = null;
    const stats = () =>
      (reading ??= this.outbox.stats().finally(() => {
        reading = null;
      }));
    new Gauge({
      name: 'kizuna_outbox_backlog',
      help: 'Events some consumer has still to handle.',
      registers,
      async collect() {
        this.set((await stats()).backlog);
      },
    });
    new Gauge({
      name: 'kizuna_outbox_oldest_pending_seconds',
      help: 'Age of the oldest event not yet handled by every consumer.',
      registers,
      async collect() {
        this.set((await stats()).oldestSeconds);
      },
    });
    new Gauge({
      name: 'kizuna_outbox_given_up',
      help: 'Events whose delivery failed too often and was given up (kept a week).',
      registers,
      async collect() {
        this.set((await stats()).failedForGood);
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.jobs.define(PRUNE_JOB, () => this.outbox.prune());
    await this.jobs.every(PRUNE_JOB, 60 * 60 * 1000);
    this.bus.whenCommitted(() => this.kick());
    this.poll = setInterval(() => this.kick(), POLL_MS).unref();
    this.started = true;
    // Whatever was left when this or another instance stopped.
    this.kick();
  }

  /** Starts a delivery loop unless one runs; a running loop goes round once more. */
  kick(): void {
    if (this.stopped || !this.started) return;
    if (this.loops.size) this.again = true;
    else this.startLoop();
  }

  private startLoop(): void {
    const loop: Promise<void> = this.loop().finally(() => this.loops.delete(loop));
    this.loops.add(loop);
  }

  /** Until all loops have stopped (a new one may start meanwhile). */
  private async loopsDone(): Promise<void> {
    while (this.loops.size) await Promise.all(this.loops);
  }

  /**
   * Resolves once nothing is deliverable (rows backing off after a failure wait for their time):
   * for tests and for seeding, which want the consequences of what they wrote.
   */
  async idle(): Promise<void> {
    for (;;) {
      await this.loopsDone();
      if (this.stopped || !(await this.hasWork())) return;
      this.kick();
      // Not started yet, or another instance holds the rows: look again shortly.
      if (!this.loops.size) await pause(20);
    }
  }

  /** Whether anything is deliverable to this instance's consumers now. */
  hasWork(): Promise<boolean> {
    return this.outbox.hasDeliverable(this.names());
  }

  /**
   * Shutdown: one more pass over what is deliverable (what the last requests wrote), then no
   * more work; whatever is left waits in the outbox for the next instance.
   */
  async drain(): Promise<void> {
    if (this.started && !this.stopped) {
      this.kick();
      await this.loopsDone();
    }
    await this.stop();
  }

  /** Before the database closes (its pool closes in the shutdown hooks). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  private names(): string[] {
    return this.bus.consumers().map((c) => c.name);
  }

  private async stop(): Promise<void> {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    await this.loopsDone();
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        while (!this.stopped && (await this.batch()) === BATCH) {
          // A backlog: another loop shares it.
          if (this.loops.size < MAX_LOOPS) this.startLoop();
        }
      } while (this.again && !this.stopped);
    } catch (err) {
      // The database is away, most likely: the poll tries again.
      this.logger.error({ err }, 'outbox delivery failed');
    }
  }

  /**
   * Claims, delivers and settles one batch; returns how many rows it claimed. Consumers first
   * run side by side in the batch's transaction; if one fails, that transaction is rolled back
   * whole and the batch delivered again with each consumer in a savepoint of its own, so that
   * the failure stays alone (a savepoint per consumer costs two statements, paid only then).
   */
  private async batch(): Promise<number> {
    try {
      return await this.attempt(null);
    } catch (err) {
      if (!(err instanceof ConsumerFailed)) throw err;
      return this.attempt(err);
    }
  }

  /** Without `failed`, consumers share the transaction; after it, each has a savepoint. */
  private async attempt(failed: ConsumerFailed | null): Promise<number> {
    let claimed = 0;
    const handled: Array<{ consumer: string; createdAt: Date }> = [];
    const failures: string[] = [];
    const gaveUp = await this.db.transaction(async () => {
      const consumers = this.bus.consumers();
      const companions = this.bus.claimCompanions();
      const rows = await this.outbox.claim(BATCH, this.names(), companions);
      claimed = rows.length;
      if (!rows.length) return [];
      for (const [event, companion] of companions) {
        const values = rows
          .filter((r) => r.event === event && r.companion != null)
          .map((r) => ({ outboxId: r.id, value: r.companion }));
        if (values.length) await companion.take(values);
      }
      const pending = new Map(rows.map((r) => [r.id, new Set(r.pending)]));
      const errors = new Map<string, string>();
      for (const r of rows)
        for (const c of consumers)
          if (pending.get(r.id)!.has(c.name) && !c.handlers.has(r.event as DomainEventName)) {
            this.logger.warn(
              { id: r.id, consumer: c.name, event: r.event },
              'outbox row for a consumer that no longer handles its event',
            );
            pending.get(r.id)!.delete(c.name);
          }
      for (const consumer of consumers) {
        const mine = rows.filter((r) => {
          const waiting = pending.get(r.id)!;
          return (
            waiting.has(consumer.name) &&
            consumer.handlers.has(r.event as DomainEventName) &&
            ![...consumer.after].some((before) => waiting.has(before))
          );
        });
        if (!mine.length) continue;
        for (const [row, err] of await this.deliver(consumer, mine, !!failed, failed)) {
          if (err === null) {
            pending.get(row.id)!.delete(consumer.name);
            handled.push({ consumer: consumer.name, createdAt: row.createdAt });
          } else {
            errors.set(row.id, `${consumer.name}: ${err}`);
            failures.push(consumer.name);
          }
        }
      }
      // The claim recorded every row as handled by this instance's consumers; only the rows
      // where that did not happen (a failure, a consumer waiting for another) are settled again.
      const names = new Set(this.names());
      const settled: Settled[] = rows
        .map((r) => ({
          id: r.id,
          pending: [...pending.get(r.id)!],
          error: errors.get(r.id) ?? null,
        }))
        .filter(
          (s, i) =>
            s.error !== null ||
            s.pending.length !== rows[i].pending.filter((c) => !names.has(c)).length,
        );
      return settled.length ? this.outbox.settle(settled, MAX_ATTEMPTS) : [];
    });
    const now = Date.now();
    for (const h of handled) {
      this.delivered.inc({ consumer: h.consumer });
      this.lag.observe({ consumer: h.consumer }, Math.max(0, now - h.createdAt.getTime()) / 1000);
    }
    for (const consumer of failures) this.failed.inc({ consumer });
    for (const g of gaveUp)
      this.logger.error({ id: g.id, event: g.event }, 'event delivery failed for good');
    return claimed;
  }

  /**
   * Hands a consumer its rows, one batch per event. Without `isolated`, a failure ends the
   * attempt (ConsumerFailed). Isolated, a batch that throws is rolled back to its savepoint and
   * its rows retried one by one, so a single bad row fails alone; the batch that failed in the
   * attempt before (`failed`) goes straight to that step, and if it was one row it is not given
   * again: it has failed once, and waits for its retry like any failure.
   */
  private async deliver(
    consumer: Consumer,
    rows: OutboxRow[],
    isolated: boolean,
    failed: ConsumerFailed | null,
  ): Promise<Map<OutboxRow, string | null>> {
    const outcome = new Map<OutboxRow, string | null>();
    const byEvent = new Map<DomainEventName, OutboxRow[]>();
    for (const r of rows) {
      const event = r.event as DomainEventName;
      byEvent.set(event, [...(byEvent.get(event) ?? []), r]);
    }
    const handle = (event: DomainEventName, batch: OutboxRow[]) =>
      consumer.handlers.get(event)!(
        batch.map((r): Delivery<never> => ({
          id: r.id,
          payload: r.payload as never,
          createdAt: r.createdAt,
        })),
      );
    if (!isolated) {
      for (const [event, batch] of byEvent) {
        try {
          await handle(event, batch);
        } catch (err) {
          throw new ConsumerFailed(consumer.name, event, batch, err);
        }
        for (const r of batch) outcome.set(r, null);
      }
      return outcome;
    }
    const failure = (event: DomainEventName, r: OutboxRow, err: unknown) => {
      this.logger.warn(
        { err, consumer: consumer.name, event, id: r.id },
        'event delivery failed: retrying later',
      );
      outcome.set(r, message(err));
    };
    const run = (event: DomainEventName, batch: OutboxRow[]) =>
      this.db.savepoint(() => handle(event, batch));
    const oneByOne = async (event: DomainEventName, batch: OutboxRow[]) => {
      for (const r of batch) {
        try {
          await run(event, [r]);
          outcome.set(r, null);
        } catch (err) {
          failure(event, r, err);
        }
      }
    };
    for (const [event, all] of byEvent) {
      const before = failed?.consumer === consumer.name && failed.event === event ? failed : null;
      const again = all.filter((r) => before?.ids.has(r.id));
      const batch = all.filter((r) => !before?.ids.has(r.id));
      if (again.length === 1 && before!.ids.size === 1) failure(event, again[0], before!.reason);
      else await oneByOne(event, again);
      if (!batch.length) continue;
      try {
        await run(event, batch);
        for (const r of batch) outcome.set(r, null);
      } catch (err) {
        if (batch.length === 1) failure(event, batch[0], err);
        else await oneByOne(event, batch);
      }
    }
    return outcome;
  }
}
