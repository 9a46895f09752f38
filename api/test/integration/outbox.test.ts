import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { settle, until } from '../support/settle.js';
import { Db } from '../../src/core/database/db.js';
import { Jobs } from '../../src/core/jobs/jobs.js';
import { EventBus } from '../../src/core/domain-events/event-bus.js';
import { OutboxDispatcher } from '../../src/core/domain-events/outbox-dispatcher.js';
import { OutboxJobs } from '../../src/core/domain-events/outbox-jobs.js';

/** What the outbox guarantees beyond activities: queued jobs that survive a dead queue, metrics. */
let t: TestApp;
let db: Db;
const token = 'metrics-token-0123456789';

beforeAll(async () => {
  t = await startTestApp({ METRICS_TOKEN: token });
  db = t.app.get(Db);
});
afterAll(() => t.close());

const metrics = async () =>
  (await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
const metric = (text: string, name: string) =>
  Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);

it('queues a job asked for in a transaction once it commits, retrying while the queue is down', async () => {
  const jobs = t.app.get(Jobs);
  const ran: number[] = [];
  jobs.define<{ n: number }>('test.echo', async (d) => void ran.push(d.n));
  const enqueue = jobs.enqueue;
  let refused = 0;
  // The queue refuses the first hand-over, as BullMQ does while Redis is down.
  jobs.enqueue = function (name, data, options) {
    if (name === 'test.echo' && refused++ === 0)
      return Promise.reject(new Error('Connection is closed.'));
    return enqueue.call(this, name, data, options);
  };
  try {
    await expect(
      db.transaction(async () => {
        await t.app.get(OutboxJobs).enqueue('test.echo', { n: 1 });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await db.transaction(() => t.app.get(OutboxJobs).enqueue('test.echo', { n: 2 }));

    await until(() => ran.length > 0);
    await settle(t.app);
    expect(ran).toEqual([2]);
    const [row] = await db.query<Array<{ attempts: number; lastError: string; done: boolean }>>(
      `SELECT attempts, last_error AS "lastError", delivered_at IS NOT NULL AS done
         FROM outbox WHERE event = 'job.requested' AND payload->>'name' = 'test.echo'`,
    );
    expect(row).toEqual({
      attempts: 1,
      lastError: expect.stringContaining('Connection is closed.'),
      done: true,
    });
    expect(metric(await metrics(), 'kizuna_outbox_failures_total{consumer="jobs"}')).toBe(1);
  } finally {
    jobs.enqueue = enqueue;
  }
});

it('logs after-commit work that fails outside a transaction instead of leaving it unhandled', async () => {
  const logError = Logger.prototype.error;
  const logged: unknown[][] = [];
  Logger.prototype.error = function (...args: unknown[]) {
    logged.push(args);
  };
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    db.afterCommit(() => Promise.reject(new Error('queue unreachable')));
    await db.drain();
    await new Promise((r) => setImmediate(r));
    expect(unhandled).toEqual([]);
    expect(logged).toContainEqual([
      { err: expect.objectContaining({ message: 'queue unreachable' }) },
      'after-commit work failed',
    ]);
  } finally {
    process.off('unhandledRejection', onUnhandled);
    Logger.prototype.error = logError;
  }
});

it('shows the backlog, its age and the delivery lag in /metrics, to holders of the token', async () => {
  expect((await fetch(`${t.url}/metrics`)).status).toBe(403);
  expect(
    (await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456' } }))
      .status,
  ).toBe(403);

  await db.query(
    `INSERT INTO outbox (event, payload, consumers, pending, created_at, available_at)
     VALUES ('job.requested', '{"name":"test.echo","data":{}}', '{jobs}', '{jobs}',
             now() - interval '90 seconds', now() + interval '1 hour')`,
  );
  const text = await metrics();
  expect(metric(text, 'kizuna_outbox_backlog')).toBe(1);
  expect(metric(text, 'kizuna_outbox_oldest_pending_seconds')).toBeGreaterThanOrEqual(90);
  expect(metric(text, 'kizuna_outbox_given_up')).toBe(0);
  expect(
    metric(text, 'kizuna_outbox_delivery_lag_seconds_count{consumer="jobs"}'),
  ).toBeGreaterThanOrEqual(1);
});

it('gives an event to a consumer only after those it waits for have handled it', async () => {
  const bus = t.app.get(EventBus);
  const order: string[] = [];
  let failures = 1;
  bus.onBatch(
    'space.changed',
    'test.second',
    async (deliveries) => void order.push(...deliveries.map(() => 'second')),
    { after: ['test.first'] },
  );
  bus.onBatch('space.changed', 'test.first', async (deliveries) => {
    if (failures-- > 0) throw new Error('not yet');
    order.push(...deliveries.map(() => 'first'));
  });
  expect(bus.consumers().map((c) => c.name)).toEqual(
    expect.arrayContaining(['test.first', 'test.second']),
  );
  const names = bus.consumers().map((c) => c.name);
  expect(names.indexOf('test.first')).toBeLessThan(names.indexOf('test.second'));

  await db.transaction(() => bus.emit('space.changed', { spaceId: randomUUID() }));
  await until(() => order.length === 2);
  await settle(t.app);
  expect(order).toEqual(['first', 'second']);
});

it('leaves events for consumers of another version to the instances that have them', async () => {
  const [{ id }] = await db.query<Array<{ id: string }>>(
    `INSERT INTO outbox (event, payload, consumers, pending)
     VALUES ('space.changed', $1, '{realtime,test.newer}', '{realtime,test.newer}')
     RETURNING id::text`,
    [{ spaceId: randomUUID() }],
  );
  t.app.get(EventBus).committed();
  await until(async () => {
    const [row] = await db.query<Array<{ pending: string[] }>>(
      `SELECT pending FROM outbox WHERE id = $1`,
      [id],
    );
    return row.pending.length === 1;
  });
  const [row] = await db.query<Array<{ pending: string[]; attempts: number }>>(
    `SELECT pending, attempts FROM outbox WHERE id = $1`,
    [id],
  );
  expect(row).toEqual({ pending: ['test.newer'], attempts: 0 });
  expect(await t.app.get(OutboxDispatcher).hasWork()).toBe(false);
});
