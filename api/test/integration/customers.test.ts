import { CSRF_COOKIE, CSRF_HEADER } from '@kizuna/shared';
import { startTestApp, startTwin, type TestApp } from '../support/test-app.js';
import {
  buildMember,
  buildOrders,
  buildSurveyResponse,
  setCustomerValueSettings,
  signUpInput,
  writeSurvey,
  type BuiltSurvey,
} from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { settle } from '../support/settle.js';
import type { GqlClient } from '../support/gql-client.js';
import { ReadCache } from '../../src/core/cache/read-cache.js';
import { Db } from '../../src/core/database/db.js';
import { CommunityService } from '../../src/modules/community/community.service.js';
import { AnalysisCache } from '../../src/modules/customers/analysis-cache.js';
import { CustomersService } from '../../src/modules/customers/customers.service.js';

/**
 * The customers' analysis as of a date, on hand-computed fixtures: LTV, purchases per year on the
 * community's calendar, high LTV, RFM, the matrix, and who is a customer (by e-mail, by a customer
 * id an admin sets, by NPS alone). Each test starts from no customers, orders or answers.
 */
let t: TestApp;
let db: Db;
let moderator: GqlClient;
let admin: GqlClient;
let survey: BuiltSurvey;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  moderator = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
  admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
});
afterAll(() => t.close());

beforeEach(async () => {
  await db.transaction(async () => {
    await db.query(`DELETE FROM orders`);
    await db.query(`DELETE FROM customers`);
    await db.query(`DELETE FROM member_customer_ids`);
    await db.query(`DELETE FROM survey_responses`);
    await t.app.get(AnalysisCache).changed();
  });
  await setCustomerValueSettings(t.app, {});
  await t.app.get(CommunityService).updateSettings({ timezone: 'Asia/Tokyo' });
  survey = await writeSurvey(t.app);
});

const CUSTOMERS = `query($asOf: String, $cell: MatrixCell, $segment: RfmSegment, $search: String,
  $offset: Int, $limit: Int) {
  customers(asOf: $asOf, cell: $cell, segment: $segment, search: $search, offset: $offset,
            limit: $limit) {
    totalCount
    nodes { key customerId email member { id } orders totalAmount aov purchasesPerYear ltv highLtv
            recencyDays lastOrderOn r f m rfmSegment npsScore npsClass cell revenueInYear }
  }
}`;

async function customers(asOf: string, args: Record<string, unknown> = {}) {
  const { customers: page } = await moderator.ok(CUSTOMERS, { asOf, ...args });
  return page as { totalCount: number; nodes: Array<Record<string, any>> };
}

const byCustomerId = (nodes: Array<Record<string, any>>): Record<string, Record<string, any>> =>
  Object.fromEntries(nodes.map((n) => [n.customerId ?? n.key, n]));

describe('LTV', () => {
  it('is 3,000 × 0.6 × 12 × 3 − 50,000 = 14,800 for the worked example, from an imported file', async () => {
    await admin.ok(
      `mutation { updateCustomerValueSettings(input: {
         marginRate: 0.6, expectedYears: 3, costPerCustomer: 50000 }) { costPerCustomer } }`,
    );
    const rows = Array.from(
      { length: 12 },
      (_, i) => `C-1,O-${i + 1},2025-${String(i + 1).padStart(2, '0')}-15T12:00:00+09:00,3000`,
    );
    const { status, body } = await upload(
      moderator,
      ['customer_id,order_id,ordered_at,amount', ...rows].join('\n'),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'DONE', rowsRead: 12, rowsImported: 12 });
    const [c] = (await customers('2025-12-31')).nodes;
    expect(c).toMatchObject({
      customerId: 'C-1',
      orders: 12,
      totalAmount: 36000,
      aov: 3000,
      purchasesPerYear: 12,
      ltv: 14800,
      highLtv: true,
    });
  });

  it('counts purchases on the 365 days ending with the analysis date, in the community’s time zone', async () => {
    await buildOrders(t.app, [
      // 23:59:59 on the 364th day before in Tokyo: a day too early.
      {
        customerId: 'B',
        orderId: 'early',
        orderedAt: new Date('2025-03-31T14:59:59Z'),
        amount: 100,
      },
      // Midnight in Tokyo of the first day of the window.
      {
        customerId: 'B',
        orderId: 'first',
        orderedAt: new Date('2025-03-31T15:00:00Z'),
        amount: 200,
      },
      // A bare date: midnight of that day in Tokyo.
      { customerId: 'B', orderId: 'bare', orderedAt: '2025-04-01', amount: 400 },
      // The last second of the analysis date in Tokyo.
      {
        customerId: 'B',
        orderId: 'last',
        orderedAt: new Date('2026-03-31T14:59:59Z'),
        amount: 800,
      },
      // The next day in Tokyo: not yet.
      {
        customerId: 'B',
        orderId: 'after',
        orderedAt: new Date('2026-03-31T15:00:00Z'),
        amount: 1600,
      },
    ]);
    const [tokyo] = (await customers('2026-03-31')).nodes;
    expect(tokyo).toMatchObject({
      orders: 4,
      totalAmount: 1500,
      purchasesPerYear: 3,
      revenueInYear: 1400,
      recencyDays: 0,
      lastOrderOn: '2026-03-31',
    });

    // The same orders on UTC days.
    await t.app.get(CommunityService).updateSettings({ timezone: 'UTC' });
    const [utc] = (await customers('2026-03-31')).nodes;
    expect(utc).toMatchObject({
      orders: 5,
      totalAmount: 3100,
      purchasesPerYear: 2,
      revenueInYear: 2400,
      recencyDays: 0,
      lastOrderOn: '2026-03-31',
    });
  });

  it('is high for the top 20% (⌈0.2·N⌉), ties at the boundary included, or from a fixed threshold', async () => {
    const amounts = [10_000, 9_000, 9_000, 8_000, 7_000, 6_000, 5_000, 4_000, 3_000, 2_000];
    await buildOrders(
      t.app,
      amounts.map((amount, i) => ({
        customerId: `T${i}`,
        orderedAt: new Date('2025-06-01T00:00:00Z'),
        amount,
      })),
    );
    const ltv = (amount: number) => amount * 0.6 * 1 * 3;
    const high = (p: { nodes: Array<Record<string, any>> }) =>
      p.nodes
        .filter((n) => n.highLtv)
        .map((n) => n.customerId)
        .sort();
    let page = await customers('2025-12-31');
    expect(page.nodes.map((n) => n.ltv)).toEqual(amounts.map(ltv));
    // ⌈0.2 · 10⌉ = 2: the second highest LTV is the cutoff, and both customers at it are high.
    expect(high(page)).toEqual(['T0', 'T1', 'T2']);
    const matrix = `{ loyaltyMatrix(asOf: "2025-12-31") { customers highLtvCutoff } }`;
    expect((await moderator.ok(matrix)).loyaltyMatrix).toEqual({
      customers: 10,
      highLtvCutoff: ltv(9_000),
    });

    await setCustomerValueSettings(t.app, { highLtvThreshold: 12_000 });
    page = await customers('2025-12-31');
    expect(high(page)).toEqual(['T0', 'T1', 'T2', 'T3', 'T4']);
  });
});

describe('RFM', () => {
  it('scores 1–5 by how many are strictly worse, so ties score alike, and maps R×F to segments', async () => {
    const asOf = new Date('2025-12-31T03:00:00Z');
    const daysBefore = (d: number) => new Date(asOf.getTime() - d * 86_400_000);
    await buildOrders(t.app, [
      { customerId: 'A', orderedAt: daysBefore(10), amount: 1000 },
      { customerId: 'B', orderedAt: daysBefore(10), amount: 1000 },
      { customerId: 'C', orderedAt: daysBefore(40), amount: 2500 },
      { customerId: 'C', orderedAt: daysBefore(50), amount: 2500 },
      ...[100, 110, 120].map((d) => ({ customerId: 'D', orderedAt: daysBefore(d), amount: 3000 })),
      ...[200, 210, 220, 230, 240].map((d) => ({
        customerId: 'E',
        orderedAt: daysBefore(d),
        amount: 1800,
      })),
    ]);
    const rows = byCustomerId((await customers('2025-12-31')).nodes);
    const rfm = (id: string) => {
      const { recencyDays, r, f, m, rfmSegment } = rows[id];
      return { recencyDays, r, f, m, rfmSegment };
    };
    expect(rfm('A')).toEqual({ recencyDays: 10, r: 4, f: 1, m: 1, rfmSegment: 'PROMISING' });
    expect(rfm('B')).toEqual({ recencyDays: 10, r: 4, f: 1, m: 1, rfmSegment: 'PROMISING' });
    expect(rfm('C')).toEqual({ recencyDays: 40, r: 3, f: 3, m: 3, rfmSegment: 'NEED_ATTENTION' });
    expect(rfm('D')).toEqual({ recencyDays: 100, r: 2, f: 4, m: 4, rfmSegment: 'AT_RISK' });
    expect(rfm('E')).toEqual({ recencyDays: 200, r: 1, f: 5, m: 4, rfmSegment: 'CANT_LOSE' });

    const { rfmSummary: s } = await moderator.ok(`{ rfmSummary(asOf: "2025-12-31") {
      asOf customers revenue topFifthRevenueShare
      segments { segment count share revenue revenueShare averageMonetary }
      grid { r f count } } }`);
    expect(s).toMatchObject({ asOf: '2025-12-31', customers: 5, revenue: 25_000 });
    // ⌈0.2 · 5⌉ = 1 customer: 9,000 of 25,000.
    expect(s.topFifthRevenueShare).toBeCloseTo(0.36, 10);
    expect(s.segments).toHaveLength(11);
    const seg = Object.fromEntries(s.segments.map((x: any) => [x.segment, x]));
    expect(seg.PROMISING).toEqual({
      segment: 'PROMISING',
      count: 2,
      share: 0.4,
      revenue: 2000,
      revenueShare: 0.08,
      averageMonetary: 1000,
    });
    expect(seg.CANT_LOSE).toMatchObject({ count: 1, revenue: 9000, averageMonetary: 9000 });
    expect(seg.CHAMPIONS).toMatchObject({ count: 0, revenue: 0, averageMonetary: 0 });
    expect(s.grid).toHaveLength(25);
    expect(s.grid.filter((g: any) => g.count > 0)).toEqual([
      { r: 1, f: 5, count: 1 },
      { r: 2, f: 4, count: 1 },
      { r: 3, f: 3, count: 1 },
      { r: 4, f: 1, count: 2 },
    ]);
  });
});

describe('the loyalty matrix', () => {
  it('puts each customer in the cell of their LTV and latest NPS class, with revenue at risk', async () => {
    const [m1, m2, m3] = await Promise.all([
      buildMember(t.app, { email: 'high.detractor@example.test' }),
      buildMember(t.app),
      buildMember(t.app),
    ]);
    const at = new Date('2025-10-01T00:00:00Z');
    await buildOrders(t.app, [
      { customerId: 'H1', email: 'High.Detractor@example.test', orderedAt: at, amount: 100_000 },
      { customerId: 'H2', orderedAt: at, amount: 100_000 },
      { customerId: 'H3', email: 'h3@example.test', orderedAt: at, amount: 100_000 },
      { customerId: 'L1', orderedAt: at, amount: 1_000 },
      { customerId: 'L2', orderedAt: at, amount: 2_000 },
      { customerId: 'L3', orderedAt: at, amount: 3_000 },
      { customerId: 'N', orderedAt: at, amount: 4_000 },
    ]);
    await setCustomerValueSettings(t.app, { highLtvThreshold: 50_000 });
    // L1 is m2 because an admin says so.
    await admin.ok(`mutation($m: ID!) { setMemberCustomerId(memberId: $m, customerId: "L1") }`, {
      m: m2.id,
    });
    const answered = new Date('2025-11-01T00:00:00Z');
    // In the community, by the member matched by e-mail.
    await buildSurveyResponse(t.app, survey, { member: m1, nps: 3, answeredAt: answered });
    // Imported, by customer id.
    await buildSurveyResponse(t.app, survey, { customerId: 'H2', nps: 8, answeredAt: answered });
    // Imported, by e-mail (folded).
    await buildSurveyResponse(t.app, survey, {
      email: 'h3@example.test',
      nps: 10,
      answeredAt: answered,
    });
    // In the community, by the member whose customer id an admin set.
    await buildSurveyResponse(t.app, survey, { member: m2, nps: 0, answeredAt: answered });
    await buildSurveyResponse(t.app, survey, { customerId: 'L2', nps: 7, answeredAt: answered });
    await buildSurveyResponse(t.app, survey, { customerId: 'L3', nps: 9, answeredAt: answered });
    // A member who answered and bought nothing.
    await buildSurveyResponse(t.app, survey, { member: m3, nps: 9, answeredAt: answered });

    const rows = byCustomerId((await customers('2025-12-31')).nodes);
    const cells = Object.fromEntries(
      Object.entries(rows).map(([k, n]) => [k, [n.cell, n.npsClass]]),
    );
    expect(cells).toEqual({
      H1: ['CHURN_RISK', 'DETRACTOR'],
      H2: ['LOYAL_CANDIDATE', 'PASSIVE'],
      H3: ['LOYAL', 'PROMOTER'],
      L1: ['UNCOOPERATIVE', 'DETRACTOR'],
      L2: ['ORDINARY', 'PASSIVE'],
      L3: ['ADVOCATE', 'PROMOTER'],
      N: ['NO_NPS', null],
      [`member:${m3.id}`]: ['NO_ORDERS', 'PROMOTER'],
    });
    expect(rows.H1.member).toEqual({ id: m1.id });
    expect(rows.L1.member).toEqual({ id: m2.id });
    expect(rows[`member:${m3.id}`]).toMatchObject({
      member: { id: m3.id },
      orders: 0,
      ltv: null,
      highLtv: null,
      r: null,
      rfmSegment: null,
    });

    const { loyaltyMatrix: m } = await moderator.ok(`{ loyaltyMatrix(asOf: "2025-12-31") {
      customers cells { cell count share revenueInYear }
      revenueAtRiskDetractors revenueAtRiskPassives } }`);
    expect(m.customers).toBe(8);
    expect(m.cells.map((c: any) => [c.cell, c.count, c.revenueInYear])).toEqual([
      ['CHURN_RISK', 1, 100_000],
      ['LOYAL_CANDIDATE', 1, 100_000],
      ['LOYAL', 1, 100_000],
      ['UNCOOPERATIVE', 1, 1_000],
      ['ORDINARY', 1, 2_000],
      ['ADVOCATE', 1, 3_000],
      ['NO_NPS', 1, 4_000],
      ['NO_ORDERS', 1, 0],
    ]);
    expect(m.cells[0].share).toBe(1 / 8);
    expect(m.revenueAtRiskDetractors).toBe(100_000);
    expect(m.revenueAtRiskPassives).toBe(100_000);

    const churn = await customers('2025-12-31', { cell: 'CHURN_RISK' });
    expect(churn.nodes.map((n) => n.customerId)).toEqual(['H1']);
  });

  it('counts people known only from NPS apart: a member who answered, and an imported answer matching nobody', async () => {
    const member = await buildMember(t.app);
    await buildSurveyResponse(t.app, survey, {
      member,
      nps: 6,
      answeredAt: new Date('2025-05-01T00:00:00Z'),
    });
    await buildSurveyResponse(t.app, survey, {
      customerId: 'X-9',
      email: 'nobody.known@example.test',
      nps: 10,
      answeredAt: new Date('2025-05-01T00:00:00Z'),
    });
    await buildOrders(t.app, [
      { customerId: 'B-1', orderedAt: new Date('2025-04-01T00:00:00Z'), amount: 5000 },
    ]);
    const page = await customers('2025-12-31');
    expect(
      page.nodes.map((n) => [n.key.replace(/^[0-9a-f-]{36}$/, 'row'), n.customerId, n.cell]),
    ).toEqual([
      ['row', 'B-1', 'NO_NPS'],
      [`member:${member.id}`, null, 'NO_ORDERS'],
      ['nps:X-9', 'X-9', 'NO_ORDERS'],
    ]);
    expect(page.nodes[2]).toMatchObject({
      email: 'nobody.known@example.test',
      npsScore: 10,
      npsClass: 'PROMOTER',
      orders: 0,
      ltv: null,
      member: null,
    });
  });
});

describe('as of a date', () => {
  it('ignores orders and answers after it', async () => {
    const member = await buildMember(t.app, { email: 'asof@example.test' });
    await buildOrders(t.app, [
      { customerId: 'A', email: 'asof@example.test', orderedAt: '2025-01-10', amount: 1000 },
      { customerId: 'A', email: 'asof@example.test', orderedAt: '2025-06-10', amount: 3000 },
      { customerId: 'Later', orderedAt: '2025-08-01', amount: 9000 },
    ]);
    await buildSurveyResponse(t.app, survey, {
      member,
      nps: 2,
      answeredAt: new Date('2025-02-01T00:00:00Z'),
    });
    // The member's next answer, in another survey.
    await buildSurveyResponse(t.app, await writeSurvey(t.app), {
      member,
      nps: 10,
      answeredAt: new Date('2025-07-01T00:00:00Z'),
    });

    const early = await customers('2025-03-01');
    expect(early.nodes.map((n) => n.customerId)).toEqual(['A']);
    expect(early.nodes[0]).toMatchObject({
      orders: 1,
      totalAmount: 1000,
      npsScore: 2,
      recencyDays: 50,
      lastOrderOn: '2025-01-10',
    });
    const late = byCustomerId((await customers('2025-12-31')).nodes);
    expect(late.A).toMatchObject({ orders: 2, totalAmount: 4000, npsScore: 10 });
    expect(late.Later).toMatchObject({ orders: 1, npsScore: null });
  });

  it('is today in the community’s time zone by default, and refuses a date that is not one', async () => {
    await buildOrders(t.app, [{ customerId: 'A', orderedAt: new Date(), amount: 1000 }]);
    const { loyaltyMatrix } = await moderator.ok(`{ loyaltyMatrix { asOf customers } }`);
    expect(loyaltyMatrix).toEqual({
      asOf: await t.app.get(CustomersService).today(),
      customers: 1,
    });
    for (const asOf of ['2026-02-30', '2026-2-1', 'yesterday']) {
      const r = await moderator.gql(`query($a: String) { rfmSummary(asOf: $a) { customers } }`, {
        a: asOf,
      });
      expect(r.errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [expect.objectContaining({ field: 'asOf', issue: 'INVALID_FORMAT' })],
      });
    }
  });

  it('sees an answer given after an analysis was read, and an order imported after it', async () => {
    await buildOrders(t.app, [{ customerId: 'A', orderedAt: '2025-03-01', amount: 1000 }]);
    expect((await customers('2025-12-31')).nodes[0].npsScore).toBeNull();
    await buildSurveyResponse(t.app, survey, {
      customerId: 'A',
      nps: 8,
      answeredAt: new Date('2025-04-01T00:00:00Z'),
    });
    expect((await customers('2025-12-31')).nodes[0].npsScore).toBe(8);
    await upload(moderator, 'customer_id,order_id,ordered_at,amount\nA,new-order,2025-05-01,500\n');
    expect((await customers('2025-12-31')).nodes[0].orders).toBe(2);
  });
});

describe('analyses kept in memory', () => {
  it('are dropped on another instance when orders are imported on this one', async () => {
    const twin = await startTwin(t);
    try {
      const there = await clientFor(
        twin.app,
        twin.url,
        await buildMember(t.app, { role: 'moderator' }),
      );
      const count = async () =>
        (await there.ok(`{ loyaltyMatrix(asOf: "2025-12-31") { customers } }`)).loyaltyMatrix
          .customers;
      await buildOrders(t.app, [{ customerId: 'A', orderedAt: '2025-03-01', amount: 100 }]);
      await twin.app.get(ReadCache).caughtUp();
      expect(await count()).toBe(1);
      await upload(moderator, 'customer_id,order_id,ordered_at,amount\nB,twin-1,2025-03-01,100\n');
      await twin.app.get(ReadCache).caughtUp();
      expect(await count()).toBe(2);
    } finally {
      await twin.close();
    }
  });
});

describe('customers and members', () => {
  it('are matched by e-mail whatever its case and width', async () => {
    const hanako = await buildMember(t.app, { email: 'Hanako.Y@Example.test' });
    await upload(
      moderator,
      'customer_id,email,order_id,ordered_at,amount\nK-1,ＨＡＮＡＫＯ.y@example.TEST,o-1,2025-03-01,100\n',
    );
    const [c] = (await customers('2025-12-31')).nodes;
    expect(c).toMatchObject({ customerId: 'K-1', member: { id: hanako.id } });
    const found = await customers('2025-12-31', { search: `@${hanako.handle}` });
    expect(found.nodes.map((n) => n.customerId)).toEqual(['K-1']);
  });

  it('are kept for an e-mail and become the member’s when they join with it', async () => {
    await upload(
      moderator,
      'customer_id,email,order_id,ordered_at,amount\nK-2,Later.Joiner@example.test,o-2,2025-03-01,100\n',
    );
    expect((await customers('2025-12-31')).nodes[0].member).toBeNull();
    const { signUp } = await t
      .client()
      .ok(`mutation($i: SignUpInput!) { signUp(input: $i) { member { id } } }`, {
        i: signUpInput({ email: 'later.joiner@example.test' }),
      });
    await settle(t.app);
    expect((await customers('2025-12-31')).nodes[0].member).toEqual({ id: signUp.member.id });
  });

  it('follow a customer id an admin puts on a member’s profile, which only one member may carry', async () => {
    const byEmail = await buildMember(t.app, { email: 'owner@example.test' });
    const [a, b] = await Promise.all([buildMember(t.app), buildMember(t.app)]);
    await buildOrders(t.app, [
      { customerId: 'K-3', email: 'owner@example.test', orderedAt: '2025-03-01', amount: 100 },
    ]);
    const memberOf = async () => (await customers('2025-12-31')).nodes[0].member?.id ?? null;
    expect(await memberOf()).toBe(byEmail.id);

    const SET = `mutation($m: ID!, $c: String) { setMemberCustomerId(memberId: $m, customerId: $c) }`;
    expect(await admin.ok(SET, { m: a.id, c: 'K-3' })).toEqual({ setMemberCustomerId: true });
    expect(await memberOf()).toBe(a.id);

    const taken = await admin.gql(SET, { m: b.id, c: 'K-3' });
    expect(taken.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [expect.objectContaining({ field: 'customerId' })],
    });
    expect(await memberOf()).toBe(a.id);

    // Taken off the profile, the customer is the e-mail's member again.
    await admin.ok(SET, { m: a.id, c: null });
    expect(await memberOf()).toBe(byEmail.id);

    const nobody = await admin.gql(SET, { m: '00000000-0000-4000-8000-000000000000', c: 'K-3' });
    expect(nobody.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('the list', () => {
  it('pages by LTV, highest first and customers without orders last, and searches ids and e-mails', async () => {
    await buildOrders(t.app, [
      { customerId: 'P-1', email: 'one@shop.example', orderedAt: '2025-03-01', amount: 1000 },
      { customerId: 'P-2', email: 'two@shop.example', orderedAt: '2025-03-01', amount: 3000 },
      { customerId: 'P-3', orderedAt: '2025-03-01', amount: 2000 },
    ]);
    await buildSurveyResponse(t.app, survey, {
      customerId: 'Q-1',
      nps: 5,
      answeredAt: new Date('2025-04-01T00:00:00Z'),
    });
    const ids = (p: { nodes: Array<Record<string, any>> }) => p.nodes.map((n) => n.customerId);
    const all = await customers('2025-12-31');
    expect([all.totalCount, ids(all)]).toEqual([4, ['P-2', 'P-3', 'P-1', 'Q-1']]);
    const second = await customers('2025-12-31', { offset: 1, limit: 2 });
    expect([second.totalCount, ids(second)]).toEqual([4, ['P-3', 'P-1']]);
    expect(ids(await customers('2025-12-31', { search: 'TWO@' }))).toEqual(['P-2']);
    expect(ids(await customers('2025-12-31', { search: 'p-' }))).toEqual(['P-2', 'P-3', 'P-1']);
    expect(ids(await customers('2025-12-31', { segment: 'NEW' }))).toEqual([]);
    const tooMany = await moderator.gql(CUSTOMERS, { limit: 201 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'limit', issue: 'OUT_OF_RANGE' })],
    });
  });
});

describe('settings', () => {
  const UPDATE = `mutation($i: CustomerValueSettingsInput!) {
    updateCustomerValueSettings(input: $i) { marginRate expectedYears costPerCustomer highLtvThreshold }
  }`;

  it('are saved by admins and read by staff, and change every LTV', async () => {
    await buildOrders(t.app, [{ customerId: 'S', orderedAt: '2025-03-01', amount: 10_000 }]);
    expect((await customers('2025-12-31')).nodes[0].ltv).toBe(18_000);
    const input = {
      marginRate: 0.5,
      expectedYears: 2,
      costPerCustomer: 1000,
      highLtvThreshold: null,
    };
    expect((await admin.ok(UPDATE, { i: input })).updateCustomerValueSettings).toEqual(input);
    expect(
      (await moderator.ok(`{ customerValueSettings { marginRate expectedYears costPerCustomer } }`))
        .customerValueSettings,
    ).toEqual({ marginRate: 0.5, expectedYears: 2, costPerCustomer: 1000 });
    expect((await customers('2025-12-31')).nodes[0].ltv).toBe(10_000 * 0.5 * 2 - 1000);
  });

  it('are refused out of range, by field', async () => {
    const r = await admin.gql(UPDATE, {
      i: { marginRate: 1.5, expectedYears: 0, costPerCustomer: -1 },
    });
    expect(r.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    expect(
      r.errors?.[0].extensions.fields!.map((f: { field: string; issue: string }) => [
        f.field,
        f.issue,
      ]),
    ).toEqual([
      ['marginRate', 'OUT_OF_RANGE'],
      ['expectedYears', 'OUT_OF_RANGE'],
      ['costPerCustomer', 'OUT_OF_RANGE'],
    ]);
  });
});

describe('erasing a customer', () => {
  const ERASE = `mutation($c: String!, $r: String) {
    eraseCustomer(customerId: $c, reason: $r) { ordersDeleted responsesDeleted }
  }`;
  const importedCount = async (s: BuiltSurvey) =>
    (
      await db.query<Array<{ n: number }>>(
        `SELECT imported_count AS n FROM surveys WHERE id = $1`,
        [s.id],
      )
    )[0].n;

  it('deletes the customer, their orders and imported answers, and records that it happened', async () => {
    await buildOrders(t.app, [
      { customerId: 'E-1', email: 'erase.me@example.test', orderedAt: '2025-03-01', amount: 100 },
      { customerId: 'E-1', email: 'erase.me@example.test', orderedAt: '2025-04-01', amount: 100 },
      { customerId: 'E-1', email: 'erase.me@example.test', orderedAt: '2025-05-01', amount: 100 },
      { customerId: 'KEEP', orderedAt: '2025-05-01', amount: 100 },
    ]);
    const when = new Date('2025-06-01T00:00:00Z');
    await buildSurveyResponse(t.app, survey, { customerId: 'E-1', nps: 3, answeredAt: when });
    await buildSurveyResponse(t.app, survey, {
      email: 'erase.me@example.test',
      nps: 4,
      answeredAt: when,
    });
    await buildSurveyResponse(t.app, survey, { customerId: 'KEEP', nps: 9, answeredAt: when });
    await db.query(`UPDATE surveys SET imported_count = 3 WHERE id = $1`, [survey.id]);

    expect(await admin.ok(ERASE, { c: 'E-1', r: 'お客様からの削除依頼' })).toEqual({
      eraseCustomer: { ordersDeleted: 3, responsesDeleted: 2 },
    });
    expect((await customers('2025-12-31')).nodes.map((n) => n.customerId)).toEqual(['KEEP']);
    const [left] = await db.query<Array<{ orders: number; answers: number }>>(
      `SELECT (SELECT count(*)::int FROM orders) AS orders,
              (SELECT count(*)::int FROM survey_responses) AS answers`,
    );
    expect(left).toEqual({ orders: 1, answers: 1 });
    expect(await importedCount(survey)).toBe(1);
    const log = await db.query<Array<Record<string, unknown>>>(
      `SELECT customer_hash, orders_deleted, responses_deleted, reason, actor_id IS NOT NULL AS actor
         FROM customer_erasures`,
    );
    expect(log).toEqual([
      {
        customer_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        orders_deleted: 3,
        responses_deleted: 2,
        reason: 'お客様からの削除依頼',
        actor: true,
      },
    ]);
    expect(JSON.stringify(log)).not.toContain('E-1');

    const again = await admin.gql(ERASE, { c: 'E-1' });
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('finds the customer by e-mail too, and answers known only from an import', async () => {
    await buildOrders(t.app, [
      { customerId: 'E-2', email: 'Mail.Only@example.test', orderedAt: '2025-03-01', amount: 1 },
    ]);
    await buildSurveyResponse(t.app, survey, {
      customerId: 'NPS-ONLY',
      nps: 1,
      answeredAt: new Date('2025-06-01T00:00:00Z'),
    });
    expect(await admin.ok(ERASE, { c: 'ｍａｉｌ.only@example.test' })).toEqual({
      eraseCustomer: { ordersDeleted: 1, responsesDeleted: 0 },
    });
    expect(await admin.ok(ERASE, { c: 'NPS-ONLY' })).toEqual({
      eraseCustomer: { ordersDeleted: 0, responsesDeleted: 1 },
    });
    expect((await customers('2025-12-31')).totalCount).toBe(0);
  });

  it('is for admins only', async () => {
    await buildOrders(t.app, [{ customerId: 'E-3', orderedAt: '2025-03-01', amount: 1 }]);
    const r = await moderator.gql(ERASE, { c: 'E-3' });
    expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await customers('2025-12-31')).totalCount).toBe(1);
  });
});

const cookieHeader = (c: GqlClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Posts a file as the import page does. */
async function upload(
  c: GqlClient,
  file: Buffer | string,
  fields: Record<string, string> = {},
  o: { csrf?: boolean; url?: string } = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([file]), 'orders.csv');
  const res = await fetch(`${o.url ?? t.url}/imports/orders`, {
    method: 'POST',
    headers: {
      cookie: cookieHeader(c),
      ...(o.csrf === false ? {} : { [CSRF_HEADER]: c.cookies.get(CSRF_COOKIE)! }),
    },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
