import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/auth/viewer.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { Member } from '../members/models/member.model.js';
import { Customer } from './models/customer.model.js';

@Resolver(() => Customer)
export class CustomerResolver {
  constructor(private readonly members: MembersLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  member(@Parent() c: Customer, @Context() ctx: GqlContext) {
    return c.memberId ? ctx.loaders.get(this.members).load(c.memberId) : null;
  }
}
