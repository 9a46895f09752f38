import { Field, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@kizuna/shared';
import { IntRange, MaxLen, Optional } from '../../../core/validation/rules.js';

@InputType()
export class CreateInviteInput {
  @Field({ nullable: true, description: 'Who the invite is for; shown to staff only.' })
  @Optional()
  @MaxLen(200)
  note?: string;

  @Field(() => Date, { nullable: true, description: 'null: never expires.' })
  @Optional()
  expiresAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'null: unlimited.' })
  @Optional()
  @IntRange(1, LIMITS.inviteMaxUses)
  maxUses?: number | null;
}
