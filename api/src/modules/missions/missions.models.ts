import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { GAMIFICATION_LIMITS, MissionAction } from '@kizuna/shared';
import {
  IntRange,
  MaxLen,
  OneOf,
  Omittable,
  Optional,
  Required,
} from '../../core/validation/rules.js';

export const MissionKind = { ONBOARDING: 'onboarding', TIMEBOXED: 'timeboxed' } as const;
export type MissionKind = (typeof MissionKind)[keyof typeof MissionKind];

registerEnumType(MissionKind, {
  name: 'MissionKind',
  description: 'ONBOARDING: for every member, no end; TIMEBOXED: within a window.',
});
registerEnumType(MissionAction, {
  name: 'MissionAction',
  description:
    'What a step counts: POST, COMMENT, REACTION (given, to others’ content), BEST_ANSWER ' +
    '(received), VISIT (days visited), PROFILE_COMPLETED, ATTEND_EVENT, SUBMIT_IDEA (ideas shown on ' +
    'their boards), VOTE_IDEA, ANSWER_SURVEY.',
});

@ObjectType({ description: 'One step of a mission, with the viewer’s progress.' })
export class MissionStep {
  @Field(() => MissionAction)
  action: MissionAction;

  @Field(() => Int, { description: 'How many times.' })
  count: number;

  @Field(() => ID, { nullable: true, description: 'Only actions in this space count.' })
  spaceId: string | null;

  @Field(() => Int, { description: 'How many the viewer has done (at most count).' })
  progress: number;

  @Field()
  done: boolean;

  /* space: resolved by MissionStepResolver. */
}

@ObjectType({ description: 'Something to do for a reward (points and/or a badge).' })
export class Mission {
  @Field(() => ID)
  id: string;

  @Field(() => MissionKind)
  kind: MissionKind;

  @Field()
  titleJa: string;

  @Field()
  titleEn: string;

  @Field()
  descriptionJa: string;

  @Field()
  descriptionEn: string;

  @Field(() => [MissionStep])
  steps: MissionStep[];

  @Field(() => Date, { nullable: true })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt: Date | null;

  @Field(() => Int)
  rewardPoints: number;

  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field({ description: 'Whether the viewer completed it.' })
  completed: boolean;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  /* rewardBadge and completedCount: resolved by MissionsResolver. */
}

@InputType()
export class MissionStepInput {
  @Field(() => MissionAction)
  @OneOf(Object.values(MissionAction))
  action: MissionAction;

  @Field(() => Int, { defaultValue: 1 })
  @IntRange(1, GAMIFICATION_LIMITS.missionCountMax)
  count: number = 1;

  @Field(() => ID, { nullable: true, description: 'Only actions in this space count.' })
  @Optional()
  @MaxLen(36)
  spaceId?: string | null;
}

const Steps = () =>
  applyDecorators(
    IsArray(),
    ArrayMinSize(1, { message: 'Give at least one step.', context: { issue: 'REQUIRED' } }),
    ArrayMaxSize(GAMIFICATION_LIMITS.missionStepsMax, {
      message: `At most ${GAMIFICATION_LIMITS.missionStepsMax} steps.`,
      context: { issue: 'OUT_OF_RANGE', params: { max: GAMIFICATION_LIMITS.missionStepsMax } },
    }),
    ValidateNested({ each: true }),
    Type(() => MissionStepInput),
  );

@InputType()
export class CreateMissionInput {
  @Field()
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.missionTitleMax)
  titleJa: string;

  @Field()
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.missionTitleMax)
  titleEn: string;

  @Field({ defaultValue: '' })
  @MaxLen(GAMIFICATION_LIMITS.badgeDescriptionMax)
  descriptionJa: string = '';

  @Field({ defaultValue: '' })
  @MaxLen(GAMIFICATION_LIMITS.badgeDescriptionMax)
  descriptionEn: string = '';

  @Field(() => [MissionStepInput])
  @Steps()
  steps: MissionStepInput[];

  @Field(() => Date)
  @Required()
  startsAt: Date;

  @Field(() => Date)
  @Required()
  endsAt: Date;

  @Field(() => Int, { defaultValue: 0 })
  @IntRange(0, GAMIFICATION_LIMITS.adjustMax)
  rewardPoints: number = 0;

  @Field(() => ID, { nullable: true })
  @Optional()
  @MaxLen(36)
  rewardBadgeId?: string | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateMissionInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.missionTitleMax)
  titleJa?: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.missionTitleMax)
  titleEn?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(GAMIFICATION_LIMITS.badgeDescriptionMax)
  descriptionJa?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(GAMIFICATION_LIMITS.badgeDescriptionMax)
  descriptionEn?: string;

  @Field(() => [MissionStepInput], {
    nullable: true,
    description: 'Once members have progress, only the counts can change.',
  })
  @Omittable()
  @Steps()
  steps?: MissionStepInput[];

  @Field(() => Date, { nullable: true })
  @Omittable()
  @Required()
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  @Omittable()
  @Required()
  endsAt?: Date;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IntRange(0, GAMIFICATION_LIMITS.adjustMax)
  rewardPoints?: number;

  @Field(() => ID, { nullable: true, description: 'null removes the badge reward.' })
  @Optional()
  @MaxLen(36)
  rewardBadgeId?: string | null;
}

@ArgsType()
export class MissionsAdminArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  includeArchived: boolean = false;
}
