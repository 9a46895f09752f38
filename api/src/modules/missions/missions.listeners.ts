import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { DomainEvents, ReactionEvent } from '@kizuna/shared';
import { EventBus } from '../../core/events/event-bus.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { MembersRepository } from '../members/members.repository.js';
import { CommentsRepository } from '../posts/comments.repository.js';
import { PostsRepository } from '../posts/posts.repository.js';
import { ReactionsRepository } from '../reactions/reactions.repository.js';
import { MissionsService, type MissionActionDone } from './missions.service.js';

type At<T> = T & { at: string };

export const MISSION_JOB = {
  action: 'missions.action',
  reaction: 'missions.reaction',
  bestAnswer: 'missions.best-answer',
  profile: 'missions.profile',
  retract: 'missions.retract',
} as const;

/**
 * Committed events become mission jobs. The time of the event is taken here, so a job that runs
 * (or is retried) after a mission's window still counts what happened within it.
 */
@Injectable()
export class MissionsListeners implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly jobs: Jobs,
    private readonly service: MissionsService,
    private readonly members: MembersRepository,
    private readonly posts: PostsRepository,
    private readonly comments: CommentsRepository,
    private readonly reactions: ReactionsRepository,
  ) {}

  onModuleInit(): void {
    const { jobs, events } = this;
    jobs.define<MissionActionDone>(MISSION_JOB.action, (d) => this.service.advance(d));
    jobs.define<At<ReactionEvent>>(MISSION_JOB.reaction, (d) => this.reaction(d));
    jobs.define<At<DomainEvents['answer.accepted']>>(MISSION_JOB.bestAnswer, (d) =>
      this.bestAnswer(d),
    );
    jobs.define<At<{ memberId: string }>>(MISSION_JOB.profile, (d) => this.profile(d));
    jobs.define<{ memberId: string; source: string; unlessReactionOn?: ReactionEvent }>(
      MISSION_JOB.retract,
      (d) => this.retract(d),
    );

    const now = () => new Date().toISOString();
    const done = (d: Omit<MissionActionDone, 'at'>) =>
      jobs.enqueue(MISSION_JOB.action, { ...d, at: now() });
    events.on('post.created', 'missions', (e) =>
      done({
        memberId: e.authorId,
        action: 'post',
        spaceId: e.spaceId,
        source: `post:${e.postId}`,
      }),
    );
    events.on('comment.created', 'missions', (e) =>
      done({
        memberId: e.authorId,
        action: 'comment',
        spaceId: e.spaceId,
        source: `comment:${e.commentId}`,
      }),
    );
    events.on('member.visited', 'missions', (e) =>
      done({ memberId: e.memberId, action: 'visit', spaceId: null, source: `visit:${e.day}` }),
    );
    events.on('reaction.added', 'missions', (e) =>
      jobs.enqueue(MISSION_JOB.reaction, { ...e, at: now() }),
    );
    events.on('answer.accepted', 'missions', (e) =>
      jobs.enqueue(MISSION_JOB.bestAnswer, { ...e, at: now() }),
    );
    events.on('profile.updated', 'missions', (e) =>
      jobs.enqueue(MISSION_JOB.profile, { memberId: e.memberId, at: now() }),
    );

    const retract = (memberId: string, source: string, unlessReactionOn?: ReactionEvent) =>
      jobs.enqueue(MISSION_JOB.retract, { memberId, source, unlessReactionOn });
    events.on('post.removed', 'missions', (e) => retract(e.authorId, `post:${e.postId}`));
    events.on('comment.removed', 'missions', (e) => retract(e.authorId, `comment:${e.commentId}`));
    events.on('reaction.removed', 'missions', (e) =>
      retract(e.memberId, `reaction:${e.targetType}:${e.targetId}`, e),
    );
    events.on('answer.unaccepted', 'missions', async (e) => {
      const comment = await this.comments.findById(e.commentId);
      if (comment) await retract(comment.authorId, `best_answer:${comment.id}`);
    });
  }

  /** Undone actions stop counting; a reaction only once none of the member's is left there. */
  private async retract(d: {
    memberId: string;
    source: string;
    unlessReactionOn?: ReactionEvent;
  }): Promise<void> {
    const r = d.unlessReactionOn;
    if (r && (await this.reactions.hasAny(r.targetType, r.targetId, r.memberId))) return;
    await this.service.retract(d.memberId, d.source);
  }

  /** A reaction to someone else's post or comment, once per target whatever its kind. */
  private async reaction(e: At<ReactionEvent>): Promise<void> {
    const target =
      e.targetType === 'post'
        ? await this.posts.findById(e.targetId)
        : await this.comments.findById(e.targetId);
    if (!target || target.authorId === e.memberId) return;
    await this.service.advance({
      memberId: e.memberId,
      action: 'reaction',
      spaceId: e.spaceId,
      source: `reaction:${e.targetType}:${e.targetId}`,
      at: e.at,
    });
  }

  /** The answer's author, unless they chose their own answer to their own question. */
  private async bestAnswer(e: At<DomainEvents['answer.accepted']>): Promise<void> {
    const comment = await this.comments.findById(e.commentId);
    const post = comment && (await this.posts.findById(comment.postId));
    if (!comment || !post || comment.authorId === post.authorId) return;
    await this.service.advance({
      memberId: comment.authorId,
      action: 'best_answer',
      spaceId: e.spaceId,
      source: `best_answer:${comment.id}`,
      at: e.at,
    });
  }

  /** A profile with a name, a photo and a few words (as for the profile points). */
  private async profile(e: At<{ memberId: string }>): Promise<void> {
    const m = await this.members.findById(e.memberId);
    if (!m?.displayName.trim() || !m.avatarUrl || !m.bio.trim()) return;
    await this.service.advance({
      memberId: m.id,
      action: 'profile_completed',
      spaceId: null,
      source: 'profile',
      at: e.at,
    });
  }
}
