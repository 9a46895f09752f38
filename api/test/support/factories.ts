import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { MemberStatus, Role } from '@kizuna/shared';
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
  if (o.update) survey = await builder.update({ id: survey.id, ...o.update } as UpdateSurveyInput);
  return o.publish === false ? survey : builder.publish(survey.id);
}
