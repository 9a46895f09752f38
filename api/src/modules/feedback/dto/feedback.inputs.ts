import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean } from 'class-validator';
import {
  BOARD_SLUG_PATTERN,
  FEEDBACK_LIMITS,
  GAMIFICATION_LIMITS,
  IDEA_STATUSES,
  IdeaApproval,
  IdeaSort,
  IdeaStatus,
  Role,
  TAG_PATTERN,
} from '@kizuna/shared';
import { PageArgs } from '../../../core/graphql/pagination.js';
import {
  IntRange,
  MaxLen,
  OneOf,
  Omittable,
  Optional,
  Pattern,
  Required,
} from '../../../core/validation/rules.js';

const Tags = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(FEEDBACK_LIMITS.tagsMax, {
      message: `At most ${FEEDBACK_LIMITS.tagsMax} tags.`,
      context: { issue: 'OUT_OF_RANGE', params: { max: FEEDBACK_LIMITS.tagsMax } },
    }),
    Pattern(
      TAG_PATTERN,
      'Tags use letters, digits, - and _ (up to 30 characters, no spaces).',
      true,
    ),
  );

const Roles = () =>
  applyDecorators(Optional(), IsArray(), ArrayMaxSize(4), OneOf(Object.values(Role), true));

const Slug = () =>
  Pattern(
    BOARD_SLUG_PATTERN,
    'Use 2 to 40 lower-case letters, digits and hyphens, starting with a letter or digit.',
  );

@InputType()
export class FeedbackBoardInput {
  @Field()
  @Required()
  @Slug()
  slug: string;

  @Field()
  @Required()
  @MaxLen(FEEDBACK_LIMITS.boardNameMax)
  nameJa: string;

  @Field()
  @Required()
  @MaxLen(FEEDBACK_LIMITS.boardNameMax)
  nameEn: string;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(FEEDBACK_LIMITS.boardDescriptionMax)
  descriptionJa?: string;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(FEEDBACK_LIMITS.boardDescriptionMax)
  descriptionEn?: string;

  @Field(() => [Role], { nullable: true, description: 'null: every role may post.' })
  @Roles()
  postRoles?: Role[] | null;

  @Field(() => [Role], { nullable: true, description: 'null: every role may vote.' })
  @Roles()
  voteRoles?: Role[] | null;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, GAMIFICATION_LIMITS.ranksMax)
  minPostRankPosition?: number | null;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, GAMIFICATION_LIMITS.ranksMax)
  minVoteRankPosition?: number | null;

  @Field({ nullable: true })
  @Optional()
  @IsBoolean()
  requiresApproval?: boolean;

  @Field(() => Int, { nullable: true, description: 'null: unlimited.' })
  @Optional()
  @IntRange(1, FEEDBACK_LIMITS.voteBudgetMax)
  voteBudget?: number | null;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(0, 10_000)
  position?: number;
}

@InputType({ description: 'Only the fields given are changed (null clears a gate or budget).' })
export class UpdateFeedbackBoardInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @Slug()
  slug?: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(FEEDBACK_LIMITS.boardNameMax)
  nameJa?: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(FEEDBACK_LIMITS.boardNameMax)
  nameEn?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(FEEDBACK_LIMITS.boardDescriptionMax)
  descriptionJa?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(FEEDBACK_LIMITS.boardDescriptionMax)
  descriptionEn?: string;

  @Field(() => [Role], { nullable: true })
  @Roles()
  postRoles?: Role[] | null;

  @Field(() => [Role], { nullable: true })
  @Roles()
  voteRoles?: Role[] | null;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, GAMIFICATION_LIMITS.ranksMax)
  minPostRankPosition?: number | null;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, GAMIFICATION_LIMITS.ranksMax)
  minVoteRankPosition?: number | null;

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean()
  requiresApproval?: boolean;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, FEEDBACK_LIMITS.voteBudgetMax)
  voteBudget?: number | null;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IntRange(0, 10_000)
  position?: number;
}

@InputType()
export class SubmitIdeaInput {
  @Field(() => ID)
  @Required()
  boardId: string;

  @Field()
  @Required()
  @MaxLen(FEEDBACK_LIMITS.titleMax)
  title: string;

  @Field({ description: 'Markdown, with images uploaded through POST /media.' })
  @Required()
  @MaxLen(FEEDBACK_LIMITS.bodyMax)
  body: string;

  @Field(() => [String], { nullable: true })
  @Optional()
  @Tags()
  tags?: string[];
}

@InputType({ description: 'Only the fields given are changed; the author edits until answered.' })
export class UpdateIdeaInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(FEEDBACK_LIMITS.titleMax)
  title?: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(FEEDBACK_LIMITS.bodyMax)
  body?: string;

  @Field(() => [String], { nullable: true })
  @Omittable()
  @Tags()
  tags?: string[];
}

@InputType()
export class ReviewIdeaInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field()
  @IsBoolean()
  approve: boolean;
}

@InputType({ description: 'Sets the viewer’s vote: voting twice is voting once.' })
export class VoteIdeaInput {
  @Field(() => ID)
  @Required()
  ideaId: string;

  @Field()
  @IsBoolean()
  voted: boolean;
}

@InputType()
export class FollowIdeaInput {
  @Field(() => ID)
  @Required()
  ideaId: string;

  @Field()
  @IsBoolean()
  follow: boolean;
}

@InputType({ description: 'Moves ideas to a status (not DUPLICATE: merge instead).' })
export class ChangeIdeaStatusInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one idea.', context: { issue: 'REQUIRED' } })
  @ArrayMaxSize(FEEDBACK_LIMITS.bulkMax, {
    message: `At most ${FEEDBACK_LIMITS.bulkMax} ideas at once.`,
    context: { issue: 'OUT_OF_RANGE', params: { max: FEEDBACK_LIMITS.bulkMax } },
  })
  ids: string[];

  @Field(() => IdeaStatus)
  @OneOf(IDEA_STATUSES)
  status: IdeaStatus;

  @Field(() => String, { nullable: true, description: 'Public note, plain text.' })
  @Optional()
  @MaxLen(FEEDBACK_LIMITS.noteMax)
  note?: string | null;
}

@InputType({ description: 'OPEN moves to UNDER_REVIEW unless another status is given.' })
export class AnswerIdeaInput {
  @Field(() => ID)
  @Required()
  ideaId: string;

  @Field({ description: 'Markdown.' })
  @Required()
  @MaxLen(FEEDBACK_LIMITS.answerMax)
  body: string;

  @Field(() => IdeaStatus, { nullable: true })
  @Optional()
  @OneOf(IDEA_STATUSES)
  status?: IdeaStatus | null;
}

@InputType({ description: 'Merges ideaId (B) into intoId (A).' })
export class MergeIdeaInput {
  @Field(() => ID)
  @Required()
  ideaId: string;

  @Field(() => ID)
  @Required()
  intoId: string;
}

@InputType()
export class IdeaRoadmapInput {
  @Field(() => ID)
  @Required()
  ideaId: string;

  @Field()
  @IsBoolean()
  hidden: boolean;
}

@ArgsType()
export class IdeasArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @Optional()
  boardId?: string | null;

  @Field(() => [IdeaStatus], {
    nullable: true,
    description: 'Any of these; by default every status but DUPLICATE.',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(IDEA_STATUSES.length)
  @OneOf(IDEA_STATUSES, true)
  status?: IdeaStatus[] | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(FEEDBACK_LIMITS.tagMax)
  tag?: string | null;

  @Field(() => IdeaSort, { nullable: true, defaultValue: IdeaSort.VOTES })
  @OneOf(Object.values(IdeaSort))
  sort: IdeaSort = IdeaSort.VOTES;

  @Field(() => Int, {
    nullable: true,
    description: 'Only ideas with votes from members of this rank or higher.',
  })
  @Optional()
  @IntRange(1, GAMIFICATION_LIMITS.ranksMax)
  minVoterRankPosition?: number | null;

  @Field(() => IdeaApproval, {
    nullable: true,
    description: 'APPROVED by default; the others for the product team and moderators only.',
  })
  @Optional()
  @OneOf(Object.values(IdeaApproval))
  approval?: IdeaApproval | null;
}

@ArgsType()
export class SimilarIdeasArgs {
  @Field(() => ID, { nullable: true, description: 'Only ideas on this board.' })
  @Optional()
  boardId?: string | null;

  @Field()
  @Required()
  @MaxLen(FEEDBACK_LIMITS.titleMax)
  title: string;
}
