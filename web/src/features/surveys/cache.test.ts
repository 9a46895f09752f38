import { InMemoryCache } from '@apollo/client';
import { MySurveysDocument } from './cardGraphql';
import { forgetSurvey, leaveMySurveys, rememberResponse } from './cache';
import { AnswerSurveyDocument, SurveyResponseFieldsFragment } from './graphql';

const survey = (id: string) => ({
  __typename: 'Survey' as const,
  id,
  titleJa: 'アンケート',
  titleEn: 'Survey',
  descriptionJa: '',
  descriptionEn: '',
  status: 'OPEN' as const,
  opensAt: null,
  closesAt: null,
  anonymous: false,
  viewerAsked: true,
  questions: [],
  myResponse: null,
});

const response = {
  __typename: 'SurveyResponse' as const,
  id: 'r1',
  submitted: true,
  answeredAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  answers: [
    {
      __typename: 'SurveyAnswer' as const,
      questionId: 'q1',
      score: 9,
      choiceKeys: null,
      text: null,
      touchpoints: null,
    },
  ],
};

describe('survey cache', () => {
  it('gives the survey the response a save answered with', () => {
    const cache = new InMemoryCache();
    const vars = { id: 's1', token: null };
    cache.writeQuery({
      query: AnswerSurveyDocument,
      variables: vars,
      data: { survey: survey('s1') },
    });
    cache.writeFragment({
      id: cache.identify(response),
      fragment: SurveyResponseFieldsFragment,
      data: response,
    });
    expect(
      cache.readQuery({ query: AnswerSurveyDocument, variables: vars })?.survey.myResponse,
    ).toBeNull();
    rememberResponse(cache, 's1', response);
    const read = cache.readQuery({ query: AnswerSurveyDocument, variables: vars });
    expect(read?.survey.myResponse?.id).toBe('r1');
    expect(read?.survey.myResponse?.answers[0]?.score).toBe(9);
  });

  it('takes a submitted survey off the home card and forgets a deleted one', () => {
    const cache = new InMemoryCache();
    const card = (id: string) => ({
      __typename: 'Survey' as const,
      id,
      titleJa: 'a',
      titleEn: '',
      descriptionJa: '',
      descriptionEn: '',
      closesAt: null,
      questions: [],
    });
    cache.writeQuery({ query: MySurveysDocument, data: { mySurveys: [card('s1'), card('s2')] } });
    leaveMySurveys(cache, 's1');
    expect(cache.readQuery({ query: MySurveysDocument })?.mySurveys.map((s) => s.id)).toEqual([
      's2',
    ]);
    forgetSurvey(cache, 's2');
    expect(cache.extract()['Survey:s2']).toBeUndefined();
  });
});
