import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import {
  CUSTOMER_VALUE_DEFAULTS,
  engagementTier,
  npsClassOf,
  type CustomerValueSettings,
  type ActivityAction,
  type ActivitySubject,
  type ChurnReason,
  type EngagementTier,
  type MatrixCell,
  type NpsClass,
  type RfmSegment,
  type MemberStatus,
  type Role,
  type SurveyQuestionType,
  type SurveyResponseSource,
} from '@kizuna/shared';
import { Db } from '../../src/core/database/db.js';
import { MembersRepository } from '../../src/modules/members/members.repository.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { CommunityService } from '../../src/modules/community/community.service.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import { SpacesRepository, type NewSpace } from '../../src/modules/spaces/spaces.repository.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';
import type { Viewer } from '../../src/core/auth/viewer.js';
import { ActivityRules, type Changes } from '../../src/modules/activity/activity.rules.js';
import { ActivityService } from '../../src/modules/activity/activity.service.js';
import { PostsService } from '../../src/modules/posts/posts.service.js';
import { CommentsService } from '../../src/modules/posts/comments.service.js';
import type { PostEntity } from '../../src/modules/posts/entities/post.entity.js';
import type { CommentEntity } from '../../src/modules/posts/entities/comment.entity.js';
import type {
  CreateCommentInput,
  CreatePostInput,
} from '../../src/modules/posts/dto/post.inputs.js';
import { ReactionsService } from '../../src/modules/reactions/reactions.service.js';
import type { SetReactionInput } from '../../src/modules/reactions/reactions.models.js';
import { BoardsService } from '../../src/modules/feedback/boards.service.js';
import type { BoardRow } from '../../src/modules/feedback/boards.repository.js';
import { IdeasService } from '../../src/modules/feedback/ideas.service.js';
import type { IdeaRow } from '../../src/modules/feedback/ideas.repository.js';
import type {
  FeedbackBoardInput,
  SubmitIdeaInput,
} from '../../src/modules/feedback/dto/feedback.inputs.js';
import { SurveyBuilder } from '../../src/modules/surveys/survey-builder.service.js';
import type { SurveyRow } from '../../src/modules/surveys/surveys.repository.js';
import type {
  CreateSurveyInput,
  UpdateSurveyInput,
} from '../../src/modules/surveys/dto/survey.inputs.js';
import { AnalysisCache } from '../../src/modules/customers/analysis-cache.js';
import { CustomerMatching } from '../../src/modules/customers/customer-matching.js';
import { CustomersRepository } from '../../src/modules/customers/customers.repository.js';
import { emailKeyOf } from '../../src/modules/customers/import/order-import.rows.js';
import { OrderImportService } from '../../src/modules/customers/import/order-import.service.js';

export const PASSWORD = 'correct-horse-battery-staple';
let hash: Promise<string> | undefined;

let seq = 0;
/** A unique handle such as `m3_a1b2c3` (lower-case, starts with a letter). */
export const uniqueHandle = (prefix = 'm') => `${prefix}${++seq}_${randomBytes(3).toString('hex')}`;

export interface BuildMember {
  role?: Role;
  status?: MemberStatus;
  handle?: string;
  email?: string;
  displayName?: string;
  joinedAt?: Date;
}

/** Inserts a member directly (password: PASSWORD). */
export async function buildMember(
  app: INestApplicationContext,
  o: BuildMember = {},
): Promise<MemberEntity> {
  const handle = o.handle ?? uniqueHandle();
  return app.get(MembersRepository).insert({
    email: o.email ?? `${handle}@example.test`,
    handle,
    displayName: o.displayName ?? `テスト ${handle}`,
    passwordHash: await (hash ??= hashPassword(PASSWORD)),
    role: o.role ?? 'member',
    status: o.status ?? 'active',
    locale: 'ja',
    timezone: 'Asia/Tokyo',
    ...(o.joinedAt ? { joinedAt: o.joinedAt } : {}),
  });
}

export async function setRegistrationMode(
  app: INestApplicationContext,
  mode: 'open' | 'approval' | 'invite',
) {
  await app.get(CommunityService).updateSettings({ registrationMode: mode });
}

/** Whether people without an account may read the community. */
export async function setVisibleToVisitors(app: INestApplicationContext, visible: boolean) {
  await app.get(CommunityService).updateSettings({ visibleToVisitors: visible });
}

/** A valid signUp input with a unique email and handle. */
export function signUpInput(o: Record<string, unknown> = {}) {
  const handle = uniqueHandle('u');
  return {
    email: `${handle}@example.test`,
    password: 'a-long-unusual-passphrase',
    displayName: '山田 花子',
    handle,
    ...o,
  };
}

export async function buildSpace(
  app: INestApplicationContext,
  o: Partial<NewSpace> = {},
): Promise<SpaceEntity> {
  const slug = o.slug ?? `s-${randomBytes(4).toString('hex')}`;
  return app.get(SpacesRepository).insert({
    slug,
    nameJa: `スペース ${slug}`,
    nameEn: `Space ${slug}`,
    descriptionJa: '',
    descriptionEn: '',
    icon: '☕',
    color: '#2f7d57',
    viewRoles: null,
    postRoles: null,
    ...o,
  });
}

/** A member as the services see them when they act (no session behind it). */
export const asViewer = (m: MemberEntity, rankPosition?: number): Viewer => ({
  memberId: m.id,
  sessionId: 'test',
  role: m.role,
  status: m.status,
  locale: m.locale,
  ...(rankPosition ? { rankPosition } : {}),
});

/** A post written through the service, as the api would (activities and events included). */
export function buildPost(
  app: INestApplicationContext,
  author: MemberEntity,
  o: Partial<CreatePostInput> & { spaceId: string },
): Promise<PostEntity> {
  return app.get(PostsService).create(asViewer(author), {
    kind: 'talk',
    title: `投稿 ${uniqueHandle('p')}`,
    body: '本文です。',
    ...o,
  } as CreatePostInput);
}

export function buildComment(
  app: INestApplicationContext,
  author: MemberEntity,
  o: Partial<CreateCommentInput> & { postId: string },
): Promise<CommentEntity> {
  return app
    .get(CommentsService)
    .create(asViewer(author), { body: 'コメントです。', ...o } as CreateCommentInput);
}

/** Sets (or with `active: false` takes back) a member's reaction, through the service. */
export function react(
  app: INestApplicationContext,
  member: MemberEntity,
  target: { type: 'post' | 'comment'; id: string },
  o: { kind?: string; active?: boolean } = {},
): Promise<void> {
  return app
    .get(ReactionsService)
    .set(asViewer(member), {
      targetType: target.type,
      targetId: target.id,
      kind: o.kind ?? 'like',
      active: o.active ?? true,
    } as SetReactionInput)
    .then(() => undefined);
}

/**
 * Records that a member visited on a community day, at noon that day in Tokyo (the test
 * community's zone) unless `at` says when.
 */
export function recordVisit(
  app: INestApplicationContext,
  memberId: string,
  day: string,
  at = new Date(`${day}T12:00:00+09:00`),
) {
  return app.get(ActivityService).apply(ActivityRules.visited(memberId, day, at));
}

/** Activities recorded straight into the stream (changes as ActivityRules describe them). */
export function recordActivities(app: INestApplicationContext, ...changes: Changes[]) {
  return Promise.all(changes.map((c) => app.get(ActivityService).apply(c)));
}

let boards = 0;
/** A feedback board, through the service (an admin makes it). */
export async function buildBoard(
  app: INestApplicationContext,
  o: Partial<FeedbackBoardInput> = {},
): Promise<BoardRow> {
  const admin = await buildMember(app, { role: 'admin' });
  const slug = o.slug ?? `b-${++boards}-${randomBytes(3).toString('hex')}`;
  return app.get(BoardsService).create(asViewer(admin), {
    slug,
    nameJa: `機能要望 ${slug}`,
    nameEn: `Feature requests ${slug}`,
    ...o,
  } as FeedbackBoardInput);
}

/**
 * An idea submitted through the service, as its author would (activities included). Without an
 * author, by a member of a month's standing made for it (posting limits are per author).
 */
export async function buildIdea(
  app: INestApplicationContext,
  author: MemberEntity | null,
  o: Partial<SubmitIdeaInput> & { boardId: string },
): Promise<IdeaRow> {
  const by =
    author ?? (await buildMember(app, { joinedAt: new Date(Date.now() - 30 * 86_400_000) }));
  return app.get(IdeasService).submit(asViewer(by), {
    title: `アイデア ${uniqueHandle('i')}`,
    body: 'こうなると嬉しいです。',
    ...o,
  } as SubmitIdeaInput);
}

/**
 * A survey made through the builder by a moderator (from a template, then updated with `update`),
 * published now unless `publish` is false.
 */
export async function buildSurvey(
  app: INestApplicationContext,
  o: {
    template?: CreateSurveyInput['template'];
    eventId?: string;
    update?: Omit<UpdateSurveyInput, 'id'>;
    publish?: boolean;
  } = {},
): Promise<SurveyRow> {
  const mod = asViewer(await buildMember(app, { role: 'moderator' }));
  const builder = app.get(SurveyBuilder);
  let survey = await builder.create(mod, { template: o.template, eventId: o.eventId });
  if (o.update)
    survey = await builder.update(mod, { id: survey.id, ...o.update } as UpdateSurveyInput);
  return o.publish === false ? survey : builder.publish(mod, survey.id);
}

export interface BuildSurveyQuestion {
  type: SurveyQuestionType;
  withReason?: boolean;
  choices?: Array<{ key: string; labelJa: string; labelEn: string }>;
  /** Touchpoint keys (of the seeded touchpoints), for a TOUCHPOINTS question. */
  touchpoints?: string[];
}

export interface BuiltSurvey {
  id: string;
  /** Question ids in order. */
  questions: string[];
}

/**
 * A survey written straight into its tables (no builder rules): open since yesterday, its audience
 * asked then (no sweep asks anyone for it), unless `draft`; one NPS question unless `questions`
 * says otherwise.
 */
export async function writeSurvey(
  app: INestApplicationContext,
  o: {
    titleJa?: string;
    anonymous?: boolean;
    draft?: boolean;
    responseCap?: number | null;
    questions?: BuildSurveyQuestion[];
  } = {},
): Promise<BuiltSurvey> {
  const db = app.get(Db);
  const [survey] = await db.query<Array<{ id: string }>>(
    `INSERT INTO surveys (title_ja, title_en, anonymous, response_cap, published_at, opens_at,
                          invited_at)
     VALUES ($1, 'Survey', $2, $3, CASE WHEN $4 THEN NULL ELSE now() - interval '1 day' END,
             CASE WHEN $4 THEN NULL ELSE now() - interval '1 day' END,
             CASE WHEN $4 THEN NULL ELSE now() - interval '1 day' END)
     RETURNING id`,
    [
      o.titleJa ?? `アンケート ${uniqueHandle('q')}`,
      o.anonymous ?? false,
      o.responseCap ?? null,
      !!o.draft,
    ],
  );
  const questions: string[] = [];
  for (const [position, q] of (o.questions ?? [{ type: 'nps' }]).entries()) {
    const [row] = await db.query<Array<{ id: string }>>(
      `INSERT INTO survey_questions (survey_id, position, type, prompt_ja, prompt_en, with_reason,
                                     choices, touchpoint_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7,
               ARRAY(SELECT t.id FROM unnest($8::text[]) WITH ORDINALITY k(key, n)
                       JOIN survey_touchpoints t ON t.key = k.key ORDER BY k.n))
       RETURNING id`,
      [
        survey.id,
        position,
        q.type,
        `質問 ${position + 1}`,
        `Question ${position + 1}`,
        q.withReason ?? q.type === 'nps',
        JSON.stringify(q.choices ?? []),
        q.touchpoints ?? [],
      ],
    );
    questions.push(row.id);
  }
  return { id: survey.id, questions };
}

/** The seeded touchpoints' ids by key. */
export async function touchpointIds(app: INestApplicationContext): Promise<Map<string, string>> {
  const rows = await app
    .get(Db)
    .query<Array<{ id: string; key: string }>>(`SELECT id, key FROM survey_touchpoints`);
  return new Map(rows.map((r) => [r.key, r.id]));
}

export interface BuildSurveyResponse {
  member?: MemberEntity | null;
  /** Default true. */
  submitted?: boolean;
  answeredAt?: Date;
  source?: SurveyResponseSource;
  customerId?: string;
  email?: string;
  /** The score of the survey's first NPS question (also kept on the response). */
  nps?: number;
  /** The NPS question's "why?". */
  reason?: string;
  /** By question id. */
  answers?: Record<string, { score?: number; choiceKeys?: string[]; text?: string }>;
  /** By question id, then touchpoint id: −3 … 3, or null for not applicable. */
  touchpoints?: Record<string, Record<string, number | null>>;
}

/**
 * A response written straight into its tables, counted on the survey when submitted (as the
 * answering and import paths count it). Without a member it is an imported response.
 */
export async function buildSurveyResponse(
  app: INestApplicationContext,
  survey: BuiltSurvey,
  o: BuildSurveyResponse = {},
): Promise<string> {
  const db = app.get(Db);
  const submitted = o.submitted ?? true;
  const source = o.source ?? (o.member ? 'in_app' : 'import');
  const answeredAt = submitted ? (o.answeredAt ?? new Date()) : null;
  return db.transaction(async () => {
    const [response] = await db.query<Array<{ id: string }>>(
      `INSERT INTO survey_responses (survey_id, member_id, source, submitted, answered_at, nps_score,
                                     nps_class, customer_id, email, import_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        survey.id,
        o.member?.id ?? null,
        source,
        submitted,
        answeredAt,
        o.nps ?? null,
        o.nps === undefined ? null : npsClassOf(o.nps),
        o.customerId ?? (source === 'import' ? uniqueHandle('c') : null),
        o.email ?? null,
        source === 'import'
          ? `${randomBytes(8).toString('hex')}|${answeredAt?.toISOString()}`
          : null,
      ],
    );
    const answers = { ...o.answers };
    if (o.nps !== undefined || o.reason) {
      const [nps] = await db.query<Array<{ id: string }>>(
        `SELECT id FROM survey_questions WHERE survey_id = $1 AND type = 'nps' ORDER BY position LIMIT 1`,
        [survey.id],
      );
      answers[nps.id] = { score: o.nps, text: o.reason, ...answers[nps.id] };
    }
    for (const [questionId, a] of Object.entries(answers))
      await db.query(
        `INSERT INTO survey_answers (response_id, question_id, score, choice_keys, text)
         VALUES ($1, $2, $3, $4, $5)`,
        [response.id, questionId, a.score ?? null, a.choiceKeys ?? null, a.text ?? null],
      );
    for (const [questionId, byTouchpoint] of Object.entries(o.touchpoints ?? {}))
      for (const [touchpointId, influence] of Object.entries(byTouchpoint))
        await db.query(
          `INSERT INTO survey_touchpoint_answers (response_id, question_id, touchpoint_id, influence)
           VALUES ($1, $2, $3, $4)`,
          [response.id, questionId, touchpointId, influence],
        );
    if (submitted)
      await db.query(`UPDATE surveys SET response_count = response_count + 1 WHERE id = $1`, [
        survey.id,
      ]);
    return response.id;
  });
}

/** Sets a member's rank position as if they had earned it. */
export async function setRankPosition(
  app: INestApplicationContext,
  memberId: string,
  position: number,
) {
  const db = app.get(Db);
  await db.query(
    `INSERT INTO member_stats (member_id, rank_position) VALUES ($1, $2)
     ON CONFLICT (member_id) DO UPDATE SET rank_position = EXCLUDED.rank_position`,
    [memberId, position],
  );
}

export interface BuildOrder {
  orderId?: string;
  /** The brand's customer id; without one, the order is the e-mail's. */
  customerId?: string;
  email?: string | null;
  /** An instant, or a bare `YYYY-MM-DD`: midnight of that day in the community's time zone. */
  orderedAt: Date | string;
  amount: number;
}

/**
 * Orders written as an import writes them (customers saved and matched to members, the
 * analyses dropped), without a file.
 */
export async function buildOrders(app: INestApplicationContext, orders: BuildOrder[]) {
  const db = app.get(Db);
  const repo = app.get(CustomersRepository);
  const { timezone } = await app.get(CommunityService).settings();
  await db.transaction(async () => {
    const rows = orders.map((o) => ({
      ...o,
      key: o.customerId ?? emailKeyOf(o.email!),
      orderId: o.orderId ?? uniqueHandle('o'),
    }));
    const customers = await repo.upsertCustomers([
      ...new Map(
        rows.map((r) => [
          r.key,
          { key: r.key, email: r.email ?? null, emailKey: r.email ? emailKeyOf(r.email) : null },
        ]),
      ).values(),
    ]);
    await app.get(CustomerMatching).rematch(customers);
    const ids = new Map(customers.map((c) => [c.externalId, c.id]));
    await repo.upsertOrders(
      null,
      timezone,
      rows.map((r) => ({
        orderId: r.orderId,
        customerRowId: ids.get(r.key)!,
        at: typeof r.orderedAt === 'string' ? null : r.orderedAt,
        localDay: typeof r.orderedAt === 'string' ? r.orderedAt : null,
        amount: String(r.amount),
      })),
    );
    await app.get(AnalysisCache).changed();
  });
}

/** Writes `csv` to a temporary file and imports it as the operators' command does. */
export async function importOrdersFile(app: INestApplicationContext, csv: string | Buffer) {
  const dir = await mkdtemp(join(tmpdir(), 'kizuna-orders-test-'));
  try {
    const file = join(dir, 'orders.csv');
    await writeFile(file, csv);
    return await app.get(OrderImportService).importFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Customer value settings as an admin would save them (defaults for what is not given). */
export async function setCustomerValueSettings(
  app: INestApplicationContext,
  s: Partial<CustomerValueSettings>,
) {
  await app.get(Db).transaction(async () => {
    await app.get(CustomersRepository).updateSettings({ ...CUSTOMER_VALUE_DEFAULTS, ...s });
    await app.get(AnalysisCache).changed();
  });
}

/**
 * One activity written straight into the stream at `at` (a community day's noon in Tokyo by
 * default), as the domain that records it would.
 */
export function buildActivity(
  app: INestApplicationContext,
  o: {
    memberId: string;
    action: ActivityAction;
    at: Date;
    spaceId?: string | null;
    subjectType?: ActivitySubject;
    subjectId?: string;
  },
): Promise<void> {
  return app.get(ActivityService).apply({
    record: [
      {
        memberId: o.memberId,
        action: o.action,
        subjectType: o.subjectType ?? 'post',
        subjectId: o.subjectId ?? randomUUID(),
        spaceId: o.spaceId ?? null,
        occurredAt: o.at,
      },
    ],
    retract: [],
  });
}

/** Noon (or `time`) of a community day in Tokyo, the test community's zone. */
export const tokyo = (day: string, time = '12:00:00') => new Date(`${day}T${time}+09:00`);

/** An imported customer with orders, matched to a member when given. */
export async function insertCustomer(
  app: INestApplicationContext,
  o: {
    externalId?: string;
    email?: string | null;
    memberId?: string | null;
    orders: Array<{ at: Date; amount: number }>;
  },
): Promise<string> {
  const db = app.get(Db);
  const [c] = await db.query<Array<{ id: string }>>(
    `INSERT INTO customers (external_id, email, email_key, member_id) VALUES ($1, $2, lower($2), $3)
     RETURNING id`,
    [o.externalId ?? uniqueHandle('cust'), o.email ?? null, o.memberId ?? null],
  );
  for (const order of o.orders)
    await db.query(
      `INSERT INTO orders (order_id, customer_id, ordered_at, amount) VALUES ($1, $2, $3, $4)`,
      [uniqueHandle('o'), c.id, order.at, order.amount],
    );
  return c.id;
}

export interface BuildMemberLoyalty {
  asOf?: string;
  engagementScore?: number;
  engagementTier?: EngagementTier;
  previousScore?: number;
  why?: Array<{ action: string; count: number; points: number }>;
  activeDays90?: number;
  lastActiveOn?: string | null;
  rankKey?: string | null;
  rankPosition?: number | null;
  posts?: number;
  bestAnswers?: number;
  eventsAttended?: number;
  membershipDays?: number;
  customerId?: string | null;
  ltv?: number | null;
  highLtv?: boolean | null;
  r?: number | null;
  f?: number | null;
  m?: number | null;
  rfmSegment?: RfmSegment | null;
  npsScore?: number | null;
  npsClass?: NpsClass | null;
  matrixCell?: MatrixCell | null;
  churnReasons?: ChurnReason[];
}

/**
 * A member's computed loyalty figures written straight into `member_loyalty` (replacing any),
 * as the analytics computation would leave them; unset figures are those of a member with no
 * activity, orders or NPS answer.
 */
export async function buildMemberLoyalty(
  app: INestApplicationContext,
  member: { id: string },
  o: BuildMemberLoyalty = {},
): Promise<void> {
  const score = o.engagementScore ?? 0;
  const rank = o.rankPosition === undefined ? 1 : o.rankPosition;
  await app.get(Db).query(
    `INSERT INTO member_loyalty (member_id, as_of, engagement_score, engagement_tier,
       previous_score, why, active_days_90, last_active_on, rank_key, rank_position, posts,
       best_answers, events_attended, membership_days, customer_id, ltv, high_ltv, r, f, m,
       rfm_segment, nps_score, nps_class, matrix_cell, churn_reasons)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
             $19, $20, $21, $22, $23, $24, $25)
     ON CONFLICT (member_id) DO UPDATE SET as_of = EXCLUDED.as_of,
       engagement_score = EXCLUDED.engagement_score, engagement_tier = EXCLUDED.engagement_tier,
       previous_score = EXCLUDED.previous_score, why = EXCLUDED.why,
       active_days_90 = EXCLUDED.active_days_90, last_active_on = EXCLUDED.last_active_on,
       rank_key = EXCLUDED.rank_key, rank_position = EXCLUDED.rank_position,
       posts = EXCLUDED.posts, best_answers = EXCLUDED.best_answers,
       events_attended = EXCLUDED.events_attended, membership_days = EXCLUDED.membership_days,
       customer_id = EXCLUDED.customer_id, ltv = EXCLUDED.ltv, high_ltv = EXCLUDED.high_ltv,
       r = EXCLUDED.r, f = EXCLUDED.f, m = EXCLUDED.m, rfm_segment = EXCLUDED.rfm_segment,
       nps_score = EXCLUDED.nps_score, nps_class = EXCLUDED.nps_class,
       matrix_cell = EXCLUDED.matrix_cell, churn_reasons = EXCLUDED.churn_reasons`,
    [
      member.id,
      o.asOf ?? new Date().toISOString().slice(0, 10),
      score,
      o.engagementTier ?? engagementTier(score),
      o.previousScore ?? score,
      JSON.stringify(o.why ?? []),
      o.activeDays90 ?? 0,
      o.lastActiveOn ?? null,
      o.rankKey === undefined ? (rank === null ? null : String(rank)) : o.rankKey,
      rank,
      o.posts ?? 0,
      o.bestAnswers ?? 0,
      o.eventsAttended ?? 0,
      o.membershipDays ?? 0,
      o.customerId ?? null,
      o.ltv ?? null,
      o.highLtv ?? null,
      o.r ?? null,
      o.f ?? null,
      o.m ?? null,
      o.rfmSegment ?? null,
      o.npsScore ?? null,
      o.npsClass ??
        (o.npsScore === undefined || o.npsScore === null ? null : npsClassOf(o.npsScore)),
      o.matrixCell ?? null,
      o.churnReasons ?? [],
    ],
  );
}

/**
 * A customer of an order import with their orders, written straight into the customers tables
 * (matched to `member` when given). Returns the customer row's id.
 */
export async function buildCustomer(
  app: INestApplicationContext,
  o: {
    customerId?: string;
    email?: string | null;
    member?: { id: string } | null;
    orders?: Array<{ orderId?: string; orderedAt: Date; amount: number }>;
  },
): Promise<{ id: string; customerId: string }> {
  const db = app.get(Db);
  const customerId = o.customerId ?? uniqueHandle('cust');
  const email = o.email === undefined ? `${customerId}@example.test` : o.email;
  const [row] = await db.query<Array<{ id: string }>>(
    `INSERT INTO customers (external_id, email, email_key, member_id) VALUES ($1, $2, lower($2), $3)
     RETURNING id`,
    [customerId, email, o.member?.id ?? null],
  );
  for (const order of o.orders ?? [])
    await db.query(
      `INSERT INTO orders (order_id, customer_id, ordered_at, amount) VALUES ($1, $2, $3, $4)`,
      [order.orderId ?? uniqueHandle('ord'), row.id, order.orderedAt, order.amount],
    );
  return { id: row.id, customerId };
}
