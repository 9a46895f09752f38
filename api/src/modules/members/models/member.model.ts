import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberStatus, Role, type Locale } from '@kizuna/shared';
import { ConnectionType } from '../../../core/graphql/pagination.js';

registerEnumType(Role, { name: 'Role', description: 'What a member may do in the community.' });
registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: 'active; pending (waiting for approval); suspended (cannot sign in).',
});

@ObjectType({ description: 'A person in the community.' })
export class Member {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique, lower-case, used in @mentions and profile URLs.' })
  handle: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  avatarUrl: string | null;

  @Field()
  bio: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String)
  locale: Locale;

  @Field()
  timezone: string;

  @Field(() => Date)
  joinedAt: Date;

  /* Resolved by MembersResolver: visible to the member themself and to staff only. */
  status: MemberStatus | null;
  email?: string | null;
  suspendedAt?: Date | null;
  suspensionReason?: string | null;
}

export const MemberConnection = ConnectionType(Member, 'Member');
