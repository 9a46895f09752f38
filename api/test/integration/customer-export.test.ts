import { CUSTOMER_EXPORT_COLUMNS } from '@kizuna/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  buildCustomer,
  buildMember,
  buildMemberLoyalty,
  buildSurveyResponse,
  writeSurvey,
} from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import { CommunityService } from '../../src/modules/community/community.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { settle } from '../support/settle.js';

let t: TestApp;
let db: Db;
let moderatorMember: MemberEntity;
let moderator: GqlClient;
let product: GqlClient;
let member: GqlClient;

beforeAll(async () => {
  t = await startTestApp();
  // The computation a fresh app starts would overwrite the hand-made figures below.
  await settle(t.app);
  db = t.app.get(Db);
  await t.app.get(CommunityService).updateSettings({ timezone: 'Asia/Tokyo' });
  moderatorMember = await buildMember(t.app, { role: 'moderator' });
  moderator = await clientFor(t.app, t.url, moderatorMember);
  product = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'product' }));
  member = await clientFor(t.app, t.url, await buildMember(t.app));
});
afterAll(() => t.close());

/** Each test's analysis holds only the customers and answers it writes. */
beforeEach(async () => {
  for (const table of ['orders', 'customers', 'survey_responses', 'member_loyalty'])
    await db.query(`DELETE FROM ${table}`);
});

describe('customer export', () => {
  const get = (c: GqlClient | null, path: string) =>
    fetch(`${t.url}${path}`, {
      headers: c ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
    });
  const at = (local: string) => new Date(`${local}+09:00`);

  /**
   * As of 2026-06-30 in Tokyo, cost 50,000 a customer:
   * K1 (a member): 12 orders of 3,000 in the year → 3,000 × 0.6 × 12 × 3 − 50,000 = 14,800,
   *    high LTV (the top ⌈0.2 × 2⌉ = 1), promoter (9; a later 0 does not count yet) → loyal.
   * K2: one order of 1,000.40 → 1,000.4 × 0.6 × 1 × 3 − 50,000 = −48,199.28, detractor (3).
   * K3: an imported answer only (10) → no orders. M2: a member's answer only (6) → no orders.
   * RFM among the two buyers: K1 last ordered 15 days before, K2 171 → K1 3/3/3, K2 1/1/1.
   */
  async function fixture() {
    await db.query(`UPDATE customer_settings SET cost_per_customer = 50000`);
    const m1 = await buildMember(t.app);
    const m2 = await buildMember(t.app);
    await buildMemberLoyalty(t.app, m1, { engagementScore: 62 });
    await buildMemberLoyalty(t.app, m2, { engagementScore: 30 });
    const months = Array.from({ length: 12 }, (_v, i) => {
      const d = new Date(Date.UTC(2025, 6 + i, 15));
      return d.toISOString().slice(0, 10);
    });
    await buildCustomer(t.app, {
      customerId: 'K1',
      email: 'k1@example.test',
      member: m1,
      orders: [
        ...months.map((day, i) => ({
          orderId: `K1-${i}`,
          orderedAt: at(`${day}T12:00:00`),
          amount: 3000,
        })),
        // The day after the analysis date in Tokyo, though still the 30th in UTC.
        { orderId: 'K1-late', orderedAt: at('2026-07-01T00:30:00'), amount: 99_999 },
      ],
    });
    await buildCustomer(t.app, {
      customerId: 'K2',
      email: 'K2@Example.test',
      orders: [{ orderId: 'K2-0', orderedAt: at('2026-01-10T10:00:00'), amount: 1000.4 }],
    });
    const survey = await writeSurvey(t.app);
    const later = await writeSurvey(t.app);
    await buildSurveyResponse(t.app, survey, {
      member: m1,
      nps: 9,
      answeredAt: at('2026-05-01T10:00:00'),
    });
    await buildSurveyResponse(t.app, later, {
      member: m1,
      nps: 0,
      answeredAt: at('2026-07-02T10:00:00'),
    });
    await buildSurveyResponse(t.app, survey, {
      customerId: 'K2',
      nps: 3,
      answeredAt: at('2026-03-01T10:00:00'),
    });
    await buildSurveyResponse(t.app, survey, {
      customerId: 'K3',
      nps: 10,
      answeredAt: at('2026-02-01T10:00:00'),
    });
    await buildSurveyResponse(t.app, survey, {
      member: m2,
      nps: 6,
      answeredAt: at('2026-04-01T10:00:00'),
    });
    return { m1, m2 };
  }

  it('has one row per customer in the documented columns, as of the date asked', async () => {
    const { m1, m2 } = await fixture();
    const res = await get(product, '/exports/customers.csv?asOf=2026-06-30');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toContain('customers-2026-06-30.csv');
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines[0]).toBe(
      'customer_id,email,member_handle,orders,total_amount,aov,purchases_per_year,ltv,high_ltv,r,f,m,rfm_segment,nps_score,nps_class,matrix_cell,engagement_score,engagement_level',
    );
    expect(lines[0]).toBe(CUSTOMER_EXPORT_COLUMNS.join(','));
    expect(lines).toHaveLength(5);
    // Highest LTV first; those without one after.
    expect(lines[1]).toBe(
      `K1,k1@example.test,${m1.handle},12,36000,3000,12,14800,true,3,3,3,need_attention,9,promoter,loyal,62,contributor`,
    );
    expect(lines[2]).toBe(
      'K2,K2@Example.test,,1,1000,1000,1,-48199,false,1,1,1,lost,3,detractor,uncooperative,,',
    );
    const rest = lines.slice(3).map((l) => l.split(','));
    const k3 = rest.find((r) => r[0] === 'K3')!;
    expect(k3).toEqual([
      'K3',
      '',
      '',
      '0',
      '0',
      '',
      '0',
      '',
      '',
      '',
      '',
      '',
      '',
      '10',
      'promoter',
      'no_orders',
      '',
      '',
    ]);
    const onlyNps = rest.find((r) => r[2] === m2.handle)!;
    expect([onlyNps[0], ...onlyNps.slice(2)]).toEqual([
      '',
      m2.handle,
      '0',
      '0',
      '',
      '0',
      '',
      '',
      '',
      '',
      '',
      '',
      '6',
      'detractor',
      'no_orders',
      '30',
      'participant',
    ]);
  });

  it('reads the analysis date strictly, defaults to today, and is for staff and product only', async () => {
    await fixture();
    const bad = await get(moderator, '/exports/customers.csv?asOf=2026-02-30');
    expect(bad.status).toBe(400);
    const [error] = (
      (await bad.json()) as {
        errors: Array<{
          extensions: { code: string; fields: Array<{ field: string; issue: string }> };
        }>;
      }
    ).errors;
    expect(error.extensions.code).toBe('VALIDATION_FAILED');
    expect(error.extensions.fields).toEqual([
      expect.objectContaining({ field: 'asOf', issue: 'INVALID_FORMAT' }),
    ]);
    expect((await get(moderator, '/exports/customers.csv?asOf=30-06-2026')).status).toBe(400);
    // Today: the late order and the later answer count now.
    const today = await (await get(moderator, '/exports/customers.csv')).text();
    const k1 = today
      .split('\r\n')
      .find((l) => l.startsWith('K1,'))!
      .split(',');
    expect(k1[3]).toBe('13');
    expect(k1[14]).toBe('detractor');
    expect((await get(member, '/exports/customers.csv')).status).toBe(403);
    expect((await get(null, '/exports/customers.csv')).status).toBe(401);
  });
});
