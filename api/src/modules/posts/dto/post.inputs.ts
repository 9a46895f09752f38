import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean } from 'class-validator';
import { CONTENT_LIMITS, PostKind, TAG_PATTERN, WRITTEN_POST_KINDS } from '@kizuna/shared';
import { PageArgs } from '../../../core/graphql/pagination.js';
import {
  MaxLen,
  OneOf,
  Omittable,
  Optional,
  Pattern,
  Required,
} from '../../../core/validation/rules.js';

registerEnumType(PostKind, {
  name: 'PostKind',
  description:
    'talk; question (can have a best answer); announcement (staff only); event: an event’s discussion (created with the event, never written as a post).',
});

export const FeedSort = { LATEST: 'latest', POPULAR: 'popular', UNANSWERED: 'unanswered' } as const;
export type FeedSort = (typeof FeedSort)[keyof typeof FeedSort];
registerEnumType(FeedSort, {
  name: 'FeedSort',
  description:
    'latest: newest first; popular: reactions, comments and views on a log scale against age (twelve hours newer weighs as much as e times the engagement); unanswered: questions without a best answer.',
});

const Tags = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(CONTENT_LIMITS.tagsMax, {
      message: `At most ${CONTENT_LIMITS.tagsMax} tags.`,
      context: { issue: 'OUT_OF_RANGE', params: { max: CONTENT_LIMITS.tagsMax } },
    }),
    Pattern(
      TAG_PATTERN,
      'Tags use letters, digits, - and _ (up to 30 characters, no spaces).',
      true,
    ),
  );

@InputType()
export class CreatePostInput {
  @Field(() => ID)
  @Required()
  spaceId: string;

  @Field(() => PostKind, { defaultValue: PostKind.TALK })
  @OneOf(WRITTEN_POST_KINDS)
  kind: PostKind = PostKind.TALK;

  @Field()
  @Required()
  @MaxLen(CONTENT_LIMITS.titleMax)
  title: string;

  @Field({ description: 'Markdown.' })
  @Required()
  @MaxLen(CONTENT_LIMITS.bodyMax)
  body: string;

  @Field(() => [String], { nullable: true })
  @Optional()
  @Tags()
  tags?: string[];
}

@InputType({
  description:
    'Only the fields given are changed; each edit keeps the previous text as a revision.',
})
export class UpdatePostInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(CONTENT_LIMITS.titleMax)
  title?: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(CONTENT_LIMITS.bodyMax)
  body?: string;

  @Field(() => [String], { nullable: true })
  @Omittable()
  @Tags()
  tags?: string[];
}

@InputType()
export class ModeratePostInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean()
  pinned?: boolean;

  @Field({ nullable: true, description: 'A locked post takes no new comments.' })
  @Omittable()
  @IsBoolean()
  locked?: boolean;

  @Field({ nullable: true, description: 'Hidden posts are seen by staff only.' })
  @Omittable()
  @IsBoolean()
  hidden?: boolean;

  @Field({
    nullable: true,
    description: 'Why the post is hidden; shown to staff and told to its author.',
  })
  @Optional()
  @MaxLen(CONTENT_LIMITS.hideReasonMax)
  hiddenReason?: string;

  @Field(() => ID, { nullable: true, description: 'Moves the post to this space.' })
  @Omittable()
  @Required()
  spaceId?: string;
}

@ArgsType()
export class FeedArgs extends PageArgs {
  @Field(() => FeedSort, { defaultValue: FeedSort.LATEST })
  @OneOf(Object.values(FeedSort))
  sort: FeedSort = FeedSort.LATEST;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(40)
  spaceSlug?: string;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(30)
  authorHandle?: string;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(CONTENT_LIMITS.tagMax)
  tag?: string;

  @Field(() => PostKind, { nullable: true })
  @Optional()
  @OneOf(WRITTEN_POST_KINDS)
  kind?: PostKind;

  @Field({
    nullable: true,
    description: 'true: solved questions; false: questions without a best answer.',
  })
  @Optional()
  @IsBoolean()
  solved?: boolean;

  @Field({ nullable: true, description: 'Only pinned posts (for the top of a space page).' })
  @Optional()
  @IsBoolean()
  pinned?: boolean;
}

@InputType()
export class CreateCommentInput {
  @Field(() => ID)
  @Required()
  postId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The comment this replies to (one level of replies).',
  })
  @Optional()
  parentId?: string;

  @Field({ description: 'Markdown.' })
  @Required()
  @MaxLen(CONTENT_LIMITS.commentMax)
  body: string;
}

@InputType()
export class UpdateCommentInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field({ description: 'Markdown.' })
  @Required()
  @MaxLen(CONTENT_LIMITS.commentMax)
  body: string;
}

@InputType()
export class HideCommentInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field()
  @IsBoolean()
  hidden: boolean;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(CONTENT_LIMITS.hideReasonMax)
  reason?: string;
}

@ArgsType()
export class PreviewArgs {
  @Field()
  @MaxLen(CONTENT_LIMITS.bodyMax)
  body: string;
}
