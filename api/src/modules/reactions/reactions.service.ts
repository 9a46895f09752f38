import { Injectable } from '@nestjs/common';
import type { ReactionEvent, ReactionTarget } from '@kizuna/shared';
import { AuditTrail, changedFields } from '../../core/audit/audit-trail.js';
import { Db } from '../../core/database/db.js';
import type { CteFragment } from '../../core/database/sql-fragment.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { invalidField } from '../../core/errors/app-error.js';
import { decodeCursor, toConnection } from '../../core/graphql/pagination.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { MembersService } from '../members/members.service.js';
import { PostsService } from '../posts/posts.service.js';
import { CommentsService } from '../posts/comments.service.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { ActivityService } from '../activity/activity.service.js';
import {
  ReactionsRepository,
  type KindCount,
  type ReactionKindRow,
} from './reactions.repository.js';
import type { TargetReactions } from './reactions.loaders.js';
import type { PostEntity } from '../posts/entities/post.entity.js';
import type {
  ReactionCount,
  ReactionKindInput,
  SetReactionInput,
  WhoReactedArgs,
} from './reactions.models.js';

const KIND_FIELDS = ['emoji', 'labelJa', 'labelEn', 'position', 'enabled'] as const;

const toReactions = (counts: KindCount[]): TargetReactions => ({
  counts: new Map(counts.map((c) => [c.kind, c.count])),
  mine: new Set(counts.filter((c) => c.mine).map((c) => c.kind)),
});

@Injectable()
export class ReactionsService {
  constructor(
    private readonly db: Db,
    private readonly reactions: ReactionsRepository,
    private readonly posts: PostsService,
    private readonly comments: CommentsService,
    private readonly activity: ActivityService,
    private readonly members: MembersService,
    private readonly events: EventBus,
    private readonly audit: AuditTrail,
  ) {}

  kinds(): Promise<ReactionKindRow[]> {
    return this.reactions.kinds();
  }

  /** The enabled kinds in order, with counts, plus kinds no longer enabled that still have reactions. */
  summarize(kinds: ReactionKindRow[], r: TargetReactions): ReactionCount[] {
    return kinds
      .filter((k) => k.enabled || r.counts.has(k.key))
      .map((k) => ({
        kind: k.key,
        emoji: k.emoji,
        count: r.counts.get(k.key) ?? 0,
        viewerReacted: r.mine.has(k.key),
      }));
  }

  /**
   * Reacting needs read access to the target; a disabled kind is refused. Only a real change
   * (a reaction added or taken back) records an activity and an event. A new reaction is one
   * statement with its counter and activities (no transaction to open); so is taking one back,
   * unless the target's reactions changed while it waited for the target's lock. A change
   * returns the target's reactions as they stand after it; no change, null (read them again).
   */
  async set(viewer: Viewer, input: SetReactionInput): Promise<ReactionCount[] | null> {
    const kinds = await this.reactions.kinds();
    const kind = kinds.find((k) => k.key === input.kind);
    if (!kind || (!kind.enabled && input.active)) {
      throw invalidField('kind', 'INVALID_VALUE', 'This reaction is not available.');
    }
    const { post, authorId } = await this.requireTarget(viewer, input.targetType, input.targetId);
    const event: ReactionEvent = {
      targetType: input.targetType,
      targetId: input.targetId,
      postId: post.id,
      spaceId: post.spaceId,
      kind: input.kind,
      memberId: viewer.memberId,
      targetAuthorId: authorId,
    };
    const facts = {
      targetType: input.targetType,
      targetId: input.targetId,
      targetAuthorId: authorId,
      reactorId: viewer.memberId,
      spaceId: post.spaceId,
      targetIsDiscussion: input.targetType === 'post' && post.spaceId === null,
    };
    // The counter's update locks the target's row until commit: a member's concurrent changes
    // to their reactions on it take turns from there, so each counts the kinds the others left.
    const counter = (delta: number, unmoved = false) =>
      this.posts.reactionCountCtes(input.targetType, input.targetId, delta, unmoved);
    if (input.active) {
      const counts = await this.reactions.add(
        input.targetType,
        input.targetId,
        input.kind,
        viewer.memberId,
        event,
        this.events.consumersOf('reaction.added'),
        [counter(1), this.activity.recording(ActivityRules.reactionAdded(facts))],
      );
      if (!counts) return null;
      this.events.committed();
      return this.summarize(kinds, toReactions(counts));
    }
    const withdrawal = this.activity.retracting(ActivityRules.reactionWithdrawn(facts, 0));
    const remove = (then: CteFragment[], judged?: CteFragment) =>
      this.reactions.remove(
        input.targetType,
        input.targetId,
        input.kind,
        viewer.memberId,
        event,
        this.events.consumersOf('reaction.removed'),
        then,
        judged,
      );
    // In one statement when no one changed the target's reactions while it waited for the lock
    // (a statement that fails would end a transaction around it too).
    if (!this.db.inTransaction) {
      try {
        const counts = await remove([counter(-1, true)], withdrawal);
        if (!counts) return null;
        this.events.committed();
        return this.summarize(kinds, toReactions(counts));
      } catch (err) {
        if ((err as { code?: string }).code !== '40001') throw err;
      }
    }
    return this.db.transaction(async () => {
      const counts = await remove([counter(-1)]);
      if (!counts) return null;
      this.events.committed();
      // Judged in a statement of its own, after the lock: the withdrawal counts once the
      // member has no reaction of any kind left on the target.
      await this.reactions.whenNoneLeft(input.targetType, input.targetId, viewer.memberId, [
        withdrawal,
      ]);
      return this.summarize(kinds, toReactions(counts));
    });
  }

  /** Gates another module's statement on the member still having a reaction on the target. */
  standingCtes(target: ReactionTarget, targetId: string, memberId: string): CteFragment {
    return this.reactions.standingCtes(target, targetId, memberId);
  }

  /** Whether the member still has a reaction of any kind on the target. */
  async hasAny(target: ReactionTarget, targetId: string, memberId: string): Promise<boolean> {
    return (await this.reactions.countBy(target, targetId, memberId)) > 0;
  }

  async who(viewer: Viewer, args: WhoReactedArgs) {
    await this.requireTarget(viewer, args.targetType, args.targetId);
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const rows = await this.reactions.who(
      args.targetType,
      args.targetId,
      args.kind,
      args.first,
      after,
    );
    const byId = new Map(
      (await this.members.findByIds(rows.map((r) => r.memberId))).map((m) => [m.id, m]),
    );
    const page = toConnection(rows, args.first, (r) => [r.createdAt.toISOString(), r.memberId]);
    return { ...page, nodes: page.nodes.map((r) => byId.get(r.memberId)!).filter(Boolean) };
  }

  updateKinds(viewer: Viewer, kinds: ReactionKindInput[]): Promise<ReactionKindRow[]> {
    return this.db.transaction(async () => {
      const current = new Map((await this.reactions.kinds()).map((k) => [k.key, k]));
      const before: Array<Record<string, unknown>> = [];
      const after: Array<Record<string, unknown>> = [];
      for (const k of kinds) {
        await this.reactions.upsertKind(k);
        const was = current.get(k.key);
        const diff = was
          ? changedFields(was, k, KIND_FIELDS)
          : { before: null, after: Object.fromEntries(KIND_FIELDS.map((f) => [f, k[f]])) };
        if (!diff) continue;
        if (diff.before) before.push({ key: k.key, ...diff.before });
        after.push({ key: k.key, ...diff.after });
      }
      if (after.length)
        await this.audit.record(viewer, {
          action: 'reactionKinds.update',
          target: { type: 'reactionKinds', label: 'Reaction kinds' },
          before,
          after,
        });
      return this.reactions.kinds();
    });
  }

  /** The post the target is or belongs to, if the viewer may read it. */
  private async requireTarget(
    viewer: Viewer,
    target: ReactionTarget,
    id: string,
  ): Promise<{ post: PostEntity; authorId: string }> {
    if (target === 'post') {
      const post = await this.posts.visible(viewer, id);
      return { post, authorId: post.authorId };
    }
    const comment = await this.comments.visible(viewer, id);
    return { post: comment.post, authorId: comment.comment.authorId };
  }
}
