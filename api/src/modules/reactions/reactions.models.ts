import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ReactionTarget } from '@kizuna/shared';
import { IntRange, MaxLen, OneOf, Pattern, Required } from '../../core/validation/rules.js';
import { PageArgs } from '../../core/graphql/pagination.js';

registerEnumType(ReactionTarget, { name: 'ReactionTarget' });

@ObjectType({ description: 'A reaction members can give (admins choose the set; at most 20).' })
export class ReactionKind {
  @Field()
  key: string;

  @Field()
  emoji: string;

  @Field()
  labelJa: string;

  @Field()
  labelEn: string;

  @Field(() => Int)
  position: number;

  @Field()
  enabled: boolean;
}

@ObjectType()
export class ReactionCount {
  @Field()
  kind: string;

  @Field()
  emoji: string;

  @Field(() => Int)
  count: number;

  @Field({ description: 'Whether the viewer gave this reaction.' })
  viewerReacted: boolean;
}

@ObjectType()
export class ReactionSummary {
  @Field(() => ReactionTarget)
  targetType: ReactionTarget;

  @Field(() => ID)
  targetId: string;

  @Field(() => [ReactionCount], { description: 'One entry per enabled kind, in display order.' })
  reactions: ReactionCount[];
}

@InputType()
export class SetReactionInput {
  @Field(() => ReactionTarget)
  @OneOf(Object.values(ReactionTarget))
  targetType: ReactionTarget;

  @Field(() => ID)
  @Required()
  targetId: string;

  @Field()
  @Required()
  @MaxLen(20)
  kind: string;

  @Field({
    description: 'true adds the reaction, false removes it; repeating a call changes nothing.',
  })
  @IsBoolean()
  active: boolean;
}

@InputType()
export class ReactionKindInput {
  @Field()
  @Pattern(/^[a-z][a-z_]{1,19}$/, 'Use 2–20 lower-case letters and _.')
  key: string;

  @Field()
  @Required()
  @MaxLen(16)
  emoji: string;

  @Field()
  @Required()
  @MaxLen(20)
  labelJa: string;

  @Field()
  @Required()
  @MaxLen(20)
  labelEn: string;

  @Field(() => Int)
  @IntRange(0, 100)
  position: number;

  @Field()
  @IsBoolean()
  enabled: boolean;
}

@ArgsType()
export class UpdateReactionKindsArgs {
  @Field(() => [ReactionKindInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReactionKindInput)
  kinds: ReactionKindInput[];
}

@ArgsType()
export class WhoReactedArgs extends PageArgs {
  @Field(() => ReactionTarget)
  @OneOf(Object.values(ReactionTarget))
  targetType: ReactionTarget;

  @Field(() => ID)
  @Required()
  targetId: string;

  @Field()
  @Required()
  @MaxLen(20)
  kind: string;
}
