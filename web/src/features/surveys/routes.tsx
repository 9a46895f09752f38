import { useLocation, useRoutes, type RouteObject } from 'react-router';
import { STAFF } from '../../app/access';
import { i18n } from '../../app/i18n';
import { SurveyImportPage, SurveyResultsPage } from './results/pages';
import { lazyPage, NOT_FOUND, only } from '../../app/lazyRoutes';

/*
 * Every page of the feature, behind one entry in the app's route table: the first download
 * carries one small import for them all, and this module fetches the member page or the
 * console's as they are opened.
 */

void i18n.loadNamespaces(['surveys', 'surveysStaff']);

const loadPages = () => import('./pages');
const loadStaff = () => import('./staff/pages');

const AnswerPage = lazyPage(loadPages, 'AnswerPage');
const SurveysAdminPage = lazyPage(loadStaff, 'SurveysAdminPage');
const NewSurveyPage = lazyPage(loadStaff, 'NewSurveyPage');
const SurveyBuilderPage = lazyPage(loadStaff, 'SurveyBuilderPage');
const TouchpointsPage = lazyPage(loadStaff, 'TouchpointsPage');

/**
 * The pages under each area, relative to it. The app's table lets the product team into the
 * console's area (results are theirs to read); building surveys is for moderators and admins.
 */
const AREAS: Record<string, RouteObject[]> = {
  // Open to visitors: an emailed link (`?t=`) answers without signing in; the page asks the rest to sign in.
  surveys: [{ path: ':id', element: <AnswerPage /> }, NOT_FOUND],
  'manage/surveys': [
    { index: true, element: <SurveysAdminPage /> },
    { path: 'new', element: only(STAFF, NewSurveyPage) },
    { path: 'touchpoints', element: only(STAFF, TouchpointsPage) },
    { path: 'import', element: only(STAFF, SurveyImportPage) },
    { path: ':id/results', element: <SurveyResultsPage /> },
    { path: ':id/edit', element: only(STAFF, SurveyBuilderPage) },
    NOT_FOUND,
  ],
};

/** The area an address belongs to: `surveys` or `manage/surveys`. */
export function surveysArea(pathname: string): string {
  const [first = '', second = ''] = pathname.split('/').filter(Boolean);
  return first === 'manage' ? `manage/${second}` : first;
}

export function SurveysArea() {
  const { pathname } = useLocation();
  return useRoutes(AREAS[surveysArea(pathname)] ?? [NOT_FOUND]);
}
