import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Reading, Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../core/auth/viewer.js';
import { Member } from '../members/models/member.model.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { BriefsLoaderFactory, MembersLoaderFactory } from '../members/members.loader.js';
import { StandingsLoaderFactory } from './points.loaders.js';
import {
  AdjustPointsInput,
  JobProgress,
  PointEntry,
  PointEntryConnection,
  PointHistoryArgs,
  PointRuleModel,
  Rank,
  Standing,
  UpdatePointRulesArgs,
  UpdateRanksArgs,
} from './points.models.js';
import type { LedgerRow } from './points.repository.js';
import { PointsAdminService } from './points-admin.service.js';

@Resolver(() => PointEntry)
export class PointsResolver {
  constructor(
    private readonly admin: PointsAdminService,
    private readonly membersLoader: MembersLoaderFactory,
  ) {}

  @SignedIn()
  @Query(() => [PointRuleModel], { description: 'How points are earned.' })
  pointRules() {
    return this.admin.rules();
  }

  @Roles('admin')
  @Mutation(() => [PointRuleModel])
  updatePointRules(@CurrentViewer() viewer: Viewer, @Args() args: UpdatePointRulesArgs) {
    return this.admin.updateRules(args.rules, viewer);
  }

  @Reading()
  @Query(() => [Rank], { description: 'Every rank, lowest first.' })
  ranks() {
    return this.admin.ranks();
  }

  @Roles('admin')
  @Mutation(() => JobProgress, {
    description: 'Replaces the ranks and recomputes every member’s rank in a job.',
  })
  updateRanks(@CurrentViewer() viewer: Viewer, @Args() args: UpdateRanksArgs) {
    return this.admin.updateRanks(args.ranks, viewer);
  }

  @Roles('admin')
  @Query(() => JobProgress, { nullable: true })
  jobProgress(@Args('id', { type: () => ID }) id: string) {
    return this.admin.progress(id);
  }

  @SignedIn()
  @Query(() => PointEntryConnection, {
    description: 'A member’s point changes, newest first (their own, or anyone’s for staff).',
  })
  pointHistory(@CurrentViewer() viewer: Viewer, @Args() args: PointHistoryArgs) {
    return this.admin.history(viewer, args);
  }

  @Roles('moderator')
  @Mutation(() => Standing, { description: 'Adds or removes points by hand, with a reason.' })
  adjustPoints(@CurrentViewer() viewer: Viewer, @Args('input') input: AdjustPointsInput) {
    return this.admin.adjust(viewer, input);
  }

  @ResolveField(() => Boolean)
  reversal(e: LedgerRow) {
    return e.entry.startsWith('reversal:');
  }

  @ResolveField(() => Member, { nullable: true, description: 'Who adjusted the points by hand.' })
  actor(e: LedgerRow, _args: unknown, ctx: GqlContext) {
    return e.actorId ? ctx.loaders.get(this.membersLoader).load(e.actorId) : null;
  }
}

/** Every member shows their rank; their standing has the details. */
@Resolver(() => Member)
export class MemberStandingResolver {
  constructor(
    private readonly admin: PointsAdminService,
    private readonly standings: StandingsLoaderFactory,
    private readonly briefs: BriefsLoaderFactory,
  ) {}

  @ResolveField(() => Standing)
  standing(m: MemberEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders
      .get(this.standings)
      .load(m.id)
      .then(({ stats, ranks }) => this.admin.standing(stats, ranks));
  }

  /** From the member as they act, which is kept until their rank moves: no statement per page. */
  @ResolveField(() => Rank)
  rank(m: MemberEntity, _args: unknown, ctx: GqlContext) {
    return Promise.all([ctx.loaders.get(this.briefs).load(m.id), this.admin.ranks()]).then(
      ([brief, ranks]) => this.admin.rankOf(brief?.rankPosition ?? 1, ranks),
    );
  }
}
