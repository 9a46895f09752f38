import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MODERATION_LIMITS } from '@kizuna/shared';
import { IntRange, MaxLen, Optional, Required } from '../../../core/validation/rules.js';

@InputType()
export class SuspendMemberInput {
  @Field(() => ID)
  @Required()
  memberId: string;

  @Field({
    nullable: true,
    description: 'Shown to the member when they try to sign in; kept in their record.',
  })
  @Optional()
  @MaxLen(500)
  reason?: string;

  @Field(() => Int, {
    nullable: true,
    description: `Days until the suspension lifts by itself, 1 to ${MODERATION_LIMITS.sanctionDaysMax}; null: until restored.`,
  })
  @Optional()
  @IntRange(1, MODERATION_LIMITS.sanctionDaysMax)
  days?: number | null;
}
