import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Reading } from '../../core/auth/access.decorators.js';
import type { GqlContext } from '../../core/auth/viewer.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { Member } from '../members/models/member.model.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import {
  Leaderboard,
  LeaderboardArgs,
  LeaderboardEntry,
  LeaderboardEntryConnection,
} from './leaderboards.models.js';
import type { EntryRow } from './leaderboards.repository.js';
import { LeaderboardsService, type LeaderboardRow } from './leaderboards.service.js';

@Resolver(() => Leaderboard)
export class LeaderboardsResolver {
  constructor(private readonly service: LeaderboardsService) {}

  @Reading()
  @Query(() => Leaderboard, {
    description: 'Points earned this week, this month or all time, with the viewer’s own place.',
  })
  leaderboard(@Args() args: LeaderboardArgs) {
    return this.service.board(args.period);
  }

  @ResolveField(() => LeaderboardEntry, {
    nullable: true,
    description:
      'The viewer’s place, wherever it is; null without points in the period, or for visitors.',
  })
  viewer(board: LeaderboardRow, _args: unknown, ctx: GqlContext) {
    const viewer = ctx.req.viewer;
    return viewer ? this.service.entryOf(board, viewer.memberId) : null;
  }

  @ResolveField(() => LeaderboardEntryConnection, {
    description: 'Entries by rank, then member (ties in a stable order).',
  })
  entries(@Parent() board: LeaderboardRow, @Args() args: PageArgs) {
    return this.service.entries(board, args);
  }
}

@Resolver(() => LeaderboardEntry)
export class LeaderboardEntryResolver {
  constructor(private readonly membersLoader: MembersLoaderFactory) {}

  @ResolveField(() => Member)
  member(e: EntryRow, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.membersLoader).load(e.memberId);
  }
}
