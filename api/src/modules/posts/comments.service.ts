import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@kizuna/shared';
import { AuditTrail, changedFields } from '../../core/audit/audit-trail.js';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { AppError, forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import {
  decodeCursor,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { isStaff, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { MembersService } from '../members/members.service.js';
import { CommentsRepository } from './comments.repository.js';
import { PostsRepository } from './posts.repository.js';
import { PostsService, requireText } from './posts.service.js';
import { prepareContent } from './content.js';
import { Screening } from '../moderation/screening.js';
import { hiddenShown, mayReadHidden } from './posts.policy.js';
import { postingLimit } from './posting-limits.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { ActivityService } from '../activity/activity.service.js';
import { RateLimiter } from '../../core/rate-limit/rate-limiter.js';
import type { CommentEntity } from './entities/comment.entity.js';
import type { PostEntity } from './entities/post.entity.js';
import type { CreateCommentInput, UpdateCommentInput } from './dto/post.inputs.js';

@Injectable()
export class CommentsService {
  constructor(
    private readonly db: Db,
    private readonly limiter: RateLimiter,
    private readonly activity: ActivityService,
    private readonly comments: CommentsRepository,
    private readonly posts: PostsRepository,
    private readonly postsService: PostsService,
    private readonly members: MembersService,
    private readonly events: EventBus,
    private readonly screening: Screening,
    private readonly audit: AuditTrail,
  ) {}

  async topLevel(
    viewer: Reader | null,
    post: PostEntity,
    args: PageArgs,
  ): Promise<Connection<CommentEntity>> {
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const rows = await this.comments.topLevel(post.id, args.first, after, hiddenShown(viewer));
    return toConnection(rows, args.first, (c) => [c.createdAt.toISOString(), c.id]);
  }

  /** The top-level comments of a post the viewer sees, deleted ones left out. */
  countTopLevel(viewer: Reader | null, post: PostEntity): Promise<number> {
    return this.comments.countTopLevel(post.id, hiddenShown(viewer));
  }

  async replies(
    viewer: Reader | null,
    parentId: string,
    args: PageArgs,
  ): Promise<Connection<CommentEntity>> {
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const rows = await this.comments.replies(parentId, args.first, after, hiddenShown(viewer));
    return toConnection(rows, args.first, (c) => [c.createdAt.toISOString(), c.id]);
  }

  /** Replies of a comment the viewer may read. */
  async repliesOf(
    viewer: Reader,
    commentId: string,
    args: PageArgs,
  ): Promise<Connection<CommentEntity>> {
    const comment = isUuid(commentId) ? await this.comments.findById(commentId) : null;
    if (!comment || (comment.hiddenAt && !isStaff(viewer))) throw notFound('This comment');
    await this.postsService.visible(viewer, comment.postId);
    return this.replies(viewer, comment.id, args);
  }

  async byAuthor(
    viewer: Reader,
    handle: string,
    args: PageArgs,
  ): Promise<Connection<CommentEntity>> {
    const author = await this.members.findByHandle(handle);
    if (!author) throw notFound('This member');
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const spaceIds = await this.postsService.visibleSpaceIds(viewer);
    const rows = await this.comments.byAuthor(
      author.id,
      spaceIds,
      args.first,
      after,
      isStaff(viewer),
    );
    return toConnection(rows, args.first, (c) => [c.createdAt.toISOString(), c.id]);
  }

  /** Read interface for other modules. */
  findById(id: string): Promise<CommentEntity | null> {
    return this.comments.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<CommentEntity[]> {
    return this.comments.findByIds(ids);
  }

  /**
   * The one rule for reading a comment: not deleted, hidden only for staff, on a post the viewer
   * may read.
   */
  async visible(viewer: Viewer, id: string): Promise<{ comment: CommentEntity; post: PostEntity }> {
    const comment = isUuid(id) ? await this.comments.findById(id) : null;
    if (!comment || comment.deletedAt || (comment.hiddenAt && !mayReadHidden(viewer, comment)))
      throw notFound('This comment');
    const post = await this.postsService.visible(viewer, comment.postId);
    return { comment, post };
  }

  async create(viewer: Viewer, input: CreateCommentInput): Promise<CommentEntity> {
    const author = (await this.members.findById(viewer.memberId))!;
    this.members.assertMayPost(author);
    const limit = postingLimit(viewer, author.joinedAt, 'comment');
    requireText('body', input.body);
    const content = prepareContent('', input.body);
    const verdict = await this.screening.screen(viewer, author, {
      searchText: content.searchText,
      ...content.counts,
    });
    return this.db.transaction(async () => {
      // In the transaction, so a post that fails gives its slot back.
      if (limit) await this.limiter.take(limit, author.id);
      const post = await this.postsService.visible(viewer, input.postId, true);
      if (post.lockedAt && !isStaff(viewer)) {
        throw new AppError(ErrorCode.LOCKED, 'This post is locked: it takes no new comments.');
      }
      let parentId: string | null = null;
      if (input.parentId) {
        const parent = isUuid(input.parentId) ? await this.comments.findById(input.parentId) : null;
        if (!parent || parent.postId !== post.id || parent.deletedAt || parent.hiddenAt) {
          throw invalidField(
            'parentId',
            'INVALID_VALUE',
            'The comment you reply to no longer exists.',
          );
        }
        // One level of replies: answering a reply joins its thread.
        parentId = parent.parentId ?? parent.id;
      }
      const comment = await this.comments.insert({
        postId: post.id,
        parentId,
        authorId: author.id,
        body: input.body,
        bodyHtml: content.bodyHtml,
        searchText: content.searchText,
        searchGrams: content.searchGrams,
        ...(verdict.hold ? { hiddenAt: new Date() } : {}),
      });
      await this.screening.record('comment', { ...comment, spaceId: post.spaceId }, verdict);
      await this.posts.adjustCommentCount(post.id, 1);
      if (parentId) await this.comments.adjustReplyCount(parentId, 1);
      // Held for approval: it earns, mentions and notifies once a moderator shows it.
      if (verdict.hold) return comment;
      await this.postsService.recordMentions('comment', comment.id, content.mentions, author.id);
      await this.activity.apply(
        ActivityRules.commentCreated({
          commentId: comment.id,
          authorId: author.id,
          postAuthorId: post.authorId,
          spaceId: post.spaceId,
          at: comment.createdAt,
        }),
      );
      await this.events.emit('comment.created', {
        commentId: comment.id,
        postId: post.id,
        spaceId: post.spaceId,
        parentId,
        authorId: author.id,
      });
      return comment;
    });
  }

  update(viewer: Viewer, input: UpdateCommentInput): Promise<CommentEntity> {
    return this.db.transaction(async () => {
      const { comment, post } = await this.visible(viewer, input.id);
      if (comment.authorId !== viewer.memberId)
        throw forbidden('Only the author can edit this comment.');
      requireText('body', input.body);
      if (input.body === comment.body) return comment;
      await this.changed(post);
      const content = prepareContent('', input.body);
      await this.screening.screenEdit(viewer, await this.author(viewer), 'comment', {
        ...comment,
        spaceId: post.spaceId,
        searchText: content.searchText,
        ...content.counts,
      });
      await this.postsService.recordMentions(
        'comment',
        comment.id,
        content.mentions,
        comment.authorId,
        { postId: post.id },
      );
      return this.comments.update(comment.id, {
        body: input.body,
        bodyHtml: content.bodyHtml,
        searchText: content.searchText,
        searchGrams: content.searchGrams,
        editedAt: new Date(),
      });
    });
  }

  /** Soft delete by the author or staff; a best answer that is deleted stops being one. */
  delete(viewer: Viewer, id: string): Promise<CommentEntity> {
    return this.db.transaction(async () => {
      const { comment, post } = await this.visible(viewer, id);
      if (comment.authorId !== viewer.memberId && !isStaff(viewer))
        throw forbidden('Only the author can delete this comment.');
      await this.posts.adjustCommentCount(post.id, -1);
      if (comment.parentId) await this.comments.adjustReplyCount(comment.parentId, -1);
      if (post.bestAnswerId === comment.id) await this.clearBestAnswer(post);
      await this.changed(post);
      if (!comment.hiddenAt)
        await this.activity.apply(ActivityRules.commentRemoved({ commentId: comment.id }));
      return this.comments.update(comment.id, { deletedAt: new Date() });
    });
  }

  hide(
    viewer: Viewer,
    id: string,
    hidden: boolean,
    reason: string | undefined,
  ): Promise<CommentEntity> {
    return this.db.transaction(async () => {
      const { comment, post } = await this.visible(viewer, id);
      const updated = await this.hiding(comment, post, hidden, reason, viewer.memberId);
      const view = (c: CommentEntity) => ({ hidden: !!c.hiddenAt, hiddenReason: c.hiddenReason });
      const diff = changedFields(view(comment), view(updated));
      if (diff)
        await this.audit.record(viewer, {
          action: 'comment.hide',
          target: { type: 'comment', id: comment.id, label: post.title },
          ...diff,
          reason: hidden ? reason : null,
        });
      return updated;
    });
  }

  /** hide() for the review queue: `moderatorId` null when members' flags hid it. */
  setHidden(
    id: string,
    hidden: boolean,
    reason: string | null | undefined,
    moderatorId: string | null,
  ): Promise<CommentEntity | null> {
    return this.db.transaction(async () => {
      const comment = await this.comments.findById(id);
      const post = comment && (await this.postsService.findById(comment.postId));
      if (!comment || !post || comment.deletedAt || hidden === !!comment.hiddenAt) return comment;
      return this.hiding(comment, post, hidden, reason, moderatorId);
    });
  }

  private async hiding(
    comment: CommentEntity,
    post: PostEntity,
    hidden: boolean,
    reason: string | null | undefined,
    moderatorId: string | null,
  ): Promise<CommentEntity> {
    if (hidden && post.bestAnswerId === comment.id) await this.clearBestAnswer(post);
    await this.changed(post);
    if (hidden !== !!comment.hiddenAt) {
      await this.activity.apply(
        hidden
          ? ActivityRules.commentRemoved({ commentId: comment.id })
          : ActivityRules.commentCreated({
              commentId: comment.id,
              authorId: comment.authorId,
              postAuthorId: post.authorId,
              spaceId: post.spaceId,
            }),
      );
      await this.events.emit('content.moderated', {
        targetType: 'comment',
        targetId: comment.id,
        postId: post.id,
        hidden,
        moderatorId,
      });
    }
    return this.comments.update(comment.id, {
      hiddenAt: hidden ? (comment.hiddenAt ?? new Date()) : null,
      hiddenReason: hidden ? reason?.trim() || null : null,
    });
  }

  private async author(viewer: Viewer) {
    const author = (await this.members.findById(viewer.memberId))!;
    this.members.assertMayPost(author);
    return author;
  }

  /** The question's author or staff choose (or change, or clear) the best answer. */
  setBestAnswer(viewer: Viewer, postId: string, commentId: string | null): Promise<PostEntity> {
    return this.db.transaction(async () => {
      const post = await this.postsService.visible(viewer, postId, true);
      if (post.kind !== 'question')
        throw invalidField('postId', 'INVALID_VALUE', 'Only questions have a best answer.');
      if (post.authorId !== viewer.memberId && !isStaff(viewer)) {
        throw forbidden('Only the person who asked, or a moderator, can choose the best answer.');
      }
      let chosen: CommentEntity | null = null;
      if (commentId !== null) {
        chosen = isUuid(commentId) ? await this.comments.findById(commentId) : null;
        if (!chosen || chosen.postId !== post.id || chosen.deletedAt || chosen.hiddenAt) {
          throw invalidField('commentId', 'INVALID_VALUE', 'Choose a comment on this question.');
        }
      }
      if (commentId === post.bestAnswerId) return post;
      if (post.bestAnswerId)
        await this.activity.apply(ActivityRules.bestAnswerDropped(post.bestAnswerId));
      if (chosen) {
        await this.activity.apply(
          ActivityRules.bestAnswerChosen({
            commentId: chosen.id,
            answerAuthorId: chosen.authorId,
            questionAuthorId: post.authorId,
            chooserId: viewer.memberId,
            spaceId: post.spaceId,
          }),
        );
        await this.events.emit('answer.accepted', {
          postId: post.id,
          commentId: chosen.id,
          spaceId: post.spaceId!,
          acceptedBy: viewer.memberId,
        });
      } else await this.changed(post);
      await this.postsService.postChanged(post.spaceId!);
      return this.posts.update(post.id, { bestAnswerId: commentId });
    });
  }

  private async clearBestAnswer(post: PostEntity): Promise<void> {
    await this.posts.update(post.id, { bestAnswerId: null });
    await this.activity.apply(ActivityRules.bestAnswerDropped(post.bestAnswerId!));
  }

  private changed(post: PostEntity): Promise<void> {
    return this.events.emit('post.changed', { postId: post.id, spaceId: post.spaceId });
  }
}
