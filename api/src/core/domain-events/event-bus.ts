import { Injectable } from '@nestjs/common';
import type { DomainEventName, DomainEvents } from '@kizuna/shared';
import { Db } from '../database/db.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * One event as a consumer receives it. Events come in no guaranteed order (batches run side by
 * side), so consumers read the current state rather than trusting the order of payloads.
 */
export interface Delivery<E extends DomainEventName> {
  /** The outbox row's id. */
  id: string;
  payload: DomainEvents[E];
  createdAt: Date;
}

export type BatchHandler<E extends DomainEventName> = (deliveries: Delivery<E>[]) => Promise<void>;

/**
 * What a module reads with the claim of its event's rows, in the claim's statement (so that
 * consumers need not read it again): `sql` selects `(outbox_id bigint, value jsonb)` from
 * `taken`, the claimed rows (`id`, `event`, `payload`), after the claim's locks were taken;
 * `take` receives the values in the claiming transaction, before any consumer runs.
 */
export interface ClaimCompanion {
  sql: (taken: string) => string;
  take: (values: Array<{ outboxId: string; value: unknown }>) => void | Promise<void>;
}

export interface Consumer {
  name: string;
  handlers: Map<DomainEventName, BatchHandler<never>>;
  /** Consumers that must have handled an event before this one is given it. */
  after: Set<string>;
}

/**
 * Domain events through a transactional outbox. `emit`, inside a use case's transaction, writes
 * the event in that transaction: it exists exactly when the change does, and a crash after the
 * commit cannot lose it. The dispatcher (OutboxDispatcher) then delivers it to every consumer
 * registered for it, at least once each, after the commit. A consumer's database writes commit
 * together with its delivery, so for them delivery is exactly once; side effects outside the
 * database (pushes, queued jobs) may, after a crash, happen again.
 */
@Injectable()
export class EventBus {
  private readonly registry = new Map<string, Consumer>();
  private readonly committedListeners: Array<() => void> = [];
  private readonly companions = new Map<DomainEventName, ClaimCompanion>();
  /** `consumersOf` by event, asked on every write: cleared whenever a consumer registers. */
  private readonly consumersByEvent = new Map<DomainEventName, string[]>();

  constructor(
    private readonly db: Db,
    private readonly outbox: OutboxRepository,
  ) {}

  /**
   * Registers `consumer` (a stable name: it is stored with each pending event, on every
   * instance) for one event, handled one payload at a time.
   */
  on<E extends DomainEventName>(
    event: E,
    consumer: string,
    handler: (payload: DomainEvents[E], delivery: Delivery<E>) => unknown,
  ): void {
    this.onBatch(event, consumer, async (deliveries) => {
      for (const d of deliveries) await handler(d.payload, d);
    });
  }

  /**
   * Registers a consumer that handles many deliveries at once (set-based work). With `after`,
   * an event goes to it only once those consumers have handled it (in the same batch, or one
   * before): work that judges what another consumer writes.
   */
  onBatch<E extends DomainEventName>(
    event: E,
    consumer: string,
    handler: BatchHandler<E>,
    options: { after?: string[] } = {},
  ): void {
    let c = this.registry.get(consumer);
    if (!c)
      this.registry.set(consumer, (c = { name: consumer, handlers: new Map(), after: new Set() }));
    if (c.handlers.has(event)) throw new Error(`${consumer} consumes ${event} twice`);
    c.handlers.set(event, handler as BatchHandler<never>);
    for (const name of options.after ?? []) c.after.add(name);
    this.consumersByEvent.clear();
  }

  /** Reads `companion` with every claim of `event`'s rows (one per event). */
  readWithClaim(event: DomainEventName, companion: ClaimCompanion): void {
    if (this.companions.has(event)) throw new Error(`${event} has a claim companion already`);
    this.companions.set(event, companion);
  }

  claimCompanions(): ReadonlyMap<DomainEventName, ClaimCompanion> {
    return this.companions;
  }

  /** Consumers in the order a batch is delivered in: each after those it waits for. */
  consumers(): Consumer[] {
    const ordered: Consumer[] = [];
    const visit = (c: Consumer, path: string[]) => {
      if (ordered.includes(c)) return;
      if (path.includes(c.name))
        throw new Error(`consumers wait on each other: ${path.join(' → ')}`);
      for (const name of c.after) {
        const before = this.registry.get(name);
        if (before) visit(before, [...path, c.name]);
      }
      ordered.push(c);
    };
    for (const c of this.registry.values()) visit(c, []);
    return ordered;
  }

  consumersOf(event: DomainEventName): string[] {
    let names = this.consumersByEvent.get(event);
    if (!names) {
      names = this.consumers()
        .filter((c) => c.handlers.has(event))
        .map((c) => c.name);
      this.consumersByEvent.set(event, names);
    }
    return names;
  }

  /** Records the event in the current transaction (outside one, it commits at once). */
  async emit<E extends DomainEventName>(event: E, payload: DomainEvents[E]): Promise<void> {
    const pending = this.consumersOf(event);
    if (!pending.length) return;
    await this.outbox.insert(event, payload, pending);
    this.committed();
  }

  /**
   * Tells this instance's dispatcher, after the commit, that events wait (others poll); once per
   * transaction, so that one commit starts one delivery.
   */
  committed(): void {
    this.db.afterCommitOnce('outbox:committed', () => {
      for (const l of this.committedListeners) l();
    });
  }

  whenCommitted(listener: () => void): void {
    this.committedListeners.push(listener);
  }
}
