import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/auth/viewer.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { Member } from '../members/models/member.model.js';
import { MemberLoyalty } from './models/member-loyalty.model.js';

@Resolver(() => MemberLoyalty)
export class MemberLoyaltyResolver {
  constructor(private readonly members: MembersLoaderFactory) {}

  @ResolveField(() => Member)
  member(@Parent() l: MemberLoyalty, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(l.memberId);
  }
}
