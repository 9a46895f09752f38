import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NpsClass, SurveyTemplate } from '@kizuna/shared';
import { PageInfo } from '../../../core/graphql/pagination.js';
import { KeyedLabel, Survey, SurveyWording } from './survey.model.js';

@ObjectType()
export class SurveyConnection {
  @Field(() => [Survey])
  nodes: Survey[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Surveys matching the filter, on every page.' })
  totalCount: number;
}

@ObjectType({ description: 'A ready-made survey: its questions (and audience) fill a new draft.' })
export class SurveyTemplateInfo extends SurveyWording {
  @Field(() => SurveyTemplate)
  key: SurveyTemplate;
}

@ObjectType()
export class SurveySettings {
  @Field(() => Int, {
    description: 'A member is asked at most once in this many days, across all surveys.',
  })
  fatigueDays: number;
}

@ObjectType({
  description:
    'Members a survey can ask and results break down by; keys are `<family>:<value>`, e.g. nps:promoter.',
})
export class SurveySegment extends KeyedLabel {}

@ObjectType({ description: 'How a member feels: their latest NPS answer in an identified survey.' })
export class MemberAttitude {
  @Field(() => NpsClass, { nullable: true, description: 'null: unknown (never answered).' })
  npsClass: NpsClass | null;

  @Field(() => Int, { nullable: true })
  npsScore: number | null;

  @Field(() => Date, { nullable: true })
  measuredAt: Date | null;
}
