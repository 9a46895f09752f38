import type { INestApplicationContext } from '@nestjs/common';
import { Db } from '../core/database/db.js';
import { MembersRepository } from '../modules/members/members.repository.js';
import { CommunityService } from '../modules/community/community.service.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { NotificationsRepository } from '../modules/notifications/notifications.repository.js';
import { ActivityRules } from '../modules/activity/activity.rules.js';
import { ActivityService } from '../modules/activity/activity.service.js';
import { OutboxDispatcher } from '../core/domain-events/outbox-dispatcher.js';
import { MissionsService } from '../modules/missions/missions.service.js';
import { SpacesRepository } from '../modules/spaces/spaces.repository.js';
import type { MemberEntity } from '../modules/members/entities/member.entity.js';
import { seedContent, seedVisits } from './seed-content.js';
import { seedEvents } from './seed-events.js';
import { seedFeedback } from './seed-feedback.js';
import { seedSurveys } from './seed-surveys.js';
import { seedCustomers } from './seed-customers.js';
import { seedModeration } from './seed-moderation.js';
import {
  DEMO_COMMUNITY,
  DEMO_MEMBERS,
  DEMO_PASSWORD,
  DEMO_STAFF,
  DEMO_WELCOME_MESSAGE,
  demoEmail,
} from './demo-data.js';

const DAY = 24 * 3600 * 1000;

/**
 * Seeds the demo community (members, spaces, posts, comments, reactions, visits) into an empty
 * database; returns whether it did. What the members did goes through the activity stream, and
 * this waits for its consumers (points, ranks, badges, missions) to have caught up.
 */
export async function seedDemo(app: INestApplicationContext): Promise<boolean> {
  const db = app.get(Db);
  const members = app.get(MembersRepository);
  const community = app.get(CommunityService);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await db.transaction(async () => {
    await members.lockRegistrations();
    if ((await members.count()) > 0) return false;
    await community.updateSettings(DEMO_COMMUNITY);
    const people = [...DEMO_STAFF, ...DEMO_MEMBERS];
    const now = Date.now();
    const inserted = [];
    for (const [i, p] of people.entries()) {
      const member = await members.insert({
        email: demoEmail(p.handle),
        handle: p.handle,
        displayName: p.displayName,
        bio: p.bio,
        passwordHash,
        role: p.role ?? 'member',
        status: 'active',
        locale: p.locale ?? 'ja',
        timezone: 'Asia/Tokyo',
        // Staff first, then members who joined over the past year, the newest last.
        joinedAt: new Date(now - (people.length - i) * 11 * DAY),
      });
      inserted.push(member);
    }
    const moderator = inserted.find((m) => m.role === 'moderator')!;
    await app
      .get(ActivityService)
      .recordAll(inserted.flatMap((m) => ActivityRules.joined(m.id, m.joinedAt).record));
    const comments = await seedContent(
      app,
      inserted.filter((m) => m.role !== 'admin'),
      moderator,
    );
    await seedVisits(app, inserted, DEMO_COMMUNITY.timezone ?? 'Asia/Tokyo');
    await seedMission(app, moderator, now);
    await seedEvents(app, inserted, moderator, now);
    await seedFeedback(app, inserted, now, passwordHash);
    await seedSurveys(app, inserted, now);
    await seedCustomers(app, inserted, now);
    await seedModeration(app, inserted);
    const notifications = app.get(NotificationsRepository);
    // Authors were told of the replies to their posts; those older than two days are read.
    await notifications.backfill(
      comments
        .filter((c) => c.authorId !== c.postAuthorId)
        .map((c) => ({
          memberId: c.postAuthorId,
          kind: 'reply_to_post' as const,
          dedupeKey: `comment:${c.commentId}`,
          postId: c.postId,
          commentId: c.commentId,
          actorId: c.authorId,
          emailPending: false,
          at: c.at,
          read: c.at.getTime() < now - 2 * DAY,
        })),
    );
    await notifications.insertMany([
      {
        memberId: inserted.find((m) => m.handle === DEMO_MEMBERS[0].handle)!.id,
        kind: 'moderator_message',
        dedupeKey: 'message:welcome',
        params: { message: DEMO_WELCOME_MESSAGE },
        actorId: moderator.id,
        emailPending: false,
      },
    ]);
    return true;
  });
  if (seeded) await app.get(OutboxDispatcher).idle();
  return seeded;
}

export const demoAccounts = (): Array<{ role: string; email: string }> => [
  ...DEMO_STAFF.map((p) => ({ role: p.role!, email: demoEmail(p.handle) })),
  { role: 'member', email: demoEmail(DEMO_MEMBERS[0].handle) },
];

/** A photo challenge running this week, as moderators would set one up. */
async function seedMission(app: INestApplicationContext, moderator: MemberEntity, now: number) {
  const photos = await app.get(SpacesRepository).findBySlug('photos');
  await app.get(MissionsService).create(
    {
      memberId: moderator.id,
      sessionId: 'seed',
      role: 'moderator',
      status: 'active',
      locale: 'ja',
    },
    {
      titleJa: '今週のフォトチャレンジ',
      titleEn: 'Photo challenge of the week',
      descriptionJa: '「写真」スペースに、お気に入りの一杯の写真を 3 枚投稿しよう。',
      descriptionEn: 'Post three photos of your favourite cup in the Photos space.',
      steps: [{ action: 'post', count: 3, spaceId: photos?.id ?? null }],
      startsAt: new Date(now - 2 * DAY),
      endsAt: new Date(now + 5 * DAY),
      rewardPoints: 100,
      rewardBadgeId: null,
    },
  );
}
