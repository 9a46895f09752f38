import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CUSTOMER_QUERY_LIMITS } from '@kizuna/shared';
import { Roles } from '../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../core/auth/viewer.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { Member } from '../members/models/member.model.js';
import { CustomerAdmin } from './customer-admin.service.js';
import type { AnalysedCustomer } from './customer-analysis.js';
import { CustomersService } from './customers.service.js';
import { CustomersArgs, CustomerValueSettingsInput } from './dto/customer.inputs.js';
import type { DataImportRow } from './import/data-imports.repository.js';
import { OrderImportService } from './import/order-import.service.js';
import {
  Customer,
  CustomerErasure,
  CustomerPage,
  CustomerValueSettings,
  DataImport,
  LoyaltyMatrix,
  RfmSummary,
} from './models/customer.model.js';

@Resolver()
export class CustomersResolver {
  constructor(
    private readonly service: CustomersService,
    private readonly admin: CustomerAdmin,
    private readonly imports: OrderImportService,
  ) {}

  @Roles('moderator', 'product')
  @Query(() => CustomerValueSettings)
  customerValueSettings(@CurrentViewer() viewer: Viewer) {
    return this.service.settings(viewer);
  }

  @Roles('moderator', 'product')
  @Query(() => [DataImport], { description: 'Order imports, newest first.' })
  orderImports(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number | null,
  ) {
    return this.imports.recent(viewer, first ?? 20);
  }

  @Roles('moderator', 'product')
  @Query(() => DataImport, { nullable: true })
  orderImport(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.imports.get(viewer, id);
  }

  @Roles('moderator', 'product')
  @Query(() => LoyaltyMatrix, {
    description: "asOf: YYYY-MM-DD, a day in the community's time zone; default today.",
  })
  loyaltyMatrix(
    @CurrentViewer() viewer: Viewer,
    @Args('asOf', { type: () => String, nullable: true }) asOf?: string | null,
  ) {
    return this.service.matrix(viewer, asOf);
  }

  @Roles('moderator', 'product')
  @Query(() => RfmSummary, {
    description: "asOf: YYYY-MM-DD, a day in the community's time zone; default today.",
  })
  rfmSummary(
    @CurrentViewer() viewer: Viewer,
    @Args('asOf', { type: () => String, nullable: true }) asOf?: string | null,
  ) {
    return this.service.rfm(viewer, asOf);
  }

  @Roles('moderator', 'product')
  @Query(() => CustomerPage, {
    description: `Highest LTV first (customers without one last), then by key; up to ${CUSTOMER_QUERY_LIMITS.pageMax} a page.`,
  })
  customers(@CurrentViewer() viewer: Viewer, @Args() args: CustomersArgs) {
    return this.service.list(viewer, args);
  }

  @Roles('admin')
  @Mutation(() => CustomerValueSettings)
  updateCustomerValueSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => CustomerValueSettingsInput }) input: CustomerValueSettingsInput,
  ) {
    return this.admin.updateSettings(viewer, {
      marginRate: input.marginRate,
      expectedYears: input.expectedYears,
      costPerCustomer: input.costPerCustomer,
      highLtvThreshold: input.highLtvThreshold ?? null,
    });
  }

  @Roles('admin')
  @Mutation(() => CustomerErasure, {
    description:
      'Erases a customer (by customer id or e-mail): the customer, their orders and their imported NPS responses; the erasure is recorded. NOT_FOUND when nothing matches.',
  })
  eraseCustomer(
    @CurrentViewer() viewer: Viewer,
    @Args('customerId') customerId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ) {
    return this.admin.erase(viewer, customerId, reason);
  }

  @Roles('admin')
  @Mutation(() => Boolean, {
    description:
      "Puts a customer id on a member's profile (null takes it off). CONFLICT when another member has it.",
  })
  setMemberCustomerId(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('customerId', { type: () => String, nullable: true }) customerId?: string | null,
  ) {
    return this.admin.setMemberCustomerId(viewer, memberId, customerId ?? null);
  }
}

@Resolver(() => Customer)
export class CustomerResolver {
  constructor(private readonly members: MembersLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true, description: 'The member this customer is.' })
  member(@Parent() c: AnalysedCustomer, @Context() ctx: GqlContext) {
    return c.memberId ? ctx.loaders.get(this.members).load(c.memberId) : null;
  }
}

@Resolver(() => DataImport)
export class DataImportResolver {
  constructor(private readonly members: MembersLoaderFactory) {}

  @ResolveField(() => Member, {
    nullable: true,
    description: 'Who imported it (none: the command).',
  })
  actor(@Parent() row: DataImportRow, @Context() ctx: GqlContext) {
    return row.actorId ? ctx.loaders.get(this.members).load(row.actorId) : null;
  }
}
