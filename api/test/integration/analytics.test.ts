import {
  ENGAGEMENT_DEFAULTS,
  decayed,
  engagementTier,
  normalisedScore,
  type ActivityAction,
} from '@kizuna/shared';
import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import { Db } from '../../src/core/database/db.js';
import { AnalyticsRuns } from '../../src/modules/analytics/analytics-runs.service.js';
import { AnalyticsRepository } from '../../src/modules/analytics/analytics.repository.js';
import { ActivityService } from '../../src/modules/activity/activity.service.js';
import {
  AnalyticsComputation,
  addDays,
} from '../../src/modules/analytics/analytics-computation.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { CommunityCalendar } from '../../src/modules/community/community-calendar.js';
import {
  buildActivity,
  buildComment,
  buildMember,
  buildPost,
  buildSpace,
  buildSurvey,
  buildSurveyResponse,
  insertCustomer,
  tokyo,
} from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { settle, until } from '../support/settle.js';
import { connected, cookieOf, openSocket, record } from '../support/sockets.js';
import { startTestApp, startTwin, type TestApp } from '../support/test-app.js';

const noop = async () => undefined;
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

  it('replaces what a run that died while rebuilding left behind, keeping the table whole', async () => {
    const db = t.app.get(Db);
    const before = await rows();
    await db.query(`CREATE TABLE activity_daily_next (junk int)`);
    await t.app.get(AnalyticsComputation).run('full', '2026-06-10', noop);
    expect(await rows()).toEqual(before);
    const [left] = await db.query<Array<{ next: string | null; index: string | null }>>(
      `SELECT to_regclass('activity_daily_next')::text AS next,
              to_regclass('activity_daily_day_idx')::text AS index`,
    );
    expect(left).toEqual({ next: null, index: 'activity_daily_day_idx' });
  });

  it('swaps its rebuilt tables in while another transaction has read members', async () => {
    const tables = () =>
      t.app.get(Db).query<Array<{ daily: number; monthly: number }>>(
        `SELECT 'activity_daily'::regclass::oid::int AS daily,
                'engagement_monthly'::regclass::oid::int AS monthly`,
      );
    const [before] = await tables();
    const reader = new pg.Client({ connectionString: t.databaseUrl });
    await reader.connect();
    try {
      await reader.query(`BEGIN`);
      await reader.query(`SELECT count(*) FROM members`);
      // A swap that took an exclusive lock on members would wait for this reader to finish.
      await t.app.get(AnalyticsComputation).run('full', '2026-06-10', noop);
    } finally {
      await reader.query(`ROLLBACK`);
      await reader.end();
    }
    const [after] = await tables();
    expect(after.daily).not.toBe(before.daily);
    expect(after.monthly).not.toBe(before.monthly);
  });

  it('is rebuilt whole by an incremental run when a crash of the database emptied it', async () => {
    const db = t.app.get(Db);
    const before = await rows();
    const [{ persistence }] = await db.query<Array<{ persistence: string }>>(
      `SELECT relpersistence AS persistence FROM pg_class WHERE oid = 'activity_daily'::regclass`,
    );
    expect(persistence).toBe('u');
    // What crash recovery does to an unlogged table.
    await db.query(`TRUNCATE activity_daily`);
    await t.app.get(AnalyticsComputation).run('incremental', '2026-06-10', noop);
    expect(before.length).toBeGreaterThan(0);
    expect(await rows()).toEqual(before);
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
      externalId: 'CUST-G',
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

  // Last in this block: it erases G's customer.
  it('drops an erased customer’s figures from their member at once, and from the summaries with the next run', async () => {
    const db = t.app.get(Db);
    const runs = t.app.get(AnalyticsRuns);
    // A run under way: the one the erasure asks for waits its turn.
    const running = (await runs.start('full', null))!;
    const admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
    await admin.ok(`mutation($c: String!) { eraseCustomer(customerId: $c) { ordersDeleted } }`, {
      c: 'CUST-G',
    });
    await settle(t.app);
    expect(await loyaltyRow(t, m.g.id)).toMatchObject({
      customerKey: null,
      ltv: null,
      highLtv: null,
      r: null,
      rfmSegment: null,
      npsClass: null,
      matrixCell: null,
      churnReasons: [],
    });
    expect((await loyaltyRow(t, m.h.id)).ltv).toBe(1800);
    const churnRisk = async () => {
      const [matrix] = await db.query<any[]>(
        `SELECT data FROM analytics_snapshots WHERE key = 'matrix'`,
      );
      return matrix.data.cells.find((c: any) => c.cell === 'churn_risk').count;
    };
    expect(await churnRisk()).toBe(1);

    await t.app.get(AnalyticsRepository).finishRun(running.id, null);
    await runs.scheduled('incremental');
    expect(await churnRisk()).toBe(0);
    expect((await loyaltyRow(t, m.g.id)).customerKey).not.toBe(customerG);
  });
});

describe('runs', () => {
  let t: TestApp;
  let moderator: GqlClient;
  let admin: GqlClient;
  const RECOMPUTE = `mutation { recomputeAnalytics { id kind status asOf } }`;
  const code = (r: { errors?: Array<{ extensions: { code: string } }> }) =>
    r.errors?.[0]?.extensions.code ?? 'OK';

  /** Holds every computation of `app` until the returned function is called. */
  function hold(app: INestApplicationContext): () => void {
    const computation = app.get(AnalyticsComputation);
    const run = computation.run;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    computation.run = async (...args) => {
      await gate;
      return run.apply(computation, args);
    };
    return () => {
      computation.run = run;
      release();
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    await settle(t.app);
    moderator = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
  });
  afterAll(() => t.close());

  it('runs one computation at a time: a second request while one runs is a conflict', async () => {
    const release = hold(t.app);
    try {
      const results = await Promise.all([moderator.gql(RECOMPUTE), admin.gql(RECOMPUTE)]);
      expect(results.map(code).sort()).toEqual(['CONFLICT', 'OK']);
      const started = results.find((r) => !r.errors)!.data!.recomputeAnalytics;
      expect(started).toMatchObject({ kind: 'full', status: 'RUNNING' });
      // Scheduled computations give way too.
      expect(await t.app.get(AnalyticsRuns).scheduled('incremental')).toBeNull();
      expect(await moderator.code(RECOMPUTE)).toBe('CONFLICT');
    } finally {
      release();
    }
    await settle(t.app);
    const { analyticsRun } = await moderator.ok(
      `{ analyticsRun { status progress finishedAt error } }`,
    );
    expect(analyticsRun).toMatchObject({ status: 'DONE', progress: 1, error: null });
    expect(analyticsRun.finishedAt).not.toBeNull();
    expect(code(await moderator.gql(RECOMPUTE))).toBe('OK');
    await settle(t.app);
  });

  it('runs one at a time across two instances of the api', async () => {
    const twin = await startTwin(t);
    try {
      await settle(twin.app);
      const releaseA = hold(t.app);
      const releaseB = hold(twin.app);
      const onTwin = await clientFor(
        twin.app,
        twin.url,
        await buildMember(t.app, { role: 'moderator' }),
      );
      try {
        const results = await Promise.all([
          moderator.gql(RECOMPUTE),
          onTwin.gql(RECOMPUTE),
          moderator.gql(RECOMPUTE),
          onTwin.gql(RECOMPUTE),
        ]);
        expect(results.map(code).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
        const [{ n }] = await t.app
          .get(Db)
          .query<Array<{ n: number }>>(
            `SELECT count(*)::int AS n FROM analytics_runs WHERE status = 'running'`,
          );
        expect(n).toBe(1);
      } finally {
        releaseA();
        releaseB();
      }
      await settle(t.app);
      await settle(twin.app);
    } finally {
      await twin.close();
    }
    const { analyticsRun } = await moderator.ok(`{ analyticsRun { status } }`);
    expect(analyticsRun.status).toBe('DONE');
  });

  it('pushes its progress to moderators as it goes', async () => {
    const socket = await connected(openSocket(t.url, { cookie: cookieOf(moderator) }));
    try {
      const seen = record(socket, 'job:progress');
      const { recomputeAnalytics: run } = await moderator.ok(RECOMPUTE);
      await settle(t.app);
      const mine = () => seen.map((s) => s.data as any).filter((d) => d.id === run.id);
      await until(() => mine().some((d) => d.finished));
      const pushes = mine();
      expect(pushes.at(-1)).toEqual({ id: run.id, done: 6, total: 6, finished: true });
      expect(pushes.length).toBeGreaterThanOrEqual(6);
      const done = pushes.slice(0, -1).map((d) => d.done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(pushes.slice(0, -1).every((d) => !d.finished)).toBe(true);
    } finally {
      socket.close();
    }
  });

  it('records a failed computation, and gives up one whose instance went away', async () => {
    const computation = t.app.get(AnalyticsComputation);
    const run = computation.run;
    computation.run = () => Promise.reject(new Error('disk full'));
    try {
      await moderator.ok(RECOMPUTE);
      await settle(t.app);
    } finally {
      computation.run = run;
    }
    const { analyticsRun } = await moderator.ok(`{ analyticsRun { status error } }`);
    expect(analyticsRun).toEqual({ status: 'FAILED', error: 'disk full' });

    const db = t.app.get(Db);
    const [stale] = await db.query<Array<{ id: string }>>(
      `INSERT INTO analytics_runs (kind, as_of, started_at, heartbeat_at)
       VALUES ('full', current_date, now() - interval '1 hour', now() - interval '20 minutes')
       RETURNING id`,
    );
    expect(code(await moderator.gql(RECOMPUTE))).toBe('OK');
    await settle(t.app);
    const [row] = await db.query<Array<{ status: string; error: string }>>(
      `SELECT status, error FROM analytics_runs WHERE id = $1`,
      [stale.id],
    );
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/went away/);
  });
});

describe('settings', () => {
  let t: TestApp;
  let admin: GqlClient;
  const UPDATE = `mutation($i: AnalyticsSettingsInput!) {
    updateAnalyticsSettings(input: $i) { windowDays halfLifeDays weights { action weight defaultWeight } } }`;

  beforeAll(async () => {
    t = await startTestApp();
    await settle(t.app);
    admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
  });
  afterAll(() => t.close());

  it('weighs actions left out at their default, and scores with the saved weights', async () => {
    const { updateAnalyticsSettings: s } = await admin.ok(UPDATE, {
      i: { windowDays: 60, halfLifeDays: 10, weights: [{ action: 'post_created', weight: 10 }] },
    });
    expect(s.windowDays).toBe(60);
    expect(s.halfLifeDays).toBe(10);
    expect(s.weights).toHaveLength(10);
    expect(s.weights.find((w: any) => w.action === 'post_created')).toEqual({
      action: 'post_created',
      weight: 10,
      defaultWeight: 5,
    });
    expect(s.weights.find((w: any) => w.action === 'comment_created')).toEqual({
      action: 'comment_created',
      weight: 3,
      defaultWeight: 3,
    });
    await settle(t.app);
    const m = await buildMember(t.app, { joinedAt: tokyo('2026-01-01') });
    await buildActivity(t.app, { memberId: m.id, action: 'post_created', at: tokyo('2026-03-21') });
    // Outside a 60-day window ending on 31 March.
    await buildActivity(t.app, { memberId: m.id, action: 'post_created', at: tokyo('2026-01-30') });
    await t.app.get(AnalyticsComputation).run('full', '2026-03-31', noop);
    // 10 × 2^(−10/10)
    expect((await loyaltyRow(t, m.id)).raw).toBeCloseTo(5, 9);
  });

  it('refuses values out of range, unknown actions and an action weighed twice', async () => {
    const fields = async (i: Record<string, unknown>) => {
      const r = await admin.gql(UPDATE, {
        i: { windowDays: 90, halfLifeDays: 30, weights: [], ...i },
      });
      expect(r.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
      return r.errors![0].extensions.fields!.map((f) => `${f.field} ${f.issue}`);
    };
    expect(await fields({ windowDays: 3 })).toEqual(['windowDays OUT_OF_RANGE']);
    expect(await fields({ halfLifeDays: 0 })).toEqual(['halfLifeDays OUT_OF_RANGE']);
    expect(await fields({ weights: [{ action: 'post_created', weight: 101 }] })).toEqual([
      'weights.0.weight OUT_OF_RANGE',
    ]);
    expect(await fields({ weights: [{ action: 'joined', weight: 1 }] })).toEqual([
      'weights.0.action INVALID_VALUE',
    ]);
    expect(
      await fields({
        weights: [
          { action: 'visit_day', weight: 1 },
          { action: 'visit_day', weight: 2 },
        ],
      }),
    ).toEqual(['weights.1.action INVALID_VALUE']);
  });
});

describe('the dashboard', () => {
  let t: TestApp;
  let T: string;
  let moderator: GqlClient;
  const day = (n: number) => addDays(T, -n);
  const m = {} as Record<'m1' | 'm2' | 'm3', MemberEntity>;
  let s1: string;
  let s2: string;
  const DASHBOARD = `query($from: String!, $to: String!, $spaceId: ID) {
    analyticsDashboard(from: $from, to: $to, spaceId: $spaceId) {
      from to timeZone computedAt membersTotal membersNew stickiness
      activity { day dau wau mau posts comments }
      questions { asked answered answeredShare medianFirstAnswerMinutes }
      events { seats attended noShows attendanceRate noShowRate }
      npsTrend { period nps responses }
      tiers { tier count }
      tierFlow { month from to count }
      cohorts { month size retained }
      topContributors { memberId engagementScore member { id } }
      matrix { customers cells { cell count } }
      rfm { segment count }
    } }`;

  /** A question asked `daysAgo` at 10:00, with answers `minutes` later (by whom). */
  async function question(
    author: MemberEntity,
    spaceId: string,
    daysAgo: number,
    answers: Array<[MemberEntity, number]>,
  ) {
    const db = t.app.get(Db);
    const activity = t.app.get(ActivityService);
    const asked = tokyo(day(daysAgo), '10:00:00');
    const post = await buildPost(t.app, author, { spaceId, kind: 'question' });
    await db.query(`UPDATE posts SET created_at = $2 WHERE id = $1`, [post.id, asked]);
    await activity.apply({
      record: [],
      retract: [{ action: 'post_created', subjectType: 'post', subjectId: post.id }],
    });
    for (const [by, minutes] of answers) {
      const c = await buildComment(t.app, by, { postId: post.id });
      await db.query(`UPDATE comments SET created_at = $2 WHERE id = $1`, [
        c.id,
        new Date(asked.getTime() + minutes * 60_000),
      ]);
      await activity.apply({
        record: [],
        retract: [{ action: 'comment_created', subjectType: 'comment', subjectId: c.id }],
      });
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    await settle(t.app);
    T = await t.app.get(CommunityCalendar).today();
    moderator = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    s1 = (await buildSpace(t.app)).id;
    s2 = (await buildSpace(t.app)).id;
    m.m1 = await buildMember(t.app, { joinedAt: tokyo(day(40)) });
    m.m2 = await buildMember(t.app, { joinedAt: tokyo(day(5)) });
    m.m3 = await buildMember(t.app, { joinedAt: tokyo(day(100)) });
    const at = (n: number) => tokyo(day(n));
    await buildActivity(t.app, {
      memberId: m.m1.id,
      action: 'post_created',
      spaceId: s1,
      at: at(0),
    });
    await buildActivity(t.app, {
      memberId: m.m1.id,
      action: 'comment_created',
      subjectType: 'comment',
      spaceId: s1,
      at: at(1),
    });
    await buildActivity(t.app, {
      memberId: m.m2.id,
      action: 'reaction_given',
      spaceId: s2,
      at: at(0),
    });
    await buildActivity(t.app, {
      memberId: m.m2.id,
      action: 'visit_day',
      subjectType: 'day',
      subjectId: day(4),
      at: at(4),
    });
    await buildActivity(t.app, {
      memberId: m.m3.id,
      action: 'event_attended',
      subjectType: 'event',
      spaceId: s1,
      at: at(3),
    });
    await buildActivity(t.app, {
      memberId: m.m1.id,
      action: 'event_no_show',
      subjectType: 'event',
      spaceId: s1,
      at: at(2),
    });
    await buildActivity(t.app, {
      memberId: m.m3.id,
      action: 'post_created',
      subjectId: 'retracted-post',
      at: at(1),
    });
    await t.app.get(ActivityService).apply({
      record: [],
      retract: [{ action: 'post_created', subjectType: 'post', subjectId: 'retracted-post' }],
    });
    await question(m.m1, s1, 2, [[m.m2, 90]]);
    await question(m.m1, s1, 1, [[m.m1, 5]]);
    await question(m.m3, s2, 3, [
      [m.m1, 30],
      [m.m2, 60],
    ]);
    await question(m.m1, s1, 20, [[m.m2, 10]]);
    const survey = await buildSurvey(t.app);
    for (const [who, nps] of [
      [m.m1, 10],
      [m.m2, 9],
      [m.m3, 7],
      [null, 2],
    ] as const)
      await buildSurveyResponse(
        t.app,
        { id: survey.id, questions: [] },
        { member: who, nps, answeredAt: at(1) },
      );
    await settle(t.app);
    await moderator.ok(`mutation { recomputeAnalytics { id } }`);
    await settle(t.app);
  });
  afterAll(() => t.close());

  it('answers the range’s figures from the rollups', async () => {
    const { analyticsDashboard: d } = await moderator.ok(DASHBOARD, { from: day(6), to: T });
    expect(d).toMatchObject({ from: day(6), to: T, timeZone: 'Asia/Tokyo' });
    expect(d.computedAt).not.toBeNull();
    // Staff are not members here; M2 joined within the range.
    expect(d.membersTotal).toBe(3);
    expect(d.membersNew).toBe(1);
    expect(d.activity.map((a: any) => a.day)).toEqual([6, 5, 4, 3, 2, 1, 0].map(day));
    expect(d.activity.map((a: any) => a.dau)).toEqual([0, 0, 1, 1, 0, 1, 2]);
    expect(d.activity.map((a: any) => a.wau)).toEqual([0, 0, 1, 2, 2, 3, 3]);
    expect(d.activity.map((a: any) => a.mau)).toEqual([0, 0, 1, 2, 2, 3, 3]);
    expect(d.activity.map((a: any) => a.posts)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(d.activity.map((a: any) => a.comments)).toEqual([0, 0, 0, 0, 0, 1, 0]);
    expect(d.stickiness).toBeCloseTo(5 / 11, 10);
    expect(d.questions).toEqual({
      asked: 3,
      answered: 2,
      answeredShare: 2 / 3,
      medianFirstAnswerMinutes: 60,
    });
    expect(d.events).toEqual({
      seats: 2,
      attended: 1,
      noShows: 1,
      attendanceRate: 0.5,
      noShowRate: 0.5,
    });
    const months = [...new Set([day(6), T].map((x) => x.slice(0, 7)))];
    expect(d.npsTrend).toEqual(
      months.map((period) =>
        period === day(1).slice(0, 7)
          ? { period, nps: 25, responses: 4 }
          : { period, nps: null, responses: 0 },
      ),
    );
  });

  it('counts levels, top contributors and cohorts as of the last computation', async () => {
    const { analyticsDashboard: d } = await moderator.ok(DASHBOARD, { from: day(6), to: T });
    const raw = {
      m1: decayed(5, 0, H) + decayed(3, 1, H),
      m2: decayed(1, 0, H) + decayed(1, 4, H),
      m3: decayed(8, 3, H),
    };
    const max = Math.max(...Object.values(raw));
    const scores = Object.fromEntries(
      Object.entries(raw).map(([k, r]) => [k, normalisedScore(r, max)]),
    );
    expect(scores).toEqual({ m1: 100, m2: 49, m3: 98 });
    expect(d.tiers).toEqual([
      { tier: 'OBSERVER', count: 0 },
      { tier: 'PARTICIPANT', count: 1 },
      { tier: 'CONTRIBUTOR', count: 0 },
      { tier: 'CHAMPION', count: 2 },
    ]);
    expect(d.topContributors.map((c: any) => [c.member.id, c.engagementScore])).toEqual([
      [m.m1.id, 100],
      [m.m3.id, 98],
      [m.m2.id, 49],
    ]);
    // M2 is the range's only cohort: active on T−4 and T.
    const cohort = day(5).slice(0, 7);
    const retained: number[] = [];
    for (let mo = cohort; mo <= T.slice(0, 7);) {
      retained.push([day(4), T].some((x) => x.startsWith(mo)) ? 1 : 0);
      const next = new Date(`${mo}-01T00:00:00Z`);
      next.setUTCMonth(next.getUTCMonth() + 1);
      mo = next.toISOString().slice(0, 7);
    }
    expect(d.cohorts).toEqual([{ month: cohort, size: 1, retained }]);
    expect(d.matrix.cells).toHaveLength(8);
    expect(d.rfm).toHaveLength(11);
  });

  it('filters activity, questions and events by space; members stay community-wide', async () => {
    const { analyticsDashboard: d } = await moderator.ok(DASHBOARD, {
      from: day(6),
      to: T,
      spaceId: s1,
    });
    expect(d.activity.map((a: any) => a.dau)).toEqual([0, 0, 0, 1, 0, 1, 1]);
    expect(d.activity.map((a: any) => a.posts)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(d.questions).toEqual({
      asked: 2,
      answered: 1,
      answeredShare: 0.5,
      medianFirstAnswerMinutes: 90,
    });
    expect(d.events).toMatchObject({ seats: 2, attended: 1 });
    expect(d.membersTotal).toBe(3);
    const { analyticsDashboard: other } = await moderator.ok(DASHBOARD, {
      from: day(6),
      to: T,
      spaceId: s2,
    });
    expect(other.events).toEqual({
      seats: 0,
      attended: 0,
      noShows: 0,
      attendanceRate: null,
      noShowRate: null,
    });
    expect(other.activity.at(-1).dau).toBe(1);
  });

  it('refuses a range that is malformed, backwards or longer than 366 days', async () => {
    const fields = async (v: Record<string, unknown>) => {
      const r = await moderator.gql(DASHBOARD, v);
      expect(r.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
      return r.errors![0].extensions.fields!.map((f) => `${f.field} ${f.issue}`);
    };
    expect(await fields({ from: '2026-02-30', to: T })).toEqual(['from INVALID_FORMAT']);
    expect(await fields({ from: T, to: day(1) })).toEqual(['to OUT_OF_RANGE']);
    expect(await fields({ from: day(366), to: T })).toEqual(['to OUT_OF_RANGE']);
    expect(await fields({ from: day(1), to: T, spaceId: 'nope' })).toEqual([
      'spaceId INVALID_FORMAT',
    ]);
    const { analyticsDashboard } = await moderator.ok(DASHBOARD, { from: day(365), to: T });
    expect(analyticsDashboard.activity).toHaveLength(366);
  });
});
