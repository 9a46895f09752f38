import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, ValidateNested } from 'class-validator';
import {
  ChurnReason,
  CriterionOp,
  LOYALTY_CRITERIA_LIMITS,
  LOYALTY_LISTS,
  LoyaltyMetric,
  LoyaltyStanding,
  NOTIFICATION_LIMITS,
} from '@kizuna/shared';
import '../../models/analytics.model.js';
import '../models/loyalty-lists.model.js';
import { IntRange, MaxLen, Optional, Required } from '../../../../core/validation/rules.js';

@InputType()
export class CriterionInput {
  @Field(() => LoyaltyMetric)
  @Required()
  metric: LoyaltyMetric;

  @Field(() => CriterionOp)
  @Required()
  op: CriterionOp;

  @Field({
    description:
      'A number, or a key in lower case: a tier (observer…champion), a rank position (1 = the first rank), an NPS class (detractor, passive, promoter).',
  })
  @MaxLen(40)
  value: string;
}

const Criteria = () =>
  applyDecorators(
    IsArray(),
    ValidateNested({ each: true }),
    Type(() => CriterionInput),
  );

@InputType()
export class LoyaltyCriteriaSetInput {
  @Field(() => ID, { nullable: true, description: 'The set to change; none for a new one.' })
  @Optional()
  id?: string | null;

  @Field()
  @Required()
  @MaxLen(LOYALTY_CRITERIA_LIMITS.nameMax)
  name: string;

  @Field(() => [CriterionInput], {
    description: `1 to ${LOYALTY_CRITERIA_LIMITS.criteriaMax} criteria.`,
  })
  @Criteria()
  criteria: CriterionInput[];
}

@ArgsType()
export class LoyaltyPreviewArgs {
  @Field(() => [CriterionInput])
  @Criteria()
  criteria: CriterionInput[];
}

@ArgsType()
export class ListPageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @IntRange(0, 1_000_000)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 50, description: `1 to ${LOYALTY_LISTS.pageMax}.` })
  @IntRange(1, LOYALTY_LISTS.pageMax)
  limit: number = 50;
}

@ArgsType()
export class LoyaltyCandidatesArgs extends ListPageArgs {
  @Field(() => ID, { nullable: true, description: 'A saved set; or give criteria.' })
  @Optional()
  setId?: string | null;

  @Field(() => [CriterionInput], { nullable: true })
  @Optional()
  @Criteria()
  criteria?: CriterionInput[] | null;

  @Field(() => LoyaltyStanding)
  @Required()
  standing: LoyaltyStanding;
}

@ArgsType()
export class ChurnRisksArgs extends ListPageArgs {
  @Field(() => ChurnReason, { nullable: true })
  @Optional()
  reason?: ChurnReason | null;
}

@ArgsType()
export class MessageMembersArgs {
  @Field(() => [ID], { description: `1 to ${LOYALTY_LISTS.messageRecipientsMax} members.` })
  @IsArray()
  memberIds: string[];

  @Field()
  @Required()
  @MaxLen(LOYALTY_LISTS.messageSubjectMax)
  subject: string;

  @Field()
  @Required()
  @MaxLen(NOTIFICATION_LIMITS.messageMax)
  body: string;
}
