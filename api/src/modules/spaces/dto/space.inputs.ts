import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { CONTENT_LIMITS, GAMIFICATION_LIMITS, Role, SPACE_SLUG_PATTERN } from '@kizuna/shared';
import {
  IntRange,
  MaxLen,
  OneOf,
  Omittable,
  Optional,
  Pattern,
  Required,
} from '../../../core/validation/rules.js';

const COLOR = /^#[0-9a-f]{6}$/;

@InputType()
export class CreateSpaceInput {
  @Field({ description: 'Lower-case letters, digits and -, used in URLs.' })
  @Required()
  @Pattern(SPACE_SLUG_PATTERN, 'Use 2–40 lower-case letters, digits and -.')
  slug: string;

  @Field()
  @Required()
  @MaxLen(CONTENT_LIMITS.spaceNameMax)
  nameJa: string;

  @Field()
  @Required()
  @MaxLen(CONTENT_LIMITS.spaceNameMax)
  nameEn: string;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(CONTENT_LIMITS.spaceDescriptionMax)
  descriptionJa?: string;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(CONTENT_LIMITS.spaceDescriptionMax)
  descriptionEn?: string;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(16)
  icon?: string;

  @Field({ nullable: true })
  @Optional()
  @Pattern(COLOR, 'Use a colour such as #2f7d57.')
  color?: string;

  @Field(() => [Role], { nullable: true })
  @Optional()
  @IsArray()
  @ArrayMaxSize(4)
  @OneOf(Object.values(Role), true)
  viewRoles?: Role[] | null;

  @Field(() => [Role], { nullable: true })
  @Optional()
  @IsArray()
  @ArrayMaxSize(4)
  @OneOf(Object.values(Role), true)
  postRoles?: Role[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The rank (position) members need to see the space; null for none.',
  })
  @Optional()
  @IntRange(1, GAMIFICATION_LIMITS.ranksMax)
  minRankPosition?: number | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateSpaceInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(CONTENT_LIMITS.spaceNameMax)
  nameJa?: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(CONTENT_LIMITS.spaceNameMax)
  nameEn?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(CONTENT_LIMITS.spaceDescriptionMax)
  descriptionJa?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(CONTENT_LIMITS.spaceDescriptionMax)
  descriptionEn?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(16)
  icon?: string;

  @Field({ nullable: true })
  @Omittable()
  @Pattern(COLOR, 'Use a colour such as #2f7d57.')
  color?: string;

  @Field(() => [Role], { nullable: true })
  @Optional()
  @IsArray()
  @OneOf(Object.values(Role), true)
  viewRoles?: Role[] | null;

  @Field(() => [Role], { nullable: true })
  @Optional()
  @IsArray()
  @OneOf(Object.values(Role), true)
  postRoles?: Role[] | null;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, GAMIFICATION_LIMITS.ranksMax)
  minRankPosition?: number | null;

  @Field({
    nullable: true,
    description: 'true archives the space (hidden from members), false restores it.',
  })
  @Omittable()
  archived?: boolean;
}

@ArgsType()
export class ReorderSpacesArgs {
  @Field(() => [ID], { description: 'Space ids in the new order.' })
  @IsArray()
  @ArrayMaxSize(100)
  ids: string[];
}
