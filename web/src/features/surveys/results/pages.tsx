import { lazy, type ComponentType } from 'react';
import { i18n } from '../../../app/i18n';

/*
 * The results and import pages, each fetched on its first visit with the texts they share (the
 * charts come with the results page only).
 */
function lazyPage<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => {
    const [loaded] = await Promise.all([load(), i18n.loadNamespaces('surveyResults')]);
    return { default: loaded[name] as ComponentType };
  });
}

export const SurveyResultsPage = lazyPage(() => import('./ResultsPage'), 'ResultsPage');
export const SurveyImportPage = lazyPage(() => import('../import/ImportPage'), 'ImportPage');
