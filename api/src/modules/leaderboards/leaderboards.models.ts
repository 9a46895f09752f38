import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LeaderboardPeriod } from '@kizuna/shared';
import { ConnectionType } from '../../core/graphql/pagination.js';
import { OneOf } from '../../core/validation/rules.js';
import { Member } from '../members/models/member.model.js';

registerEnumType(LeaderboardPeriod, {
  name: 'LeaderboardPeriod',
  description:
    'week: points earned since Monday; month: since the 1st (both in the community time zone); all: all time.',
});

@ObjectType({ description: 'A member’s place on a leaderboard.' })
export class LeaderboardEntry {
  @Field(() => Int, {
    description:
      'Dense rank: members with the same points share it, the next points rank one lower.',
  })
  rank: number;

  @Field(() => Int, { description: 'Points earned in the period.' })
  points: number;

  @Field(() => Member)
  member?: Member;
}

export const LeaderboardEntryConnection = ConnectionType(LeaderboardEntry, 'LeaderboardEntry');

@ObjectType({
  description:
    'Active members with points in a period, best first. Boards follow points as they move: ranks and points are as of refreshedAt.',
})
export class Leaderboard {
  @Field(() => LeaderboardPeriod)
  period: LeaderboardPeriod;

  @Field(() => String, {
    nullable: true,
    description: 'The first day of the week or month shown (YYYY-MM-DD); null for all time.',
  })
  startsOn: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the board was read (boards are live; kept nullable for older clients).',
  })
  refreshedAt: Date | null;

  @Field(() => Int, { description: 'Members on the board.' })
  memberCount: number;
}

@ArgsType()
export class LeaderboardArgs {
  @Field(() => LeaderboardPeriod)
  @OneOf(Object.values(LeaderboardPeriod))
  period: LeaderboardPeriod;
}
