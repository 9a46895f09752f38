import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { BadgeCriterion, GAMIFICATION_LIMITS } from '@kizuna/shared';
import { ConnectionType } from '../../core/graphql/pagination.js';
import {
  IntRange,
  MaxLen,
  OneOf,
  Omittable,
  Pattern,
  Required,
} from '../../core/validation/rules.js';

registerEnumType(BadgeCriterion, {
  name: 'BadgeCriterion',
  description:
    'How a badge is earned: FIRST_POST; POSTS, BEST_ANSWERS, REACTIONS_RECEIVED (at least threshold); ' +
    'STREAK (a visit streak of threshold days); MEMBER_SINCE (joined in year threshold or before); ' +
    'EVENTS_ATTENDED (checked in at threshold events or more); FIRST_IDEA (a first idea shown on its board); ' +
    'IDEAS_SHIPPED (threshold of the member’s ideas released); MANUAL (awarded by moderators).',
});

export const BADGE_KEY = /^[a-z0-9][a-z0-9_-]{1,39}$/;
const KEY_MESSAGE = 'Use 2–40 lower-case letters, digits, - and _.';

@ObjectType({ description: 'A badge members earn (or are awarded) and show on their profile.' })
export class Badge {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable, used in URLs.' })
  key: string;

  @Field()
  nameJa: string;

  @Field()
  nameEn: string;

  @Field()
  descriptionJa: string;

  @Field()
  descriptionEn: string;

  @Field()
  icon: string;

  @Field(() => BadgeCriterion)
  criterion: BadgeCriterion;

  @Field(() => Int, {
    description:
      'The count, streak length or year the criterion needs (unused for FIRST_POST and MANUAL).',
  })
  threshold: number;

  @Field({ description: 'Disabled badges are not earned and not shown.' })
  enabled: boolean;

  @Field(() => Int)
  position: number;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: 'A badge a member holds (or held, for moderators).' })
export class MemberBadge {
  @Field(() => Date)
  grantedAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Why a moderator awarded it, shown with the badge (null for earned badges).',
  })
  reason: string | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  /* badge, member, grantedBy and revokeReason (staff only) are resolved by MemberBadgeResolver. */
}

export const MemberBadgeConnection = ConnectionType(MemberBadge, 'MemberBadge');

@ArgsType()
export class BadgesArgs {
  @Field({ defaultValue: false, description: 'Disabled badges too (admins only).' })
  @IsBoolean()
  includeDisabled: boolean = false;
}

@ArgsType()
export class BadgeArgs {
  @Field()
  @Required()
  @MaxLen(40)
  key: string;
}

@InputType()
export class CreateBadgeInput {
  @Field({ description: 'Lower-case letters, digits, - and _.' })
  @Required()
  @Pattern(BADGE_KEY, KEY_MESSAGE)
  key: string;

  @Field()
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.badgeNameMax)
  nameJa: string;

  @Field()
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.badgeNameMax)
  nameEn: string;

  @Field({ defaultValue: '' })
  @MaxLen(GAMIFICATION_LIMITS.badgeDescriptionMax)
  descriptionJa: string = '';

  @Field({ defaultValue: '' })
  @MaxLen(GAMIFICATION_LIMITS.badgeDescriptionMax)
  descriptionEn: string = '';

  @Field({ defaultValue: '🏅' })
  @Required()
  @MaxLen(16)
  icon: string = '🏅';

  @Field(() => BadgeCriterion)
  @OneOf(Object.values(BadgeCriterion))
  criterion: BadgeCriterion;

  @Field(() => Int, { defaultValue: 1 })
  @IntRange(0, 1_000_000)
  threshold: number = 1;

  @Field({ defaultValue: true })
  @IsBoolean()
  enabled: boolean = true;

  @Field(() => Int, { nullable: true, description: 'Defaults to after the last badge.' })
  @Omittable()
  @IntRange(0, 10_000)
  position?: number;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateBadgeInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @Pattern(BADGE_KEY, KEY_MESSAGE)
  key?: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.badgeNameMax)
  nameJa?: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.badgeNameMax)
  nameEn?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(GAMIFICATION_LIMITS.badgeDescriptionMax)
  descriptionJa?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(GAMIFICATION_LIMITS.badgeDescriptionMax)
  descriptionEn?: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(16)
  icon?: string;

  @Field(() => BadgeCriterion, { nullable: true })
  @Omittable()
  @OneOf(Object.values(BadgeCriterion))
  criterion?: BadgeCriterion;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IntRange(0, 1_000_000)
  threshold?: number;

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean()
  enabled?: boolean;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IntRange(0, 10_000)
  position?: number;
}

@InputType()
export class BadgeGrantInput {
  @Field(() => ID)
  @Required()
  memberId: string;

  @Field(() => ID)
  @Required()
  badgeId: string;

  @Field({ description: 'Why: kept with the badge (and shown to the member when awarding).' })
  @Required()
  @MaxLen(GAMIFICATION_LIMITS.reasonMax)
  reason: string;
}
