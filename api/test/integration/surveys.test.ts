import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  asViewer,
  buildMember,
  buildSurvey,
  buildSurveyResponse,
  recordActivities,
  writeSurvey,
} from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { GqlClient } from '../support/gql-client.js';
import { settle } from '../support/settle.js';
import { Db } from '../../src/core/database/db.js';
import { ActivityRules } from '../../src/modules/activity/activity.rules.js';
import { EventsRepository } from '../../src/modules/events/events.repository.js';
import { EventsService } from '../../src/modules/events/events.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { MembersService } from '../../src/modules/members/members.service.js';
import { SurveyInvitations } from '../../src/modules/surveys/survey-invitations.service.js';
import { SurveyLinks } from '../../src/modules/surveys/survey-links.js';
import type { SurveyRow } from '../../src/modules/surveys/surveys.repository.js';
import type { UpdateSurveyInput } from '../../src/modules/surveys/dto/survey.inputs.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const SURVEY_FIELDS = `id titleJa titleEn status template anonymous responseCap responseCount
  invitedAt invitedCount canEdit opensAt closesAt
  audience { kind minRankPosition roles segment hoursAfterEvent event { id } }
  questions { id position type required promptJa promptEn withReason
    choices { key labelJa labelEn } touchpoints { id key } }
  myResponse { id submitted answeredAt answers { questionId score choiceKeys text
    touchpoints { touchpointId influence } } }`;
const CREATE = `mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { ${SURVEY_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateSurveyInput!) { updateSurvey(input: $i) { ${SURVEY_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $at: DateTime) { publishSurvey(id: $id, opensAt: $at) { id status opensAt } }`;
const CLOSE = `mutation($id: ID!) { closeSurvey(id: $id) { id status } }`;
const REOPEN = `mutation($id: ID!) { reopenSurvey(id: $id) { id status } }`;
const DELETE = `mutation($id: ID!) { deleteSurvey(id: $id) }`;
const DUPLICATE = `mutation($id: ID!) { duplicateSurvey(id: $id) { ${SURVEY_FIELDS} } }`;
const SURVEY = `query($id: ID!, $t: String) { survey(id: $id, token: $t) { ${SURVEY_FIELDS} } }`;
const MINE = `{ mySurveys { id } }`;
const SAVE = `mutation($i: SaveSurveyResponseInput!) { saveSurveyResponse(input: $i) {
  id submitted answeredAt answers { questionId score choiceKeys text touchpoints { touchpointId influence } } } }`;
const TOUCHPOINTS = `query($all: Boolean) { surveyTouchpoints(includeArchived: $all) { id key labelJa labelEn position archived } }`;
const SAVE_TOUCHPOINTS = `mutation($i: [SurveyTouchpointInput!]!) { saveSurveyTouchpoints(input: $i) { id key position archived } }`;
const ATTITUDE = `query($h: String!) { member(handle: $h) { id attitude { npsClass npsScore measuredAt } } }`;

type Errors = {
  errors?: Array<{
    message: string;
    extensions: { code: string; fields?: Array<{ field: string; issue: string }> };
  }>;
};
const codeOf = (r: Errors) => r.errors?.[0].extensions.code;
const fieldsOf = (r: Errors) =>
  r.errors?.[0].extensions.fields?.map((f) => `${f.field}:${f.issue}`) ?? [];

let t: TestApp;
let db: Db;
let mod: GqlClient;
let product: GqlClient;
let spaceless: { spaceId: null };

interface Person {
  m: MemberEntity;
  c: GqlClient;
}
const person = async (o: Parameters<typeof buildMember>[1] = {}): Promise<Person> => {
  const m = await buildMember(t.app, o);
  return { m, c: await clientFor(t.app, t.url, m) };
};

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  // Badges notify too; these tests count survey invitations.
  await db.query(`UPDATE badges SET enabled = false`);
  mod = (await person({ role: 'moderator' })).c;
  product = (await person({ role: 'product' })).c;
  spaceless = { spaceId: null };
});
afterAll(() => t.close());

/** Publishing already runs a sweep; it ends first, or it may hold the survey this one looks for. */
async function sweep(now = new Date()): Promise<number> {
  await settle(t.app);
  return t.app.get(SurveyInvitations).sweep(now);
}

/** A published event that ended (`endsAt` from now), with these members checked in. */
async function endedEvent(attendees: MemberEntity[], endsIn = 2 * HOUR) {
  const moderator = await buildMember(t.app, { role: 'moderator' });
  const event = await t.app.get(EventsService).create(asViewer(moderator), {
    title: '新商品の試飲会',
    kind: 'in_person',
    venueName: '表参道',
    startsAt: new Date(Date.now() + endsIn - HOUR),
    endsAt: new Date(Date.now() + endsIn),
    timeZone: 'Asia/Tokyo',
    publish: true,
  } as never);
  await recordActivities(
    t.app,
    ...attendees.map((a) =>
      ActivityRules.attended({ eventId: event.id, memberId: a.id, ...spaceless }),
    ),
  );
  return event;
}

/**
 * A survey asking exactly `members` (as an event's attendees), its audience asked: the answering
 * tests' fixture.
 */
async function askedSurvey(
  members: MemberEntity[],
  update: Omit<UpdateSurveyInput, 'id'> = {},
  template: 'nps_touchpoints' | 'post_event_csat' | 'ces_support' = 'nps_touchpoints',
): Promise<SurveyRow> {
  const event = await endedEvent(members);
  const survey = await buildSurvey(t.app, {
    template,
    update: {
      ...update,
      audience: { kind: 'event_attendees', eventId: event.id, hoursAfterEvent: 0 },
    },
  });
  // Each answering test asks its members afresh, whatever asked them before (publishing included).
  await settle(t.app);
  await db.query(`DELETE FROM survey_asks WHERE member_id = ANY($1::uuid[])`, [
    members.map((m) => m.id),
  ]);
  await sweep(new Date(event.endsAt.getTime() + 60_000));
  return survey;
}

const recipients = async (surveyId: string) =>
  (
    await db.query<Array<{ id: string }>>(
      `SELECT member_id AS id FROM survey_recipients WHERE survey_id = $1`,
      [surveyId],
    )
  )
    .map((r) => r.id)
    .sort();

const invitations = async (memberId: string, surveyId: string) =>
  (
    await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notifications
        WHERE member_id = $1 AND kind = 'survey_invitation' AND subject_id = $2`,
      [memberId, surveyId],
    )
  )[0].n;

describe('templates and the builder', () => {
  it('lists the templates and fills a draft from each', async () => {
    const { surveyTemplates } = await mod.ok(`{ surveyTemplates { key titleJa titleEn } }`);
    expect(surveyTemplates.map((x: { key: string }) => x.key)).toEqual([
      'NPS_TOUCHPOINTS',
      'POST_EVENT_CSAT',
      'CES_SUPPORT',
    ]);
    const active = (await mod.ok(TOUCHPOINTS)).surveyTouchpoints;

    const nps = (await mod.ok(CREATE, { i: { template: 'NPS_TOUCHPOINTS' } })).createSurvey;
    expect(nps).toMatchObject({ status: 'DRAFT', canEdit: true, template: 'NPS_TOUCHPOINTS' });
    expect(nps.questions.map((q: { type: string }) => q.type)).toEqual([
      'NPS',
      'TOUCHPOINTS',
      'LONG_TEXT',
    ]);
    expect(nps.questions[0].withReason).toBe(true);
    expect(nps.questions[1].touchpoints.map((x: { id: string }) => x.id)).toEqual(
      active.map((x: { id: string }) => x.id),
    );
    expect(nps.questions[2].required).toBe(false);

    const event = await endedEvent([], 10 * DAY);
    const csat = (await mod.ok(CREATE, { i: { template: 'POST_EVENT_CSAT', eventId: event.id } }))
      .createSurvey;
    expect(csat.questions.map((q: { type: string }) => q.type)).toEqual([
      'CSAT',
      'RATING',
      'LONG_TEXT',
    ]);
    expect(csat.audience).toMatchObject({ kind: 'EVENT_ATTENDEES', event: { id: event.id } });

    const ces = (await mod.ok(CREATE, { i: { template: 'CES_SUPPORT' } })).createSurvey;
    expect(ces.questions.map((q: { type: string }) => q.type)).toEqual(['CES', 'SHORT_TEXT']);

    const blank = (await mod.ok(CREATE, { i: { titleJa: '満足度調査' } })).createSurvey;
    expect(blank.titleJa).toBe('満足度調査');
    expect(blank.questions.map((q: { type: string }) => q.type)).toEqual(['NPS']);
  });

  it('checks questions, choices, touchpoints and the audience, field by field', async () => {
    const { id } = (await mod.ok(CREATE, { i: {} })).createSurvey;
    const tps = (await mod.ok(TOUCHPOINTS)).surveyTouchpoints;
    const q = (o: Record<string, unknown>) => ({ type: 'NPS', promptJa: '質問', ...o });
    const bad = await mod.gql(UPDATE, {
      i: {
        id,
        questions: [
          q({ type: 'SINGLE_CHOICE', choices: [{ labelJa: 'ひとつ' }] }),
          q({ type: 'CSAT', withReason: true }),
          q({
            type: 'TOUCHPOINTS',
            touchpointIds: [tps[0].id, '00000000-0000-4000-8000-000000000000'],
          }),
          q({ type: 'SHORT_TEXT', touchpointIds: [tps[0].id] }),
        ],
      },
    });
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(bad)).toEqual([
      'questions.0.choices:REQUIRED',
      'questions.1.withReason:INVALID_VALUE',
      'questions.2.touchpointIds.1:INVALID_VALUE',
      'questions.3.touchpointIds:INVALID_VALUE',
    ]);
    expect(fieldsOf(await mod.gql(UPDATE, { i: { id, titleJa: 'あ'.repeat(201) } }))).toEqual([
      'titleJa:TOO_LONG',
    ]);
    expect(
      fieldsOf(await mod.gql(UPDATE, { i: { id, audience: { kind: 'RANK', roles: ['MEMBER'] } } })),
    ).toEqual(['audience.minRankPosition:REQUIRED', 'audience.roles:INVALID_VALUE']);
    expect(
      fieldsOf(
        await mod.gql(UPDATE, { i: { id, audience: { kind: 'SEGMENT', segment: 'vip:gold' } } }),
      ),
    ).toEqual(['audience.segment:INVALID_VALUE']);
    const { surveySegments } = await mod.ok(`{ surveySegments { key labelJa labelEn } }`);
    expect(surveySegments.map((s: { key: string }) => s.key)).toContain('nps:promoter');
    const seg = await mod.ok(UPDATE, {
      i: { id, audience: { kind: 'SEGMENT', segment: 'nps:promoter' } },
    });
    expect(seg.updateSurvey.audience).toMatchObject({ kind: 'SEGMENT', segment: 'nps:promoter' });
    const opens = new Date(Date.now() + DAY);
    expect(
      fieldsOf(
        await mod.gql(UPDATE, {
          i: {
            id,
            opensAt: opens.toISOString(),
            closesAt: new Date(opens.getTime() - HOUR).toISOString(),
          },
        }),
      ),
    ).toEqual(['closesAt:INVALID_VALUE']);
  });

  it('keeps choice keys stable and gives new choices their own', async () => {
    const { id } = (await mod.ok(CREATE, { i: {} })).createSurvey;
    const choices = [
      { key: 'coffee', labelJa: 'コーヒー', labelEn: 'Coffee' },
      { labelJa: '紅茶', labelEn: 'Tea' },
    ];
    const first = (
      await mod.ok(UPDATE, {
        i: { id, questions: [{ type: 'SINGLE_CHOICE', promptJa: '好きなのは？', choices }] },
      })
    ).updateSurvey.questions[0];
    expect(first.choices[0].key).toBe('coffee');
    expect(first.choices[1].key).toMatch(/^c[0-9a-f]{8}$/);
    const again = (
      await mod.ok(UPDATE, {
        i: {
          id,
          questions: [
            {
              id: first.id,
              type: 'SINGLE_CHOICE',
              promptJa: '好きなのは？',
              choices: [...first.choices].reverse(),
            },
          ],
        },
      })
    ).updateSurvey.questions[0];
    expect(again.id).toBe(first.id);
    expect(again.choices.map((c: { key: string }) => c.key)).toEqual(
      [...first.choices].reverse().map((c: { key: string }) => c.key),
    );
  });

  it('publishes, closes, reopens, duplicates; questions and deletion only while a draft', async () => {
    const { id } = (await mod.ok(CREATE, { i: { template: 'CES_SUPPORT' } })).createSurvey;
    const published = (await mod.ok(PUBLISH, { id })).publishSurvey;
    expect(published.status).toBe('OPEN');
    const locked = await mod.gql(UPDATE, {
      i: { id, questions: [{ type: 'NPS', promptJa: '質問' }] },
    });
    expect(codeOf(locked)).toBe('CONFLICT');
    expect(fieldsOf(locked)).toEqual(['questions:TAKEN']);
    expect(
      (await mod.ok(UPDATE, { i: { id, titleEn: 'Support survey' } })).updateSurvey,
    ).toMatchObject({ titleEn: 'Support survey', canEdit: false });
    expect(codeOf(await mod.gql(DELETE, { id }))).toBe('CONFLICT');
    expect(codeOf(await mod.gql(PUBLISH, { id }))).toBe('CONFLICT');
    expect((await mod.ok(CLOSE, { id })).closeSurvey.status).toBe('CLOSED');
    expect((await mod.ok(REOPEN, { id })).reopenSurvey.status).toBe('OPEN');

    const copy = (await mod.ok(DUPLICATE, { id })).duplicateSurvey;
    expect(copy).toMatchObject({ status: 'DRAFT', titleJa: expect.stringContaining('コピー') });
    expect(copy.questions.map((q: { type: string }) => q.type)).toEqual(['CES', 'SHORT_TEXT']);
    expect(await mod.ok(DELETE, { id: copy.id })).toEqual({ deleteSurvey: true });
    expect(codeOf(await mod.gql(SURVEY, { id: copy.id }))).toBe('NOT_FOUND');

    const scheduled = (await mod.ok(CREATE, { i: {} })).createSurvey;
    const later = new Date(Date.now() + DAY).toISOString();
    expect((await mod.ok(PUBLISH, { id: scheduled.id, at: later })).publishSurvey.status).toBe(
      'SCHEDULED',
    );

    const empty = (await mod.ok(CREATE, { i: {} })).createSurvey;
    await mod.ok(UPDATE, { i: { id: empty.id, questions: [] } });
    expect(fieldsOf(await mod.gql(PUBLISH, { id: empty.id }))).toEqual(['questions:REQUIRED']);
    // Closed before their audience (everyone) is asked, so the other tests choose whom they ask.
    for (const s of [id, scheduled.id])
      expect((await mod.ok(CLOSE, { id: s })).closeSurvey.status).toBe('CLOSED');
  });

  it('publishes a draft at the opening date saved on it', async () => {
    const draft = await buildSurvey(t.app, { publish: false });
    const opensAt = new Date(Date.now() + 3 * DAY).toISOString();
    await mod.ok(UPDATE, { i: { id: draft.id, opensAt } });
    const published = (await mod.ok(PUBLISH, { id: draft.id })).publishSurvey;
    expect(published).toMatchObject({ status: 'SCHEDULED', opensAt });
  });

  it('lists surveys by status for staff and the product team', async () => {
    const all = await product.ok(`{ surveys(first: 100) { totalCount nodes { id status } } }`);
    expect(all.surveys.totalCount).toBeGreaterThan(3);
    const drafts = await mod.ok(`{ surveys(status: DRAFT, first: 2) { totalCount nodes { status }
      pageInfo { hasNextPage endCursor } } }`);
    expect(drafts.surveys.nodes.every((n: { status: string }) => n.status === 'DRAFT')).toBe(true);
    const next = await mod.ok(
      `query($a: String) { surveys(status: DRAFT, first: 100, after: $a) { nodes { id } } }`,
      { a: drafts.surveys.pageInfo.endCursor },
    );
    expect(next.surveys.nodes.length).toBe(drafts.surveys.totalCount - 2);
  });
});

describe('touchpoints and settings', () => {
  it('saves the list in order, archives what is left out, refuses a key twice', async () => {
    const before = (await mod.ok(TOUCHPOINTS, { all: true })).surveyTouchpoints;
    const [first, second, ...rest] = before;
    const list = [
      { id: second.id, key: second.key, labelJa: second.labelJa, labelEn: second.labelEn },
      { id: first.id, key: first.key, labelJa: first.labelJa, labelEn: first.labelEn },
      ...rest.slice(1).map((x: Record<string, string>) => ({
        id: x.id,
        key: x.key,
        labelJa: x.labelJa,
        labelEn: x.labelEn,
      })),
      { key: 'store', labelJa: '店舗', labelEn: 'Stores' },
    ];
    const saved = (await mod.ok(SAVE_TOUCHPOINTS, { i: list })).saveSurveyTouchpoints;
    expect(
      saved.filter((x: { archived: boolean }) => !x.archived).map((x: { key: string }) => x.key),
    ).toEqual(list.map((x) => x.key));
    expect(saved.find((x: { id: string }) => x.id === rest[0].id).archived).toBe(true);
    const active = (await mod.ok(TOUCHPOINTS)).surveyTouchpoints;
    expect(active.map((x: { key: string }) => x.key)).not.toContain(rest[0].key);

    const twice = await mod.gql(SAVE_TOUCHPOINTS, {
      i: [...list, { key: 'store', labelJa: '店舗2', labelEn: 'Stores 2' }],
    });
    expect(fieldsOf(twice)).toContain(`input.${list.length}.key:TAKEN`);
    // An archived touchpoint is no longer offered to new questions.
    const { id } = (await mod.ok(CREATE, { i: {} })).createSurvey;
    const r = await mod.gql(UPDATE, {
      i: {
        id,
        questions: [{ type: 'TOUCHPOINTS', promptJa: '影響', touchpointIds: [rest[0].id] }],
      },
    });
    expect(fieldsOf(r)).toEqual(['questions.0.touchpointIds.0:INVALID_VALUE']);
    // Restored for the other tests.
    await mod.ok(SAVE_TOUCHPOINTS, {
      i: before.map((x: Record<string, string>) => ({
        id: x.id,
        key: x.key,
        labelJa: x.labelJa,
        labelEn: x.labelEn,
      })),
    });
  });

  it('changes the fatigue rule within its range', async () => {
    expect((await mod.ok(`{ surveySettings { fatigueDays } }`)).surveySettings.fatigueDays).toBe(
      30,
    );
    expect(
      fieldsOf(
        await mod.gql(`mutation { updateSurveySettings(fatigueDays: 366) { fatigueDays } }`),
      ),
    ).toEqual(['fatigueDays:OUT_OF_RANGE']);
    expect(
      (await mod.ok(`mutation { updateSurveySettings(fatigueDays: 45) { fatigueDays } }`))
        .updateSurveySettings.fatigueDays,
    ).toBe(45);
    await mod.ok(`mutation { updateSurveySettings(fatigueDays: 30) { fatigueDays } }`);
  });
});

describe('asking the audience', () => {
  it('asks members at the rank or above, and by role', async () => {
    // Members asked by earlier tests' surveys are asked again here.
    await mod.ok(`mutation { updateSurveySettings(fatigueDays: 0) { fatigueDays } }`);
    const [low, high, top] = [
      await buildMember(t.app),
      await buildMember(t.app),
      await buildMember(t.app),
    ];
    await db.query(
      `INSERT INTO member_stats (member_id, rank_position) VALUES ($1, 3), ($2, 5)
       ON CONFLICT (member_id) DO UPDATE SET rank_position = EXCLUDED.rank_position`,
      [high.id, top.id],
    );
    const bar = (
      await db.query<Array<{ n: number }>>(`SELECT max(rank_position)::int AS n FROM member_stats`)
    )[0].n;
    expect(bar).toBe(5);
    const byRank = await buildSurvey(t.app, {
      update: { audience: { kind: 'rank', minRankPosition: 3 } },
    });
    await sweep();
    const asked = await recipients(byRank.id);
    expect(asked).toEqual(expect.arrayContaining([high.id, top.id]));
    expect(asked).not.toContain(low.id);

    const productPeople = [
      await buildMember(t.app, { role: 'product' }),
      await buildMember(t.app, { role: 'product' }),
    ];
    const byRole = await buildSurvey(t.app, {
      update: { audience: { kind: 'roles', roles: ['product'] } },
    });
    await sweep();
    const roleAsked = await recipients(byRole.id);
    expect(roleAsked).toEqual(expect.arrayContaining(productPeople.map((p) => p.id)));
    const roles = await db.query<Array<{ role: string }>>(
      `SELECT DISTINCT role FROM members WHERE id = ANY($1::uuid[])`,
      [roleAsked],
    );
    expect(roles).toEqual([{ role: 'product' }]);
    expect(await invitations(productPeople[0].id, byRole.id)).toBe(1);
    await mod.ok(`mutation { updateSurveySettings(fatigueDays: 30) { fatigueDays } }`);
  });

  it('asks the audience as soon as a survey is published, not at the next minute', async () => {
    const [high, low] = [await buildMember(t.app), await buildMember(t.app)];
    await db.query(
      `INSERT INTO member_stats (member_id, rank_position) VALUES ($1, 9)
       ON CONFLICT (member_id) DO UPDATE SET rank_position = EXCLUDED.rank_position`,
      [high.id],
    );
    const draft = await buildSurvey(t.app, {
      update: { audience: { kind: 'rank', minRankPosition: 9 } },
      publish: false,
    });
    await mod.ok(PUBLISH, { id: draft.id });
    await settle(t.app);
    expect(await recipients(draft.id)).toEqual([high.id]);
    expect(await invitations(high.id, draft.id)).toBe(1);
    expect(await recipients(draft.id)).not.toContain(low.id);
  });

  it('asks the members of a segment', async () => {
    const [detractor, promoter, unknown] = [
      await buildMember(t.app),
      await buildMember(t.app),
      await buildMember(t.app),
    ];
    const earlier = await writeSurvey(t.app);
    await buildSurveyResponse(t.app, earlier, { member: detractor, nps: 3 });
    await buildSurveyResponse(t.app, earlier, { member: promoter, nps: 10 });
    const survey = await buildSurvey(t.app, {
      update: { audience: { kind: 'segment', segment: 'nps:detractor' } },
    });
    await settle(t.app);
    const asked = await recipients(survey.id);
    expect(asked).toContain(detractor.id);
    expect(asked).not.toContain(promoter.id);
    expect(asked).not.toContain(unknown.id);
  });

  it('asks the checked-in attendees of an event once, hours after it ends, however many sweeps run', async () => {
    const [a, b, undone, seated] = [
      await buildMember(t.app),
      await buildMember(t.app),
      await buildMember(t.app),
      await buildMember(t.app),
    ];
    const event = await endedEvent([a, b, undone]);
    await recordActivities(
      t.app,
      ActivityRules.attendanceUndone({ eventId: event.id, memberId: undone.id }),
      ActivityRules.seatTaken({ eventId: event.id, memberId: seated.id, spaceId: null }),
    );
    const survey = await buildSurvey(t.app, {
      template: 'post_event_csat',
      eventId: event.id,
      update: {
        audience: { kind: 'event_attendees', eventId: event.id, hoursAfterEvent: 3 },
      },
    });
    const end = event.endsAt.getTime();
    await sweep(new Date(end + 2 * HOUR));
    expect(await recipients(survey.id)).toEqual([]);

    const due = new Date(end + 3 * HOUR + 60_000);
    await Promise.all([sweep(due), sweep(due), sweep(due)]);
    expect(await recipients(survey.id)).toEqual([a.id, b.id].sort());
    for (const m of [a, b]) expect(await invitations(m.id, survey.id)).toBe(1);
    await sweep(new Date(due.getTime() + DAY));
    expect(await recipients(survey.id)).toEqual([a.id, b.id].sort());
    const row = (await mod.ok(SURVEY, { id: survey.id })).survey;
    expect(row.invitedCount).toBe(2);
    expect(row.invitedAt).not.toBeNull();
  });

  it('does not ask a member twice within the fatigue window, even when surveys go out at once', async () => {
    const members = await Promise.all([1, 2, 3, 4, 5].map(() => buildMember(t.app)));
    const event = await endedEvent(members);
    const audience = { kind: 'event_attendees' as const, eventId: event.id, hoursAfterEvent: 0 };
    const surveys = await Promise.all(
      [1, 2, 3].map(() => buildSurvey(t.app, { update: { audience } })),
    );
    const at = new Date(event.endsAt.getTime() + 60_000);
    await Promise.all([sweep(at), sweep(at), sweep(at)]);
    const asked = await Promise.all(surveys.map((s) => recipients(s.id)));
    for (const m of members) expect(asked.filter((ids) => ids.includes(m.id))).toHaveLength(1);

    const later = await buildSurvey(t.app, { update: { audience } });
    await sweep(new Date(at.getTime() + 29 * DAY));
    expect(await recipients(later.id)).toEqual([]);

    const afterWindow = await buildSurvey(t.app, { update: { audience } });
    await sweep(new Date(at.getTime() + 31 * DAY));
    expect(await recipients(afterWindow.id)).toEqual(members.map((m) => m.id).sort());
  });

  it('mails a signed link to the survey', async () => {
    const p = await person();
    await p.c.ok(
      `mutation { updateNotificationPreferences(input: { emailFrequency: IMMEDIATE }) { emailFrequency } }`,
    );
    const survey = await askedSurvey([p.m]);
    await settle(t.app);
    const [mail] = await db.query<Array<{ body: string }>>(
      `SELECT body FROM dev_mail WHERE to_address = $1`,
      [p.m.email],
    );
    const link = mail.body.match(/\/surveys\/([0-9a-f-]+)\?t=(\S+)/);
    expect(link?.[1]).toBe(survey.id);
    const signedOut = new GqlClient(t.url);
    const seen = await signedOut.ok(SURVEY, { id: survey.id, t: link![2] });
    expect(seen.survey).toMatchObject({ id: survey.id, myResponse: null });
  });
});

describe('answering', () => {
  const answersOf = async (survey: SurveyRow) =>
    (await mod.ok(SURVEY, { id: survey.id })).survey.questions as Array<{
      id: string;
      type: string;
      touchpoints: Array<{ id: string }>;
    }>;

  it('shows the survey to the members it asked, on their home card until they answer', async () => {
    const [asked, other] = [await person(), await person()];
    const survey = await askedSurvey([asked.m]);
    expect((await asked.c.ok(MINE)).mySurveys.map((s: { id: string }) => s.id)).toContain(
      survey.id,
    );
    expect((await other.c.ok(MINE)).mySurveys).toEqual([]);
    expect((await asked.c.ok(SURVEY, { id: survey.id })).survey).toMatchObject({
      canEdit: false,
      myResponse: null,
    });
    expect(codeOf(await other.c.gql(SURVEY, { id: survey.id }))).toBe('NOT_FOUND');
    expect(codeOf(await new GqlClient(t.url).gql(SURVEY, { id: survey.id }))).toBe('NOT_FOUND');
    const [nps] = await answersOf(survey);
    expect(
      codeOf(
        await other.c.gql(SAVE, {
          i: { surveyId: survey.id, submit: true, answers: [{ questionId: nps.id, score: 9 }] },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('tells the viewer whether the survey asked them, the link holder included', async () => {
    const [asked, moderator] = [await person(), await person({ role: 'moderator' })];
    const survey = await askedSurvey([asked.m]);
    const ASKED = `query($id: ID!, $t: String) { survey(id: $id, token: $t) { id viewerAsked } }`;
    expect((await moderator.c.ok(ASKED, { id: survey.id })).survey.viewerAsked).toBe(false);
    expect((await asked.c.ok(ASKED, { id: survey.id })).survey.viewerAsked).toBe(true);
    const token = t.app.get(SurveyLinks).token(survey.id, asked.m.id);
    const signedOut = new GqlClient(t.url);
    expect((await signedOut.ok(ASKED, { id: survey.id, t: token })).survey.viewerAsked).toBe(true);
  });

  it('shows members what their surveys ask of them, not whom else they ask', async () => {
    const p = await person();
    const [first, second] = [
      await askedSurvey([p.m], { responseCap: 50 }),
      await askedSurvey([p.m], { responseCap: 50 }),
    ];
    const repo = t.app.get(EventsRepository);
    const calls = { one: 0, many: 0 };
    const [findById, findByIds] = [repo.findById, repo.findByIds];
    repo.findById = (...a) => (calls.one++, findById.apply(repo, a));
    repo.findByIds = (...a) => (calls.many++, findByIds.apply(repo, a));
    const MINE_FULL = `{ mySurveys { id responseCap invitedCount
      audience { kind minRankPosition roles segment event { id } } } }`;
    let mine: Array<{
      id: string;
      responseCap: number | null;
      invitedCount: number;
      audience: { kind: string; event: { id: string } | null };
    }>;
    try {
      mine = (await p.c.ok(MINE_FULL)).mySurveys;
    } finally {
      Object.assign(repo, { findById, findByIds });
    }
    const seen = mine.filter((s) => [first.id, second.id].includes(s.id));
    expect(seen).toHaveLength(2);
    for (const s of seen) {
      expect(s).toMatchObject({ responseCap: null, invitedCount: 0 });
      expect(s.audience).toMatchObject({
        kind: 'EVENT_ATTENDEES',
        event: { id: expect.any(String) },
      });
    }
    expect(calls).toEqual({ one: 0, many: 1 });
    const staff = (await mod.ok(SURVEY, { id: first.id })).survey;
    expect(staff).toMatchObject({ responseCap: 50, invitedCount: 1 });

    const rank = await buildSurvey(t.app, {
      update: { audience: { kind: 'rank', minRankPosition: 2 } },
      publish: false,
    });
    expect((await mod.ok(SURVEY, { id: rank.id })).survey.audience.minRankPosition).toBe(2);
    await db.query(`INSERT INTO survey_recipients (survey_id, member_id) VALUES ($1, $2)`, [
      rank.id,
      p.m.id,
    ]);
    await db.query(
      `UPDATE surveys SET published_at = now(), opens_at = now(), invited_at = now() WHERE id = $1`,
      [rank.id],
    );
    expect((await p.c.ok(SURVEY, { id: rank.id })).survey.audience).toMatchObject({
      kind: 'RANK',
      minRankPosition: null,
    });
  });

  it('refuses out-of-range scores and answers the question does not take, with typed errors', async () => {
    const p = await person();
    const survey = await askedSurvey([p.m], {}, 'nps_touchpoints');
    const [nps, grid, text] = await answersOf(survey);
    const save = (answers: unknown[], submit = false) =>
      p.c.gql(SAVE, { i: { surveyId: survey.id, submit, answers } });
    for (const score of [11, -1]) {
      const r = await save([{ questionId: nps.id, score }]);
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(r)).toEqual(['answers.0.score:OUT_OF_RANGE']);
    }
    expect(fieldsOf(await save([{ questionId: text.id, score: 5 }]))).toEqual([
      'answers.0.score:INVALID_VALUE',
    ]);
    expect(fieldsOf(await save([{ questionId: nps.id, choiceKeys: ['a'] }]))).toEqual([
      'answers.0.choiceKeys:INVALID_VALUE',
    ]);
    expect(
      fieldsOf(await save([{ questionId: '00000000-0000-4000-8000-000000000000', score: 5 }])),
    ).toEqual(['answers.0.questionId:INVALID_VALUE']);
    expect(
      fieldsOf(
        await save([
          {
            questionId: grid.id,
            touchpoints: [
              { touchpointId: '00000000-0000-4000-8000-000000000000', influence: 1 },
              { touchpointId: grid.touchpoints[0].id, influence: 4 },
            ],
          },
        ]),
      ),
    ).toEqual([
      'answers.0.touchpoints.0.touchpointId:INVALID_VALUE',
      'answers.0.touchpoints.1.influence:OUT_OF_RANGE',
    ]);
    const choice = await askedSurvey([p.m], {
      questions: [
        {
          type: 'single_choice',
          required: true,
          withReason: false,
          promptJa: 'どれ？',
          choices: [
            { key: 'a', labelJa: 'A' },
            { key: 'b', labelJa: 'B' },
          ],
        } as never,
      ],
    });
    const [single] = await answersOf(choice);
    const r = await p.c.gql(SAVE, {
      i: {
        surveyId: choice.id,
        submit: false,
        answers: [{ questionId: single.id, choiceKeys: ['z'] }],
      },
    });
    expect(fieldsOf(r)).toEqual(['answers.0.choiceKeys:INVALID_VALUE']);
  });

  it('saves partial answers without counting them, submits once, and awards points once', async () => {
    const p = await person();
    const survey = await askedSurvey([p.m]);
    const [nps, grid, text] = await answersOf(survey);
    const partial = (
      await p.c.ok(SAVE, {
        i: { surveyId: survey.id, submit: false, answers: [{ questionId: nps.id, score: 9 }] },
      })
    ).saveSurveyResponse;
    expect(partial).toMatchObject({ submitted: false, answeredAt: null });
    expect((await mod.ok(SURVEY, { id: survey.id })).survey.responseCount).toBe(0);

    const missing = await p.c.gql(SAVE, {
      i: {
        surveyId: survey.id,
        submit: true,
        answers: [{ questionId: text.id, text: 'たのしい' }],
      },
    });
    expect(codeOf(missing)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(missing)).toEqual(['questions.1:REQUIRED']);

    const done = (
      await p.c.ok(SAVE, {
        i: {
          surveyId: survey.id,
          submit: true,
          answers: [
            {
              questionId: grid.id,
              touchpoints: grid.touchpoints.map((t, i) => ({
                touchpointId: t.id,
                influence: i === 0 ? 3 : null,
              })),
            },
          ],
        },
      })
    ).saveSurveyResponse;
    expect(done).toMatchObject({ id: partial.id, submitted: true });
    expect(done.answers.find((a: { questionId: string }) => a.questionId === nps.id).score).toBe(9);
    const [row] = await db.query<Array<{ nps_score: number; nps_class: string }>>(
      `SELECT nps_score, nps_class FROM survey_responses WHERE id = $1`,
      [done.id],
    );
    expect(row).toEqual({ nps_score: 9, nps_class: 'promoter' });

    const again = await p.c.gql(SAVE, {
      i: { surveyId: survey.id, submit: true, answers: [{ questionId: nps.id, score: 3 }] },
    });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(fieldsOf(again)).toEqual(['responseId:TAKEN']);
    const edited = await p.c.ok(SAVE, {
      i: {
        surveyId: survey.id,
        responseId: done.id,
        submit: true,
        answers: [{ questionId: nps.id, score: 6 }],
      },
    });
    expect(edited.saveSurveyResponse.submitted).toBe(true);
    await settle(t.app);
    expect((await mod.ok(SURVEY, { id: survey.id })).survey.responseCount).toBe(1);
    const ledger = await db.query<Array<{ points: number }>>(
      `SELECT points FROM point_ledger WHERE member_id = $1 AND rule = 'survey_answered'`,
      [p.m.id],
    );
    expect(ledger).toEqual([{ points: 10 }]);
    expect((await p.c.ok(MINE)).mySurveys.map((s: { id: string }) => s.id)).not.toContain(
      survey.id,
    );
    const mine = (await p.c.ok(SURVEY, { id: survey.id })).survey.myResponse;
    expect(mine).toMatchObject({ id: done.id, submitted: true });
    expect(
      mine.answers.find((a: { questionId: string }) => a.questionId === grid.id).touchpoints,
    ).toEqual(
      grid.touchpoints.map((t, i) => ({ touchpointId: t.id, influence: i === 0 ? 3 : null })),
    );
  });

  it('keeps one response and one award when a member submits 20 times at once', async () => {
    const p = await person();
    const survey = await askedSurvey([p.m], {}, 'ces_support');
    const [ces] = await answersOf(survey);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        p.c.gql(SAVE, {
          i: { surveyId: survey.id, submit: true, answers: [{ questionId: ces.id, score: 2 }] },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(19);
    await settle(t.app);
    const [{ n }] = await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`,
      [survey.id],
    );
    expect(n).toBe(1);
    expect((await mod.ok(SURVEY, { id: survey.id })).survey.responseCount).toBe(1);
    const ledger = await db.query<unknown[]>(
      `SELECT 1 FROM point_ledger WHERE member_id = $1 AND rule = 'survey_answered'`,
      [p.m.id],
    );
    expect(ledger).toHaveLength(1);
  });

  it('stops at the response cap however many submit at once', async () => {
    const people = await Promise.all(Array.from({ length: 8 }, () => person()));
    const survey = await askedSurvey(
      people.map((p) => p.m),
      { responseCap: 3 },
      'ces_support',
    );
    const [ces] = await answersOf(survey);
    const results = await Promise.all(
      people.map((p) =>
        p.c.gql(SAVE, {
          i: { surveyId: survey.id, submit: true, answers: [{ questionId: ces.id, score: 5 }] },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(3);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(5);
    expect((await mod.ok(SURVEY, { id: survey.id })).survey.responseCount).toBe(3);
    // The home card no longer offers a survey that takes no more responses.
    const waiting = people.find((_, i) => results[i].errors)!;
    expect((await waiting.c.ok(MINE)).mySurveys.map((x: { id: string }) => x.id)).not.toContain(
      survey.id,
    );
  });

  it('needs every touchpoint of a required grid answered, "not applicable" included', async () => {
    const p = await person();
    const survey = await askedSurvey([p.m]);
    const [nps, grid] = await answersOf(survey);
    const [first, ...rest] = grid.touchpoints;
    expect(rest.length).toBeGreaterThan(0);
    const submit = (touchpoints: Array<{ touchpointId: string; influence: number | null }>) =>
      p.c.gql(SAVE, {
        i: {
          surveyId: survey.id,
          submit: true,
          answers: [
            { questionId: nps.id, score: 8 },
            { questionId: grid.id, touchpoints },
          ],
        },
      });
    const one = await submit([{ touchpointId: first.id, influence: 2 }]);
    expect(fieldsOf(one)).toEqual([expect.stringMatching(/^questions\.1:REQUIRED$/)]);
    const all = await submit([
      { touchpointId: first.id, influence: 2 },
      ...rest.map((t) => ({ touchpointId: t.id, influence: null })),
    ]);
    expect(all.errors).toBeUndefined();
  });

  it('refuses answers once the survey is closed', async () => {
    const p = await person();
    const survey = await askedSurvey([p.m], {}, 'ces_support');
    const [ces] = await answersOf(survey);
    await mod.ok(CLOSE, { id: survey.id });
    const r = await p.c.gql(SAVE, {
      i: { surveyId: survey.id, submit: false, answers: [{ questionId: ces.id, score: 5 }] },
    });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors?.[0].message).toBe('This survey is closed');
  });

  it('answers signed out with the emailed link, for its member and survey only, until it expires', async () => {
    const [p, other] = [await person(), await person()];
    const survey = await askedSurvey([p.m, other.m], {}, 'ces_support');
    const elsewhere = await askedSurvey([p.m], {}, 'ces_support');
    const [ces] = await answersOf(survey);
    const links = t.app.get(SurveyLinks);
    const signedOut = new GqlClient(t.url);
    const save = (token: string, surveyId = survey.id) =>
      signedOut.gql(SAVE, {
        i: { surveyId, token, submit: true, answers: [{ questionId: ces.id, score: 6 }] },
      });

    const token = links.token(survey.id, p.m.id);
    const r = await save(token);
    expect(r.errors).toBeUndefined();
    const [owner] = await db.query<Array<{ member_id: string }>>(
      `SELECT member_id FROM survey_responses WHERE id = $1`,
      [r.data!.saveSurveyResponse.id],
    );
    expect(owner.member_id).toBe(p.m.id);
    expect(
      (await signedOut.ok(SURVEY, { id: survey.id, t: token })).survey.myResponse.submitted,
    ).toBe(true);

    const expired = links.token(survey.id, other.m.id, new Date(Date.now() - 31 * DAY));
    expect(codeOf(await save(expired))).toBe('INVALID_TOKEN');
    expect(codeOf(await signedOut.gql(SURVEY, { id: survey.id, t: expired }))).toBe(
      'INVALID_TOKEN',
    );
    const forged = token.replace(p.m.id, other.m.id);
    expect(codeOf(await save(forged))).toBe('INVALID_TOKEN');
    expect(codeOf(await signedOut.gql(SURVEY, { id: elsewhere.id, t: token }))).toBe(
      'INVALID_TOKEN',
    );
    expect(codeOf(await save(token, elsewhere.id))).toBe('INVALID_TOKEN');

    // Signed in as a member it asked, a stale link does not lock them out: the session answers.
    const seen = await other.c.ok(SURVEY, { id: survey.id, t: expired });
    expect(seen.survey).toMatchObject({ id: survey.id, myResponse: null });
    const mine = await other.c.ok(SAVE, {
      i: {
        surveyId: survey.id,
        token: forged,
        submit: true,
        answers: [{ questionId: ces.id, score: 4 }],
      },
    });
    const [own] = await db.query<Array<{ member_id: string }>>(
      `SELECT member_id FROM survey_responses WHERE id = $1`,
      [mine.saveSurveyResponse.id],
    );
    expect(own.member_id).toBe(other.m.id);
    expect(
      codeOf(
        await signedOut.gql(SAVE, {
          i: { surveyId: survey.id, submit: false, answers: [] },
        }),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses a suspended member holding a valid link', async () => {
    const p = await person();
    const survey = await askedSurvey([p.m], {}, 'ces_support');
    const [ces] = await answersOf(survey);
    await db.query(`UPDATE members SET status = 'suspended' WHERE id = $1`, [p.m.id]);
    const token = t.app.get(SurveyLinks).token(survey.id, p.m.id);
    const signedOut = new GqlClient(t.url);
    expect(codeOf(await signedOut.gql(SURVEY, { id: survey.id, t: token }))).toBe('FORBIDDEN');
    const r = await signedOut.gql(SAVE, {
      i: { surveyId: survey.id, token, submit: true, answers: [{ questionId: ces.id, score: 6 }] },
    });
    expect(codeOf(r)).toBe('FORBIDDEN');
    const [{ n }] = await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`,
      [survey.id],
    );
    expect(n).toBe(0);
  });
});

describe('deleting a member', () => {
  it('drops their unsent answers and keeps their submitted ones, unnamed', async () => {
    const [sent, unsent] = [await writeSurvey(t.app), await writeSurvey(t.app)];
    const gone = await buildMember(t.app);
    await buildSurveyResponse(t.app, sent, { member: gone, nps: 9 });
    await buildSurveyResponse(t.app, unsent, { member: gone, nps: 4, submitted: false });
    await t.app.get(MembersService).delete(gone.id);
    const rows = await db.query<Array<{ survey_id: string; member_id: string | null }>>(
      `SELECT survey_id, member_id FROM survey_responses WHERE survey_id = ANY($1::uuid[])`,
      [[sent.id, unsent.id]],
    );
    expect(rows).toEqual([{ survey_id: sent.id, member_id: null }]);
  });
});

describe('member attitude', () => {
  it('shows the latest identified NPS class to moderators only', async () => {
    const p = await person();
    const staff = await person({ role: 'admin' });
    const blank = await buildMember(t.app);
    const survey = await askedSurvey([p.m]);
    const [nps, grid] = await answersOf2(survey);
    await p.c.ok(SAVE, {
      i: {
        surveyId: survey.id,
        submit: true,
        answers: [
          { questionId: nps.id, score: 6 },
          {
            questionId: grid.id,
            touchpoints: grid.touchpoints.map((t) => ({ touchpointId: t.id, influence: -2 })),
          },
        ],
      },
    });
    const seen = (await staff.c.ok(ATTITUDE, { h: p.m.handle })).member.attitude;
    expect(seen).toMatchObject({ npsClass: 'DETRACTOR', npsScore: 6 });
    expect(seen.measuredAt).not.toBeNull();
    expect((await mod.ok(ATTITUDE, { h: blank.handle })).member.attitude).toEqual({
      npsClass: null,
      npsScore: null,
      measuredAt: null,
    });
    expect((await product.ok(ATTITUDE, { h: p.m.handle })).member.attitude).toBeNull();
    expect((await p.c.ok(ATTITUDE, { h: p.m.handle })).member.attitude).toBeNull();

    // An anonymous survey's answer does not change it.
    const anonymous = await askedSurvey([p.m], { anonymous: true });
    const [nps2, grid2] = await answersOf2(anonymous);
    await p.c.ok(SAVE, {
      i: {
        surveyId: anonymous.id,
        submit: true,
        answers: [
          { questionId: nps2.id, score: 10 },
          {
            questionId: grid2.id,
            touchpoints: grid2.touchpoints.map((t) => ({ touchpointId: t.id, influence: 3 })),
          },
        ],
      },
    });
    expect((await mod.ok(ATTITUDE, { h: p.m.handle })).member.attitude.npsClass).toBe('DETRACTOR');
  });
});

const answersOf2 = async (survey: SurveyRow) =>
  (await mod.ok(SURVEY, { id: survey.id })).survey.questions as Array<{
    id: string;
    touchpoints: Array<{ id: string }>;
  }>;
