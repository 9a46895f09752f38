import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean } from 'class-validator';
import { CHANGELOG_LIMITS, ISO_DATE } from '@kizuna/shared';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { MaxLen, Omittable, Optional, Pattern, Required } from '../../../core/validation/rules.js';

const IDEAS_MAX = `At most ${CHANGELOG_LIMITS.ideasMax} ideas.`;

@InputType()
export class ChangelogEntryInput {
  @Field()
  @Required()
  @MaxLen(CHANGELOG_LIMITS.titleMax)
  title: string;

  @Field({ description: 'Markdown, as in posts.' })
  @MaxLen(CHANGELOG_LIMITS.bodyMax)
  body: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Required()
  @Pattern(ISO_DATE, 'Use a date such as 2026-12-03.')
  releasedOn: string;

  @Field(() => [ID], { nullable: true, description: 'The ideas it ships.' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(CHANGELOG_LIMITS.ideasMax, {
    message: IDEAS_MAX,
    context: { issue: 'OUT_OF_RANGE' },
  })
  ideaIds?: string[] | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateChangelogEntryInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(CHANGELOG_LIMITS.titleMax)
  title?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(CHANGELOG_LIMITS.bodyMax)
  body?: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @Pattern(ISO_DATE, 'Use a date such as 2026-12-03.')
  releasedOn?: string;

  @Field(() => [ID], { nullable: true })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(CHANGELOG_LIMITS.ideasMax, {
    message: IDEAS_MAX,
    context: { issue: 'OUT_OF_RANGE' },
  })
  ideaIds?: string[];
}

@ArgsType()
export class ChangelogArgs extends PageArgs {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Drafts instead of published entries (product team and admins).',
  })
  @Optional()
  @IsBoolean()
  drafts?: boolean | null = false;
}
