import { LOYALTY_CRITERIA_LIMITS, LOYALTY_LISTS } from '@kizuna/shared';
import { startTestApp, startTwin, type TestApp } from '../support/test-app.js';
import {
  asViewer,
  buildBoard,
  buildIdea,
  buildMember,
  buildMemberLoyalty,
  buildSurvey,
  writeSurvey,
  buildSurveyResponse,
} from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient, GqlResponse } from '../support/gql-client.js';
import { settle } from '../support/settle.js';
import { Db } from '../../src/core/database/db.js';
import { MembersRepository } from '../../src/modules/members/members.repository.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { VotesService } from '../../src/modules/feedback/votes.service.js';
import { SurveyInvitations } from '../../src/modules/surveys/survey-invitations.service.js';

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
  moderatorMember = await buildMember(t.app, { role: 'moderator' });
  moderator = await clientFor(t.app, t.url, moderatorMember);
  product = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'product' }));
  member = await clientFor(t.app, t.url, await buildMember(t.app));
});
afterAll(() => t.close());

/** Each test counts only the figures it writes. */
beforeEach(async () => {
  await db.query(`DELETE FROM member_loyalty`);
  await db.query(`DELETE FROM loyalty_criteria_sets`);
});

type Crit = { metric: string; op: string; value: string };
const c = (metric: string, op: string, value: string): Crit => ({ metric, op, value });

const PREVIEW = `query($c: [CriterionInput!]!) {
  loyaltyPreview(criteria: $c) { loyal candidates perCriterion } }`;
const CANDIDATES = `query($s: ID, $c: [CriterionInput!], $st: LoyaltyStanding!, $o: Int, $l: Int) {
  loyaltyCandidates(setId: $s, criteria: $c, standing: $st, offset: $o, limit: $l) {
    totalCount
    nodes { member { id handle } met of loyalty { memberId engagementScore }
            lacking { criterion { metric op value } actual } } } }`;
const SAVE = `mutation($i: LoyaltyCriteriaSetInput!) {
  saveLoyaltyCriteriaSet(input: $i) { id name criteria { metric op value } loyalCount candidateCount } }`;
const SETS = `{ loyaltyCriteriaSets { id name loyalCount candidateCount criteria { metric value } } }`;

const fieldErrors = (r: GqlResponse) =>
  (r.errors?.[0]?.extensions.fields ?? []).map((f) => `${f.field}:${f.issue}`);

/**
 * Four members by hand, and the criteria they meet:
 *   posts ≥ 3 · level ≥ contributor · rank ≥ 3 · NPS = promoter · LTV ≥ 100,000
 * ace       10 posts, champion,    rank 5, promoter, LTV 120,000 → 5 of 5: loyal
 * regular    3 posts, contributor, rank 3, passive,  LTV  50,000 → 3 of 5: candidate
 * fan        0 posts, observer,    rank 1, promoter, no LTV      → 1 of 5: candidate
 * quiet      0 posts, observer,    rank 1, no NPS,   no LTV      → 0 of 5: neither
 * A suspended member meeting all of them, and a member without figures, are in no list.
 */
async function fixture() {
  const [ace, regular, fan, quiet, suspended, unknown] = await Promise.all(
    Array.from({ length: 6 }, () => buildMember(t.app)),
  );
  await buildMemberLoyalty(t.app, ace, {
    engagementScore: 88,
    posts: 10,
    rankPosition: 5,
    npsScore: 10,
    ltv: 120_000,
    highLtv: true,
    bestAnswers: 4,
    eventsAttended: 6,
    activeDays90: 60,
    r: 5,
    f: 5,
    m: 5,
    membershipDays: 700,
  });
  await buildMemberLoyalty(t.app, regular, {
    engagementScore: 55,
    posts: 3,
    rankPosition: 3,
    npsScore: 8,
    ltv: 50_000,
    highLtv: false,
    bestAnswers: 1,
    eventsAttended: 1,
    activeDays90: 20,
    r: 3,
    f: 2,
    m: 4,
    membershipDays: 200,
  });
  await buildMemberLoyalty(t.app, fan, { engagementScore: 12, npsScore: 9, membershipDays: 30 });
  await buildMemberLoyalty(t.app, quiet, { engagementScore: 3, membershipDays: 10 });
  await buildMemberLoyalty(t.app, suspended, {
    engagementScore: 99,
    posts: 50,
    rankPosition: 9,
    npsScore: 10,
    ltv: 900_000,
  });
  await t.app.get(MembersRepository).update(suspended.id, { status: 'suspended' });
  return { ace, regular, fan, quiet, suspended, unknown };
}

const FIVE = [
  c('POSTS', 'GTE', '3'),
  c('ENGAGEMENT_LEVEL', 'GTE', 'contributor'),
  c('RANK', 'GTE', '3'),
  c('NPS_CLASS', 'EQ', 'promoter'),
  c('LTV', 'GTE', '100000'),
];

describe('criteria', () => {
  it('counts members meeting all (loyal) and some (candidates), and each criterion', async () => {
    await fixture();
    const { loyaltyPreview } = await product.ok(PREVIEW, { c: FIVE });
    expect(loyaltyPreview).toEqual({ loyal: 1, candidates: 2, perCriterion: [2, 2, 2, 2, 1] });
  });

  it('compares every metric by its kind, and a missing value never meets a criterion', async () => {
    await fixture();
    const count = async (crit: Crit) =>
      (await product.ok(PREVIEW, { c: [crit] })).loyaltyPreview.loyal;
    const cases: Array<[Crit, number]> = [
      [c('ENGAGEMENT_SCORE', 'GTE', '55'), 2],
      [c('ENGAGEMENT_SCORE', 'LTE', '12'), 2],
      [c('ENGAGEMENT_SCORE', 'EQ', '55'), 1],
      [c('ENGAGEMENT_SCORE', 'NEQ', '55'), 3],
      // observer < participant < contributor < champion
      [c('ENGAGEMENT_LEVEL', 'GTE', 'participant'), 2],
      [c('ENGAGEMENT_LEVEL', 'LTE', 'contributor'), 3],
      [c('ENGAGEMENT_LEVEL', 'EQ', 'champion'), 1],
      [c('ENGAGEMENT_LEVEL', 'NEQ', 'observer'), 2],
      // By position: rank 5 is above rank 3.
      [c('RANK', 'GTE', '4'), 1],
      [c('RANK', 'LTE', '3'), 3],
      [c('POSTS', 'GTE', '3'), 2],
      [c('BEST_ANSWERS', 'GTE', '1'), 2],
      [c('EVENTS_ATTENDED', 'GTE', '2'), 1],
      [c('ACTIVE_DAYS_90', 'GTE', '20'), 2],
      // No LTV (fan, quiet) meets neither side of an LTV criterion.
      [c('LTV', 'GTE', '50000'), 2],
      [c('LTV', 'LTE', '50000'), 1],
      [c('LTV', 'NEQ', '1'), 2],
      [c('RFM_R', 'EQ', '5'), 1],
      [c('RFM_F', 'LTE', '2'), 1],
      [c('RFM_M', 'GTE', '4'), 2],
      // detractor < passive < promoter; no NPS (quiet) meets none, NEQ included.
      [c('NPS_CLASS', 'GTE', 'passive'), 3],
      [c('NPS_CLASS', 'LTE', 'passive'), 1],
      [c('NPS_CLASS', 'NEQ', 'detractor'), 3],
      [c('NPS_CLASS', 'EQ', 'detractor'), 0],
      [c('MEMBERSHIP_DAYS', 'GTE', '30'), 3],
    ];
    const got = [];
    for (const [crit] of cases) got.push(await count(crit));
    expect(got).toEqual(cases.map(([, n]) => n));
  });

  it('lists candidates by criteria met, then score, with what each lacks and their value', async () => {
    const { regular, fan, quiet } = await fixture();
    const { loyaltyCandidates: page } = await product.ok(CANDIDATES, {
      c: FIVE,
      st: 'CANDIDATE',
    });
    expect(page.totalCount).toBe(2);
    expect(page.nodes.map((n: { member: { id: string } }) => n.member.id)).toEqual([
      regular.id,
      fan.id,
    ]);
    expect(page.nodes[0]).toMatchObject({
      met: 3,
      of: 5,
      loyalty: { memberId: regular.id, engagementScore: 55 },
      lacking: [
        { criterion: { metric: 'NPS_CLASS', op: 'EQ', value: 'promoter' }, actual: 'passive' },
        { criterion: { metric: 'LTV', op: 'GTE', value: '100000' }, actual: '50000' },
      ],
    });
    expect(page.nodes[1].met).toBe(1);
    expect(page.nodes[1].lacking).toEqual([
      { criterion: { metric: 'POSTS', op: 'GTE', value: '3' }, actual: '0' },
      {
        criterion: { metric: 'ENGAGEMENT_LEVEL', op: 'GTE', value: 'contributor' },
        actual: 'observer',
      },
      { criterion: { metric: 'RANK', op: 'GTE', value: '3' }, actual: '1' },
      { criterion: { metric: 'LTV', op: 'GTE', value: '100000' }, actual: null },
    ]);
    const second = await product.ok(CANDIDATES, { c: FIVE, st: 'CANDIDATE', o: 1, l: 1 });
    expect(
      second.loyaltyCandidates.nodes.map((n: { member: { id: string } }) => n.member.id),
    ).toEqual([fan.id]);
    expect(second.loyaltyCandidates.totalCount).toBe(2);
    const loyal = (await product.ok(CANDIDATES, { c: FIVE, st: 'LOYAL' })).loyaltyCandidates;
    expect(loyal.totalCount).toBe(1);
    expect(loyal.nodes[0]).toMatchObject({ met: 5, of: 5, lacking: [] });
    const all = [...loyal.nodes, ...page.nodes].map((n: { member: { id: string } }) => n.member.id);
    expect(all).not.toContain(quiet.id);
  });

  it('refuses values a metric does not take, naming each criterion', async () => {
    const r = await moderator.gql(SAVE, {
      i: {
        name: '不正な条件',
        criteria: [
          c('POSTS', 'GTE', 'three'),
          c('ENGAGEMENT_LEVEL', 'GTE', 'hero'),
          c('RANK', 'GTE', '99'),
          c('NPS_CLASS', 'EQ', 'fan'),
          c('RFM_R', 'GTE', '6'),
          c('LTV', 'GTE', ''),
          c('ENGAGEMENT_SCORE', 'GTE', '50'),
        ],
      },
    });
    expect(r.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    expect(fieldErrors(r)).toEqual([
      'criteria.0.value:INVALID_FORMAT',
      'criteria.1.value:INVALID_VALUE',
      'criteria.2.value:INVALID_VALUE',
      'criteria.3.value:INVALID_VALUE',
      'criteria.4.value:OUT_OF_RANGE',
      'criteria.5.value:REQUIRED',
    ]);
    expect(fieldErrors(await moderator.gql(SAVE, { i: { name: '空', criteria: [] } }))).toEqual([
      'criteria:REQUIRED',
    ]);
    const many = Array.from({ length: LOYALTY_CRITERIA_LIMITS.criteriaMax + 1 }, () =>
      c('POSTS', 'GTE', '1'),
    );
    expect(
      fieldErrors(await moderator.gql(SAVE, { i: { name: '多すぎ', criteria: many } })),
    ).toEqual(['criteria:OUT_OF_RANGE']);
    expect(fieldErrors(await product.gql(PREVIEW, { c: [c('RANK', 'EQ', 'gold')] }))).toEqual([
      'criteria.0.value:INVALID_VALUE',
    ]);
    expect((await db.query<unknown[]>(`SELECT 1 FROM loyalty_criteria_sets`)).length).toBe(0);
  });

  it('holds the number of sets and their names under concurrent saves on two instances', async () => {
    const twin = await startTwin(t);
    try {
      const other = await clientFor(twin.app, twin.url, moderatorMember);
      const max = LOYALTY_CRITERIA_LIMITS.setsMax;
      for (let i = 0; i < max - 3; i++)
        await moderator.ok(SAVE, { i: { name: `set ${i}`, criteria: [FIVE[0]] } });
      // Eight new names at once, half through each instance: three fit.
      const names = Array.from({ length: 8 }, (_, i) => `new ${i}`);
      const saves = await Promise.all(
        names.map((name, i) =>
          (i % 2 ? other : moderator).gql(SAVE, { i: { name, criteria: [FIVE[0]] } }),
        ),
      );
      expect(saves.filter((r) => !r.errors).length).toBe(3);
      expect(saves.filter((r) => r.errors).map(fieldErrors)).toEqual(
        Array.from({ length: 5 }, () => ['name:OUT_OF_RANGE']),
      );
      const [{ n }] = await db.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM loyalty_criteria_sets`,
      );
      expect(n).toBe(max);

      // One name saved six times at once, on both instances: one set, five conflicts.
      await db.query(`DELETE FROM loyalty_criteria_sets`);
      const same = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? other : moderator).gql(SAVE, { i: { name: '同じ名前', criteria: [FIVE[0]] } }),
        ),
      );
      expect(same.filter((r) => !r.errors).length).toBe(1);
      expect(same.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT').length).toBe(5);
    } finally {
      await twin.close();
    }
  });

  it('saves sets with counts, keeps names unique, changes and deletes them', async () => {
    await fixture();
    const { saveLoyaltyCriteriaSet: set } = await moderator.ok(SAVE, {
      i: {
        name: 'Loyal customers',
        criteria: [...FIVE.slice(0, 3), c('NPS_CLASS', 'EQ', ' Promoter ')],
      },
    });
    expect(set.criteria[3]).toEqual({ metric: 'NPS_CLASS', op: 'EQ', value: 'promoter' });
    // ace meets all four; regular three; fan one.
    expect(set).toMatchObject({ loyalCount: 1, candidateCount: 2 });
    const taken = await moderator.gql(SAVE, {
      i: { name: ' LOYAL CUSTOMERS ', criteria: FIVE },
    });
    expect(taken.errors?.[0].extensions.code).toBe('CONFLICT');
    const other = (await moderator.ok(SAVE, { i: { name: '発言者', criteria: [FIVE[0]] } }))
      .saveLoyaltyCriteriaSet;
    const renamed = await moderator.gql(SAVE, {
      i: { id: other.id, name: 'loyal customers', criteria: [FIVE[0]] },
    });
    expect(renamed.errors?.[0].extensions.code).toBe('CONFLICT');
    const changed = await moderator.ok(SAVE, {
      i: { id: other.id, name: '投稿の多い人', criteria: [c('POSTS', 'GTE', '10')] },
    });
    expect(changed.saveLoyaltyCriteriaSet).toMatchObject({
      id: other.id,
      name: '投稿の多い人',
      loyalCount: 1,
      candidateCount: 0,
    });
    const { loyaltyCriteriaSets: sets } = await product.ok(SETS);
    expect(sets.map((s: { name: string }) => s.name)).toEqual(['Loyal customers', '投稿の多い人']);
    expect(sets[0]).toMatchObject({ loyalCount: 1, candidateCount: 2 });

    const bySet = await product.ok(CANDIDATES, { s: set.id, st: 'LOYAL' });
    expect(bySet.loyaltyCandidates.totalCount).toBe(1);
    const both = await product.gql(CANDIDATES, { s: set.id, c: FIVE, st: 'LOYAL' });
    expect(both.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    const neither = await product.gql(CANDIDATES, { st: 'LOYAL' });
    expect(fieldErrors(neither)).toEqual(['setId:REQUIRED']);

    expect(
      (
        await moderator.ok(`mutation($id: ID!) { deleteLoyaltyCriteriaSet(id: $id) }`, {
          id: other.id,
        })
      ).deleteLoyaltyCriteriaSet,
    ).toBe(true);
    const again = await moderator.gql(`mutation($id: ID!) { deleteLoyaltyCriteriaSet(id: $id) }`, {
      id: other.id,
    });
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const gone = await product.gql(CANDIDATES, { s: other.id, st: 'LOYAL' });
    expect(gone.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('lets the product team read but not save, and members neither', async () => {
    const r = await product.gql(SAVE, { i: { name: 'x', criteria: [FIVE[0]] } });
    expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await member.gql(PREVIEW, { c: [FIVE[0]] })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.client().gql(SETS)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('saved sets as segments', () => {
  const saveSet = async (name: string, criteria: Crit[]) =>
    (await moderator.ok(SAVE, { i: { name, criteria } })).saveLoyaltyCriteriaSet.id as string;

  it('are survey segments: listed by name and standing, and asked as they stand now', async () => {
    const { ace, regular, fan, quiet, suspended } = await fixture();
    const setId = await saveSet('ロイヤル顧客', FIVE);
    const { surveySegments } = await product.ok(`{ surveySegments { key labelJa labelEn } }`);
    expect(surveySegments).toEqual(
      expect.arrayContaining([
        {
          key: `loyalty:${setId}:loyal`,
          labelJa: 'ロイヤル顧客: ロイヤル',
          labelEn: 'ロイヤル顧客: loyal',
        },
        {
          key: `loyalty:${setId}:candidate`,
          labelJa: 'ロイヤル顧客: 候補',
          labelEn: 'ロイヤル顧客: candidates',
        },
      ]),
    );
    const recipients = async (surveyId: string) =>
      (
        await db.query<Array<{ id: string }>>(
          `SELECT member_id AS id FROM survey_recipients WHERE survey_id = $1 ORDER BY member_id`,
          [surveyId],
        )
      ).map((r) => r.id);
    const loyal = await buildSurvey(t.app, {
      update: { audience: { kind: 'segment', segment: `loyalty:${setId}:loyal` } },
    });
    const candidates = await buildSurvey(t.app, {
      update: { audience: { kind: 'segment', segment: `loyalty:${setId}:candidate` } },
    });
    await settle(t.app);
    await t.app.get(SurveyInvitations).sweep(new Date());
    expect(await recipients(loyal.id)).toEqual([ace.id]);
    expect(await recipients(candidates.id)).toEqual([regular.id, fan.id].sort());
    for (const id of [quiet.id, suspended.id]) {
      expect(await recipients(loyal.id)).not.toContain(id);
      expect(await recipients(candidates.id)).not.toContain(id);
    }

    // Results break down by the segment as members stand now.
    const survey = await writeSurvey(t.app);
    await buildSurveyResponse(t.app, survey, { member: ace, nps: 10 });
    await buildSurveyResponse(t.app, survey, { member: regular, nps: 2 });
    await buildSurveyResponse(t.app, survey, { member: fan, nps: 8 });
    const { surveyResults } = await product.ok(
      `query($id: ID!) { surveyResults(surveyId: $id) { npsBySegment { key summary { responses score } } } }`,
      { id: survey.id },
    );
    const seg = (key: string) =>
      surveyResults.npsBySegment.find((b: { key: string }) => b.key === key).summary;
    expect(seg(`loyalty:${setId}:loyal`)).toEqual({ responses: 1, score: 100 });
    expect(seg(`loyalty:${setId}:candidate`)).toEqual({ responses: 2, score: -50 });
    const filtered = await product.ok(
      `query($id: ID!, $f: SurveyResultsFilter) { surveyResults(surveyId: $id, filter: $f) { responses } }`,
      { id: survey.id, f: { segment: `loyalty:${setId}:candidate` } },
    );
    expect(filtered.surveyResults.responses).toBe(2);
  });

  it('break feedback demand down by standing, with the voters’ summed LTV', async () => {
    const { ace, regular, fan, quiet } = await fixture();
    const setId = await saveSet('ロイヤル顧客', FIVE);
    const other = await saveSet('投稿者', [c('POSTS', 'GTE', '1')]);
    const board = await buildBoard(t.app);
    const wanted = await buildIdea(t.app, null, { boardId: board.id });
    const unloved = await buildIdea(t.app, null, { boardId: board.id });
    for (const m of [ace, regular, fan, quiet])
      await t.app.get(VotesService).vote(asViewer(m), wanted.id, true);
    await settle(t.app);
    const DEMAND = `query($id: ID!) { idea(id: $id) { demand { bySegment { key labelEn votes } ltvSum } } }`;
    const { idea } = await product.ok(DEMAND, { id: wanted.id });
    const votes = Object.fromEntries(
      idea.demand.bySegment.map((b: { key: string; votes: number }) => [b.key, b.votes]),
    );
    expect(votes).toEqual({
      [`loyalty:${setId}:loyal`]: 1,
      [`loyalty:${setId}:candidate`]: 2,
      [`loyalty:${other}:loyal`]: 2,
      [`loyalty:${other}:candidate`]: 0,
    });
    expect(idea.demand.ltvSum).toBe(170_000);
    const none = (await product.ok(DEMAND, { id: unloved.id })).idea.demand;
    expect(none.ltvSum).toBeNull();
    expect(none.bySegment.every((b: { votes: number }) => b.votes === 0)).toBe(true);
    expect(none.bySegment).toHaveLength(4);
  });

  it('export their members as CSV, streamed, with a byte order mark', async () => {
    const { ace, regular, fan } = await fixture();
    const setId = await saveSet('ロイヤル顧客', FIVE);
    const get = (c: GqlClient, path: string) =>
      fetch(`${t.url}${path}`, {
        headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
    const res = await get(product, `/exports/segments/${setId}.csv?standing=candidate`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines[0]).toBe(
      'member_handle,display_name,email,standing,met,of,lacking,engagement_score,engagement_level,rank_position,posts,best_answers,events_attended,active_days_90,membership_days,ltv,rfm_segment,nps_class,matrix_cell',
    );
    const rows = lines.slice(1).sort();
    const expected = [
      `${regular.handle},${regular.displayName},${regular.email},candidate,3,5,nps_class eq promoter; ltv gte 100000,55,contributor,3,3,1,1,20,200,50000,,passive,`,
      `${fan.handle},${fan.displayName},${fan.email},candidate,1,5,posts gte 3; engagement_level gte contributor; rank gte 3; ltv gte 100000,12,observer,1,0,0,0,0,30,,,promoter,`,
    ].sort();
    expect(rows).toEqual(expected);
    const loyal = await (
      await get(moderator, `/exports/segments/${setId}.csv?standing=loyal`)
    ).text();
    expect(loyal.trim().split('\r\n').slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^${ace.handle},.*,loyal,5,5,,88,champion,5,10,`)),
    ]);
    expect((await get(member, `/exports/segments/${setId}.csv?standing=loyal`)).status).toBe(403);
    expect((await get(product, `/exports/segments/${setId}.csv?standing=all`)).status).toBe(400);
    expect((await get(product, `/exports/segments/${setId}.csv`)).status).toBe(400);
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect((await get(product, `/exports/segments/${nobody}.csv?standing=loyal`)).status).toBe(404);
    expect((await fetch(`${t.url}/exports/segments/${setId}.csv?standing=loyal`)).status).toBe(401);
  });
});

describe('churn risks', () => {
  const CHURN = `query($r: ChurnReason, $o: Int, $l: Int) {
    churnRisks(reason: $r, offset: $o, limit: $l) { totalCount nodes { member { id } churnReasons ltv } } }`;

  it('lists members with a reason, most reasons and value first, filtered by reason', async () => {
    const [both, dropped, silent, detractor, fine] = await Promise.all(
      Array.from({ length: 5 }, () => buildMember(t.app)),
    );
    await buildMemberLoyalty(t.app, both, {
      ltv: 10_000,
      churnReasons: ['engagement_drop', 'high_ltv_detractor'],
    });
    await buildMemberLoyalty(t.app, dropped, { ltv: 5_000, churnReasons: ['engagement_drop'] });
    await buildMemberLoyalty(t.app, silent, { churnReasons: ['gone_silent'] });
    await buildMemberLoyalty(t.app, detractor, {
      ltv: 90_000,
      churnReasons: ['high_ltv_detractor'],
    });
    await buildMemberLoyalty(t.app, fine, { ltv: 1_000_000 });
    const all = (await product.ok(CHURN)).churnRisks;
    expect(all.totalCount).toBe(4);
    expect(all.nodes.map((n: { member: { id: string } }) => n.member.id)).toEqual([
      both.id,
      detractor.id,
      dropped.id,
      silent.id,
    ]);
    expect(all.nodes[0].churnReasons).toEqual(['ENGAGEMENT_DROP', 'HIGH_LTV_DETRACTOR']);
    const drops = (await product.ok(CHURN, { r: 'ENGAGEMENT_DROP' })).churnRisks;
    expect(drops.totalCount).toBe(2);
    expect(drops.nodes.map((n: { member: { id: string } }) => n.member.id)).toEqual([
      both.id,
      dropped.id,
    ]);
    const page = (await product.ok(CHURN, { o: 3, l: 1 })).churnRisks;
    expect(page).toMatchObject({ totalCount: 4, nodes: [{ member: { id: silent.id } }] });
    expect(
      (await product.gql(CHURN, { l: LOYALTY_LISTS.pageMax + 1 })).errors?.[0].extensions.code,
    ).toBe('VALIDATION_FAILED');
    expect((await member.gql(CHURN)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('messages to members', () => {
  const MESSAGE = `mutation($ids: [ID!]!, $s: String!, $b: String!) {
    messageMembers(memberIds: $ids, subject: $s, body: $b) }`;
  const inbox = (memberId: string) =>
    db.query<Array<{ params: Record<string, string> }>>(
      `SELECT params FROM notifications WHERE member_id = $1 AND kind = 'moderator_message'`,
      [memberId],
    );

  it('sends a moderator message to each active member picked, not to the writer', async () => {
    const [a, b, suspended] = await Promise.all(
      Array.from({ length: 3 }, () => buildMember(t.app)),
    );
    await t.app.get(MembersRepository).update(suspended.id, { status: 'suspended' });
    const { messageMembers } = await moderator.ok(MESSAGE, {
      ids: [a.id, b.id, b.id, suspended.id, moderatorMember.id],
      s: 'イベントのご案内',
      b: '来月の焙煎体験にご招待します。',
    });
    expect(messageMembers).toBe(2);
    await settle(t.app);
    for (const m of [a, b]) {
      const got = await inbox(m.id);
      expect(got).toHaveLength(1);
      expect(got[0].params.message).toBe('【イベントのご案内】来月の焙煎体験にご招待します。');
    }
    expect(await inbox(suspended.id)).toHaveLength(0);
    expect(await inbox(moderatorMember.id)).toHaveLength(0);
  });

  it(`refuses more than ${LOYALTY_LISTS.messageRecipientsMax} members, none, or an empty message`, async () => {
    const many = Array.from(
      { length: LOYALTY_LISTS.messageRecipientsMax + 1 },
      (_v, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const over = await moderator.gql(MESSAGE, { ids: many, s: '件名', b: '本文' });
    expect(over.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    expect(fieldErrors(over)).toEqual(['memberIds:OUT_OF_RANGE']);
    expect(fieldErrors(await moderator.gql(MESSAGE, { ids: [], s: '件名', b: '本文' }))).toEqual([
      'memberIds:REQUIRED',
    ]);
    const someone = await buildMember(t.app);
    expect(
      fieldErrors(await moderator.gql(MESSAGE, { ids: [someone.id], s: '件名', b: '  ' })),
    ).toEqual(['body:REQUIRED']);
    expect(await inbox(someone.id)).toHaveLength(0);
    expect(
      (await product.gql(MESSAGE, { ids: [someone.id], s: '件名', b: '本文' })).errors?.[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
  });
});
