import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Reading, Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentReader, CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { memberOf, type GqlContext, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { Space, SpaceConnection } from './models/space.model.js';
import { SpacesService } from './spaces.service.js';
import { FollowerCountLoaderFactory, ViewerFollowsLoaderFactory } from './spaces.loader.js';
import { CreateSpaceInput, ReorderSpacesArgs, UpdateSpaceInput } from './dto/space.inputs.js';
import type { SpaceEntity } from './entities/space.entity.js';

@Resolver(() => Space)
export class SpacesResolver {
  constructor(
    private readonly spacesService: SpacesService,
    private readonly follows: ViewerFollowsLoaderFactory,
    private readonly followerCounts: FollowerCountLoaderFactory,
  ) {}

  @Reading()
  @Query(() => SpaceConnection, { description: 'The spaces the viewer may see, in display order.' })
  spaces(@CurrentReader() viewer: Reader, @Args() args: PageArgs) {
    return this.spacesService.list(viewer, args);
  }

  @Reading()
  @Query(() => Space)
  space(@CurrentReader() viewer: Reader, @Args('slug') slug: string) {
    return this.spacesService.bySlug(viewer, slug);
  }

  @Roles('moderator')
  @Mutation(() => Space)
  createSpace(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateSpaceInput) {
    return this.spacesService.create(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => Space)
  updateSpace(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSpaceInput) {
    return this.spacesService.update(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => [Space], { description: 'Sets the display order; returns the spaces in it.' })
  reorderSpaces(@CurrentViewer() viewer: Viewer, @Args() { ids }: ReorderSpacesArgs) {
    return this.spacesService.reorder(viewer, ids);
  }

  @SignedIn()
  @Mutation(() => Space, { description: 'Follows the space (or stops); asking twice is harmless.' })
  async followSpace(
    @CurrentViewer() viewer: Viewer,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('follow') follow: boolean,
    @Context() ctx: GqlContext,
  ) {
    const space = await this.spacesService.follow(viewer, spaceId, follow);
    // The space's fields are read after the change, not from what this request read before it.
    ctx.loaders
      .get(this.follows)
      .clear({ spaceId: space.id, memberId: viewer.memberId })
      .prime({ spaceId: space.id, memberId: viewer.memberId }, follow);
    ctx.loaders.get(this.followerCounts).clear(space.id);
    return space;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer follows the space (false for visitors).',
  })
  viewerFollows(space: SpaceEntity, _args: unknown, ctx: GqlContext) {
    const viewer = memberOf(ctx.req.viewer);
    if (!viewer) return false;
    return ctx.loaders.get(this.follows).load({ spaceId: space.id, memberId: viewer.memberId });
  }

  @ResolveField(() => Int, { description: 'How many members follow the space.' })
  followerCount(space: SpaceEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.followerCounts).load(space.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may start a talk or question here.',
  })
  viewerCanPost(space: SpaceEntity, _args: unknown, ctx: GqlContext) {
    return this.spacesService.canPost(ctx.req.viewer ?? null, space, 'talk');
  }
}
