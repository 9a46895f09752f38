import { ArgsType, Field, Int } from '@nestjs/graphql';
import { MemberStatus, Role } from '@kizuna/shared';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { IntRange, MaxLen, OneOf, Optional } from '../../../core/validation/rules.js';

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches display name, handle or email.' })
  @Optional()
  @MaxLen(100)
  search?: string | null;

  @Field(() => Role, { nullable: true })
  @Optional()
  @OneOf(Object.values(Role))
  role?: Role | null;

  @Field(() => MemberStatus, { nullable: true })
  @Optional()
  @OneOf(Object.values(MemberStatus))
  status?: MemberStatus | null;
}

@ArgsType()
export class MentionCandidatesArgs {
  @Field({ description: 'What follows the @ so far (may be empty).' })
  @MaxLen(30)
  prefix: string;

  @Field(() => Int, { defaultValue: 8 })
  @IntRange(1, 20)
  first: number = 8;
}
