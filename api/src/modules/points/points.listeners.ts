import { Injectable, type OnModuleInit } from '@nestjs/common';
import { memberRoom, type DomainEvents, type PointRule, type ReactionEvent } from '@kizuna/shared';
import { EventBus } from '../../core/events/event-bus.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { VISIT_JOB } from '../../core/visits/visit-tracker.js';
import { MembersRepository } from '../members/members.repository.js';
import { CommentsRepository } from '../posts/comments.repository.js';
import { PostsRepository } from '../posts/posts.repository.js';
import { ReactionsRepository } from '../reactions/reactions.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PointsRepository } from './points.repository.js';
import { PointsService } from './points.service.js';

interface Change {
  memberId: string;
  rule: PointRule;
  source: string;
  undo?: boolean;
}

export const JOB = {
  change: 'points.change',
  reaction: 'points.reaction',
  bestAnswer: 'points.best-answer',
  profile: 'points.profile',
  visit: VISIT_JOB,
  promoted: 'points.promoted',
} as const;

/**
 * Committed events become point jobs: the award runs once, on one instance, and is retried if
 * it fails; the unique ledger keys make a retry harmless.
 */
@Injectable()
export class PointsListeners implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly jobs: Jobs,
    private readonly service: PointsService,
    private readonly points: PointsRepository,
    private readonly members: MembersRepository,
    private readonly posts: PostsRepository,
    private readonly comments: CommentsRepository,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
    private readonly reactions: ReactionsRepository,
  ) {}

  onModuleInit(): void {
    const { jobs, events } = this;
    jobs.define<Change>(JOB.change, async (c) => {
      await (c.undo
        ? this.service.reverse(c.memberId, c.rule, c.source)
        : this.service.award(c.memberId, c.rule, c.source));
    });
    jobs.define<ReactionEvent & { added: boolean }>(JOB.reaction, (e) => this.reaction(e));
    jobs.define<{ commentId: string; undo: boolean }>(JOB.bestAnswer, (e) => this.bestAnswer(e));
    jobs.define<{ memberId: string }>(JOB.profile, (e) => this.profile(e.memberId));
    jobs.define<{ memberId: string }>(JOB.visit, (e) => this.service.visit(e.memberId));
    jobs.define<DomainEvents['rank.promoted']>(JOB.promoted, (e) => this.promoted(e));

    const change = (c: Change) => jobs.enqueue(JOB.change, c);
    events.on('member.joined', 'points', (e) =>
      change({ memberId: e.memberId, rule: 'joined', source: 'joined' }),
    );
    const post = (undo: boolean) => (e: { postId: string; authorId: string }) =>
      change({ memberId: e.authorId, rule: 'post_created', source: `post:${e.postId}`, undo });
    events.on('post.created', 'points', post(false));
    events.on('post.restored', 'points', post(false));
    events.on('post.removed', 'points', post(true));
    const comment = (undo: boolean) => (e: { commentId: string; authorId: string }) =>
      change({
        memberId: e.authorId,
        rule: 'comment_created',
        source: `comment:${e.commentId}`,
        undo,
      });
    events.on('comment.created', 'points', comment(false));
    events.on('comment.restored', 'points', comment(false));
    events.on('comment.removed', 'points', comment(true));
    events.on('reaction.added', 'points', (e) => jobs.enqueue(JOB.reaction, { ...e, added: true }));
    events.on('reaction.removed', 'points', (e) =>
      jobs.enqueue(JOB.reaction, { ...e, added: false }),
    );
    events.on('answer.accepted', 'points', (e) =>
      jobs.enqueue(JOB.bestAnswer, { commentId: e.commentId, undo: false }),
    );
    events.on('answer.unaccepted', 'points', (e) =>
      jobs.enqueue(JOB.bestAnswer, { commentId: e.commentId, undo: true }),
    );
    events.on('profile.updated', 'points', (e) => jobs.enqueue(JOB.profile, e));
    events.on('rank.promoted', 'points', (e) => jobs.enqueue(JOB.promoted, e));
  }

  /** Given (once per target, however many kinds) and received (once per person and target). */
  private async reaction(e: ReactionEvent & { added: boolean }): Promise<void> {
    const target =
      e.targetType === 'post'
        ? await this.posts.findById(e.targetId)
        : await this.comments.findById(e.targetId);
    // Reacting to your own content earns nothing.
    if (!target || target.authorId === e.memberId) return;
    const undo = !e.added;
    if (undo && (await this.reactions.hasAny(e.targetType, e.targetId, e.memberId))) return;
    const source = `reaction:${e.targetType}:${e.targetId}`;
    const run = (memberId: string, rule: PointRule, src: string) =>
      undo ? this.service.reverse(memberId, rule, src) : this.service.award(memberId, rule, src);
    await run(e.memberId, 'reaction_given', source);
    await run(target.authorId, 'reaction_received', `${source}:${e.memberId}`);
  }

  private async bestAnswer(e: { commentId: string; undo: boolean }): Promise<void> {
    const comment = await this.comments.findById(e.commentId);
    const post = comment && (await this.posts.findById(comment.postId));
    // Choosing your own answer to your own question earns nothing.
    if (!comment || !post || comment.authorId === post.authorId) return;
    const source = `best_answer:${comment.id}`;
    await (e.undo
      ? this.service.reverse(comment.authorId, 'best_answer', source)
      : this.service.award(comment.authorId, 'best_answer', source));
  }

  /** A profile with a name, a photo and a few words about the member earns points once. */
  private async profile(memberId: string): Promise<void> {
    const m = await this.members.findById(memberId);
    if (m?.displayName.trim() && m.avatarUrl && m.bio.trim())
      await this.service.award(m.id, 'profile_completed', 'profile');
  }

  private async promoted(e: DomainEvents['rank.promoted']): Promise<void> {
    const rank = (await this.points.ranks()).find((r) => r.position === e.to);
    await this.notifications.notify({
      memberId: e.memberId,
      kind: 'rank',
      dedupeKey: `rank:${e.to}`,
      data: { rank: e.to, message: rank ? `${rank.icon} ${rank.nameJa} / ${rank.nameEn}` : '' },
    });
    this.realtime.push(memberRoom(e.memberId), 'rank:promoted', { from: e.from, to: e.to });
  }
}
