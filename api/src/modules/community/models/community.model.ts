import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RegistrationMode, type Locale } from '@kizuna/shared';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { Member } from '../../members/models/member.model.js';

registerEnumType(RegistrationMode, {
  name: 'RegistrationMode',
  description:
    'open: anyone may join; approval: staff approve each sign-up; invite: an invite code is needed.',
});

@ObjectType({ description: "The community's public settings." })
export class Community {
  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  logoUrl: string | null;

  @Field(() => String)
  defaultLocale: Locale;

  @Field()
  timezone: string;

  @Field(() => RegistrationMode)
  registrationMode: RegistrationMode;

  @Field({ description: 'Whether staff (moderators, product, admins) appear on leaderboards.' })
  leaderboardsIncludeStaff: boolean;

  @Field({ description: 'Whether moderators may suspend members (admins always may).' })
  moderatorsCanSuspend: boolean;

  @Field({
    description:
      'Whether people without an account may read public spaces, posts, comments, profiles, leaderboards and search.',
  })
  visibleToVisitors: boolean;

  @Field(() => Date)
  updatedAt: Date;
}

export const InviteStatus = {
  ACTIVE: 'active',
  EXPIRED: 'expired',
  USED_UP: 'used_up',
  REVOKED: 'revoked',
} as const;
export type InviteStatus = (typeof InviteStatus)[keyof typeof InviteStatus];
registerEnumType(InviteStatus, { name: 'InviteStatus' });

@ObjectType()
export class Invite {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  note: string;

  @Field(() => Member, { nullable: true })
  createdBy?: Member | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'null: unlimited.' })
  maxUses: number | null;

  @Field(() => Int)
  uses: number;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => InviteStatus)
  status?: InviteStatus;
}

export const InviteConnection = ConnectionType(Invite, 'Invite');
