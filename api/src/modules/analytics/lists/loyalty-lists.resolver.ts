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
import { Roles } from '../../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../../core/auth/viewer.js';
import { MembersLoaderFactory } from '../../members/members.loader.js';
import { Member } from '../../members/models/member.model.js';
import type { CriteriaSetRow } from './criteria-sets.repository.js';
import { CriteriaSetsService } from './criteria-sets.service.js';
import {
  ChurnRisksArgs,
  LoyaltyCandidatesArgs,
  LoyaltyCriteriaSetInput,
  LoyaltyPreviewArgs,
  MessageMembersArgs,
} from './dto/loyalty-lists.inputs.js';
import { CriteriaSetCountsLoaderFactory } from './loyalty-lists.loaders.js';
import { LoyaltyListsService } from './loyalty-lists.service.js';
import {
  LoyaltyCandidate,
  LoyaltyCandidatePage,
  LoyaltyCriteriaSet,
  LoyaltyPreview,
  MemberLoyaltyPage,
} from './models/loyalty-lists.model.js';

@Resolver(() => LoyaltyCriteriaSet)
export class LoyaltyCriteriaSetsResolver {
  constructor(
    private readonly service: CriteriaSetsService,
    private readonly counts: CriteriaSetCountsLoaderFactory,
  ) {}

  @Roles('moderator', 'product')
  @Query(() => [LoyaltyCriteriaSet], { description: 'By name.' })
  loyaltyCriteriaSets() {
    return this.service.list();
  }

  @Roles('moderator', 'product')
  @Query(() => LoyaltyPreview, { description: 'Counts for criteria not saved yet.' })
  loyaltyPreview(@Args() args: LoyaltyPreviewArgs) {
    return this.service.preview(args.criteria);
  }

  @Roles('moderator', 'product')
  @Query(() => LoyaltyCandidatePage, {
    description: 'Members of a saved set or of criteria: most criteria met first, then score.',
  })
  loyaltyCandidates(@Args() args: LoyaltyCandidatesArgs) {
    return this.service.candidates(args);
  }

  @Roles('moderator')
  @Mutation(() => LoyaltyCriteriaSet, {
    description: 'Creates a set, or changes the one with this id. Names are unique.',
  })
  saveLoyaltyCriteriaSet(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: LoyaltyCriteriaSetInput,
  ) {
    return this.service.save(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => Boolean)
  deleteLoyaltyCriteriaSet(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.delete(viewer, id);
  }

  @ResolveField(() => Int, { description: 'Members meeting every criterion now.' })
  async loyalCount(@Parent() set: CriteriaSetRow, @Context() ctx: GqlContext) {
    return (await ctx.loaders.get(this.counts).load(set)).loyal;
  }

  @ResolveField(() => Int, { description: 'Members meeting some criteria, not all, now.' })
  async candidateCount(@Parent() set: CriteriaSetRow, @Context() ctx: GqlContext) {
    return (await ctx.loaders.get(this.counts).load(set)).candidates;
  }
}

@Resolver(() => LoyaltyCandidate)
export class LoyaltyCandidateResolver {
  constructor(private readonly members: MembersLoaderFactory) {}

  @ResolveField(() => Member)
  member(@Parent() c: LoyaltyCandidate, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.members).load(c.memberId);
  }
}

@Resolver()
export class ChurnRisksResolver {
  constructor(private readonly service: LoyaltyListsService) {}

  @Roles('moderator', 'product')
  @Query(() => MemberLoyaltyPage, {
    description: 'Members with a churn reason: the most reasons first, then by LTV.',
  })
  churnRisks(@Args() args: ChurnRisksArgs) {
    return this.service.churnRisks(args);
  }

  @Roles('moderator')
  @Mutation(() => Int, {
    description:
      'Writes to members (a moderator_message notification each, active members only); the number sent.',
  })
  messageMembers(@CurrentViewer() viewer: Viewer, @Args() args: MessageMembersArgs) {
    return this.service.message(viewer, args);
  }
}
