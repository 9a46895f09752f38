import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  asViewer,
  buildComment,
  buildCustomer,
  buildMember,
  buildMemberLoyalty,
  buildPost,
  buildSpace,
  buildSurveyResponse,
  writeSurvey,
} from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { settle } from '../support/settle.js';
import { Db } from '../../src/core/database/db.js';
import { CommunityService } from '../../src/modules/community/community.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { PointsService } from '../../src/modules/points/points.service.js';

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

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

const MEMBER_360 = `query($id: ID!) { member360(memberId: $id) {
  member { id handle }
  loyalty { engagementScore engagementTier why { action count points } }
  customer { customerId orders totalAmount purchasesPerYear cell npsClass member { id } }
  orders { orderId orderedAt amount }
  npsHistory { surveyTitle score npsClass imported }
  segments { name standing }
  timeline { action subjectType title points }
} }`;

describe('member 360', () => {
  it('shows the member whole: figures, purchases, NPS history, segments and timeline', async () => {
    const x = await buildMember(t.app);
    await buildMemberLoyalty(t.app, x, {
      engagementScore: 70,
      posts: 4,
      ltv: 12_000,
      why: [{ action: 'post_created', count: 4, points: 18.5 }],
    });
    await buildCustomer(t.app, {
      customerId: 'C-360',
      member: x,
      orders: [
        { orderId: 'O-1', orderedAt: daysAgo(10), amount: 5000 },
        { orderId: 'O-2', orderedAt: daysAgo(3), amount: 2500.5 },
      ],
    });
    const shopping = await writeSurvey(t.app, { titleJa: 'お買い物アンケート' });
    const imported = await writeSurvey(t.app, { titleJa: '店頭アンケート' });
    const anonymous = await writeSurvey(t.app, { titleJa: '匿名', anonymous: true });
    await buildSurveyResponse(t.app, shopping, { member: x, nps: 9, answeredAt: daysAgo(2) });
    await buildSurveyResponse(t.app, imported, {
      customerId: 'C-360',
      nps: 4,
      answeredAt: daysAgo(20),
    });
    await buildSurveyResponse(t.app, imported, { customerId: 'C-OTHER', nps: 0 });
    await buildSurveyResponse(t.app, anonymous, { member: x, nps: 1, answeredAt: daysAgo(1) });

    for (const [name, criteria] of [
      ['ファン', [{ metric: 'POSTS', op: 'GTE', value: '3' }]],
      [
        '大口',
        [
          { metric: 'POSTS', op: 'GTE', value: '1' },
          { metric: 'LTV', op: 'GTE', value: '1000000' },
        ],
      ],
      ['上位ランク', [{ metric: 'RANK', op: 'GTE', value: '9' }]],
    ] as const)
      await moderator.ok(
        `mutation($i: LoyaltyCriteriaSetInput!) { saveLoyaltyCriteriaSet(input: $i) { id } }`,
        { i: { name, criteria } },
      );

    const space = await buildSpace(t.app);
    const post = await buildPost(t.app, x, { spaceId: space.id, title: '浅煎りの淹れ方' });
    const other = await buildPost(t.app, moderatorMember, { spaceId: space.id, title: '質問です' });
    await buildComment(t.app, x, { postId: other.id });
    await settle(t.app);
    await t.app.get(PointsService).adjust(asViewer(moderatorMember), x.id, 7, 'お礼');

    const { member360: m } = await product.ok(MEMBER_360, { id: x.id });
    expect(m.member).toEqual({ id: x.id, handle: x.handle });
    expect(m.loyalty).toEqual({
      engagementScore: 70,
      engagementTier: 'CONTRIBUTOR',
      why: [{ action: 'post_created', count: 4, points: 18.5 }],
    });
    expect(m.customer).toEqual({
      customerId: 'C-360',
      orders: 2,
      totalAmount: 7500.5,
      purchasesPerYear: 2,
      // The only customer: high LTV, and a promoter by the latest identified answer.
      cell: 'LOYAL',
      npsClass: 'PROMOTER',
      member: { id: x.id },
    });
    expect(m.orders.map((o: { orderId: string; amount: number }) => [o.orderId, o.amount])).toEqual(
      [
        ['O-2', 2500.5],
        ['O-1', 5000],
      ],
    );
    expect(m.npsHistory).toEqual([
      { surveyTitle: 'お買い物アンケート', score: 9, npsClass: 'PROMOTER', imported: false },
      { surveyTitle: '店頭アンケート', score: 4, npsClass: 'DETRACTOR', imported: true },
    ]);
    expect(m.segments).toEqual([
      { name: 'ファン', standing: 'LOYAL' },
      { name: '大口', standing: 'CANDIDATE' },
    ]);
    expect(m.timeline).toEqual([
      { action: 'points_adjusted', subjectType: 'points', title: 'お礼', points: 7 },
      { action: 'comment_created', subjectType: 'comment', title: '質問です', points: 3 },
      { action: 'post_created', subjectType: 'post', title: post.title, points: 10 },
    ]);
  });

  it('answers NOT_FOUND for a member who does not exist, and is for staff and product only', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nobody'])
      expect((await moderator.gql(MEMBER_360, { id })).errors?.[0].extensions.code).toBe(
        'NOT_FOUND',
      );
    const x = await buildMember(t.app);
    const bare = await moderator.ok(MEMBER_360, { id: x.id });
    expect(bare.member360).toMatchObject({
      loyalty: null,
      customer: null,
      orders: [],
      npsHistory: [],
      segments: [],
      timeline: [],
    });
    expect((await member.gql(MEMBER_360, { id: x.id })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });
});
