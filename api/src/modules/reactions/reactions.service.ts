import { Injectable } from '@nestjs/common';
import type { ReactionTarget } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/events/event-bus.js';
import { invalidField, notFound } from '../../core/errors/app-error.js';
import { decodeCursor, toConnection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { isStaff, type Viewer } from '../../core/auth/viewer.js';
import { MembersRepository } from '../members/members.repository.js';
import { PostsService } from '../posts/posts.service.js';
import { CommentsRepository } from '../posts/comments.repository.js';
import { ReactionsRepository, type ReactionKindRow } from './reactions.repository.js';
import type { TargetReactions } from './reactions.loaders.js';
import type { PostEntity } from '../posts/entities/post.entity.js';
import type {
  ReactionCount,
  ReactionKindInput,
  SetReactionInput,
  WhoReactedArgs,
} from './reactions.models.js';

@Injectable()
export class ReactionsService {
  constructor(
    private readonly db: Db,
    private readonly reactions: ReactionsRepository,
    private readonly posts: PostsService,
    private readonly comments: CommentsRepository,
    private readonly members: MembersRepository,
    private readonly events: EventBus,
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

  /** Reacting needs read access to the target; a disabled kind is refused. */
  async set(viewer: Viewer, input: SetReactionInput): Promise<void> {
    const kind = (await this.reactions.kinds()).find((k) => k.key === input.kind);
    if (!kind || (!kind.enabled && input.active)) {
      throw invalidField('kind', 'INVALID_VALUE', 'This reaction is not available.');
    }
    const post = await this.requireTarget(viewer, input.targetType, input.targetId);
    const changed = await this.reactions.set(
      input.targetType,
      input.targetId,
      input.kind,
      viewer.memberId,
      input.active,
    );
    if (!changed) return;
    this.events.emit(input.active ? 'reaction.added' : 'reaction.removed', {
      targetType: input.targetType,
      targetId: input.targetId,
      postId: post.id,
      spaceId: post.spaceId,
      kind: input.kind,
      memberId: viewer.memberId,
    });
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

  updateKinds(kinds: ReactionKindInput[]): Promise<ReactionKindRow[]> {
    return this.db.transaction(async () => {
      for (const k of kinds) await this.reactions.upsertKind(k);
      return this.reactions.kinds();
    });
  }

  /** The post the target is or belongs to, if the viewer may read it. */
  private async requireTarget(
    viewer: Viewer,
    target: ReactionTarget,
    id: string,
  ): Promise<PostEntity> {
    if (target === 'post') return this.posts.visible(viewer, id);
    const comment = isUuid(id) ? await this.comments.findById(id) : null;
    if (!comment || comment.deletedAt || (comment.hiddenAt && !isStaff(viewer)))
      throw notFound('This comment');
    return this.posts.visible(viewer, comment.postId);
  }
}
