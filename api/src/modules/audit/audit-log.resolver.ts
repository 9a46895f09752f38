import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/access.decorators.js';
import type { GqlContext } from '../../core/auth/viewer.js';
import { Member } from '../members/models/member.model.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { AuditChange, AuditEntry, AuditEntryConnection, AuditLogArgs } from './audit-log.models.js';
import type { AuditRow } from './audit-log.repository.js';
import { AuditLogService } from './audit-log.service.js';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(
    private readonly service: AuditLogService,
    private readonly members: MembersLoaderFactory,
  ) {}

  @Roles('admin')
  @Query(() => AuditEntryConnection, { description: 'Staff actions, newest first. Admins only.' })
  auditLog(@Args() { first, after, ...filter }: AuditLogArgs) {
    return this.service.page(filter, first, after);
  }

  @ResolveField(() => Member, { nullable: true })
  actor(@Parent() row: AuditRow, @Context() ctx: GqlContext) {
    return row.actorId ? ctx.loaders.get(this.members).load(row.actorId) : null;
  }

  @ResolveField(() => [AuditChange])
  changes(@Parent() row: AuditRow): AuditChange[] {
    return this.service.changes(row);
  }
}
