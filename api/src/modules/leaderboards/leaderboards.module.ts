import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { CommunityModule } from '../community/community.module.js';
import { LeaderboardsRepository } from './leaderboards.repository.js';
import { LeaderboardEntryResolver, LeaderboardsResolver } from './leaderboards.resolver.js';
import { LeaderboardsService } from './leaderboards.service.js';

/** Weekly, monthly and all-time leaderboards, kept by the database as points move. */
@Module({
  imports: [MembersModule, CommunityModule],
  providers: [
    LeaderboardsRepository,
    LeaderboardsService,
    LeaderboardsResolver,
    LeaderboardEntryResolver,
  ],
  exports: [LeaderboardsService],
})
export class LeaderboardsModule {}
