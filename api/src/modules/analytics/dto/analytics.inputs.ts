import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ANALYTICS_LIMITS,
  ENGAGEMENT_LIMITS,
  ENGAGEMENT_TIERS,
  ENGAGEMENT_WEIGHTED_ACTIONS,
  EngagementTier,
} from '@kizuna/shared';
import { IntRange, OneOf, Optional } from '../../../core/validation/rules.js';

const range = (min: number, max: number) => ({
  message: `Must be between ${min} and ${max}.`,
  context: { issue: 'OUT_OF_RANGE', params: { min, max } },
});

@InputType()
export class ActionWeightInput {
  @Field(() => String, { description: 'One of the weighted actions, e.g. post_created.' })
  @OneOf(ENGAGEMENT_WEIGHTED_ACTIONS)
  action: string;

  @Field(() => Float)
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'Must be a number.', context: { issue: 'INVALID_FORMAT' } },
  )
  @Min(0, range(0, ENGAGEMENT_LIMITS.weightMax))
  @Max(ENGAGEMENT_LIMITS.weightMax, range(0, ENGAGEMENT_LIMITS.weightMax))
  weight: number;
}

@InputType({ description: 'Weights left out weigh their default.' })
export class AnalyticsSettingsInput {
  @Field(() => Int)
  @IntRange(ENGAGEMENT_LIMITS.windowDaysMin, ENGAGEMENT_LIMITS.windowDaysMax)
  windowDays: number;

  @Field(() => Int)
  @IntRange(ENGAGEMENT_LIMITS.halfLifeDaysMin, ENGAGEMENT_LIMITS.halfLifeDaysMax)
  halfLifeDays: number;

  @Field(() => [ActionWeightInput])
  @IsArray()
  @ArrayMaxSize(ENGAGEMENT_WEIGHTED_ACTIONS.length, {
    message: `At most ${ENGAGEMENT_WEIGHTED_ACTIONS.length}.`,
    context: { issue: 'OUT_OF_RANGE', params: { max: ENGAGEMENT_WEIGHTED_ACTIONS.length } },
  })
  @ValidateNested({ each: true })
  @Type(() => ActionWeightInput)
  weights: ActionWeightInput[];
}

@ArgsType()
export class EngagementArgs {
  @Field(() => EngagementTier, { nullable: true })
  @Optional()
  @OneOf(ENGAGEMENT_TIERS)
  tier?: EngagementTier | null;

  @Field(() => Int, { defaultValue: 0 })
  @IntRange(0, 1_000_000)
  offset: number;

  @Field(() => Int, { defaultValue: 50 })
  @IntRange(1, ANALYTICS_LIMITS.pageMax)
  limit: number;
}

@ArgsType()
export class DashboardArgs {
  @Field(() => String, { description: 'YYYY-MM-DD, the first day (community time zone).' })
  @IsString()
  from: string;

  @Field(() => String, { description: 'YYYY-MM-DD, the last day, at most 366 days after from.' })
  @IsString()
  to: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Activity, posts, comments, questions and events in this space only.',
  })
  @IsOptional()
  @IsString()
  spaceId?: string | null;
}
