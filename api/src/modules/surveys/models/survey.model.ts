import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  NpsClass,
  Role,
  SurveyAudienceKind,
  SurveyQuestionType,
  SurveyResponseSource,
  SurveyStatus,
  SurveyTemplate,
  SurveyTrendPeriod,
} from '@kizuna/shared';
import '../../members/models/member.model.js';

registerEnumType(SurveyQuestionType, {
  name: 'SurveyQuestionType',
  description:
    'NPS 0–10 (with an optional "why?"), TOUCHPOINTS −3…+3 per touchpoint or not applicable, CSAT 1–5, CES 1–7, RATING 1–5, choices and text.',
});
registerEnumType(SurveyStatus, {
  name: 'SurveyStatus',
  description:
    'DRAFT until published; SCHEDULED before its opening date; OPEN; CLOSED after its closing date or when closed by hand.',
});
registerEnumType(SurveyAudienceKind, { name: 'SurveyAudienceKind' });
registerEnumType(SurveyTemplate, { name: 'SurveyTemplate' });
registerEnumType(NpsClass, {
  name: 'NpsClass',
  description: '9–10 promoters, 7–8 passives, 0–6 detractors.',
});
registerEnumType(SurveyTrendPeriod, { name: 'SurveyTrendPeriod' });
registerEnumType(SurveyResponseSource, { name: 'SurveyResponseSource' });

/** Something chosen or grouped by a stable key, named in both languages. */
@ObjectType({ isAbstract: true })
export abstract class KeyedLabel {
  @Field()
  key: string;

  @Field()
  labelJa: string;

  @Field()
  labelEn: string;
}

/** A survey's (or a template's) wording in both languages. */
@ObjectType({ isAbstract: true })
export abstract class SurveyWording {
  @Field()
  titleJa: string;

  @Field()
  titleEn: string;

  @Field()
  descriptionJa: string;

  @Field()
  descriptionEn: string;
}

@ObjectType({ description: 'Where customers meet the brand, asked about in touchpoint questions.' })
export class SurveyTouchpoint extends KeyedLabel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field({ description: 'No longer offered to new questions; kept for answers given.' })
  archived: boolean;
}

@ObjectType()
export class SurveyChoice extends KeyedLabel {}

@ObjectType()
export class SurveyQuestion {
  @Field(() => ID)
  id: string;

  surveyId: string;

  @Field(() => Int)
  position: number;

  @Field(() => SurveyQuestionType)
  type: SurveyQuestionType;

  @Field()
  required: boolean;

  @Field()
  promptJa: string;

  @Field()
  promptEn: string;

  @Field({ description: 'NPS: a "why?" text under the score.' })
  withReason: boolean;

  @Field(() => [SurveyChoice])
  choices: SurveyChoice[];

  touchpointIds: string[];
}

@ObjectType()
export class SurveyAudience {
  @Field(() => SurveyAudienceKind)
  kind: SurveyAudienceKind;

  @Field(() => Int, { nullable: true, description: 'RANK: members at this rank or above.' })
  minRankPosition: number | null;

  @Field(() => [Role], { nullable: true })
  roles: Role[] | null;

  eventId: string | null;

  @Field(() => String, { nullable: true, description: 'SEGMENT: the segment key.' })
  segment: string | null;

  @Field(() => Int, { description: 'EVENT_ATTENDEES: hours after the event ends.' })
  hoursAfterEvent: number;
}

@ObjectType()
export class Survey extends SurveyWording {
  @Field(() => ID)
  id: string;

  @Field(() => SurveyTemplate, { nullable: true })
  template: SurveyTemplate | null;

  @Field(() => SurveyStatus)
  status: SurveyStatus;

  @Field(() => Date, { nullable: true })
  opensAt: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  closedAt: Date | null;

  @Field({ description: 'Results never say who answered; answers do not feed members’ attitude.' })
  anonymous: boolean;

  @Field(() => Int, { nullable: true })
  responseCap: number | null;

  @Field(() => Int, { description: 'Submitted responses, answered here or imported.' })
  responseCount: number;

  @Field(() => SurveyAudience)
  audience: SurveyAudience;

  @Field(() => Date, { nullable: true, description: 'When the audience was asked.' })
  invitedAt: Date | null;

  @Field(() => Int)
  invitedCount: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'null influence: not applicable.' })
export class SurveyTouchpointAnswer {
  @Field(() => ID)
  touchpointId: string;

  @Field(() => Int, { nullable: true })
  influence: number | null;
}

@ObjectType()
export class SurveyAnswer {
  @Field(() => ID)
  questionId: string;

  @Field(() => Int, { nullable: true })
  score: number | null;

  @Field(() => [String], { nullable: true })
  choiceKeys: string[] | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => [SurveyTouchpointAnswer], { nullable: true })
  touchpoints: SurveyTouchpointAnswer[] | null;
}

@ObjectType({ description: 'A member’s answers to a survey, saved as they go until submitted.' })
export class SurveyResponse {
  @Field(() => ID)
  id: string;

  surveyId: string;

  memberId: string | null;

  @Field()
  submitted: boolean;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => [SurveyAnswer])
  answers: SurveyAnswer[];
}
