import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NpsClass, SurveyTemplate } from '@kizuna/shared';
import { PageInfo } from '../../../core/graphql/pagination.js';
import { Survey } from './survey.model.js';

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
export class SurveyTemplateInfo {
  @Field(() => SurveyTemplate)
  key: SurveyTemplate;

  @Field()
  titleJa: string;

  @Field()
  titleEn: string;

  @Field()
  descriptionJa: string;

  @Field()
  descriptionEn: string;
}

@ObjectType()
export class SurveySettings {
  @Field(() => Int, {
    description: 'A member is asked at most once in this many days, across all surveys.',
  })
  fatigueDays: number;
}

@ObjectType({ description: 'Members a survey can ask and results break down by.' })
export class SurveySegment {
  @Field({ description: '`<family>:<value>`, e.g. nps:promoter.' })
  key: string;

  @Field()
  labelJa: string;

  @Field()
  labelEn: string;
}

@ObjectType({ description: 'How a member feels: their latest NPS answer in an identified survey.' })
export class MemberAttitude {
  @Field(() => NpsClass, { nullable: true, description: 'null: unknown (never answered).' })
  npsClass: NpsClass | null;

  @Field(() => Int, { nullable: true })
  npsScore: number | null;

  @Field(() => Date, { nullable: true })
  measuredAt: Date | null;
}
