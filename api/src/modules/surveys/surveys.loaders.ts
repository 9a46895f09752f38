import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import type { Reader } from '../../core/auth/viewer.js';
import type { LoaderFactory, MemberLoaderFactory } from '../../core/graphql/loaders.js';
import { EventsService } from '../events/events.service.js';
import type { EventRow } from '../events/events.repository.js';
import type { MemberAttitude } from './models/survey-admin.model.js';
import type { SurveyQuestion, SurveyTouchpoint } from './models/survey.model.js';
import type { AnswerRow, ResponseRow } from './responses.repository.js';
import { SurveysService } from './surveys.service.js';

@Injectable()
export class SurveyQuestionsLoaderFactory implements LoaderFactory<string, SurveyQuestion[]> {
  constructor(private readonly surveys: SurveysService) {}

  create(): DataLoader<string, SurveyQuestion[]> {
    return new DataLoader(async (ids) => {
      const by = await this.surveys.questionsOfMany(ids);
      return ids.map((id) => by.get(id) ?? []);
    });
  }
}

@Injectable()
export class SurveyTouchpointsLoaderFactory implements LoaderFactory<
  string,
  SurveyTouchpoint | null
> {
  constructor(private readonly surveys: SurveysService) {}

  create(): DataLoader<string, SurveyTouchpoint | null> {
    return new DataLoader(async (ids) => {
      const by = new Map((await this.surveys.touchpointsByIds(ids)).map((t) => [t.id, t]));
      return ids.map((id) => by.get(id) ?? null);
    });
  }
}

/** One member's response to each survey (the viewer's, or a link holder's). */
@Injectable()
export class MemberResponseLoaderFactory implements MemberLoaderFactory<
  string,
  ResponseRow | null
> {
  constructor(private readonly surveys: SurveysService) {}

  create(memberId: string): DataLoader<string, ResponseRow | null> {
    return new DataLoader(async (surveyIds) => {
      const by = await this.surveys.responsesOf(memberId, surveyIds);
      return surveyIds.map((id) => by.get(id) ?? null);
    });
  }
}

/** Whether each survey asked one member (the viewer, or a link holder). */
@Injectable()
export class MemberAskedLoaderFactory implements MemberLoaderFactory<string, boolean> {
  constructor(private readonly surveys: SurveysService) {}

  create(memberId: string): DataLoader<string, boolean> {
    return new DataLoader(async (surveyIds) => {
      const asked = await this.surveys.askedOf(memberId, surveyIds);
      return surveyIds.map((id) => asked.has(id));
    });
  }
}

@Injectable()
export class ResponseAnswersLoaderFactory implements LoaderFactory<string, AnswerRow[]> {
  constructor(private readonly surveys: SurveysService) {}

  create(): DataLoader<string, AnswerRow[]> {
    return new DataLoader(async (ids) => {
      const by = await this.surveys.answersOf(ids);
      return ids.map((id) => by.get(id) ?? []);
    });
  }
}

@Injectable()
export class AttitudeLoaderFactory implements LoaderFactory<string, MemberAttitude> {
  constructor(private readonly surveys: SurveysService) {}

  create(): DataLoader<string, MemberAttitude> {
    return new DataLoader(async (ids) => {
      const by = await this.surveys.attitudes(ids);
      return ids.map((id) => by.get(id)!);
    });
  }
}

/**
 * Events audiences name, as the request's reader may see them (staff and the product team: any),
 * through the events module's read interface.
 */
@Injectable()
export class AudienceEventLoaderFactory implements LoaderFactory<
  { reader: Reader; id: string; any: boolean },
  EventRow | null
> {
  constructor(private readonly events: EventsService) {}

  create(): DataLoader<{ reader: Reader; id: string; any: boolean }, EventRow | null, string> {
    return new DataLoader(
      async (keys) => {
        const ids = keys.map((k) => k.id);
        const { reader, any } = keys[0];
        const found = any
          ? await this.events.findByIds(ids)
          : await this.events.visibleByIds(reader, ids);
        const by = new Map(found.map((e) => [e.id, e]));
        return ids.map((id) => by.get(id) ?? null);
      },
      { cacheKeyFn: (k) => k.id },
    );
  }
}
