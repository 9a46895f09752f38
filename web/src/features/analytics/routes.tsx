import { lazy, type ComponentType } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { STAFF } from '../../app/access';
import { RequireAccess } from '../../app/guards';
import { i18n } from '../../app/i18n';
import { NotFoundPage } from '../../app/pages';

/*
 * Every analytics page, behind one entry in the app's route table (`/manage/analytics/*`, for
 * the feedback team: moderators, the product team and admins): the first download carries one
 * small import for them all, and this module fetches each page as it is opened.
 */

/** A page of the customer side, fetched with its texts (so it never shows their keys). */
function customersPage<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => {
    const [loaded] = await Promise.all([load(), i18n.loadNamespaces('analyticsCustomers')]);
    return { default: loaded[name] as ComponentType };
  });
}

const ImportPage = customersPage(() => import('./customers/ImportPage'), 'ImportPage');
const MatrixPage = customersPage(() => import('./customers/MatrixPage'), 'MatrixPage');
const RfmPage = customersPage(() => import('./customers/RfmPage'), 'RfmPage');
const CustomersPage = customersPage(() => import('./customers/CustomersPage'), 'CustomersPage');
const Member360Page = customersPage(() => import('./member360/Member360Page'), 'Member360Page');
const SettingsPage = customersPage(() => import('./settings/SettingsPage'), 'SettingsPage');

// The dashboard, engagement, criteria and churn pages each export their page as default.
const DashboardPage = lazy(() => import('./dashboard/DashboardPage'));
const EngagementPage = lazy(() => import('./engagement/EngagementPage'));
const CriteriaPage = lazy(() => import('./criteria/CriteriaPage'));
const ChurnPage = lazy(() => import('./churn/ChurnPage'));

const only = (access: Parameters<typeof RequireAccess>[0]['access'], Page: ComponentType) => (
  <RequireAccess access={access}>
    <Page />
  </RequireAccess>
);

/**
 * The pages under `/manage/analytics`. Reading is for the whole area; what changes data is
 * checked again by the api and, where a page is only for changing it (the import), here.
 */
export const ANALYTICS_ROUTES: RouteObject[] = [
  { index: true, element: <DashboardPage /> },
  { path: 'engagement/*', element: <EngagementPage /> },
  { path: 'criteria/*', element: <CriteriaPage /> },
  { path: 'churn/*', element: <ChurnPage /> },
  { path: 'import', element: only(STAFF, ImportPage) },
  { path: 'matrix', element: <MatrixPage /> },
  { path: 'rfm', element: <RfmPage /> },
  { path: 'customers', element: <CustomersPage /> },
  { path: 'members/:id', element: <Member360Page /> },
  { path: 'settings', element: <SettingsPage /> },
  { path: '*', element: <NotFoundPage /> },
];

export function AnalyticsArea() {
  return useRoutes(ANALYTICS_ROUTES);
}
