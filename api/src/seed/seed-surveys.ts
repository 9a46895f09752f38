import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DateTime } from 'luxon';
import { NPS_MIN_RESPONSES_FOR_MARGIN, npsClassOf, type NpsClass } from '@kizuna/shared';
import { Db } from '../core/database/db.js';
import { asSeedViewer } from './seed-viewer.js';
import type { MemberEntity } from '../modules/members/entities/member.entity.js';
import { ActivityRules, type NewActivity } from '../modules/activity/activity.rules.js';
import { ActivityService } from '../modules/activity/activity.service.js';
import { SurveyBuilder } from '../modules/surveys/survey-builder.service.js';
import { SurveyInvitations } from '../modules/surveys/survey-invitations.service.js';
import { SurveysService } from '../modules/surveys/surveys.service.js';
import { DEMO_COMMUNITY, demoEmail } from './demo-data.js';
import { random } from './seed-content.js';

const DAY = 24 * 3600_000;
const HOUR = 3600_000;

/** How each touchpoint leans, beside the answer's class: the community lifts, ordering drags. */
const TOUCHPOINT_LEAN: Record<string, number> = {
  online_ads: -0.4,
  word_of_mouth: 0.8,
  website: 0.2,
  product_description: 0.1,
  ordering: -0.9,
  follow_up_mail: -0.2,
  community: 1.3,
  events: 1.0,
};
const CLASS_LEAN: Record<NpsClass, number> = { promoter: 1.4, passive: 0.2, detractor: -1.3 };

const COMMENTS: Record<NpsClass, string[]> = {
  promoter: [
    '豆の鮮度が段違いです。友人にも勧めています。',
    'コミュニティで教わったレシピで、家のコーヒーが本当においしくなりました。',
    'イベントでスタッフさんと話せるのが楽しいです。',
  ],
  passive: [
    '味は好きですが、送料がもう少し安いと嬉しいです。',
    '定期便は便利ですが、変更手続きが少しわかりにくいです。',
  ],
  detractor: [
    '注文画面が使いにくく、何度かやり直しました。',
    '届くまでに時間がかかりました。',
    '広告で見た印象と商品が少し違いました。',
  ],
};

interface SeedAnswer {
  questionId: string;
  score?: number;
  text?: string;
  touchpoints?: Array<{ touchpointId: string; influence: number | null }>;
}

interface SeedResponse {
  memberId: string;
  source: 'in_app' | 'import';
  answeredAt: Date;
  npsScore: number | null;
  answers: SeedAnswer[];
}

/**
 * Surveys for the demo: the last six months' NPS and touchpoint survey, closed, with enough
 * answers each month for its margin of error (in the community, and matched from the brand's own
 * mail survey) from members whose scores improve over the months and whose touchpoint answers follow their class; an after-event survey of the
 * new-crop tasting with its attendees' answers; and a survey open now that asked every member,
 * the demo member included. Past answers are written as they were (a closed survey takes none),
 * with the activities they earned.
 */
export async function seedSurveys(
  app: INestApplicationContext,
  people: MemberEntity[],
  now: number,
): Promise<void> {
  const db = app.get(Db);
  const builder = app.get(SurveyBuilder);
  const surveys = app.get(SurveysService);
  const rnd = random(20261214);
  const moderator = asSeedViewer(people.find((m) => m.role === 'moderator')!);
  const members = people.filter((m) => m.role === 'member');
  const touchpoints = await surveys.touchpoints();
  const activities: NewActivity[] = [];

  // The last six full months' NPS: scores climb as the community grows.
  const months = 6;
  const first = DateTime.fromMillis(now, { zone: DEMO_COMMUNITY.timezone })
    .startOf('month')
    .minus({ months });
  const nps = await builder.create(moderator, {
    template: 'nps_touchpoints',
    titleJa: '半期 NPS 調査',
    titleEn: 'Half-year NPS survey',
  });
  const opened = first.toJSDate();
  await markPast(db, nps.id, opened, new Date(now - 2 * DAY));
  const [npsQ, gridQ, textQ] = await surveys.questionsOf(nps.id);
  const responses: SeedResponse[] = [];
  const perMonth = NPS_MIN_RESPONSES_FOR_MARGIN;
  const total = months * perMonth;
  for (let i = 0; i < total; i++) {
    const member = members[i % members.length];
    const inApp = i < members.length;
    const progress = i / total;
    const month = first.plus({ months: Math.floor(i / perMonth) });
    const answeredAt = month
      .plus({ days: rnd.int(month.daysInMonth! - 1), hours: 8 + rnd.int(14) })
      .toJSDate();
    const roll = rnd.next();
    const promoterShare = 0.22 + 0.25 * progress;
    const detractorShare = 0.4 - 0.22 * progress;
    const score =
      roll < promoterShare
        ? 9 + rnd.int(2)
        : roll < promoterShare + detractorShare
          ? [2, 3, 4, 5, 5, 6, 6, 6][rnd.int(8)]
          : 7 + rnd.int(2);
    const cls = npsClassOf(score);
    const answers: SeedAnswer[] = [
      {
        questionId: npsQ.id,
        score,
        text: rnd.next() < 0.35 ? rnd.pick(COMMENTS[cls]) : undefined,
      },
      {
        questionId: gridQ.id,
        touchpoints: touchpoints.map((t) => ({
          touchpointId: t.id,
          influence:
            rnd.next() < 0.18
              ? null
              : Math.max(
                  -3,
                  Math.min(
                    3,
                    Math.round(
                      CLASS_LEAN[cls] + (TOUCHPOINT_LEAN[t.key] ?? 0) + (rnd.next() - 0.5) * 2,
                    ),
                  ),
                ),
        })),
      },
    ];
    if (rnd.next() < 0.2) answers.push({ questionId: textQ.id, text: rnd.pick(COMMENTS[cls]) });
    responses.push({
      memberId: member.id,
      source: inApp ? 'in_app' : 'import',
      answeredAt,
      npsScore: score,
      answers,
    });
  }
  await writeResponses(db, nps.id, responses, members);
  await writeRecipients(
    db,
    nps.id,
    members.map((m) => m.id),
    opened,
  );
  for (const r of responses.filter((x) => x.source === 'in_app'))
    activities.push(
      ...ActivityRules.surveyAnswered({ surveyId: nps.id, memberId: r.memberId, at: r.answeredAt })
        .record,
    );

  // After the new-crop tasting: its attendees, asked two hours after it ended.
  const [event] = await db.query<Array<{ id: string; endsAt: Date }>>(
    `SELECT id, ends_at AS "endsAt" FROM events WHERE title = '新豆お披露目会' LIMIT 1`,
  );
  if (event) {
    const csat = await builder.create(moderator, {
      template: 'post_event_csat',
      eventId: event.id,
    });
    const asked = new Date(event.endsAt.getTime() + 2 * HOUR);
    await markPast(db, csat.id, event.endsAt, null, asked);
    const attendees = (
      await db.query<Array<{ memberId: string }>>(
        `SELECT member_id AS "memberId" FROM activity_event_attendance WHERE event_id = $1
          ORDER BY member_id`,
        [event.id],
      )
    ).map((a) => a.memberId);
    const [csatQ, ratingQ, notesQ] = await surveys.questionsOf(csat.id);
    const answered = attendees.filter((_, i) => i % 4 !== 3);
    const csatResponses = answered.map((memberId, i): SeedResponse => ({
      memberId,
      source: 'in_app',
      answeredAt: new Date(asked.getTime() + (1 + i * 3) * HOUR),
      npsScore: null,
      answers: [
        { questionId: csatQ.id, score: [5, 4, 5, 3, 4, 5, 2, 4][i % 8] },
        { questionId: ratingQ.id, score: [4, 5, 4, 3, 5, 4, 3, 5][i % 8] },
        ...(i % 3 === 0
          ? [{ questionId: notesQ.id, text: '焙煎士さんの産地の話がとても面白かったです。' }]
          : []),
      ],
    }));
    await writeResponses(db, csat.id, csatResponses, members);
    await writeRecipients(db, csat.id, attendees, asked);
    for (const r of csatResponses)
      activities.push(
        ...ActivityRules.surveyAnswered({
          surveyId: csat.id,
          memberId: r.memberId,
          at: r.answeredAt,
        }).record,
      );
  }
  await app.get(ActivityService).recordAll(activities);

  // Open now: every member is asked, through the sweep that asks real audiences.
  const open = await builder.create(moderator, {
    template: 'nps_touchpoints',
    titleJa: 'コミュニティについてのアンケート',
    titleEn: 'About the community',
  });
  await builder.update(moderator, {
    id: open.id,
    audience: { kind: 'roles', roles: ['member'] },
    closesAt: new Date(now + 21 * DAY),
  });
  await builder.publish(moderator, open.id);
  await app.get(SurveyInvitations).sweep(new Date(now));
}

/** A survey published (and its audience asked) in the past; closed when `closedAt` is given. */
export async function markPast(
  db: Db,
  surveyId: string,
  opensAt: Date,
  closedAt: Date | null,
  invitedAt = opensAt,
): Promise<void> {
  await db.query(
    `UPDATE surveys SET published_at = $2::timestamptz, opens_at = $2, closed_at = $3,
            invited_at = $4, created_at = $2::timestamptz - interval '3 days', updated_at = $2
      WHERE id = $1`,
    [surveyId, opensAt, closedAt, invitedAt],
  );
}

async function writeRecipients(db: Db, surveyId: string, memberIds: string[], at: Date) {
  await db.query(
    `INSERT INTO survey_recipients (survey_id, member_id, invited_at)
     SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
    [surveyId, memberIds, at],
  );
  await db.query(`UPDATE surveys SET invited_count = $2 WHERE id = $1`, [
    surveyId,
    memberIds.length,
  ]);
}

/** Submitted responses as they were answered; imported ones as the brand's mail survey sent them. */
async function writeResponses(
  db: Db,
  surveyId: string,
  responses: SeedResponse[],
  members: MemberEntity[],
): Promise<void> {
  const handles = new Map(members.map((m) => [m.id, m.handle]));
  const rows = responses.map(() => ({ id: randomUUID() }));
  await db.query(
    `INSERT INTO survey_responses (id, survey_id, member_id, source, submitted, answered_at,
                                   nps_score, nps_class, customer_id, email, import_key,
                                   created_at, updated_at)
     SELECT r.id, $1, r.member_id, r.source, true, r.answered_at, r.nps_score, r.nps_class,
            r.customer_id, r.email, r.import_key, r.answered_at, r.answered_at
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, member_id uuid, source text,
            answered_at timestamptz, nps_score smallint, nps_class text, customer_id text,
            email text, import_key text)`,
    [
      surveyId,
      JSON.stringify(
        responses.map((r, i) => {
          const email = demoEmail(handles.get(r.memberId) ?? `customer${i}`);
          const imported = r.source === 'import';
          return {
            id: rows[i].id,
            member_id: r.memberId,
            source: r.source,
            answered_at: r.answeredAt.toISOString(),
            nps_score: r.npsScore,
            nps_class: r.npsScore === null ? null : npsClassOf(r.npsScore),
            customer_id: imported ? `C${String(100_000 + i)}` : null,
            email: imported ? email : null,
            import_key: imported ? `C${String(100_000 + i)}|${r.answeredAt.toISOString()}` : null,
          };
        }),
      ),
    ],
  );
  const answers = responses.flatMap((r, i) =>
    r.answers.map((a) => ({
      response_id: rows[i].id,
      question_id: a.questionId,
      score: a.score ?? null,
      text: a.text ?? null,
    })),
  );
  await db.query(
    `INSERT INTO survey_answers (response_id, question_id, score, text)
     SELECT a.response_id, a.question_id, a.score, a.text
       FROM jsonb_to_recordset($1::jsonb) AS a(response_id uuid, question_id uuid, score smallint,
            text text)`,
    [JSON.stringify(answers)],
  );
  const grid = responses.flatMap((r, i) =>
    r.answers.flatMap((a) =>
      (a.touchpoints ?? []).map((t) => ({
        response_id: rows[i].id,
        question_id: a.questionId,
        touchpoint_id: t.touchpointId,
        influence: t.influence,
      })),
    ),
  );
  if (grid.length)
    await db.query(
      `INSERT INTO survey_touchpoint_answers (response_id, question_id, touchpoint_id, influence)
       SELECT t.response_id, t.question_id, t.touchpoint_id, t.influence
         FROM jsonb_to_recordset($1::jsonb) AS t(response_id uuid, question_id uuid,
              touchpoint_id uuid, influence smallint)`,
      [JSON.stringify(grid)],
    );
  const imported = responses.filter((r) => r.source === 'import').length;
  await db.query(`UPDATE surveys SET response_count = $2, imported_count = $3 WHERE id = $1`, [
    surveyId,
    responses.length - imported,
    imported,
  ]);
}
