import { lazyPage } from '../../../app/lazyRoutes';

/*
 * The results and import pages, each fetched on its first visit with the texts they share (the
 * charts come with the results page only).
 */
export const SurveyResultsPage = lazyPage(() => import('./ResultsPage'), 'ResultsPage', [
  'surveyResults',
]);
export const SurveyImportPage = lazyPage(() => import('../import/ImportPage'), 'ImportPage', [
  'surveyResults',
]);
