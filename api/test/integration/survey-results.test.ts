import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  buildMember,
  buildSurvey,
  writeSurvey,
  buildSurveyResponse,
  recordVisit,
  setRankPosition,
  touchpointIds,
} from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { CommunityService } from '../../src/modules/community/community.service.js';
import { MembersRepository } from '../../src/modules/members/members.repository.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';

let t: TestApp;
let moderator: GqlClient;
let product: GqlClient;
let member: GqlClient;

const SUMMARY = `responses promoters passives detractors promoterShare passiveShare detractorShare
  score marginOfError distribution`;

const RESULTS = `query($id: ID!, $filter: SurveyResultsFilter) {
  surveyResults(surveyId: $id, filter: $filter) { responses partial nps { ${SUMMARY} } }
}`;

beforeAll(async () => {
  t = await startTestApp();
  await t.app.get(CommunityService).updateSettings({ timezone: 'Asia/Tokyo' });
  moderator = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
  product = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'product' }));
  member = await clientFor(t.app, t.url, await buildMember(t.app));
});
afterAll(() => t.close());

/** Imported responses with these scores (no members needed). */
async function scores(survey: { id: string; questions: string[] }, list: number[], at?: Date) {
  for (const nps of list) await buildSurveyResponse(t.app, survey, { nps, answeredAt: at });
}

describe('NPS', () => {
  it('counts submitted responses only, on hand-computed fixtures', async () => {
    const survey = await writeSurvey(t.app);
    await scores(survey, [9, 10, 10, 7, 8, 0, 3, 6, 6, 6]);
    await buildSurveyResponse(t.app, survey, {
      member: await buildMember(t.app),
      submitted: false,
      nps: 10,
    });
    await scores(await writeSurvey(t.app), [10, 10]);

    const { surveyResults: r } = await moderator.ok(RESULTS, { id: survey.id });
    expect(r.responses).toBe(10);
    expect(r.partial).toBe(1);
    expect(r.nps).toMatchObject({
      responses: 10,
      promoters: 3,
      passives: 2,
      detractors: 5,
      promoterShare: 0.3,
      passiveShare: 0.2,
      detractorShare: 0.5,
      marginOfError: null,
      distribution: [1, 0, 0, 1, 0, 0, 3, 1, 1, 1, 2],
    });
    expect(r.nps.score).toBeCloseTo(-20, 10);
  });

  it('scores all promoters 100, all detractors −100, and nothing without responses', async () => {
    const promoters = await writeSurvey(t.app);
    await scores(promoters, [9, 10, 10]);
    const detractors = await writeSurvey(t.app);
    await scores(detractors, [0, 5, 6]);
    const empty = await writeSurvey(t.app);
    const score = async (id: string) =>
      (await moderator.ok(RESULTS, { id })).surveyResults.nps.score;
    expect(await score(promoters.id)).toBe(100);
    expect(await score(detractors.id)).toBe(-100);
    expect((await moderator.ok(RESULTS, { id: empty.id })).surveyResults.nps).toMatchObject({
      responses: 0,
      score: null,
      marginOfError: null,
    });
  });

  it('gives the margin of error from 30 responses on', async () => {
    // 20 promoters, 20 passives, 10 detractors: 1.96 · √((.4 + .2 − .04) / 50) · 100 ≈ 20.7427.
    const survey = await writeSurvey(t.app);
    await scores(survey, [...Array(20).fill(10), ...Array(20).fill(8), ...Array(10).fill(3)]);
    const { nps } = (await moderator.ok(RESULTS, { id: survey.id })).surveyResults;
    expect(nps.score).toBeCloseTo(20, 10);
    expect(nps.marginOfError).toBeCloseTo(20.7427, 3);
  });

  it('has no NPS without an NPS question', async () => {
    const survey = await writeSurvey(t.app, { questions: [{ type: 'csat' }] });
    expect((await moderator.ok(RESULTS, { id: survey.id })).surveyResults.nps).toBeNull();
  });

  it('filters by date range and source', async () => {
    const survey = await writeSurvey(t.app);
    await scores(survey, [10], new Date('2026-01-10T00:00:00Z'));
    await scores(survey, [0, 0], new Date('2026-02-10T00:00:00Z'));
    await buildSurveyResponse(t.app, survey, { member: await buildMember(t.app), nps: 9 });
    const nps = async (filter: Record<string, unknown>) =>
      (await moderator.ok(RESULTS, { id: survey.id, filter })).surveyResults.nps;
    expect(await nps({ from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z' })).toMatchObject({
      responses: 2,
      score: -100,
    });
    expect(await nps({ source: 'IN_APP' })).toMatchObject({ responses: 1, score: 100 });
    expect(await nps({ source: 'IMPORT' })).toMatchObject({ responses: 3 });
    const bad = await moderator.gql(RESULTS, { id: survey.id, filter: { segment: 'nps:nobody' } });
    expect(bad.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  });

  it('buckets the trend by Monday weeks and months in the community time zone', async () => {
    const survey = await writeSurvey(t.app);
    // Sunday night in Tokyo, then Monday just after midnight in Tokyo (still Sunday in UTC).
    await scores(survey, [10], new Date('2026-03-01T23:30:00+09:00'));
    await scores(survey, [0, 10], new Date('2026-03-02T00:30:00+09:00'));
    // The last minutes of March, then the first of April, in Tokyo.
    await scores(survey, [9], new Date('2026-03-31T23:30:00+09:00'));
    await scores(survey, [5], new Date('2026-04-01T00:30:00+09:00'));
    const trend = async (period: string) =>
      (
        await moderator.ok(
          `query($id: ID!, $p: SurveyTrendPeriod!) {
             surveyResults(surveyId: $id) { npsTrend(period: $p) { periodStart summary { responses score } } }
           }`,
          { id: survey.id, p: period },
        )
      ).surveyResults.npsTrend;
    const empty = { responses: 0, score: null };
    // The weeks without answers between are there too, so the time axis is true.
    expect(await trend('WEEK')).toEqual([
      { periodStart: '2026-02-22T15:00:00.000Z', summary: { responses: 1, score: 100 } },
      { periodStart: '2026-03-01T15:00:00.000Z', summary: { responses: 2, score: 0 } },
      { periodStart: '2026-03-08T15:00:00.000Z', summary: empty },
      { periodStart: '2026-03-15T15:00:00.000Z', summary: empty },
      { periodStart: '2026-03-22T15:00:00.000Z', summary: empty },
      { periodStart: '2026-03-29T15:00:00.000Z', summary: { responses: 2, score: 0 } },
    ]);
    expect(await trend('MONTH')).toEqual([
      { periodStart: '2026-02-28T15:00:00.000Z', summary: { responses: 4, score: 50 } },
      { periodStart: '2026-03-31T15:00:00.000Z', summary: { responses: 1, score: -100 } },
    ]);
  });

  it('fills the trend from the first response to the last, up to the latest 260 weeks', async () => {
    const survey = await writeSurvey(t.app);
    await scores(survey, [10], new Date('2020-01-07T12:00:00+09:00'));
    await scores(survey, [0], new Date('2023-06-14T12:00:00+09:00'));
    await scores(survey, [9, 3], new Date('2026-03-04T12:00:00+09:00'));
    const trend = async (period: string) =>
      (
        await moderator.ok(
          `query($id: ID!, $p: SurveyTrendPeriod!) {
             surveyResults(surveyId: $id) { npsTrend(period: $p) { periodStart summary { responses } } }
           }`,
          { id: survey.id, p: period },
        )
      ).surveyResults.npsTrend as Array<{ periodStart: string; summary: { responses: number } }>;
    const WEEK = 7 * 86_400_000;
    const weeks = await trend('WEEK');
    expect(weeks).toHaveLength(260);
    expect(weeks.at(-1)).toEqual({
      periodStart: '2026-03-01T15:00:00.000Z',
      summary: { responses: 2 },
    });
    // Consecutive Mondays, ending with the last response's; the 2020 answer is too far back.
    expect(weeks[0].periodStart).toBe(
      new Date(Date.parse('2026-03-01T15:00:00.000Z') - 259 * WEEK).toISOString(),
    );
    weeks
      .slice(1)
      .forEach((w, i) =>
        expect(Date.parse(w.periodStart) - Date.parse(weeks[i].periodStart)).toBe(WEEK),
      );
    expect(weeks.reduce((n, w) => n + w.summary.responses, 0)).toBe(3);

    // Months reach back to the first answer: January 2020 to March 2026.
    const months = await trend('MONTH');
    expect(months).toHaveLength(75);
    expect(months[0]).toEqual({
      periodStart: '2019-12-31T15:00:00.000Z',
      summary: { responses: 1 },
    });
    expect(months.reduce((n, m) => n + m.summary.responses, 0)).toBe(4);
  });

  it('breaks down by rank and by segment, members only', async () => {
    const survey = await writeSurvey(t.app);
    const [high, mid, engaged] = [
      await buildMember(t.app),
      await buildMember(t.app),
      await buildMember(t.app),
    ];
    await recordVisit(t.app, engaged.id, new Date().toISOString().slice(0, 10));
    await setRankPosition(t.app, high.id, 3);
    await setRankPosition(t.app, mid.id, 3);
    const answer = (m: MemberEntity, nps: number) =>
      buildSurveyResponse(t.app, survey, { member: m, nps });
    await answer(high, 10);
    await answer(mid, 7);
    await answer(engaged, 6);
    await scores(survey, [0]);

    const { surveyResults: r } = await moderator.ok(
      `query($id: ID!) { surveyResults(surveyId: $id) {
         npsByRank { key labelJa summary { responses score } }
         npsBySegment { key labelEn summary { responses score } }
       } }`,
      { id: survey.id },
    );
    const rank = (key: string) => r.npsByRank.find((b: { key: string }) => b.key === key).summary;
    expect(r.npsByRank[0].key).toMatch(/^rank:\d+$/);
    expect(rank('rank:3')).toEqual({ responses: 2, score: 50 });
    expect(rank('rank:1')).toEqual({ responses: 1, score: -100 });
    const segment = (key: string) =>
      r.npsBySegment.find((b: { key: string }) => b.key === key).summary;
    expect(segment('nps:promoter')).toEqual({ responses: 1, score: 100 });
    expect(segment('nps:passive')).toEqual({ responses: 1, score: 0 });
    expect(segment('nps:detractor')).toEqual({ responses: 1, score: -100 });
    expect(segment('nps:unknown')).toEqual({ responses: 0, score: null });
    expect(segment('engagement:occasional')).toEqual({ responses: 1, score: -100 });
    expect(segment('engagement:dormant')).toEqual({ responses: 2, score: 50 });
    expect(segment('engagement:core')).toEqual({ responses: 0, score: null });

    const filtered = await moderator.ok(RESULTS, {
      id: survey.id,
      filter: { minRankPosition: 3 },
    });
    expect(filtered.surveyResults.nps).toMatchObject({ responses: 2, score: 50 });
    const bySegment = await moderator.ok(RESULTS, {
      id: survey.id,
      filter: { segment: 'engagement:occasional' },
    });
    expect(bySegment.surveyResults.nps).toMatchObject({ responses: 1, score: -100 });
  });

  it('compares two periods with a z-test', async () => {
    const survey = await writeSurvey(t.app);
    const a = new Date('2026-01-15T00:00:00Z');
    const b = new Date('2026-02-15T00:00:00Z');
    // a: 5 promoters, 3 passives, 2 detractors (NPS 30); b: 6, 3, 1 (NPS 50).
    await scores(survey, [10, 10, 10, 9, 9, 8, 7, 7, 2, 0], a);
    await scores(survey, [10, 10, 10, 9, 9, 9, 8, 8, 7, 6], b);
    const { npsComparison: c } = await product.ok(
      `query($id: ID!, $a: DateRangeInput!, $b: DateRangeInput!) {
         npsComparison(surveyId: $id, a: $a, b: $b) {
           a { score } b { score } delta z pValue significant
         } }`,
      {
        id: survey.id,
        a: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
        b: { from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z' },
      },
    );
    // z = .2 / √(.61/10 + .45/10) ≈ 0.61430; p ≈ 0.53903.
    expect(c.a.score).toBeCloseTo(30, 10);
    expect(c.b.score).toBeCloseTo(50, 10);
    expect(c.delta).toBeCloseTo(20, 10);
    expect(c.z).toBeCloseTo(0.6143, 3);
    expect(c.pValue).toBeCloseTo(0.539, 3);
    expect(c.significant).toBe(false);
  });
});

describe('questions', () => {
  it('splits touchpoint influence by NPS class and orders by lift', async () => {
    const tp = await touchpointIds(t.app);
    const survey = await writeSurvey(t.app, {
      questions: [
        { type: 'nps' },
        { type: 'touchpoints', touchpoints: ['ordering', 'word_of_mouth', 'events'] },
      ],
    });
    const q = survey.questions[1];
    const [wom, ordering] = [tp.get('word_of_mouth')!, tp.get('ordering')!];
    await buildSurveyResponse(t.app, survey, {
      nps: 10,
      touchpoints: { [q]: { [wom]: 3, [ordering]: 0 } },
    });
    await buildSurveyResponse(t.app, survey, {
      nps: 9,
      touchpoints: { [q]: { [wom]: 2, [ordering]: null } },
    });
    await buildSurveyResponse(t.app, survey, { nps: 7, touchpoints: { [q]: { [wom]: null } } });
    await buildSurveyResponse(t.app, survey, {
      nps: 2,
      touchpoints: { [q]: { [wom]: -2, [ordering]: 1 } },
    });
    await buildSurveyResponse(t.app, survey, {
      submitted: false,
      member: await buildMember(t.app),
      nps: 0,
      touchpoints: { [q]: { [wom]: -3 } },
    });

    const { surveyResults: r } = await moderator.ok(
      `query($id: ID!) { surveyResults(surveyId: $id) { questions {
         question { id type } answered
         touchpoints { touchpoint { key } lift
           overall { responses mean positiveShare negativeShare notApplicable }
           promoters { responses mean positiveShare negativeShare notApplicable }
           passives { responses mean notApplicable }
           detractors { responses mean negativeShare } }
       } } }`,
      { id: survey.id },
    );
    const result = r.questions[1];
    expect(result.answered).toBe(4);
    expect(
      result.touchpoints.map((x: { touchpoint: { key: string } }) => x.touchpoint.key),
    ).toEqual(['word_of_mouth', 'ordering', 'events']);
    const [w, o, e] = result.touchpoints;
    expect(w.lift).toBe(4.5);
    expect(w.overall).toEqual({
      responses: 3,
      mean: 1,
      positiveShare: 2 / 3,
      negativeShare: 1 / 3,
      notApplicable: 1,
    });
    expect(w.promoters).toEqual({
      responses: 2,
      mean: 2.5,
      positiveShare: 1,
      negativeShare: 0,
      notApplicable: 0,
    });
    expect(w.passives).toEqual({ responses: 0, mean: null, notApplicable: 1 });
    expect(w.detractors).toEqual({ responses: 1, mean: -2, negativeShare: 1 });
    expect(o.lift).toBe(-1);
    expect(o.promoters).toMatchObject({ responses: 1, mean: 0, notApplicable: 1 });
    expect(e).toMatchObject({ lift: null, overall: { responses: 0, mean: null } });
  });

  it('labels the choices of a survey made in the builder', async () => {
    const built = await buildSurvey(t.app, {
      update: {
        questions: [
          {
            type: 'single_choice',
            required: true,
            withReason: false,
            promptJa: '好きなのは？',
            choices: [
              { key: 'coffee', labelJa: 'コーヒー', labelEn: 'Coffee' },
              { key: 'tea', labelJa: '紅茶', labelEn: 'Tea' },
            ],
          },
        ],
      },
    });
    const { surveyResults: r } = await moderator.ok(
      `query($id: ID!) { surveyResults(surveyId: $id) { questions { choices { key labelJa labelEn } } } }`,
      { id: built.id },
    );
    expect(r.questions[0].choices).toEqual([
      { key: 'coffee', labelJa: 'コーヒー', labelEn: 'Coffee' },
      { key: 'tea', labelJa: '紅茶', labelEn: 'Tea' },
    ]);
  });

  it('reports CSAT, CES, rating and choices', async () => {
    const survey = await writeSurvey(t.app, {
      questions: [
        { type: 'csat' },
        { type: 'ces' },
        {
          type: 'multiple_choice',
          choices: [
            { key: 'a', labelJa: '価格', labelEn: 'Price' },
            { key: 'b', labelJa: '品質', labelEn: 'Quality' },
            { key: 'c', labelJa: 'その他', labelEn: 'Other' },
          ],
        },
        { type: 'short_text' },
      ],
    });
    const [csat, ces, multi, text] = survey.questions;
    const answers = [
      { [csat]: { score: 5 }, [ces]: { score: 2 }, [multi]: { choiceKeys: ['a', 'b'] } },
      { [csat]: { score: 4 }, [ces]: { score: 6 }, [multi]: { choiceKeys: ['b'] } },
      { [csat]: { score: 2 }, [text]: { text: '特になし' } },
      { [csat]: { score: 1 }, [ces]: { score: 7 } },
    ];
    for (const a of answers) await buildSurveyResponse(t.app, survey, { answers: a });

    const { surveyResults: r } = await moderator.ok(
      `query($id: ID!) { surveyResults(surveyId: $id) { questions {
         answered nps { score } scale { responses mean distribution satisfiedShare }
         choices { key labelJa labelEn count share } touchpoints { lift }
       } } }`,
      { id: survey.id },
    );
    const [c, e, m, s] = r.questions;
    expect(c).toMatchObject({
      answered: 4,
      nps: null,
      scale: { responses: 4, mean: 3, distribution: [1, 1, 0, 1, 1], satisfiedShare: 0.5 },
    });
    expect(e.scale).toEqual({
      responses: 3,
      mean: 5,
      distribution: [0, 1, 0, 0, 0, 1, 1],
      satisfiedShare: null,
    });
    expect(m.answered).toBe(2);
    expect(m.choices).toEqual([
      { key: 'a', labelJa: '価格', labelEn: 'Price', count: 1, share: 0.5 },
      { key: 'b', labelJa: '品質', labelEn: 'Quality', count: 2, share: 1 },
      { key: 'c', labelJa: 'その他', labelEn: 'Other', count: 0, share: 0 },
    ]);
    expect(s).toMatchObject({ answered: 1, scale: null, choices: null, touchpoints: null });
  });
});

const TEXT = `query($s: ID!, $q: ID!, $search: String, $after: String, $first: Int, $filter: SurveyResultsFilter) {
  surveyTextAnswers(surveyId: $s, questionId: $q, search: $search, after: $after, first: $first, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { responseId text answeredAt npsScore respondent { handle } }
  }
}`;

describe('text answers', () => {
  it('searches with width and case folded, pages newest first, names identified respondents', async () => {
    const survey = await writeSurvey(t.app);
    const hanako = await buildMember(t.app);
    const base = Date.parse('2026-03-01T00:00:00Z');
    await buildSurveyResponse(t.app, survey, {
      member: hanako,
      nps: 10,
      reason: 'ＮＰＳのサポートが最高',
      answeredAt: new Date(base),
    });
    await buildSurveyResponse(t.app, survey, {
      nps: 3,
      reason: 'サポートが遅い',
      answeredAt: new Date(base + 1000),
    });
    await buildSurveyResponse(t.app, survey, {
      member: await buildMember(t.app),
      nps: 8,
      reason: '配送が早い',
      answeredAt: new Date(base + 2000),
    });
    await buildSurveyResponse(t.app, survey, { nps: 5, answeredAt: new Date(base + 3000) });
    const q = survey.questions[0];

    const all = (await moderator.ok(TEXT, { s: survey.id, q, first: 2 })).surveyTextAnswers;
    expect(all.totalCount).toBe(3);
    expect(all.nodes.map((n: { text: string }) => n.text)).toEqual([
      '配送が早い',
      'サポートが遅い',
    ]);
    expect(all.nodes[1].respondent).toBeNull();
    const next = (
      await moderator.ok(TEXT, { s: survey.id, q, first: 2, after: all.pageInfo.endCursor })
    ).surveyTextAnswers;
    expect(next.nodes).toMatchObject([
      { text: 'ＮＰＳのサポートが最高', npsScore: 10, respondent: { handle: hanako.handle } },
    ]);
    expect(next.pageInfo.hasNextPage).toBe(false);

    const found = (await product.ok(TEXT, { s: survey.id, q, search: 'nps' })).surveyTextAnswers;
    expect(found.totalCount).toBe(1);
    expect(found.nodes[0].text).toBe('ＮＰＳのサポートが最高');
    const support = (await product.ok(TEXT, { s: survey.id, q, search: 'サポート' }))
      .surveyTextAnswers;
    expect(support.totalCount).toBe(2);
    const percent = (await product.ok(TEXT, { s: survey.id, q, search: '%' })).surveyTextAnswers;
    expect(percent.totalCount).toBe(0);
  });

  it('never names respondents of an anonymous survey', async () => {
    const survey = await writeSurvey(t.app, { anonymous: true });
    await buildSurveyResponse(t.app, survey, {
      member: await buildMember(t.app),
      nps: 9,
      reason: '匿名の回答',
    });
    const r = (await moderator.ok(TEXT, { s: survey.id, q: survey.questions[0] }))
      .surveyTextAnswers;
    expect(r.nodes).toMatchObject([{ text: '匿名の回答', respondent: null }]);
  });

  it('lists the answers of the responses the results filter keeps', async () => {
    const survey = await writeSurvey(t.app);
    await buildSurveyResponse(t.app, survey, {
      nps: 9,
      reason: '三月の回答',
      answeredAt: new Date('2026-03-10T00:00:00Z'),
    });
    await buildSurveyResponse(t.app, survey, {
      member: await buildMember(t.app),
      nps: 2,
      reason: '四月の回答',
      answeredAt: new Date('2026-04-10T00:00:00Z'),
    });
    const q = survey.questions[0];
    const april = { from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z' };
    const r = (await moderator.ok(TEXT, { s: survey.id, q, filter: april })).surveyTextAnswers;
    expect(r.totalCount).toBe(1);
    expect(r.nodes.map((n: { text: string }) => n.text)).toEqual(['四月の回答']);
    const imported = (await moderator.ok(TEXT, { s: survey.id, q, filter: { source: 'IMPORT' } }))
      .surveyTextAnswers;
    expect(imported.nodes.map((n: { text: string }) => n.text)).toEqual(['三月の回答']);
  });

  it('matches a search across runs of spaces in the answer', async () => {
    const survey = await writeSurvey(t.app);
    await buildSurveyResponse(t.app, survey, { nps: 7, reason: 'とても　　良い\n対応' });
    const q = survey.questions[0];
    const r = (await moderator.ok(TEXT, { s: survey.id, q, search: 'とても 良い 対応' }))
      .surveyTextAnswers;
    expect(r.totalCount).toBe(1);
  });

  it('refuses a question without text answers', async () => {
    const survey = await writeSurvey(t.app, { questions: [{ type: 'csat' }] });
    const r = await moderator.gql(TEXT, { s: survey.id, q: survey.questions[0] });
    expect(r.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  });
});

describe('anonymous surveys', () => {
  const ANON_TEXT = `query($s: ID!, $q: ID!) {
    surveyTextAnswers(surveyId: $s, questionId: $q) { nodes { responseId answeredAt } } }`;
  const BREAKDOWN = `query($id: ID!, $filter: SurveyResultsFilter) {
    surveyResults(surveyId: $id, filter: $filter) {
      npsByRank { key summary { responses score suppressed distribution } }
      npsTrend(period: MONTH) { summary { responses suppressed } } } }`;
  const get = (path: string) =>
    fetch(`${t.url}${path}`, {
      headers: { cookie: [...moderator.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    }).then(async (res) => ({
      status: res.status,
      text: (await res.text()).replace(/^\uFEFF/, ''),
    }));

  it('shows answer days, not times, and no response ids in exports', async () => {
    const survey = await writeSurvey(t.app, { anonymous: true });
    await buildSurveyResponse(t.app, survey, {
      member: await buildMember(t.app),
      nps: 9,
      reason: '匿名',
      // 2026-03-05 08:17 in Tokyo.
      answeredAt: new Date('2026-03-04T23:17:42.123Z'),
    });
    const q = survey.questions[0];
    const [node] = (await moderator.ok(ANON_TEXT, { s: survey.id, q })).surveyTextAnswers.nodes;
    expect(node.answeredAt).toBe('2026-03-04T15:00:00.000Z');

    const responses = await get(`/surveys/${survey.id}/export/responses.csv`);
    expect(responses.status).toBe(200);
    const [head, row] = responses.text.trim().split('\r\n');
    expect(head.startsWith('回答日,経路,')).toBe(true);
    expect(row.startsWith('2026-03-05,import,') || row.startsWith('2026-03-05,in_app,')).toBe(true);
    expect(responses.text).not.toContain('23:17');
    const text = await get(`/surveys/${survey.id}/export/text.csv?questionId=${q}`);
    expect(text.text.trim().split('\r\n')).toEqual(['回答日,NPSスコア,回答', '2026-03-05,9,匿名']);
    expect(text.text).not.toContain(node.responseId);
  });

  it('suppresses groups of fewer than five, and refuses filters that keep so few', async () => {
    const survey = await writeSurvey(t.app, { anonymous: true });
    const [lone, ...crowd] = await Promise.all(Array.from({ length: 6 }, () => buildMember(t.app)));
    await setRankPosition(t.app, lone.id, 4);
    for (const m of crowd) await setRankPosition(t.app, m.id, 2);
    const at = new Date('2026-03-10T00:00:00Z');
    await buildSurveyResponse(t.app, survey, { member: lone, nps: 0, answeredAt: at });
    for (const m of crowd)
      await buildSurveyResponse(t.app, survey, { member: m, nps: 10, answeredAt: at });

    const r = (await moderator.ok(BREAKDOWN, { id: survey.id })).surveyResults;
    const rank = (position: number) =>
      r.npsByRank.find((b: { key: string }) => b.key === `rank:${position}`)?.summary;
    expect(rank(2)).toMatchObject({ responses: 5, score: 100, suppressed: false });
    const few = r.npsByRank
      .map((b: { summary: { suppressed: boolean } }) => b.summary)
      .filter((s: { suppressed: boolean }) => s.suppressed);
    expect(few).toHaveLength(1);
    expect(few[0]).toMatchObject({ responses: 0, score: null });
    expect(few[0].distribution.every((n: number) => n === 0)).toBe(true);
    expect(r.npsTrend).toEqual([{ summary: { responses: 6, suppressed: false } }]);

    const narrowed = await moderator.gql(RESULTS, {
      id: survey.id,
      filter: { minRankPosition: 4 },
    });
    expect(narrowed.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'filter', issue: 'OUT_OF_RANGE' })],
    });
    expect((await get(`/surveys/${survey.id}/export/responses.csv?minRankPosition=4`)).status).toBe(
      400,
    );
    const wide = await moderator.ok(RESULTS, { id: survey.id, filter: { minRankPosition: 2 } });
    expect(wide.surveyResults.responses).toBe(6);
    const none = await moderator.ok(RESULTS, { id: survey.id, filter: { minRankPosition: 50 } });
    expect(none.surveyResults.responses).toBe(0);
  });
});

describe('access', () => {
  it('is for staff and the product team, FORBIDDEN for members', async () => {
    const survey = await writeSurvey(t.app);
    expect(await member.code(RESULTS, { id: survey.id })).toBe('FORBIDDEN');
    expect(await member.code(TEXT, { s: survey.id, q: survey.questions[0] })).toBe('FORBIDDEN');
    await product.ok(RESULTS, { id: survey.id });
    expect(await moderator.code(RESULTS, { id: '00000000-0000-4000-8000-000000000000' })).toBe(
      'NOT_FOUND',
    );
  });
});

describe('CSV exports', () => {
  const get = (c: GqlClient, path: string) =>
    fetch(`${t.url}${path}`, {
      headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });

  it('exports every table with a BOM, in the viewer’s language', async () => {
    const tp = await touchpointIds(t.app);
    const survey = await writeSurvey(t.app, {
      questions: [
        { type: 'nps' },
        { type: 'touchpoints', touchpoints: ['community'] },
        { type: 'csat' },
      ],
    });
    const respondent = await buildMember(t.app);
    await buildSurveyResponse(t.app, survey, {
      member: respondent,
      nps: 10,
      reason: 'とても良い, "最高"',
      answeredAt: new Date('2026-03-03T01:00:00Z'),
      touchpoints: { [survey.questions[1]]: { [tp.get('community')!]: 3 } },
      answers: { [survey.questions[2]]: { score: 5 } },
    });
    await buildSurveyResponse(t.app, survey, {
      nps: 4,
      answeredAt: new Date('2026-03-04T01:00:00Z'),
    });

    const res = await get(moderator, `/surveys/${survey.id}/export/responses.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    // Streamed as it is read, rather than built whole first.
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe(
      '回答ID,回答日時,経路,回答者,顧客ID,Q1. 質問 1,Q1. 質問 1（理由）,Q2. 質問 2: コミュニティ,Q3. 質問 3',
    );
    expect(lines[1]).toContain(`,in_app,${respondent.handle},,10,"とても良い, ""最高""",3,5`);
    expect(lines).toHaveLength(3);

    const nps = await (await get(moderator, `/surveys/${survey.id}/export/nps.csv`)).text();
    expect(nps).toContain('NPS,0');
    expect(nps).toContain('スコア 10,1');

    const english = await buildMember(t.app, { role: 'product' });
    await t.app.get(MembersRepository).update(english.id, { locale: 'en' });
    const en = await clientFor(t.app, t.url, english);
    const trend = await (
      await get(en, `/surveys/${survey.id}/export/trend.csv?period=week`)
    ).text();
    expect(trend.split('\r\n')[0]).toContain('Period start,Responses,Promoters');
    expect(trend).toContain('2026-03-02,2,1,0,1');

    const touchpoints = await (
      await get(en, `/surveys/${survey.id}/export/touchpoints.csv`)
    ).text();
    expect(touchpoints).toContain('The community,');
    const text2 = await (
      await get(
        moderator,
        `/surveys/${survey.id}/export/text.csv?questionId=${survey.questions[0]}`,
      )
    ).text();
    expect(text2).toContain(respondent.handle);
    for (const table of ['by-rank', 'by-segment', 'questions'])
      expect((await get(moderator, `/surveys/${survey.id}/export/${table}.csv`)).status).toBe(200);
  });

  it('refuses members and unknown tables', async () => {
    const survey = await writeSurvey(t.app);
    expect((await get(member, `/surveys/${survey.id}/export/nps.csv`)).status).toBe(403);
    expect((await get(moderator, `/surveys/${survey.id}/export/secrets.csv`)).status).toBe(404);
  });
});
