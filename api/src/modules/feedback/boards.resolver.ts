import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Reading, Roles } from '../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { memberOf, type GqlContext, type Viewer } from '../../core/auth/viewer.js';
import { BoardsService } from './boards.service.js';
import type { BoardRow } from './boards.repository.js';
import { FeedbackBoardInput, UpdateFeedbackBoardInput } from './dto/feedback.inputs.js';
import { BoardIdeaCountLoaderFactory, ViewerOpenVotesLoaderFactory } from './feedback.loaders.js';
import { FeedbackPolicy } from './feedback.policy.js';
import { FeedbackBoard } from './models/feedback.model.js';

@Resolver(() => FeedbackBoard)
export class BoardsResolver {
  constructor(
    private readonly service: BoardsService,
    private readonly ideaCounts: BoardIdeaCountLoaderFactory,
    private readonly openVotes: ViewerOpenVotesLoaderFactory,
  ) {}

  @Reading()
  @Query(() => [FeedbackBoard])
  feedbackBoards() {
    return this.service.list();
  }

  @Reading()
  @Query(() => FeedbackBoard)
  feedbackBoard(@Args('slug') slug: string) {
    return this.service.bySlug(slug);
  }

  @Roles('admin')
  @Mutation(() => FeedbackBoard)
  createFeedbackBoard(@CurrentViewer() viewer: Viewer, @Args('input') input: FeedbackBoardInput) {
    return this.service.create(viewer, input);
  }

  @Roles('admin')
  @Mutation(() => FeedbackBoard)
  updateFeedbackBoard(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateFeedbackBoardInput,
  ) {
    return this.service.update(viewer, input);
  }

  @ResolveField(() => Int, { description: 'Approved ideas that are not merged.' })
  ideaCount(board: BoardRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.ideaCounts).load(board.id);
  }

  @ResolveField(() => Boolean)
  viewerCanPost(board: BoardRow, _args: unknown, ctx: GqlContext) {
    return FeedbackPolicy.canPost(ctx.req.viewer, board);
  }

  @ResolveField(() => Boolean)
  viewerCanVote(board: BoardRow, _args: unknown, ctx: GqlContext) {
    return FeedbackPolicy.canVote(ctx.req.viewer, board);
  }

  @ResolveField(() => Int, {
    description: 'The viewer’s votes on this board’s ideas that are not closed (0 for visitors).',
  })
  viewerOpenVotes(board: BoardRow, _args: unknown, ctx: GqlContext) {
    const viewer = memberOf(ctx.req.viewer);
    return viewer ? ctx.loaders.forMember(this.openVotes, viewer.memberId).load(board.id) : 0;
  }
}
