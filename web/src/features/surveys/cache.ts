import type { ApolloCache, Reference } from '@apollo/client';

/**
 * The survey learns the viewer's response from a save's answer, so the answer page keeps it on
 * every render from the cache (and a later edit sends its id).
 */
export function rememberResponse(
  cache: ApolloCache,
  surveyId: string,
  response: { __typename?: 'SurveyResponse'; id: string },
): void {
  const id = cache.identify({ __typename: 'Survey', id: surveyId });
  const ref = cache.identify({ __typename: 'SurveyResponse', id: response.id });
  if (!id || !ref) return;
  cache.modify({ id, fields: { myResponse: () => ({ __ref: ref }) } });
}

/** A submitted survey leaves the home card's list at once. */
export function leaveMySurveys(cache: ApolloCache, surveyId: string): void {
  cache.modify({
    fields: {
      mySurveys: (list: readonly Reference[], { readField }) =>
        list.filter((s) => readField('id', s) !== surveyId),
    },
  });
}

/** A deleted survey disappears from every list and count holding it. */
export function forgetSurvey(cache: ApolloCache, surveyId: string): void {
  const id = cache.identify({ __typename: 'Survey', id: surveyId });
  if (!id) return;
  cache.evict({ id });
  cache.gc();
}
