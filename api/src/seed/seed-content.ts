import type { INestApplicationContext } from '@nestjs/common';
import type { MemberEntity } from '../modules/members/entities/member.entity.js';
import { SpacesRepository } from '../modules/spaces/spaces.repository.js';
import { PostsRepository } from '../modules/posts/posts.repository.js';
import { CommentsRepository } from '../modules/posts/comments.repository.js';
import { ReactionsRepository } from '../modules/reactions/reactions.repository.js';
import { prepareContent } from '../modules/posts/content.js';
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
function random(seed: number) {
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
 * of the questions have a best answer. Runs inside the demo seed's transaction.
 */
export async function seedContent(
  app: INestApplicationContext,
  members: MemberEntity[],
  staff: MemberEntity,
): Promise<void> {
  const spacesRepo = app.get(SpacesRepository);
  const postsRepo = app.get(PostsRepository);
  const commentsRepo = app.get(CommentsRepository);
  const reactionsRepo = app.get(ReactionsRepository);
  const rnd = random(20261122);
  const now = Date.now();

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
  }

  const comment = async (
    postId: string,
    author: MemberEntity,
    body: string,
    createdAt: Date,
    parentId: string | null = null,
  ) => {
    const content = prepareContent('', body);
    return commentsRepo.insert({
      postId,
      parentId,
      authorId: author.id,
      body,
      bodyHtml: content.bodyHtml,
      searchText: content.searchText,
      searchGrams: content.searchGrams,
      createdAt,
    });
  };

  const posts: Array<{ id: string; at: number }> = [];
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
      posts.push({ id: post.id, at });

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
      }
    }
  }
  await postsRepo.recount();

  for (const post of posts) {
    const reactors = new Set(Array.from({ length: rnd.int(10) }, () => rnd.pick(members)));
    for (const m of reactors)
      await reactionsRepo.set('post', post.id, rnd.pick(REACTIONS), m.id, true);
  }
}
