import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Reading, Roles } from '../../core/auth/access.decorators.js';
import { CurrentReader } from '../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Reader } from '../../core/auth/viewer.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { Space, SpaceConnection } from './models/space.model.js';
import { SpacesService } from './spaces.service.js';
import { CreateSpaceInput, ReorderSpacesArgs, UpdateSpaceInput } from './dto/space.inputs.js';
import type { SpaceEntity } from './entities/space.entity.js';

@Resolver(() => Space)
export class SpacesResolver {
  constructor(private readonly spacesService: SpacesService) {}

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
  createSpace(@Args('input') input: CreateSpaceInput) {
    return this.spacesService.create(input);
  }

  @Roles('moderator')
  @Mutation(() => Space)
  updateSpace(@Args('input') input: UpdateSpaceInput) {
    return this.spacesService.update(input);
  }

  @Roles('moderator')
  @Mutation(() => [Space], { description: 'Sets the display order; returns the spaces in it.' })
  reorderSpaces(@Args() { ids }: ReorderSpacesArgs) {
    return this.spacesService.reorder(ids);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may start a talk or question here.',
  })
  viewerCanPost(space: SpaceEntity, _args: unknown, ctx: GqlContext) {
    return this.spacesService.canPost(ctx.req.viewer ?? null, space, 'talk');
  }
}
