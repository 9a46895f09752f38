import { Field, ID, InputType } from '@nestjs/graphql';
import { MaxLen, Optional, Required } from '../../../core/validation/rules.js';

@InputType()
export class SuspendMemberInput {
  @Field(() => ID)
  @Required()
  memberId: string;

  @Field({ nullable: true, description: 'Shown to staff; kept with the member.' })
  @Optional()
  @MaxLen(500)
  reason?: string;
}
