import { mayReadHidden } from './posts.policy.js';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Reading, Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentReader, CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { isStaff, type GqlContext, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { Member } from '../members/models/member.model.js';
import { SpacesLoaderFactory } from '../spaces/spaces.loader.js';
import { Space } from '../spaces/models/space.model.js';
import { PostsService } from './posts.service.js';
import { CommentsService } from './comments.service.js';
import { CommentsLoaderFactory, PostsLoaderFactory } from './posts.loaders.js';
import {
  Comment,
  CommentConnection,
  Post,
  PostConnection,
  PostRevisionConnection,
} from './models/post.model.js';
import {
  CreatePostInput,
  FeedArgs,
  ModeratePostInput,
  UpdatePostInput,
  PreviewArgs,
} from './dto/post.inputs.js';
import { renderMarkdown } from '../../core/markdown/markdown.js';
import type { PostEntity } from './entities/post.entity.js';
import type { FeedRow } from './posts.repository.js';

const viewerOf = (ctx: GqlContext) => ctx.req.viewer ?? null;

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly postsService: PostsService,
    private readonly commentsService: CommentsService,
    private readonly membersLoader: MembersLoaderFactory,
    private readonly spacesLoader: SpacesLoaderFactory,
    private readonly commentsLoader: CommentsLoaderFactory,
    private readonly postsLoader: PostsLoaderFactory,
  ) {}

  @Reading()
  @Query(() => PostConnection, {
    description: 'Feeds: home, per space, per member, per tag; cursor-paginated.',
  })
  posts(@CurrentReader() viewer: Reader, @Args() args: FeedArgs) {
    return this.postsService.feed(viewer, args);
  }

  @Reading()
  @Query(() => Post, { description: "One post; a member's reading counts a view." })
  post(@CurrentReader() viewer: Reader, @Args('id', { type: () => ID }) id: string) {
    return this.postsService.read(viewer, id);
  }

  @SignedIn()
  @Query(() => String, {
    description: 'Markdown rendered exactly as a post would be (for the composer preview).',
  })
  previewMarkdown(@Args() { body }: PreviewArgs) {
    return renderMarkdown(body).html;
  }

  @Roles('moderator')
  @Query(() => PostRevisionConnection, {
    description: 'Earlier versions of an edited post, newest first.',
  })
  postRevisions(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args() args: PageArgs,
  ) {
    return this.postsService.revisions(viewer, postId, args);
  }

  @SignedIn()
  @Mutation(() => Post)
  createPost(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePostInput) {
    return this.postsService.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Post)
  updatePost(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePostInput) {
    return this.postsService.update(viewer, input);
  }

  @SignedIn()
  @Mutation(() => ID, { description: 'Deletes the post (author or staff); returns its id.' })
  deletePost(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.postsService.delete(viewer, id);
  }

  @Roles('moderator')
  @Mutation(() => Post, { description: 'Pin, lock, hide or move a post.' })
  moderatePost(@CurrentViewer() viewer: Viewer, @Args('input') input: ModeratePostInput) {
    return this.postsService.moderate(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Post, { description: 'Marks the best answer of a question; null clears it.' })
  setBestAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('commentId', { type: () => ID, nullable: true }) commentId: string | null,
  ) {
    return this.commentsService.setBestAnswer(viewer, postId, commentId);
  }

  @ResolveField(() => Member)
  author(post: PostEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.membersLoader).load(post.authorId);
  }

  @ResolveField(() => Space, {
    nullable: true,
    description: 'null for an event’s discussion, which is read where its event is.',
  })
  space(post: PostEntity, _args: unknown, ctx: GqlContext) {
    return post.spaceId ? this.spacesLoader.load(ctx.loaders, post.spaceId) : null;
  }

  @ResolveField(() => Comment, { nullable: true })
  bestAnswer(post: PostEntity, _args: unknown, ctx: GqlContext) {
    return post.bestAnswerId ? ctx.loaders.get(this.commentsLoader).load(post.bestAnswerId) : null;
  }

  @ResolveField(() => String, { description: 'The Markdown source (for editing).' })
  async body(post: PostEntity | FeedRow, _args: unknown, ctx: GqlContext) {
    return 'body' in post ? post.body : ((await this.whole(post, ctx))?.body ?? '');
  }

  @ResolveField(() => String, {
    description: 'Rendered and sanitised HTML, safe to insert into a page.',
  })
  async bodyHtml(post: PostEntity | FeedRow, _args: unknown, ctx: GqlContext) {
    return 'bodyHtml' in post ? post.bodyHtml : ((await this.whole(post, ctx))?.bodyHtml ?? '');
  }

  /** A listed post read whole, for its body (deleted since it was listed: null). */
  private whole(post: FeedRow, ctx: GqlContext) {
    return ctx.loaders.get(this.postsLoader).load(post.id);
  }

  @ResolveField(() => Boolean, { description: 'A question with a best answer.' })
  solved(post: PostEntity) {
    return post.kind === 'question' && post.bestAnswerId !== null;
  }

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first.' })
  comments(@Parent() post: PostEntity, @Args() args: PageArgs, @Context() ctx: GqlContext) {
    return this.commentsService.topLevel(viewerOf(ctx), post, args);
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(post: PostEntity, _args: unknown, ctx: GqlContext) {
    return this.postsService.canEdit(viewerOf(ctx), post);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Views (one per member per day); staff only.',
  })
  viewCount(post: PostEntity, _args: unknown, ctx: GqlContext) {
    return isStaff(viewerOf(ctx)) ? post.viewCount : null;
  }

  @ResolveField(() => Date, { nullable: true, description: 'Staff and the author only.' })
  hiddenAt(post: PostEntity, _args: unknown, ctx: GqlContext) {
    return mayReadHidden(viewerOf(ctx), post) ? post.hiddenAt : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Staff and the author only.' })
  hiddenReason(post: PostEntity, _args: unknown, ctx: GqlContext) {
    return mayReadHidden(viewerOf(ctx), post) ? post.hiddenReason : null;
  }
}
