import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../core/auth/viewer.js';
import { Badge } from '../badges/badges.models.js';
import { BadgesLoaderFactory } from '../badges/badges.loaders.js';
import { Space } from '../spaces/models/space.model.js';
import { SpacesLoaderFactory } from '../spaces/spaces.loader.js';
import { SpacePolicy } from '../spaces/spaces.policy.js';
import { CompletionsLoaderFactory } from './missions.loaders.js';
import {
  CreateMissionInput,
  Mission,
  MissionStep,
  MissionsAdminArgs,
  UpdateMissionInput,
} from './missions.models.js';
import type { StepDef } from './missions.repository.js';
import { MissionsService, type MissionView } from './missions.service.js';

@Resolver(() => Mission)
export class MissionsResolver {
  constructor(
    private readonly service: MissionsService,
    private readonly badgesLoader: BadgesLoaderFactory,
    private readonly completions: CompletionsLoaderFactory,
  ) {}

  @SignedIn()
  @Query(() => [Mission], {
    description: 'The missions open now (onboarding first), with the viewer’s progress.',
  })
  missions(@CurrentViewer() viewer: Viewer) {
    return this.service.forViewer(viewer);
  }

  @Roles('moderator')
  @Query(() => [Mission], { description: 'Every mission, for managing them.' })
  missionsAdmin(@CurrentViewer() viewer: Viewer, @Args() args: MissionsAdminArgs) {
    return this.service.all(viewer, args.includeArchived);
  }

  @Roles('moderator')
  @Mutation(() => Mission, { description: 'A timeboxed mission.' })
  createMission(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateMissionInput) {
    return this.service.create(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => Mission)
  updateMission(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMissionInput) {
    return this.service.update(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => Mission, { description: 'Ends a mission: hidden, and nothing counts any more.' })
  archiveMission(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.archive(viewer, id);
  }

  @ResolveField(() => Badge, { nullable: true, description: 'The badge it rewards, if any.' })
  rewardBadge(m: MissionView, _args: unknown, ctx: GqlContext) {
    return m.rewardBadgeId ? ctx.loaders.get(this.badgesLoader).load(m.rewardBadgeId) : null;
  }

  @ResolveField(() => Int, { description: 'Members who completed it.' })
  completedCount(m: MissionView, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.completions).load(m.id);
  }
}

@Resolver(() => MissionStep)
export class MissionStepResolver {
  constructor(private readonly spacesLoader: SpacesLoaderFactory) {}

  @ResolveField(() => Space, { nullable: true, description: 'Null when the viewer cannot see it.' })
  async space(step: StepDef, _args: unknown, ctx: GqlContext) {
    if (!step.spaceId) return null;
    const space = await ctx.loaders.get(this.spacesLoader).load(step.spaceId);
    return space && SpacePolicy.canSee(ctx.req.viewer ?? null, space) ? space : null;
  }
}
