import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { GAMIFICATION_LIMITS, POINT_RULES } from '@kizuna/shared';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination.js';
import {
  IntRange,
  MaxLen,
  OneOf,
  Optional,
  Pattern,
  Required,
} from '../../core/validation/rules.js';

@ObjectType({ description: 'How members earn points for one kind of action.' })
export class PointRuleModel {
  @Field()
  key: string;

  @Field(() => Int)
  points: number;

  @Field(() => Int, { nullable: true, description: 'Awards per member per day at most.' })
  dailyCap: number | null;

  @Field({ description: 'Earned once per member, ever.' })
  once: boolean;

  @Field()
  enabled: boolean;
}

@InputType()
export class PointRuleInput {
  @Field()
  @OneOf(POINT_RULES)
  key: string;

  @Field(() => Int)
  @IntRange(0, GAMIFICATION_LIMITS.adjustMax)
  points: number;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, 1000)
  dailyCap: number | null;

  @Field()
  @IsBoolean()
  enabled: boolean;
}

@ArgsType()
export class UpdatePointRulesArgs {
  @Field(() => [PointRuleInput])
  @IsArray()
  @ArrayMaxSize(POINT_RULES.length)
  @ValidateNested({ each: true })
  @Type(() => PointRuleInput)
  rules: PointRuleInput[];
}

@ObjectType({ description: 'A member rank: reached by lifetime points (and optionally more).' })
export class Rank {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1 is the first rank.' })
  position: number;

  @Field()
  nameJa: string;

  @Field()
  nameEn: string;

  @Field()
  color: string;

  @Field()
  icon: string;

  @Field(() => Int, { description: 'Lifetime points needed.' })
  threshold: number;

  @Field(() => Int)
  minActiveDays: number;

  @Field(() => Int)
  minBestAnswers: number;

  @Field()
  perksJa: string;

  @Field()
  perksEn: string;
}

@InputType()
export class RankInput {
  @Field()
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.rankNameMax)
  nameJa: string;

  @Field()
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.rankNameMax)
  nameEn: string;

  @Field()
  @Pattern(/^#[0-9a-f]{6}$/, 'Use a colour like #2f7d57.')
  color: string;

  @Field()
  @Required()
  @MaxLen(8)
  icon: string;

  @Field(() => Int)
  @IntRange(0, 10_000_000)
  threshold: number;

  @Field(() => Int, { defaultValue: 0 })
  @IntRange(0, 10_000)
  minActiveDays: number = 0;

  @Field(() => Int, { defaultValue: 0 })
  @IntRange(0, 10_000)
  minBestAnswers: number = 0;

  @Field({ defaultValue: '' })
  @MaxLen(GAMIFICATION_LIMITS.perksMax)
  perksJa: string = '';

  @Field({ defaultValue: '' })
  @MaxLen(GAMIFICATION_LIMITS.perksMax)
  perksEn: string = '';
}

@ArgsType()
export class UpdateRanksArgs {
  @Field(() => [RankInput], { description: 'Every rank, lowest first; the first needs 0 points.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(GAMIFICATION_LIMITS.ranksMax)
  @ValidateNested({ each: true })
  @Type(() => RankInput)
  ranks: RankInput[];
}

@ObjectType({ description: 'Progress of long work, such as recomputing every rank.' })
export class JobProgress {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  total: number;

  @Field()
  finished: boolean;

  @Field(() => String, { nullable: true })
  failed: string | null;
}

@ObjectType({ description: 'A member’s points, rank and activity.' })
export class Standing {
  @Field(() => Int, { description: 'Points to spend.' })
  balance: number;

  @Field(() => Int, { description: 'Points earned in all (ranks follow these).' })
  lifetime: number;

  @Field(() => Rank)
  rank: Rank;

  @Field(() => Rank, { nullable: true })
  nextRank: Rank | null;

  @Field(() => Int)
  posts: number;

  @Field(() => Int)
  comments: number;

  @Field(() => Int)
  bestAnswers: number;

  @Field(() => Int)
  reactionsReceived: number;

  @Field(() => Int, { description: 'Events checked in at (an undone check-in does not count).' })
  eventsAttended: number;

  @Field(() => Int, { description: 'Ideas submitted that show on their boards.' })
  ideas: number;

  @Field(() => Int, { description: 'The member’s ideas that were released.' })
  ideasShipped: number;

  @Field(() => Int, { description: 'Days with a visit.' })
  activeDays: number;

  @Field(() => Int)
  currentStreak: number;

  @Field(() => Int)
  bestStreak: number;
}

@ObjectType({ description: 'One change of a member’s points.' })
export class PointEntry {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The rule, or "adjustment" / "mission".' })
  rule: string;

  @Field(() => Int)
  points: number;

  @Field({ description: 'Whether it undoes an earlier award (the action was undone).' })
  reversal: boolean;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Date)
  createdAt: Date;
}

export const PointEntryConnection = ConnectionType(PointEntry, 'PointEntry');

@ArgsType()
export class PointHistoryArgs extends PageArgs {
  @Field()
  @Required()
  @MaxLen(30)
  handle: string;
}

@InputType()
export class AdjustPointsInput {
  @Field(() => ID)
  @Required()
  memberId: string;

  @Field(() => Int, { description: 'Points to add (negative to remove).' })
  @IntRange(-GAMIFICATION_LIMITS.adjustMax, GAMIFICATION_LIMITS.adjustMax)
  points: number;

  @Field()
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.reasonMax)
  reason: string;
}
