import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, ValidateNested } from 'class-validator';
import {
  GAMIFICATION_LIMITS,
  Role,
  SURVEY_LIMITS,
  SURVEY_QUESTION_TYPES,
  SurveyAudienceKind,
  SurveyQuestionType,
  SurveyStatus,
  SurveyTemplate,
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

/** Touchpoint and choice keys: lower-case letters, digits, - and _, up to 40 characters. */
export const SURVEY_KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const KEY_MESSAGE =
  'Use 1 to 40 lower-case letters, digits, - and _, starting with a letter or digit.';

const Many = (max: number) =>
  ArrayMaxSize(max, {
    message: `At most ${max}.`,
    context: { issue: 'OUT_OF_RANGE', params: { max } },
  });

@ArgsType()
export class SurveysArgs extends PageArgs {
  @Field(() => SurveyStatus, { nullable: true })
  @Optional()
  @OneOf(Object.values(SurveyStatus))
  status?: SurveyStatus | null;
}

@InputType({ description: 'A template fills the questions; without one, a single NPS question.' })
export class CreateSurveyInput {
  @Field(() => SurveyTemplate, { nullable: true })
  @Optional()
  @OneOf(Object.values(SurveyTemplate))
  template?: SurveyTemplate | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(SURVEY_LIMITS.titleMax)
  titleJa?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(SURVEY_LIMITS.titleMax)
  titleEn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Asks this event’s attendees after it ends.' })
  @Optional()
  eventId?: string | null;
}

@InputType()
export class SurveyAudienceInput {
  @Field(() => SurveyAudienceKind)
  @OneOf(Object.values(SurveyAudienceKind))
  kind: SurveyAudienceKind;

  @Field(() => Int, { nullable: true, description: 'RANK only.' })
  @Optional()
  @IntRange(1, GAMIFICATION_LIMITS.ranksMax)
  minRankPosition?: number | null;

  @Field(() => [Role], { nullable: true, description: 'ROLES only.' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(4)
  @OneOf(Object.values(Role), true)
  roles?: Role[] | null;

  @Field(() => ID, { nullable: true, description: 'EVENT_ATTENDEES only.' })
  @Optional()
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'SEGMENT only: a segment key.' })
  @Optional()
  @MaxLen(100)
  segment?: string | null;

  @Field(() => Int, { nullable: true, description: 'EVENT_ATTENDEES: hours after the end.' })
  @Optional()
  @IntRange(0, SURVEY_LIMITS.hoursAfterEventMax)
  hoursAfterEvent?: number | null;
}

@InputType({ description: 'A choice keeps its key when given; a new one gets one.' })
export class SurveyChoiceInput {
  @Field(() => String, { nullable: true })
  @Optional()
  @Pattern(SURVEY_KEY_PATTERN, KEY_MESSAGE)
  key?: string | null;

  @Field()
  @Required()
  @MaxLen(SURVEY_LIMITS.choiceLabelMax)
  labelJa: string;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(SURVEY_LIMITS.choiceLabelMax)
  labelEn?: string;
}

@InputType()
export class SurveyQuestionInput {
  @Field(() => ID, { nullable: true, description: 'Keeps the question’s id (and answers).' })
  @Optional()
  id?: string | null;

  @Field(() => SurveyQuestionType)
  @OneOf(SURVEY_QUESTION_TYPES)
  type: SurveyQuestionType;

  @Field({ nullable: true, defaultValue: true })
  @IsBoolean()
  required: boolean = true;

  @Field()
  @Required()
  @MaxLen(SURVEY_LIMITS.promptMax)
  promptJa: string;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(SURVEY_LIMITS.promptMax)
  promptEn?: string;

  @Field({ nullable: true, defaultValue: false, description: 'NPS only.' })
  @IsBoolean()
  withReason: boolean = false;

  @Field(() => [SurveyChoiceInput], { nullable: true, description: 'Choice questions only.' })
  @Optional()
  @IsArray()
  @Many(SURVEY_LIMITS.choicesMax)
  @ValidateNested({ each: true })
  @Type(() => SurveyChoiceInput)
  choices?: SurveyChoiceInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'TOUCHPOINTS only, in order.' })
  @Optional()
  @IsArray()
  @Many(SURVEY_LIMITS.touchpointsMax)
  touchpointIds?: string[] | null;
}

@InputType({ description: 'Only the fields given change; questions replace all (DRAFT only).' })
export class UpdateSurveyInput {
  @Field(() => ID)
  @Required()
  id: string;

  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(SURVEY_LIMITS.titleMax)
  titleJa?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(SURVEY_LIMITS.titleMax)
  titleEn?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(SURVEY_LIMITS.descriptionMax)
  descriptionJa?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(SURVEY_LIMITS.descriptionMax)
  descriptionEn?: string;

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean()
  anonymous?: boolean;

  @Field(() => Int, { nullable: true, description: 'null: no cap.' })
  @Optional()
  @IntRange(1, SURVEY_LIMITS.responseCapMax)
  responseCap?: number | null;

  @Field(() => Date, { nullable: true })
  @Optional()
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'null: open until closed by hand.' })
  @Optional()
  closesAt?: Date | null;

  @Field(() => SurveyAudienceInput, { nullable: true })
  @Omittable()
  @ValidateNested()
  @Type(() => SurveyAudienceInput)
  audience?: SurveyAudienceInput;

  @Field(() => [SurveyQuestionInput], { nullable: true })
  @Omittable()
  @IsArray()
  @Many(SURVEY_LIMITS.questionsMax)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions?: SurveyQuestionInput[];
}

@InputType({ description: 'The touchpoints in order; one left out is archived, never deleted.' })
export class SurveyTouchpointInput {
  @Field(() => ID, { nullable: true })
  @Optional()
  id?: string | null;

  @Field()
  @Required()
  @Pattern(SURVEY_KEY_PATTERN, KEY_MESSAGE)
  key: string;

  @Field()
  @Required()
  @MaxLen(SURVEY_LIMITS.touchpointLabelMax)
  labelJa: string;

  @Field()
  @Required()
  @MaxLen(SURVEY_LIMITS.touchpointLabelMax)
  labelEn: string;

  @Field({ nullable: true, defaultValue: false })
  @IsBoolean()
  archived: boolean = false;
}

@InputType({ description: 'null influence: not applicable.' })
export class SurveyTouchpointAnswerInput {
  @Field(() => ID)
  @Required()
  touchpointId: string;

  @Field(() => Int, { nullable: true })
  @Optional()
  influence?: number | null;
}

@InputType({ description: 'An answer with no value clears the question’s answer.' })
export class SurveyAnswerInput {
  @Field(() => ID)
  @Required()
  questionId: string;

  @Field(() => Int, { nullable: true })
  @Optional()
  score?: number | null;

  @Field(() => [String], { nullable: true })
  @Optional()
  @IsArray()
  @Many(SURVEY_LIMITS.choicesMax)
  choiceKeys?: string[] | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(5000)
  text?: string | null;

  @Field(() => [SurveyTouchpointAnswerInput], { nullable: true })
  @Optional()
  @IsArray()
  @Many(SURVEY_LIMITS.touchpointsMax)
  @ValidateNested({ each: true })
  @Type(() => SurveyTouchpointAnswerInput)
  touchpoints?: SurveyTouchpointAnswerInput[] | null;
}

@InputType({
  description:
    'submit: false saves what is given (partial, never counted); submit: true checks every required answer and counts the response once.',
})
export class SaveSurveyResponseInput {
  @Field(() => ID)
  @Required()
  surveyId: string;

  @Field(() => String, { nullable: true, description: 'The emailed link’s token (signed out).' })
  @Optional()
  @MaxLen(300)
  token?: string | null;

  @Field(() => ID, { nullable: true, description: 'Needed to edit a submitted response.' })
  @Optional()
  responseId?: string | null;

  @Field()
  @IsBoolean()
  submit: boolean;

  @Field(() => [SurveyAnswerInput])
  @IsArray()
  @Many(SURVEY_LIMITS.questionsMax)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  answers: SurveyAnswerInput[];
}
