import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Reading, Roles, SignedIn } from '../../core/auth/access.decorators.js';
import {
  CurrentReader,
  CurrentViewer,
  readerOf,
} from '../../core/auth/current-viewer.decorator.js';
import { memberOf, type GqlContext, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { Member } from '../members/models/member.model.js';
import type { PostEntity } from '../posts/entities/post.entity.js';
import { Post } from '../posts/models/post.model.js';
import { PostsLoaderFactory } from '../posts/posts.loaders.js';
import {
  AnswerIdeaInput,
  ChangeIdeaStatusInput,
  FollowIdeaInput,
  IdeaRoadmapInput,
  IdeasArgs,
  MergeIdeaInput,
  ReviewIdeaInput,
  SimilarIdeasArgs,
  SubmitIdeaInput,
  UpdateIdeaInput,
  VoteIdeaInput,
} from './dto/feedback.inputs.js';
import {
  BoardsLoaderFactory,
  IdeasLoaderFactory,
  MergedIdeasLoaderFactory,
  StatusHistoryLoaderFactory,
  ViewerFollowsLoaderFactory,
  ViewerVotedLoaderFactory,
} from './feedback.loaders.js';
import { FeedbackPolicy } from './feedback.policy.js';
import type { IdeaRow, StatusChangeRow } from './ideas.repository.js';
import { IdeasService } from './ideas.service.js';
import {
  FeedbackBoard,
  Idea,
  IdeaConnection,
  IdeaStatusChange,
  OfficialAnswer,
  Roadmap,
} from './models/feedback.model.js';
import { VotesService } from './votes.service.js';

@Resolver(() => Idea)
export class IdeasResolver {
  constructor(
    private readonly service: IdeasService,
    private readonly votes: VotesService,
    private readonly boards: BoardsLoaderFactory,
    private readonly ideaLoader: IdeasLoaderFactory,
    private readonly posts: PostsLoaderFactory,
    private readonly members: MembersLoaderFactory,
    private readonly voted: ViewerVotedLoaderFactory,
    private readonly follows: ViewerFollowsLoaderFactory,
    private readonly history: StatusHistoryLoaderFactory,
    private readonly merged: MergedIdeasLoaderFactory,
  ) {}

  @Reading()
  @Query(() => IdeaConnection)
  ideas(@CurrentReader() reader: Reader, @Args() args: IdeasArgs) {
    return this.service.list(reader, args);
  }

  @Reading()
  @Query(() => Idea)
  idea(@CurrentReader() reader: Reader, @Args('id', { type: () => ID }) id: string) {
    return this.service.visible(reader, id);
  }

  @SignedIn()
  @Query(() => [Idea], {
    description: 'Up to 5 existing ideas like a title being typed (the Japanese search).',
  })
  similarIdeas(@CurrentViewer() viewer: Viewer, @Args() args: SimilarIdeasArgs) {
    return this.service.similar(viewer, args);
  }

  @Reading()
  @Query(() => Roadmap)
  roadmap() {
    return this.service.roadmap();
  }

  @SignedIn()
  @Mutation(() => Idea, { description: 'On a board whose post rules the viewer meets.' })
  submitIdea(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitIdeaInput) {
    return this.service.submit(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Idea, { description: 'By the author, until the product team responds.' })
  updateIdea(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateIdeaInput) {
    return this.service.update(viewer, input);
  }

  @Roles('product', 'moderator')
  @Mutation(() => Idea)
  reviewIdea(@CurrentViewer() viewer: Viewer, @Args('input') input: ReviewIdeaInput) {
    return this.service.review(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Idea, { description: 'Sets the viewer’s vote; the board’s vote rules apply.' })
  voteIdea(@CurrentViewer() viewer: Viewer, @Args('input') input: VoteIdeaInput) {
    return this.votes.vote(viewer, input.ideaId, input.voted);
  }

  @SignedIn()
  @Mutation(() => Idea)
  followIdea(@CurrentViewer() viewer: Viewer, @Args('input') input: FollowIdeaInput) {
    return this.votes.follow(viewer, input.ideaId, input.follow);
  }

  @Roles('product')
  @Mutation(() => [Idea], { description: 'Bulk; each change is kept in the ideas’ history.' })
  changeIdeaStatus(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangeIdeaStatusInput) {
    return this.service.changeStatus(viewer, input.ids, input.status, input.note);
  }

  @Roles('product')
  @Mutation(() => Idea)
  answerIdea(@CurrentViewer() viewer: Viewer, @Args('input') input: AnswerIdeaInput) {
    return this.service.answer(viewer, input);
  }

  @Roles('product')
  @Mutation(() => Idea, { description: 'Merges ideaId (B) into intoId (A); returns A.' })
  mergeIdea(@CurrentViewer() viewer: Viewer, @Args('input') input: MergeIdeaInput) {
    return this.service.merge(viewer, input);
  }

  @Roles('product')
  @Mutation(() => Idea, { description: 'Gives a merged idea back its own votes; returns it.' })
  unmergeIdea(@CurrentViewer() viewer: Viewer, @Args('ideaId', { type: () => ID }) id: string) {
    return this.service.unmerge(viewer, id);
  }

  @Roles('product')
  @Mutation(() => Idea)
  setIdeaRoadmapVisibility(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: IdeaRoadmapInput,
  ) {
    return this.service.setRoadmapVisibility(viewer, input.ideaId, input.hidden);
  }

  @ResolveField(() => FeedbackBoard)
  async board(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.boards).load(idea.boardId);
  }

  @ResolveField(() => Post, {
    description: 'The content module’s post: comments, reactions, rendering.',
  })
  post(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.posts).load(idea.id);
  }

  @ResolveField(() => String, { description: 'Markdown.' })
  async body(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.get(this.posts).load(idea.id))?.body ?? '';
  }

  @ResolveField(() => String, { description: 'Sanitised HTML.' })
  async bodyHtml(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.get(this.posts).load(idea.id))?.bodyHtml ?? '';
  }

  @ResolveField(() => Member, { nullable: true })
  author(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(idea.authorId);
  }

  @ResolveField(() => Boolean)
  viewerVoted(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    const viewer = memberOf(ctx.req.viewer);
    return viewer
      ? ctx.loaders.get(this.voted).load({ id: idea.id, memberId: viewer.memberId })
      : false;
  }

  @ResolveField(() => Boolean, {
    description: 'Voting follows too; one may follow without voting.',
  })
  viewerFollows(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    const viewer = memberOf(ctx.req.viewer);
    return viewer
      ? ctx.loaders.get(this.follows).load({ id: idea.id, memberId: viewer.memberId })
      : false;
  }

  @ResolveField(() => Boolean, { description: 'The author, until the product team responds.' })
  viewerCanEdit(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    return FeedbackPolicy.canEdit(memberOf(ctx.req.viewer), idea);
  }

  @ResolveField(() => OfficialAnswer, { nullable: true })
  officialAnswer(idea: IdeaRow): OfficialAnswer | null {
    if (idea.answerBody === null || !idea.answeredAt) return null;
    return {
      body: idea.answerBody,
      bodyHtml: idea.answerHtml ?? '',
      authorId: idea.answerAuthorId,
      answeredAt: idea.answeredAt,
      updatedAt: idea.answerUpdatedAt ?? idea.answeredAt,
    };
  }

  @ResolveField(() => [IdeaStatusChange], { description: 'Oldest first.' })
  statusHistory(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.history).load(idea.id);
  }

  @ResolveField(() => Idea, { nullable: true, description: 'Set when the status is DUPLICATE.' })
  async mergedInto(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    if (!idea.mergedIntoId) return null;
    const into = await ctx.loaders.get(this.ideaLoader).load(idea.mergedIntoId);
    return into && FeedbackPolicy.canSee(readerOf(ctx), into) ? into : null;
  }

  @ResolveField(() => [Idea], { description: 'Ideas merged into this one.' })
  async mergedIdeas(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    const rows = await ctx.loaders.get(this.merged).load(idea.id);
    return rows.filter((r) => FeedbackPolicy.canSee(readerOf(ctx), r));
  }
}

@Resolver(() => IdeaStatusChange)
export class IdeaStatusChangeResolver {
  constructor(private readonly members: MembersLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  actor(change: StatusChangeRow, _args: unknown, ctx: GqlContext) {
    return change.actorId ? ctx.loaders.get(this.members).load(change.actorId) : null;
  }
}

@Resolver(() => OfficialAnswer)
export class OfficialAnswerResolver {
  constructor(private readonly members: MembersLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  author(answer: OfficialAnswer, _args: unknown, ctx: GqlContext) {
    return answer.authorId ? ctx.loaders.get(this.members).load(answer.authorId) : null;
  }
}

/** The idea a post is (kind IDEA). */
@Resolver(() => Post)
export class PostIdeaResolver {
  constructor(private readonly ideas: IdeasLoaderFactory) {}

  @ResolveField(() => Idea, {
    nullable: true,
    description: 'The idea this post is (kind IDEA); null for other posts.',
  })
  async idea(post: PostEntity, _args: unknown, ctx: GqlContext) {
    if (post.kind !== 'idea') return null;
    const idea = await ctx.loaders.get(this.ideas).load(post.id);
    return idea && FeedbackPolicy.canSee(readerOf(ctx), idea) ? idea : null;
  }
}
