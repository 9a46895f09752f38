import { Field, ObjectType } from '@nestjs/graphql';
import { Member } from '../../members/models/member.model.js';

@ObjectType()
export class SignUpPayload {
  @Field(() => Member)
  member: Member;

  @Field({ description: 'True when a moderator must approve the account before it can sign in.' })
  pendingApproval: boolean;
}
