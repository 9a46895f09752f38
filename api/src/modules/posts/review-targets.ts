import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ErrorCode } from '@kizuna/shared';
import { AppError } from '../../core/errors/app-error.js';
import { ReviewTargets, type ReviewedContent } from '../moderation/review-targets.js';
import { CommentsService } from './comments.service.js';
import type { CommentEntity } from './entities/comment.entity.js';
import type { PostEntity } from './entities/post.entity.js';
import { PostsService } from './posts.service.js';

/** null where the reader may not see it (NOT_FOUND), rethrowing anything else. */
async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof AppError && err.code === ErrorCode.NOT_FOUND) return null;
    throw err;
  }
}

const reviewedPost = (p: PostEntity): ReviewedContent => ({
  id: p.id,
  authorId: p.authorId,
  label: p.title,
  excerpt: p.excerpt,
  path: `/posts/${p.id}`,
  hidden: !!p.hiddenAt,
  deleted: !!p.deletedAt,
  createdAt: p.createdAt,
});

const reviewedComment = (c: CommentEntity, post: PostEntity | undefined): ReviewedContent => ({
  id: c.id,
  authorId: c.authorId,
  label: post?.title ?? '',
  excerpt: c.body.slice(0, 500),
  path: post?.spaceId ? `/posts/${c.postId}#comment-${c.id}` : `/posts/${c.postId}`,
  hidden: !!c.hiddenAt,
  deleted: !!c.deletedAt,
  createdAt: c.createdAt,
});

/**
 * Posts and comments (an event's and an idea's included) as moderation sees them. A discussion's
 * own post is flagged as what owns it (the idea), never as a post.
 */
@Injectable()
export class ContentReviewTargets implements OnModuleInit {
  constructor(
    private readonly targets: ReviewTargets,
    private readonly posts: PostsService,
    private readonly comments: CommentsService,
  ) {}

  onModuleInit(): void {
    this.targets.register('post', {
      readable: async (reader, id) => {
        const post = await orNull(this.posts.visible(reader, id));
        return post?.spaceId ? reviewedPost(post) : null;
      },
      find: async (ids) =>
        new Map((await this.posts.findByIds(ids)).map((p) => [p.id, reviewedPost(p)])),
      hide: async (id, reason, moderatorId) => {
        await this.posts.setHidden(id, true, reason, moderatorId);
      },
      show: async (id, moderatorId) => {
        await this.posts.setHidden(id, false, null, moderatorId);
      },
      remove: async (id, moderator) => {
        await this.posts.delete(moderator, id);
      },
    });
    this.targets.register('comment', {
      readable: async (reader, id) => {
        const found = await orNull(this.comments.visible(reader, id));
        return found && reviewedComment(found.comment, found.post);
      },
      find: async (ids) => {
        const comments = await this.comments.findByIds(ids);
        const posts = new Map(
          (await this.posts.findByIds([...new Set(comments.map((c) => c.postId))])).map((p) => [
            p.id,
            p,
          ]),
        );
        return new Map(comments.map((c) => [c.id, reviewedComment(c, posts.get(c.postId))]));
      },
      hide: async (id, reason, moderatorId) => {
        await this.comments.setHidden(id, true, reason, moderatorId);
      },
      show: async (id, moderatorId) => {
        await this.comments.setHidden(id, false, null, moderatorId);
      },
      remove: async (id, moderator) => {
        await this.comments.delete(moderator, id);
      },
    });
  }
}
