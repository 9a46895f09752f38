import { hiddenShown, mayReadHidden } from './posts.policy.js';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Reading, Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentReader, CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { type GqlContext, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { PageArgs, toConnection } from '../../core/graphql/pagination.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { Member } from '../members/models/member.model.js';
import { CommentsService } from './comments.service.js';
import { RepliesLoaderFactory } from './posts.loaders.js';
import { Comment, CommentConnection } from './models/post.model.js';
import { CreateCommentInput, HideCommentInput, UpdateCommentInput } from './dto/post.inputs.js';
import type { CommentEntity } from './entities/comment.entity.js';

const viewerOf = (ctx: GqlContext) => ctx.req.viewer ?? null;
/** Deleted comments keep their place in a thread but lose their text; hidden ones show to staff. */
const readable = (c: CommentEntity) => !c.deletedAt;

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly membersLoader: MembersLoaderFactory,
    private readonly repliesLoader: RepliesLoaderFactory,
  ) {}

  @Reading()
  @Query(() => CommentConnection, { description: "A member's comments, newest first." })
  memberComments(
    @CurrentReader() viewer: Reader,
    @Args('handle') handle: string,
    @Args() args: PageArgs,
  ) {
    return this.commentsService.byAuthor(viewer, handle, args);
  }

  @Reading()
  @Query(() => CommentConnection, { description: 'More replies of a comment, oldest first.' })
  commentReplies(
    @CurrentReader() viewer: Reader,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args() args: PageArgs,
  ) {
    return this.commentsService.repliesOf(viewer, commentId, args);
  }

  @SignedIn()
  @Mutation(() => Comment)
  createComment(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCommentInput) {
    return this.commentsService.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Comment)
  updateComment(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateCommentInput) {
    return this.commentsService.update(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Comment)
  deleteComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.commentsService.delete(viewer, id);
  }

  @Roles('moderator')
  @Mutation(() => Comment)
  hideComment(@CurrentViewer() viewer: Viewer, @Args('input') input: HideCommentInput) {
    return this.commentsService.hide(viewer, input.id, input.hidden, input.reason);
  }

  @ResolveField(() => Member)
  author(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.membersLoader).load(c.authorId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown; null once deleted.' })
  body(c: CommentEntity) {
    return readable(c) ? c.body : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Sanitised HTML; null once deleted.' })
  bodyHtml(c: CommentEntity) {
    return readable(c) ? c.bodyHtml : null;
  }

  @ResolveField(() => CommentConnection, {
    description: 'Replies, oldest first (top-level comments only).',
  })
  async replies(@Parent() c: CommentEntity, @Args() args: PageArgs, @Context() ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    if (args.after) return this.commentsService.replies(viewer, c.id, args);
    const rows = await ctx.loaders
      .get(this.repliesLoader)
      .load({ parentId: c.id, first: args.first, hidden: hiddenShown(viewer) });
    return toConnection(rows, args.first, (r) => [r.createdAt.toISOString(), r.id]);
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return viewerOf(ctx)?.memberId === c.authorId && readable(c);
  }

  @ResolveField(() => Date, { nullable: true, description: 'Staff and the author only.' })
  hiddenAt(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return mayReadHidden(viewerOf(ctx), c) ? c.hiddenAt : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Staff and the author only.' })
  hiddenReason(c: CommentEntity, _args: unknown, ctx: GqlContext) {
    return mayReadHidden(viewerOf(ctx), c) ? c.hiddenReason : null;
  }
}
