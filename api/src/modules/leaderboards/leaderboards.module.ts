import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { PointsModule } from '../points/points.module.js';
import { CommunityModule } from '../community/community.module.js';
import { LeaderboardsRepository } from './leaderboards.repository.js';
import { LeaderboardEntryResolver, LeaderboardsResolver } from './leaderboards.resolver.js';
import { LeaderboardsService } from './leaderboards.service.js';

/** Weekly, monthly and all-time leaderboards, snapshotted from the points totals every minute. */
@Module({
  imports: [MembersModule, PointsModule, CommunityModule],
  providers: [
    LeaderboardsRepository,
    LeaderboardsService,
    LeaderboardsResolver,
    LeaderboardEntryResolver,
  ],
  exports: [LeaderboardsService],
})
export class LeaderboardsModule {}
