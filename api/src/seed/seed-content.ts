import type { INestApplicationContext } from '@nestjs/common';
import type { MemberEntity } from '../modules/members/entities/member.entity.js';
import { SpacesRepository } from '../modules/spaces/spaces.repository.js';
import { PostsRepository } from '../modules/posts/posts.repository.js';
import { CommentsRepository } from '../modules/posts/comments.repository.js';
import { ReactionsRepository } from '../modules/reactions/reactions.repository.js';
import { prepareContent } from '../modules/posts/content.js';
import { ActivityRules, type Changes } from '../modules/activity/activity.rules.js';
import { ActivityService } from '../modules/activity/activity.service.js';
import { dayIn } from '../modules/community/community-calendar.js';
import {
  ANNOUNCEMENTS,
  BEANS,
  COMMENTS,
  DEMO_SPACES,
  POST_TEMPLATES,
  REPLIES,
} from './demo-content.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const REACTIONS = ['like', 'like', 'like', 'thanks', 'love', 'laugh', 'wow', 'idea'];

/** A small seeded generator, so every demo community looks the same. */
export function random(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
  };
}

/**
 * Spaces, ~200 posts, ~1,000 comments and ~1,000 reactions spread over the last 60 days; about half
 * of the questions have a best answer. Runs inside the demo seed's transaction. What members did
 * is recorded through the activity rules, as it happened, so points, counters, missions and
 * badges follow from the stream as they would have live.
 */
export interface SeededComment {
  commentId: string;
  postId: string;
  postAuthorId: string;
  authorId: string;
  at: Date;
}

export async function seedContent(
  app: INestApplicationContext,
  members: MemberEntity[],
  staff: MemberEntity,
): Promise<SeededComment[]> {
  const spacesRepo = app.get(SpacesRepository);
  const postsRepo = app.get(PostsRepository);
  const commentsRepo = app.get(CommentsRepository);
  const reactionsRepo = app.get(ReactionsRepository);
  const rnd = random(20261122);
  const now = Date.now();
  const changes: Changes[] = [];
  const comments: SeededComment[] = [];

  const spaces = new Map<string, string>();
  for (const s of DEMO_SPACES) {
    const { staffOnly, ...rest } = s;
    const space = await spacesRepo.insert({
      ...rest,
      viewRoles: null,
      postRoles: staffOnly ? ['moderator', 'admin'] : null,
    });
    spaces.set(s.slug, space.id);
  }

  const insertPost = async (
    author: MemberEntity,
    space: string,
    kind: 'talk' | 'question' | 'announcement',
    title: string,
    body: string,
    tags: string[],
    createdAt: Date,
  ) => {
    const content = prepareContent(title, body);
    return postsRepo.insert({
      spaceId: spaces.get(space)!,
      authorId: author.id,
      kind,
      title,
      body,
      bodyHtml: content.bodyHtml,
      excerpt: content.excerpt,
      tags,
      searchText: content.searchText,
      searchGrams: content.searchGrams,
      createdAt,
      viewCount: 5 + rnd.int(120),
    });
  };

  for (const [i, a] of ANNOUNCEMENTS.entries()) {
    const post = await insertPost(
      staff,
      'announcements',
      'announcement',
      a.title,
      a.body,
      ['お知らせ'],
      new Date(now - (50 - i * 20) * DAY),
    );
    if (i === ANNOUNCEMENTS.length - 1) await postsRepo.update(post.id, { pinnedAt: new Date() });
    changes.push(
      ActivityRules.postCreated({
        postId: post.id,
        authorId: staff.id,
        spaceId: post.spaceId,
        at: post.createdAt,
      }),
    );
  }

  const comment = async (
    postId: string,
    author: MemberEntity,
    body: string,
    createdAt: Date,
    parentId: string | null = null,
  ) => {
    const content = prepareContent('', body);
    const made = await commentsRepo.insert({
      postId,
      parentId,
      authorId: author.id,
      body,
      bodyHtml: content.bodyHtml,
      searchText: content.searchText,
      searchGrams: content.searchGrams,
      createdAt,
    });
    const post = posts.get(postId)!;
    comments.push({
      commentId: made.id,
      postId,
      postAuthorId: post.authorId,
      authorId: author.id,
      at: createdAt,
    });
    changes.push(
      ActivityRules.commentCreated({
        commentId: made.id,
        authorId: author.id,
        postAuthorId: post.authorId,
        spaceId: post.spaceId,
        at: createdAt,
      }),
    );
    return made;
  };

  const posts = new Map<string, { authorId: string; spaceId: string; at: number }>();
  for (const [ti, template] of POST_TEMPLATES.entries()) {
    for (const [bi, bean] of BEANS.entries()) {
      const author = members[(ti * 7 + bi * 3) % members.length];
      const at = now - rnd.next() * 60 * DAY;
      const fill = (s: string) => s.replaceAll('{b}', bean);
      const post = await insertPost(
        author,
        template.space,
        template.kind,
        fill(template.title),
        fill(template.body),
        template.tags,
        new Date(at),
      );
      posts.set(post.id, { authorId: author.id, spaceId: post.spaceId!, at });
      changes.push(
        ActivityRules.postCreated({
          postId: post.id,
          authorId: author.id,
          spaceId: post.spaceId,
          at: post.createdAt,
        }),
      );

      const commenters = Array.from({ length: rnd.int(10) }, () => rnd.pick(members)).filter(
        (m) => m.id !== author.id,
      );
      let t = at;
      const made = [];
      for (const who of commenters) {
        t += rnd.next() * 12 * HOUR;
        const c = await comment(post.id, who, fill(rnd.pick(COMMENTS)), new Date(Math.min(t, now)));
        made.push(c);
        if (rnd.next() < 0.25) {
          t += rnd.next() * 3 * HOUR;
          await comment(post.id, author, rnd.pick(REPLIES), new Date(Math.min(t, now)), c.id);
        }
      }
      if (template.kind === 'question' && made.length && rnd.next() < 0.6) {
        await postsRepo.update(post.id, { bestAnswerId: made[0].id });
        changes.push(
          ActivityRules.bestAnswerChosen({
            commentId: made[0].id,
            answerAuthorId: made[0].authorId,
            questionAuthorId: author.id,
            chooserId: author.id,
            spaceId: post.spaceId,
            at: new Date(Math.min(made[0].createdAt.getTime() + DAY, now)),
          }),
        );
      }
    }
  }
  await postsRepo.recount();

  for (const [id, post] of posts) {
    const reactors = new Set(Array.from({ length: rnd.int(10) }, () => rnd.pick(members)));
    for (const m of reactors) {
      const kind = rnd.pick(REACTIONS);
      // Seeded history: no notifications or pushes (no consumers for its events).
      const event = {
        targetType: 'post',
        targetId: id,
        postId: id,
        spaceId: post.spaceId,
        kind,
        memberId: m.id,
      } as const;
      await reactionsRepo.add(
        'post',
        id,
        kind,
        m.id,
        event,
        [],
        [postsRepo.reactionCountCtes('post', id, 1)],
      );
      changes.push(
        ActivityRules.reactionAdded({
          targetType: 'post',
          targetId: id,
          targetAuthorId: post.authorId,
          reactorId: m.id,
          spaceId: post.spaceId,
          at: new Date(Math.min(post.at + rnd.next() * 3 * DAY, now)),
        }),
      );
    }
  }
  await app.get(ActivityService).recordAll(changes.flatMap((c) => c.record));
  return comments;
}

/**
 * Visits since each member joined, on a steady share of days that differs per member, and
 * every day of a recent streak of a member's own length.
 */
export async function seedVisits(
  app: INestApplicationContext,
  members: MemberEntity[],
  zone: string,
): Promise<void> {
  const rnd = random(20261202);
  const now = Date.now();
  const days = [];
  for (const m of members) {
    const share = 0.25 + rnd.next() * 0.6;
    const streak = rnd.int(12);
    for (let t = m.joinedAt.getTime(); t < now - DAY; t += DAY) {
      const recent = t > now - (streak + 1) * DAY;
      if (recent || rnd.next() < share) {
        const at = new Date(t + 9 * HOUR);
        days.push(...ActivityRules.visited(m.id, dayIn(zone, at), at).record);
      }
    }
  }
  await app.get(ActivityService).recordAll(days);
}
