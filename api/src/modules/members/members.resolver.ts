import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MemberStatus, Role } from '@kizuna/shared';
import { Public, Reading, Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentReader, CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Reader, Viewer } from '../../core/auth/viewer.js';
import { Member, MemberConnection } from './models/member.model.js';
import { MembersService } from './members.service.js';
import { MembersArgs, MentionCandidatesArgs } from './dto/members.args.js';
import { UpdateProfileInput } from './dto/update-profile.input.js';
import type { MemberEntity } from './entities/member.entity.js';

@Resolver(() => Member)
export class MembersResolver {
  constructor(private readonly membersService: MembersService) {}

  @Public()
  @Query(() => Member, { nullable: true, description: 'The signed-in member, or null.' })
  me(@CurrentViewer() viewer: Viewer | null) {
    return this.membersService.me(viewer);
  }

  @Reading()
  @Query(() => Member)
  member(@CurrentReader() viewer: Reader, @Args('handle') handle: string) {
    return this.membersService.byHandle(viewer, handle);
  }

  @Roles('moderator')
  @Query(() => MemberConnection, {
    description: 'Everyone in the community, newest first (staff only).',
  })
  members(@Args() args: MembersArgs) {
    return this.membersService.list(args);
  }

  @Roles('moderator')
  @Query(() => Int, { description: 'How many sign-ups wait in the approval queue (staff only).' })
  pendingApprovalCount() {
    return this.membersService.pendingApprovalCount();
  }

  @SignedIn()
  @Query(() => MemberConnection, {
    description: 'Active members whose handle or name starts with the prefix (for @mentions).',
  })
  mentionCandidates(@Args() args: MentionCandidatesArgs) {
    return this.membersService.mentionCandidates(args);
  }

  @SignedIn()
  @Mutation(() => Member)
  updateProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput) {
    return this.membersService.updateProfile(viewer, input);
  }

  @Roles('admin')
  @Mutation(() => Member)
  setRole(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => Role }) role: Role,
  ) {
    return this.membersService.setRole(viewer, memberId, role);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Visible to the member and to staff.',
  })
  email(m: MemberEntity, _args: unknown, ctx: GqlContext) {
    return this.membersService.canSeePrivate(ctx.req.viewer ?? null, m) ? m.email : null;
  }

  @ResolveField(() => MemberStatus, {
    nullable: true,
    description: 'Visible to the member and to staff: whether someone is suspended is not public.',
  })
  status(m: MemberEntity, _args: unknown, ctx: GqlContext) {
    return this.membersService.canSeePrivate(ctx.req.viewer ?? null, m) ? m.status : null;
  }

  @ResolveField(() => Date, { nullable: true })
  suspendedAt(m: MemberEntity, _args: unknown, ctx: GqlContext) {
    return this.membersService.canSeePrivate(ctx.req.viewer ?? null, m) ? m.suspendedAt : null;
  }

  @ResolveField(() => String, { nullable: true })
  suspensionReason(m: MemberEntity, _args: unknown, ctx: GqlContext) {
    return this.membersService.canSeePrivate(ctx.req.viewer ?? null, m) ? m.suspensionReason : null;
  }
}
