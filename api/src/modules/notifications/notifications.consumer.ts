import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { DomainEvents } from '@kizuna/shared';
import { isStaff } from '../../core/auth/viewer.js';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { ModerationService } from '../moderation/moderation.service.js';
import { MembersService } from '../members/members.service.js';
import { PointsService } from '../points/points.service.js';
import { CommentsService } from '../posts/comments.service.js';
import { PostsService } from '../posts/posts.service.js';
import type { PostEntity } from '../posts/entities/post.entity.js';
import { ReactionsService } from '../reactions/reactions.service.js';
import { EMAIL_JOB, NotificationsService, type Notify } from './notifications.service.js';

const HOUR = 60 * 60 * 1000;

const JOB = {
  anniversaries: 'notifications.anniversaries',
  digest: 'notifications.digest',
} as const;

/**
 * Who to tell about what happened: each committed event is delivered here once (through the
 * outbox, so none is lost to a crash), and a member hears of a cause at most once besides.
 */
@Injectable()
export class NotificationsConsumer implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
    private readonly jobs: Jobs,
    private readonly service: NotificationsService,
    private readonly posts: PostsService,
    private readonly comments: CommentsService,
    private readonly reactions: ReactionsService,
    private readonly points: PointsService,
    private readonly moderation: ModerationService,
    private readonly members: MembersService,
  ) {}

  onModuleInit(): void {
    const { jobs, events } = this;
    jobs.define<{ id: string }>(EMAIL_JOB, (d) => this.service.sendEmail(d.id));
    jobs.define(JOB.anniversaries, async () => void (await this.service.anniversaries()));
    jobs.define(JOB.digest, async () => void (await this.service.sendDigests()));

    events.on('comment.created', 'notifications', (e) => this.comment(e.commentId));
    events.on('post.created', 'notifications', (e) => this.post(e.postId));
    events.on('reaction.added', 'notifications', (e) => this.reaction(e));
    events.on('answer.accepted', 'notifications', (e) => this.bestAnswer(e));
    events.on('mentions.added', 'notifications', (e) => this.mentions(e));
    events.on('content.moderated', 'notifications', (e, d) => this.moderated(e, d.id));
    events.on('points.adjusted', 'notifications', (e, d) => this.adjusted(e, d.id));
    events.on('review.resolved', 'notifications', (e) => this.reviewed(e));
    events.on('member.warned', 'notifications', (e) => this.warned(e));
    events.onBatch('rank.promoted', 'notifications', (deliveries) =>
      this.promoted(deliveries.map((d) => d.payload)),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(JOB.anniversaries, HOUR);
    await this.jobs.every(JOB.digest, HOUR);
  }

  /** Reply to the thread's first comment, reply to the post, then mentions: one per person. */
  private async comment(commentId: string): Promise<void> {
    const comment = await this.comments.findById(commentId);
    if (!comment || comment.deletedAt || comment.hiddenAt) return;
    const post = await this.posts.findById(comment.postId);
    if (!post) return;
    const parent = comment.parentId ? await this.comments.findById(comment.parentId) : null;
    const base = {
      dedupeKey: `comment:${comment.id}`,
      postId: post.id,
      commentId: comment.id,
      actorId: comment.authorId,
    };
    const recipients: Array<Pick<Notify, 'memberId' | 'kind'>> = [
      ...(parent ? [{ memberId: parent.authorId, kind: 'reply_to_comment' as const }] : []),
      { memberId: post.authorId, kind: 'reply_to_post' },
      ...(await this.posts.mentionedIds('comment', comment.id)).map((memberId) => ({
        memberId,
        kind: 'mention' as const,
      })),
    ];
    await this.tell(post, recipients, base);
  }

  private async post(postId: string): Promise<void> {
    const post = await this.posts.findById(postId);
    if (!post) return;
    const mentioned = await this.posts.mentionedIds('post', post.id);
    await this.tell(
      post,
      mentioned.map((memberId) => ({ memberId, kind: 'mention' as const })),
      { dedupeKey: `post:${post.id}`, postId: post.id, actorId: post.authorId },
    );
  }

  /** Members an edit newly mentions; the dedupe key is the creation's, so nobody hears twice. */
  private async mentions(e: DomainEvents['mentions.added']): Promise<void> {
    const mentioned = await this.posts.mentionedIds(e.sourceType, e.sourceId);
    const post = mentioned.length ? await this.posts.findById(e.postId) : null;
    if (!post) return;
    await this.tell(
      post,
      mentioned.map((memberId) => ({ memberId, kind: 'mention' as const })),
      {
        dedupeKey: `${e.sourceType}:${e.sourceId}`,
        postId: e.postId,
        commentId: e.sourceType === 'comment' ? e.sourceId : null,
        actorId: e.authorId,
      },
    );
  }

  /**
   * The target's author hears of it, unless the reaction was taken back or the target deleted
   * or hidden before this ran: both judged in the statement that groups the notification.
   */
  private async reaction(e: DomainEvents['reaction.added']): Promise<void> {
    if (!e.targetAuthorId) return this.reactionWithoutAuthor(e);
    const recipient = e.targetAuthorId;
    if (recipient === e.memberId) return;
    // As shown when reacted to; whether it still is, the statement judges.
    const post = { id: e.postId, spaceId: e.spaceId, deletedAt: null, hiddenAt: null };
    const reader = (await this.service.readers([recipient], post)).get(recipient);
    if (!reader) return;
    await this.service.notify(
      {
        memberId: recipient,
        kind: 'reactions',
        dedupeKey: `reactions:${e.targetType}:${e.targetId}`,
        postId: e.postId,
        commentId: e.targetType === 'comment' ? e.targetId : null,
        actorId: e.memberId,
        grouped: true,
      },
      [
        this.reactions.standingCtes(e.targetType, e.targetId, e.memberId),
        this.posts.shownCtes(e.targetType, e.targetId, e.postId, isStaff(reader)),
      ],
    );
  }

  /** An event written before it carried the target's author. */
  private async reactionWithoutAuthor(e: DomainEvents['reaction.added']): Promise<void> {
    // Taken back before the job ran: nothing to tell.
    if (!(await this.reactions.hasAny(e.targetType, e.targetId, e.memberId))) return;
    const post = await this.posts.findById(e.postId);
    const target = e.targetType === 'post' ? post : await this.comments.findById(e.targetId);
    if (!post || !target || target.deletedAt || target.hiddenAt) return;
    await this.tell(post, [{ memberId: target.authorId, kind: 'reactions' }], {
      dedupeKey: `reactions:${e.targetType}:${e.targetId}`,
      postId: e.postId,
      commentId: e.targetType === 'comment' ? e.targetId : null,
      actorId: e.memberId,
      grouped: true,
    });
  }

  private async bestAnswer(e: DomainEvents['answer.accepted']): Promise<void> {
    const comment = await this.comments.findById(e.commentId);
    const post = await this.posts.findById(e.postId);
    if (!comment || !post || post.bestAnswerId !== comment.id) return;
    await this.tell(post, [{ memberId: comment.authorId, kind: 'best_answer' }], {
      dedupeKey: `best_answer:${comment.id}`,
      postId: post.id,
      commentId: comment.id,
      actorId: e.acceptedBy,
    });
  }

  /**
   * The author hears that the moderators hid what they wrote (with the reason) or showed it
   * again. The title is kept with the notification: a hidden post no longer opens for them.
   */
  private async moderated(e: DomainEvents['content.moderated'], eventId: string): Promise<void> {
    const post = await this.posts.findById(e.postId);
    const target = e.targetType === 'post' ? post : await this.comments.findById(e.targetId);
    // Changed back before this ran (the later event tells), or gone.
    if (!post || !target || target.deletedAt || !!target.hiddenAt !== e.hidden) return;
    if (target.authorId === e.moderatorId) return;
    const reason = e.hidden ? target.hiddenReason : null;
    await this.service.notify({
      memberId: target.authorId,
      kind: !e.hidden ? 'content_restored' : e.moderatorId ? 'content_hidden' : 'content_flagged',
      dedupeKey: `moderated:${eventId}`,
      postId: post.id,
      commentId: e.targetType === 'comment' ? target.id : null,
      params: { title: post.title, ...(reason ? { message: reason } : {}) },
    });
  }

  /** Each flagger hears the verdict on what they flagged, once per item. */
  private async reviewed(e: DomainEvents['review.resolved']): Promise<void> {
    const { flaggerIds, label, path } = await this.moderation.flaggersOf(e.itemId);
    await this.service.notifyAll(
      flaggerIds
        .filter((id) => id !== e.moderatorId)
        .map((memberId) => ({
          memberId,
          kind: e.status === 'agreed' ? 'flag_agreed' : 'flag_disagreed',
          dedupeKey: `review:${e.itemId}`,
          params: { title: label, path },
        })),
    );
  }

  private async warned(e: DomainEvents['member.warned']): Promise<void> {
    const warning = (await this.members.sanctionsOf(e.memberId)).find((s) => s.id === e.sanctionId);
    if (!warning?.message) return;
    await this.service.notify({
      memberId: e.memberId,
      kind: 'moderator_warning',
      dedupeKey: `warning:${e.sanctionId}`,
      params: { message: warning.message },
    });
  }

  private async adjusted(e: DomainEvents['points.adjusted'], eventId: string): Promise<void> {
    if (e.memberId === e.moderatorId) return;
    await this.service.notify({
      memberId: e.memberId,
      kind: 'points_adjusted',
      dedupeKey: `adjusted:${eventId}`,
      params: { points: e.points, message: e.reason },
    });
  }

  private async promoted(promotions: Array<DomainEvents['rank.promoted']>): Promise<void> {
    const ranks = new Map((await this.points.ranks()).map((r) => [r.position, r]));
    await this.service.notifyAll(
      promotions.map((e) => {
        const rank = ranks.get(e.to);
        return {
          memberId: e.memberId,
          kind: 'rank',
          dedupeKey: `rank:${e.to}`,
          subject: { type: 'rank', id: String(e.to) },
          params: rank
            ? { position: e.to, nameJa: rank.nameJa, nameEn: rank.nameEn, icon: rank.icon }
            : { position: e.to },
        };
      }),
    );
  }

  /** `post` as read in this delivery (its transaction): the rules judge its current state. */
  private async tell(
    post: PostEntity,
    recipients: Array<Pick<Notify, 'memberId' | 'kind'>>,
    base: Omit<Notify, 'memberId' | 'kind'>,
  ): Promise<void> {
    const wanted = recipients.filter((r) => r.memberId !== base.actorId);
    if (!wanted.length) return;
    await this.db.transaction(async () => {
      const readers = await this.service.readersOf(
        [...new Set(wanted.map((r) => r.memberId))],
        post,
      );
      // Recipients come in order of relevance; a member hears once, through the first kind
      // they have not turned off.
      const told = new Set<string>();
      for (const r of wanted) {
        if (told.has(r.memberId) || !readers.has(r.memberId)) continue;
        if (await this.service.notify({ ...base, ...r })) told.add(r.memberId);
      }
    });
  }
}
