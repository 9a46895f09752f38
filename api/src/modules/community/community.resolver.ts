import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../core/auth/viewer.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { Member } from '../members/models/member.model.js';
import { CommunityService } from './community.service.js';
import { Community, Invite, InviteConnection, InviteStatus } from './models/community.model.js';
import { UpdateCommunityInput } from './dto/update-community.input.js';
import { SuspendMemberInput } from '../members/dto/suspend-member.input.js';
import { CreateInviteInput } from './dto/create-invite.input.js';
import type { InviteEntity } from './entities/invite.entity.js';

@Resolver(() => Community)
export class CommunityResolver {
  constructor(private readonly communityService: CommunityService) {}

  @Public()
  @Query(() => Community)
  community() {
    return this.communityService.settings();
  }

  @Roles('admin')
  @Mutation(() => Community)
  updateCommunity(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateCommunityInput) {
    return this.communityService.updateSettings(input, viewer);
  }
}

/** Suspensions: a community rule decides whether moderators may, besides admins. */
@Resolver()
export class SuspensionsResolver {
  constructor(private readonly communityService: CommunityService) {}

  @Roles('moderator')
  @Mutation(() => Member, {
    description:
      'The member cannot sign in until restored; their sessions end now. Moderators may when ' +
      'the community allows it, and only for members; admins always may.',
  })
  suspendMember(@CurrentViewer() viewer: Viewer, @Args('input') input: SuspendMemberInput) {
    return this.communityService.suspendMember(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => Member, { description: 'Lets a suspended member sign in again.' })
  restoreMember(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }) memberId: string,
  ) {
    return this.communityService.restoreMember(viewer, memberId);
  }
}

@Resolver(() => Invite)
export class InvitesResolver {
  constructor(
    private readonly communityService: CommunityService,
    private readonly membersLoader: MembersLoaderFactory,
  ) {}

  @Roles('moderator')
  @Query(() => InviteConnection, { description: 'Invite codes, newest first.' })
  invites(@Args() args: PageArgs) {
    return this.communityService.listInvites(args);
  }

  @Roles('moderator')
  @Mutation(() => Invite)
  createInvite(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateInviteInput) {
    return this.communityService.createInvite(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => Invite)
  revokeInvite(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.communityService.revokeInvite(viewer, id);
  }

  @ResolveField(() => Member, { nullable: true })
  createdBy(invite: InviteEntity, _args: unknown, ctx: GqlContext) {
    return invite.createdBy ? ctx.loaders.get(this.membersLoader).load(invite.createdBy) : null;
  }

  @ResolveField(() => InviteStatus)
  status(invite: InviteEntity) {
    return this.communityService.inviteStatus(invite);
  }
}
