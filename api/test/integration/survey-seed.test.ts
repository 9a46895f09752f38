import { startTestApp, type TestApp } from '../support/test-app.js';
import { clientFor } from '../support/sessions.js';
import { Db } from '../../src/core/database/db.js';
import { MembersRepository } from '../../src/modules/members/members.repository.js';
import { seedDemo } from '../../src/seed/demo-seed.js';
import { DEMO_MEMBERS } from '../../src/seed/demo-data.js';

/** The demo's surveys: results worth reading, and one the demo member can answer now. */
let t: TestApp;
let db: Db;
beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  expect(await seedDemo(t.app)).toBe(true);
}, 120_000);
afterAll(() => t.close());

it('has a closed NPS survey with identified answers over six months, enough each month for a margin of error', async () => {
  const [nps] = await db.query<
    Array<{ id: string; n: number; months: number; members: number; classes: number; tp: number }>
  >(
    `SELECT s.id, count(r.*)::int AS n,
            count(DISTINCT date_trunc('month', r.answered_at AT TIME ZONE 'Asia/Tokyo'))::int AS months,
            count(DISTINCT r.member_id)::int AS members,
            count(DISTINCT r.nps_class)::int AS classes,
            (SELECT count(*)::int FROM survey_touchpoint_answers t
              JOIN survey_responses x ON x.id = t.response_id WHERE x.survey_id = s.id) AS tp
       FROM surveys s JOIN survey_responses r ON r.survey_id = s.id AND r.submitted
      WHERE s.template = 'nps_touchpoints' AND s.closed_at IS NOT NULL
      GROUP BY s.id`,
  );
  expect(nps.n).toBeGreaterThanOrEqual(150);
  expect(nps.months).toBe(6);
  expect(nps.members).toBeGreaterThanOrEqual(30);
  expect(nps.classes).toBe(3);
  expect(nps.tp).toBeGreaterThan(nps.n * 5);
  const product = (await t.app.get(MembersRepository).findByHandle('product'))!;
  const staff = await clientFor(t.app, t.url, product);
  const { surveyResults } = await staff.ok(
    `query ($id: ID!) { surveyResults(surveyId: $id) { npsTrend(period: MONTH) { summary { responses marginOfError } } } }`,
    { id: nps.id },
  );
  expect(surveyResults.npsTrend).toHaveLength(6);
  for (const p of surveyResults.npsTrend) expect(p.summary.marginOfError).not.toBeNull();
  const [{ unidentified }] = await db.query<Array<{ unidentified: number }>>(
    `SELECT count(*)::int AS unidentified FROM survey_responses
      WHERE survey_id = $1 AND member_id IS NULL`,
    [nps.id],
  );
  expect(unidentified).toBe(0);
});

it('has an after-event survey of a past event with its attendees’ answers', async () => {
  const [csat] = await db.query<Array<{ n: number; eventEnded: boolean }>>(
    `SELECT count(r.*)::int AS n, bool_and(e.ends_at < now()) AS "eventEnded"
       FROM surveys s JOIN events e ON e.id = s.audience_event_id
       JOIN survey_responses r ON r.survey_id = s.id AND r.submitted
      WHERE s.template = 'post_event_csat' GROUP BY s.id`,
  );
  expect(csat.n).toBeGreaterThan(5);
  expect(csat.eventEnded).toBe(true);
});

it('asks the demo member an open survey they can answer', async () => {
  const member = (await t.app.get(MembersRepository).findByHandle(DEMO_MEMBERS[0].handle))!;
  const c = await clientFor(t.app, t.url, member);
  const { mySurveys } = await c.ok(`{ mySurveys { id status questions { id type } } }`);
  const open = mySurveys.find(
    (x: { questions: Array<{ type: string }> }) => x.questions[0].type === 'NPS',
  );
  expect(open.status).toBe('OPEN');
  const [nps] = open.questions;
  const saved = await c.ok(
    `mutation($i: SaveSurveyResponseInput!) { saveSurveyResponse(input: $i) { submitted } }`,
    {
      i: { surveyId: mySurveys[0].id, submit: false, answers: [{ questionId: nps.id, score: 9 }] },
    },
  );
  expect(saved.saveSurveyResponse.submitted).toBe(false);
});
