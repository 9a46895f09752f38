import {
  ENGAGEMENT_DEFAULTS,
  decayed,
  engagementTier,
  normalisedScore,
  type ActivityAction,
} from '@kizuna/shared';
import { Db } from '../../src/core/database/db.js';
import { ActivityService } from '../../src/modules/activity/activity.service.js';
import {
  AnalyticsComputation,
  addDays,
} from '../../src/modules/analytics/analytics-computation.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import {
  buildActivity,
  buildMember,
  buildSurvey,
  buildSurveyResponse,
  insertCustomer,
  tokyo,
} from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { settle } from '../support/settle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const noop = async () => undefined;
const W = ENGAGEMENT_DEFAULTS.windowDays;
const H = ENGAGEMENT_DEFAULTS.halfLifeDays;
const weight = (a: keyof typeof ENGAGEMENT_DEFAULTS.weights) => ENGAGEMENT_DEFAULTS.weights[a];

async function loyaltyRow(t: TestApp, memberId: string) {
  const [row] = await t.app.get(Db).query<any[]>(
    `SELECT engagement_raw AS raw, engagement_score AS score, engagement_tier AS tier,
            previous_raw AS "previousRaw", previous_score AS "previousScore", why,
            active_days_90 AS "activeDays90", last_active_on::text AS "lastActiveOn",
            posts, best_answers AS "bestAnswers", events_attended AS "eventsAttended",
            membership_days AS "membershipDays", churn_reasons AS "churnReasons",
            customer_key AS "customerKey", ltv::float8 AS ltv, high_ltv AS "highLtv", r, f, m,
            rfm_segment AS "rfmSegment", nps_score AS "npsScore", nps_class AS "npsClass",
            matrix_cell AS "matrixCell", rank_key AS "rankKey", as_of::text AS "asOf"
       FROM member_loyalty WHERE member_id = $1`,
    [memberId],
  );
  return row;
}

describe('the daily rollup', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await settle(t.app);
  });
  afterAll(() => t.close());

  const rows = () =>
    t.app.get(Db).query<Array<{ day: string; action: string; n: number }>>(
      `SELECT day::text AS day, action, n FROM activity_daily
          WHERE action IN ('reaction_given', 'idea_voted') ORDER BY day, action`,
    );

  it('counts on the community’s days and leaves retracted activities out; an increment re-rolls the last two days', async () => {
    const m = await buildMember(t.app);
    // 23:59:59 and 00:00:00 in Tokyo: two different days.
    await buildActivity(t.app, {
      memberId: m.id,
      action: 'reaction_given',
      at: new Date('2026-06-09T14:59:59Z'),
    });
    await buildActivity(t.app, {
      memberId: m.id,
      action: 'reaction_given',
      at: new Date('2026-06-09T15:00:00Z'),
    });
    await buildActivity(t.app, {
      memberId: m.id,
      action: 'idea_voted',
      subjectType: 'idea',
      subjectId: 'idea-1',
      at: new Date('2026-06-10T03:00:00Z'),
    });
    await t.app.get(ActivityService).apply({
      record: [],
      retract: [{ action: 'idea_voted', subjectType: 'idea', subjectId: 'idea-1' }],
    });
    const computation = t.app.get(AnalyticsComputation);
    await computation.run('full', '2026-06-10', noop);
    expect(await rows()).toEqual([
      { day: '2026-06-09', action: 'reaction_given', n: 1 },
      { day: '2026-06-10', action: 'reaction_given', n: 1 },
    ]);

    // Three days back is not re-rolled; the last two are, replacing their rows.
    await buildActivity(t.app, {
      memberId: m.id,
      action: 'reaction_given',
      at: tokyo('2026-06-07'),
    });
    await buildActivity(t.app, {
      memberId: m.id,
      action: 'reaction_given',
      at: tokyo('2026-06-10', '18:00:00'),
    });
    await computation.run('incremental', '2026-06-10', noop);
    expect(await rows()).toEqual([
      { day: '2026-06-09', action: 'reaction_given', n: 1 },
      { day: '2026-06-10', action: 'reaction_given', n: 2 },
    ]);
    await computation.run('full', '2026-06-10', noop);
    expect((await rows())[0]).toEqual({ day: '2026-06-07', action: 'reaction_given', n: 1 });
  });
});

describe('engagement, churn and customer figures (as of 2026-06-30)', () => {
  const asOf = '2026-06-30';
  const ago = (n: number, time?: string) => tokyo(addDays(asOf, -n), time);
  let t: TestApp;
  const m = {} as Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'k', MemberEntity>;
  let customerG: string;

  const act = (who: MemberEntity, action: ActivityAction, daysAgo: number, times = 1) =>
    Promise.all(
      Array.from({ length: times }, () =>
        buildActivity(t.app, { memberId: who.id, action, at: ago(daysAgo) }),
      ),
    );

  beforeAll(async () => {
    t = await startTestApp();
    await settle(t.app);
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'k'] as const)
      m[k] = await buildMember(t.app, { joinedAt: ago(400) });
    // A: a post today, two comments 30 days ago, a visit 60 days ago.
    await act(m.a, 'post_created', 0);
    await act(m.a, 'comment_created', 30, 2);
    await buildActivity(t.app, {
      memberId: m.a.id,
      action: 'visit_day',
      subjectType: 'day',
      subjectId: addDays(asOf, -60),
      at: ago(60),
    });
    // B: one reaction given today.
    await act(m.b, 'reaction_given', 0);
    // D: a post 100 days ago (the previous window), nothing since.
    await act(m.d, 'post_created', 100);
    // E: a post 90 days ago (the previous window's last day), a visit today.
    await act(m.e, 'post_created', 90);
    await buildActivity(t.app, {
      memberId: m.e.id,
      action: 'visit_day',
      subjectType: 'day',
      subjectId: asOf,
      at: ago(0),
    });
    // F: a reaction 40 days ago; a no-show (not something they did) 2 days ago.
    await act(m.f, 'reaction_given', 40);
    await act(m.f, 'event_no_show', 2);
    // K: attended an event 30 days ago; a best answer received a year ago.
    await act(m.k, 'event_attended', 30);
    await act(m.k, 'best_answer_received', 365);
    // H: a reaction 29 days ago.
    await act(m.h, 'reaction_given', 29);
    // Staff are not scored, however active.
    const mod = await buildMember(t.app, { role: 'moderator', joinedAt: ago(400) });
    await buildActivity(t.app, { memberId: mod.id, action: 'post_created', at: ago(0) });

    // G buys much and would not recommend; H buys little and would.
    customerG = await insertCustomer(t.app, {
      memberId: m.g.id,
      orders: [
        { at: ago(10), amount: 3000 },
        { at: ago(200), amount: 3000 },
      ],
    });
    await insertCustomer(t.app, { memberId: m.h.id, orders: [{ at: ago(100), amount: 1000 }] });
    // An order after the analysis date is not counted.
    await insertCustomer(t.app, { orders: [{ at: ago(-1), amount: 99_999 }] });
    const survey = await buildSurvey(t.app);
    const built = { id: survey.id, questions: [] };
    await buildSurveyResponse(t.app, built, { member: m.g, nps: 3, answeredAt: ago(5) });
    await buildSurveyResponse(t.app, built, { member: m.h, nps: 10, answeredAt: ago(5) });
    // A later answer is not as of the analysis date.
    const later = await buildSurvey(t.app);
    await buildSurveyResponse(
      t.app,
      { id: later.id, questions: [] },
      { member: m.h, nps: 0, answeredAt: ago(-1) },
    );
    await settle(t.app);
    await t.app.get(AnalyticsComputation).run('full', asOf, noop);
  });
  afterAll(() => t.close());

  const rawA =
    decayed(weight('post_created'), 0, H) +
    2 * decayed(weight('comment_created'), 30, H) +
    decayed(weight('visit_day'), 60, H);

  it('decays each activity by its age and normalises within the community', async () => {
    // 5 + 2 × 3 × ½ + 1 × ¼
    expect(rawA).toBeCloseTo(8.25, 10);
    const a = await loyaltyRow(t, m.a.id);
    expect(a.raw).toBeCloseTo(8.25, 9);
    expect(a.score).toBe(100);
    expect(a.tier).toBe('champion');
    const b = await loyaltyRow(t, m.b.id);
    expect(b.raw).toBeCloseTo(1, 9);
    // 100 · ln 2 / ln 9.25 = 31.2
    expect(b.score).toBe(31);
    expect(b.score).toBe(normalisedScore(1, rawA));
    expect(b.tier).toBe('participant');
    const k = await loyaltyRow(t, m.k.id);
    // 8 × ½ = 4 → 100 · ln 5 / ln 9.25 = 72.3
    expect(k.raw).toBeCloseTo(4, 9);
    expect(k.score).toBe(72);
    expect(k.tier).toBe('contributor');
    const c = await loyaltyRow(t, m.c.id);
    expect(c).toMatchObject({ raw: 0, score: 0, tier: 'observer', why: [] });
  });

  it('says why: the top contributions by points', async () => {
    const a = await loyaltyRow(t, m.a.id);
    expect(a.why).toEqual([
      { action: 'post_created', count: 1, points: 5 },
      { action: 'comment_created', count: 2, points: 3 },
      { action: 'visit_day', count: 1, points: 0.25 },
    ]);
  });

  it('keeps counts, active days, the last active day and membership', async () => {
    const a = await loyaltyRow(t, m.a.id);
    expect(a).toMatchObject({
      activeDays90: 3,
      lastActiveOn: asOf,
      posts: 1,
      membershipDays: 400,
      asOf,
    });
    const k = await loyaltyRow(t, m.k.id);
    expect(k).toMatchObject({ eventsAttended: 1, bestAnswers: 1, activeDays90: 1 });
    const [first] = await t.app
      .get(Db)
      .query<Array<{ id: string }>>(`SELECT id FROM ranks WHERE position = 1`);
    expect(k.rankKey).toBe(first.id);
    // A no-show is not a day the member was active on.
    expect((await loyaltyRow(t, m.f.id)).lastActiveOn).toBe(addDays(asOf, -40));
  });

  it('compares with the previous window: its score, the trend, and a drop', async () => {
    const d = await loyaltyRow(t, m.d.id);
    // 10 days before the previous window's end: 5 × 2^(−10/30)
    expect(d.previousRaw).toBeCloseTo(decayed(5, 10, H), 9);
    const e = await loyaltyRow(t, m.e.id);
    expect(e.previousRaw).toBeCloseTo(5, 9);
    expect(e.previousScore).toBe(100);
    expect(d.previousScore).toBe(normalisedScore(decayed(5, 10, H), 5));
    const { data } = await (
      await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }))
    ).gql(
      `{ member(handle: "${m.e.handle}") { loyalty { engagementScore previousScore trend } } }`,
    );
    expect(data!.member.loyalty).toEqual({
      engagementScore: 31,
      previousScore: 100,
      trend: -69,
    });
  });

  it('lists churn reasons by the rules', async () => {
    const reasons = async (k: keyof typeof m) => (await loyaltyRow(t, m[k].id)).churnReasons;
    // D: nothing now against 3.97 before (a drop), and last active 100 days ago (gone silent).
    expect(await reasons('d')).toEqual(['engagement_drop', 'gone_silent']);
    // E: 1 now against 5 before: at most half.
    expect(await reasons('e')).toEqual(['engagement_drop']);
    // F: active 40 days ago, silent for the last 30.
    expect(await reasons('f')).toEqual(['gone_silent']);
    // K: last active 30 days ago, so silent on the 30 days since; H: 29 days ago, not yet.
    expect(await reasons('k')).toEqual(['gone_silent']);
    expect(await reasons('a')).toEqual([]);
    expect(await reasons('g')).toEqual(['high_ltv_detractor']);
    expect(await reasons('h')).toEqual([]);
  });

  it('carries the customer figures of the analysis as of the date', async () => {
    expect(await loyaltyRow(t, m.g.id)).toMatchObject({
      customerKey: customerG,
      // 3,000 × 0.6 × 2 × 3
      ltv: 10800,
      highLtv: true,
      r: 3,
      f: 3,
      m: 3,
      rfmSegment: 'need_attention',
      npsScore: 3,
      npsClass: 'detractor',
      matrixCell: 'churn_risk',
    });
    expect(await loyaltyRow(t, m.h.id)).toMatchObject({
      ltv: 1800,
      highLtv: false,
      r: 1,
      f: 1,
      m: 1,
      rfmSegment: 'lost',
      npsScore: 10,
      npsClass: 'promoter',
      matrixCell: 'advocate',
    });
    expect(await loyaltyRow(t, m.a.id)).toMatchObject({ customerKey: null, matrixCell: null });
    const [matrix] = await t.app
      .get(Db)
      .query<any[]>(
        `SELECT as_of::text AS "asOf", data FROM analytics_snapshots WHERE key = 'matrix'`,
      );
    expect(matrix.asOf).toBe(asOf);
    expect(matrix.data).toMatchObject({
      customers: 2,
      highLtvCutoff: 10800,
      revenueAtRiskDetractors: 6000,
      revenueAtRiskPassives: 0,
    });
    expect(matrix.data.cells.find((c: any) => c.cell === 'churn_risk')).toEqual({
      cell: 'churn_risk',
      count: 1,
      share: 0.5,
      revenueInYear: 6000,
    });
  });

  it('scores only active members, not staff', async () => {
    const [row] = await t.app
      .get(Db)
      .query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM member_loyalty`);
    expect(row.n).toBe(9);
  });

  it('keeps every month’s level, and the flow between levels', async () => {
    const db = t.app.get(Db);
    const may = await db.query<Array<{ member_id: string; score: number; tier: string }>>(
      `SELECT member_id, score, tier FROM engagement_monthly WHERE month = '2026-05-01'`,
    );
    // As of 31 May: K's check-in that day (8) is the highest; A's comments that day (6) and
    // visit 30 days before (½).
    const end = '2026-05-31';
    const age = (daysAgo: number) =>
      Math.round(
        (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${addDays(asOf, -daysAgo)}T00:00:00Z`)) /
          86_400_000,
      );
    const raws: Record<string, number> = {
      a: 2 * decayed(3, age(30), H) + decayed(1, age(60), H),
      d: decayed(5, age(100), H),
      e: decayed(5, age(90), H),
      f: decayed(1, age(40), H),
      k: decayed(8, age(30), H),
    };
    const max = Math.max(...Object.values(raws));
    expect(max).toBe(8);
    const byMember = new Map(may.map((r) => [r.member_id, r]));
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'k'] as const) {
      const score = normalisedScore(raws[k] ?? 0, max);
      expect(byMember.get(m[k].id)).toMatchObject({ score, tier: engagementTier(score) });
    }
    const flows = await db.query<Array<{ from_tier: string; to_tier: string; members: number }>>(
      `SELECT from_tier, to_tier, members FROM analytics_tier_flow WHERE month = '2026-06-01'
        ORDER BY from_tier, to_tier`,
    );
    const june = new Map(
      (
        await db.query<Array<{ member_id: string; tier: string }>>(
          `SELECT member_id, tier FROM engagement_monthly WHERE month = '2026-06-01'`,
        )
      ).map((r) => [r.member_id, r.tier]),
    );
    const expected = new Map<string, number>();
    for (const r of may) {
      const key = `${r.tier}>${june.get(r.member_id)}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(new Map(flows.map((f) => [`${f.from_tier}>${f.to_tier}`, f.members]))).toEqual(expected);
    expect(flows.reduce((s, f) => s + f.members, 0)).toBe(9);
    // A went from contributor-or-less in May to champion in June.
    expect(june.get(m.a.id)).toBe('champion');
  });

  it('shows a member’s figures to staff and the product team, never to members', async () => {
    const doc = `{ member(handle: "${m.a.handle}") { loyalty { engagementScore engagementTier why { action count points } member { id } } } }`;
    for (const role of ['moderator', 'product', 'admin'] as const) {
      const c = await clientFor(t.app, t.url, await buildMember(t.app, { role }));
      const { data } = await c.gql(doc);
      expect(data!.member.loyalty).toMatchObject({
        engagementScore: 100,
        engagementTier: 'CHAMPION',
        member: { id: m.a.id },
      });
    }
    const member = await clientFor(t.app, t.url, m.b);
    expect((await member.gql(doc)).data!.member.loyalty).toBeNull();
  });

  it('pages members by score with the level distribution', async () => {
    const c = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'product' }));
    const { data } = await c.gql(
      `{ engagement(limit: 2) { totalCount distribution { tier count } nodes { memberId engagementScore } }
         champions: engagement(tier: CHAMPION) { totalCount nodes { memberId } } }`,
    );
    expect(data!.engagement.totalCount).toBe(9);
    expect(data!.engagement.nodes[0]).toEqual({ memberId: m.a.id, engagementScore: 100 });
    expect(data!.engagement.nodes[1].memberId).toBe(m.k.id);
    const dist = Object.fromEntries(
      data!.engagement.distribution.map((d: any) => [d.tier, d.count]),
    );
    expect(Object.keys(dist)).toEqual(['OBSERVER', 'PARTICIPANT', 'CONTRIBUTOR', 'CHAMPION']);
    expect(dist.CHAMPION).toBe(1);
    expect(dist.CONTRIBUTOR).toBe(1);
    expect(data!.champions).toEqual({ totalCount: 1, nodes: [{ memberId: m.a.id }] });
  });
});
