import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Reading, Roles } from '../../core/auth/access.decorators.js';
import { CurrentReader, CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { isStaff, type GqlContext, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { Member } from '../members/models/member.model.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import {
  BadgesLoaderFactory,
  HolderCountLoaderFactory,
  MemberBadgesLoaderFactory,
} from './badges.loaders.js';
import {
  Badge,
  BadgeArgs,
  BadgeGrantInput,
  BadgesArgs,
  CreateBadgeInput,
  MemberBadge,
  MemberBadgeConnection,
  UpdateBadgeInput,
} from './badges.models.js';
import type { BadgeRow, MemberBadgeRow } from './badges.repository.js';
import { BadgesService } from './badges.service.js';

@Resolver(() => Badge)
export class BadgesResolver {
  constructor(
    private readonly service: BadgesService,
    private readonly holderCounts: HolderCountLoaderFactory,
  ) {}

  @Reading()
  @Query(() => [Badge], { description: 'The badges members can earn, in display order.' })
  badges(@CurrentReader() viewer: Reader, @Args() args: BadgesArgs) {
    return this.service.list(viewer, args.includeDisabled);
  }

  @Reading()
  @Query(() => Badge, { description: 'One badge, for its page (with its holders).' })
  badge(@CurrentReader() viewer: Reader, @Args() args: BadgeArgs) {
    return this.service.byKey(viewer, args.key);
  }

  @Roles('admin')
  @Mutation(() => Badge, { description: 'Members who already meet it earn it right away.' })
  createBadge(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateBadgeInput) {
    return this.service.create(viewer, input);
  }

  @Roles('admin')
  @Mutation(() => Badge)
  updateBadge(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateBadgeInput) {
    return this.service.update(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => MemberBadge, {
    description: 'Gives a manual badge (or gives back a revoked one), with a reason.',
  })
  awardBadge(@CurrentViewer() viewer: Viewer, @Args('input') input: BadgeGrantInput) {
    return this.service.award(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => MemberBadge, { description: 'Takes a badge back, with a reason.' })
  revokeBadge(@CurrentViewer() viewer: Viewer, @Args('input') input: BadgeGrantInput) {
    return this.service.revoke(viewer, input);
  }

  @ResolveField(() => Int, { description: 'Members holding it now.' })
  holderCount(badge: BadgeRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.holderCounts).load(badge.id);
  }

  @ResolveField(() => MemberBadgeConnection, { description: 'Its holders, latest first.' })
  holders(@Parent() badge: BadgeRow, @Args() args: PageArgs) {
    return this.service.holders(badge, args);
  }
}

@Resolver(() => MemberBadge)
export class MemberBadgeResolver {
  constructor(
    private readonly badgesLoader: BadgesLoaderFactory,
    private readonly membersLoader: MembersLoaderFactory,
  ) {}

  @ResolveField(() => Badge)
  badge(held: MemberBadgeRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.badgesLoader).load(held.badgeId);
  }

  @ResolveField(() => Member)
  member(held: MemberBadgeRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.membersLoader).load(held.memberId);
  }

  @ResolveField(() => Member, {
    nullable: true,
    description: 'The moderator who awarded it; staff only.',
  })
  grantedBy(held: MemberBadgeRow, _args: unknown, ctx: GqlContext) {
    return held.grantedBy && isStaff(ctx.req.viewer)
      ? ctx.loaders.get(this.membersLoader).load(held.grantedBy)
      : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Staff only.' })
  revokeReason(held: MemberBadgeRow, _args: unknown, ctx: GqlContext) {
    return isStaff(ctx.req.viewer) ? held.revokeReason : null;
  }
}

/** Every member shows the badges they hold. */
@Resolver(() => Member)
export class MemberBadgesResolver {
  constructor(private readonly memberBadges: MemberBadgesLoaderFactory) {}

  @ResolveField(() => [MemberBadge], { description: 'The badges they hold, in badge order.' })
  badges(m: MemberEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.memberBadges).load(m.id);
  }
}
