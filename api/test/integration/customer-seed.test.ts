import { startTestApp, type TestApp } from '../support/test-app.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import { MembersRepository } from '../../src/modules/members/members.repository.js';
import { seedDemo } from '../../src/seed/demo-seed.js';
import { DEMO_MEMBERS } from '../../src/seed/demo-data.js';

/** The demo's customers: every cell of the matrix and every RFM segment has people. */
let t: TestApp;
let staff: GqlClient;
beforeAll(async () => {
  t = await startTestApp();
  expect(await seedDemo(t.app)).toBe(true);
  staff = await clientFor(
    t.app,
    t.url,
    (await t.app.get(MembersRepository).findByHandle('product'))!,
  );
}, 300_000);
afterAll(() => t.close());

it('has about 2,000 customers with a year of orders, imported as a brand would', async () => {
  const [orders] = await t.app
    .get(Db)
    .query<Array<{ customers: number; orders: number; days: number; oldest: number }>>(
      `SELECT count(DISTINCT customer_id)::int AS customers, count(*)::int AS orders,
            count(DISTINCT (ordered_at AT TIME ZONE 'Asia/Tokyo')::date)::int AS days,
            (now()::date - min(ordered_at)::date)::int AS oldest
       FROM orders`,
    );
  expect(orders.customers).toBe(2000);
  expect(orders.orders).toBeGreaterThan(4000);
  expect(orders.days).toBeGreaterThan(300);
  expect(orders.oldest).toBeLessThanOrEqual(366);
  const { orderImports } = await staff.ok(
    `{ orderImports { status rowsImported rowsFailed fileName } }`,
  );
  expect(orderImports).toEqual([
    { status: 'DONE', rowsImported: orders.orders, rowsFailed: 0, fileName: 'komorebi-orders.csv' },
  ]);
});

it('matches about 60% of the demo members by e-mail', async () => {
  const { customers } = await staff.ok(`{ customers(limit: 200, search: "k1") { totalCount } }`);
  expect(customers.totalCount).toBeGreaterThan(1000);
  const [{ matched }] = await t.app
    .get(Db)
    .query<Array<{ matched: number }>>(
      `SELECT count(DISTINCT member_id)::int AS matched FROM customers WHERE member_id IS NOT NULL`,
    );
  const share = matched / DEMO_MEMBERS.length;
  expect(share).toBeGreaterThanOrEqual(0.55);
  expect(share).toBeLessThanOrEqual(0.65);
});

it('has people in every cell of the matrix and every RFM segment, Pareto-shaped', async () => {
  const { loyaltyMatrix: m, rfmSummary: r } = await staff.ok(`{
    loyaltyMatrix { customers cells { cell count } revenueAtRiskDetractors revenueAtRiskPassives }
    rfmSummary { customers topFifthRevenueShare segments { segment count } grid { count } }
  }`);
  expect(m.cells.filter((c: { count: number }) => c.count === 0)).toEqual([]);
  expect(m.revenueAtRiskDetractors).toBeGreaterThan(0);
  expect(m.revenueAtRiskPassives).toBeGreaterThan(0);
  expect(r.segments.filter((s: { count: number }) => s.count === 0)).toEqual([]);
  expect(r.customers).toBe(2000);
  expect(r.topFifthRevenueShare).toBeGreaterThan(0.5);
});

it('gives the moderation pages something to show: a flagged post, watched words, a warning', async () => {
  const moderator = await clientFor(
    t.app,
    t.url,
    (await t.app.get(MembersRepository).findByHandle('moderator'))!,
  );
  const { reviewQueue, watchedWords } = await moderator.ok(
    `{ reviewQueue(first: 5) { nodes { flagCount hiddenByReview } } watchedWords { action } }`,
  );
  expect(reviewQueue.nodes).toEqual([{ flagCount: 2, hiddenByReview: false }]);
  expect(watchedWords.map((w: { action: string }) => w.action).sort()).toEqual([
    'APPROVE',
    'BLOCK',
    'FLAG',
  ]);
  const [{ n }] = await t.app
    .get(Db)
    .query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM member_sanctions WHERE kind = 'warning'`,
    );
  expect(n).toBe(1);
});
