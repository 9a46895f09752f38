import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Reading } from '../../core/auth/access.decorators.js';
import { CurrentReader } from '../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Reader } from '../../core/auth/viewer.js';
import { CommentsLoaderFactory, PostsLoaderFactory } from '../posts/posts.loaders.js';
import { Comment, Post } from '../posts/models/post.model.js';
import { SearchService } from './search.service.js';
import { SearchArgs, SearchHit, SearchHitConnection } from './search.models.js';

interface HitRow {
  postId: string;
  commentId: string | null;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(
    private readonly searchService: SearchService,
    private readonly postsLoader: PostsLoaderFactory,
    private readonly commentsLoader: CommentsLoaderFactory,
  ) {}

  @Reading()
  @Query(() => SearchHitConnection, {
    description: 'Full-text search of posts and comments, best matches first.',
  })
  search(@CurrentReader() viewer: Reader, @Args() args: SearchArgs) {
    return this.searchService.run(viewer, args);
  }

  @ResolveField(() => Post)
  post(hit: HitRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.postsLoader).load(hit.postId);
  }

  @ResolveField(() => Comment, { nullable: true })
  comment(hit: HitRow, _args: unknown, ctx: GqlContext) {
    return hit.commentId ? ctx.loaders.get(this.commentsLoader).load(hit.commentId) : null;
  }
}
