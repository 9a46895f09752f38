import { Injectable } from '@nestjs/common';
import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ReactionTarget } from '@kizuna/shared';
import { Reading, Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../core/auth/viewer.js';
import { MemberConnection } from '../members/models/member.model.js';
import { Comment, Post } from '../posts/models/post.model.js';
import { ReactionsService } from './reactions.service.js';
import { ReactionsLoaderFactory, type ReactionsKey } from './reactions.loaders.js';
import {
  ReactionCount,
  ReactionKind,
  ReactionSummary,
  SetReactionInput,
  UpdateReactionKindsArgs,
  WhoReactedArgs,
} from './reactions.models.js';

/** Reads reactions of posts and comments through the request's loaders. */
@Injectable()
export class ReactionsReader {
  constructor(private readonly reactions: ReactionsLoaderFactory) {}

  of(ctx: GqlContext, target: ReactionTarget, id: string): Promise<ReactionCount[]> {
    return ctx.loaders.get(this.reactions).load(this.key(ctx, target, id));
  }

  /** The target's reactions as a write returned them, so the answer does not read them again. */
  prime(ctx: GqlContext, target: ReactionTarget, id: string, r: ReactionCount[]): void {
    const key = this.key(ctx, target, id);
    ctx.loaders.get(this.reactions).clear(key).prime(key, r);
  }

  private key(ctx: GqlContext, target: ReactionTarget, id: string): ReactionsKey {
    return { target, id, viewerId: ctx.req.viewer?.memberId ?? null };
  }
}

@Resolver(() => ReactionSummary)
export class ReactionsResolver {
  constructor(
    private readonly reactionsService: ReactionsService,
    private readonly reader: ReactionsReader,
  ) {}

  @Reading()
  @Query(() => [ReactionKind], {
    description: 'Every reaction kind, in display order (at most 20).',
  })
  reactionKinds() {
    return this.reactionsService.kinds();
  }

  @SignedIn()
  @Query(() => MemberConnection, { description: 'Who gave a reaction, newest first.' })
  whoReacted(@CurrentViewer() viewer: Viewer, @Args() args: WhoReactedArgs) {
    return this.reactionsService.who(viewer, args);
  }

  @SignedIn()
  @Mutation(() => ReactionSummary, {
    description: 'Adds or removes the viewer’s reaction; idempotent.',
  })
  async setReaction(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetReactionInput,
    @Context() ctx: GqlContext,
  ) {
    const known = await this.reactionsService.set(viewer, input);
    if (known) this.reader.prime(ctx, input.targetType, input.targetId, known);
    return {
      targetType: input.targetType,
      targetId: input.targetId,
      reactions: await this.reader.of(ctx, input.targetType, input.targetId),
    };
  }

  @Roles('admin')
  @Mutation(() => [ReactionKind], {
    description: 'Adds or changes reaction kinds (disable rather than delete).',
  })
  updateReactionKinds(@CurrentViewer() viewer: Viewer, @Args() args: UpdateReactionKindsArgs) {
    return this.reactionsService.updateKinds(viewer, args.kinds);
  }
}

@Resolver(() => Post)
export class PostReactionsResolver {
  constructor(private readonly reader: ReactionsReader) {}

  @ResolveField(() => [ReactionCount])
  reactions(post: { id: string }, _args: unknown, ctx: GqlContext) {
    return this.reader.of(ctx, 'post', post.id);
  }
}

@Resolver(() => Comment)
export class CommentReactionsResolver {
  constructor(private readonly reader: ReactionsReader) {}

  @ResolveField(() => [ReactionCount])
  reactions(comment: { id: string }, _args: unknown, ctx: GqlContext) {
    return this.reader.of(ctx, 'comment', comment.id);
  }
}
