import { lazy } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { i18n } from '../../app/i18n';
import { NotFoundPage } from '../../app/pages';

/*
 * The analytics pages behind one entry of the console's route table. Each page is fetched on its
 * first visit (the charts come with them, never with the first download).
 */

void i18n.loadNamespaces(['analytics']);

const DashboardPage = lazy(() => import('./dashboard/DashboardPage'));
const EngagementPage = lazy(() => import('./engagement/EngagementPage'));
const CriteriaPage = lazy(() => import('./criteria/CriteriaPage'));
const ChurnPage = lazy(() => import('./churn/ChurnPage'));

/** Relative to `/manage/analytics` (the app's table lets the product team in: they read). */
const ROUTES: RouteObject[] = [
  { index: true, element: <DashboardPage /> },
  { path: 'engagement', element: <EngagementPage /> },
  { path: 'criteria', element: <CriteriaPage /> },
  { path: 'churn', element: <ChurnPage /> },
  { path: '*', element: <NotFoundPage /> },
];

export function AnalyticsArea() {
  return useRoutes(ROUTES);
}
