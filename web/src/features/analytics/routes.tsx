import { useRoutes, type RouteObject } from 'react-router';
import { STAFF } from '../../app/access';
import { lazyPage, NOT_FOUND, only } from '../../app/lazyRoutes';

/*
 * Every analytics page, behind one entry in the app's route table (`/manage/analytics/*`, for
 * the feedback team: moderators, the product team and admins): the first download carries one
 * small import for them all, and this module fetches each page as it is opened.
 */

const customersPage = <M,>(load: () => Promise<M>, name: keyof M) =>
  lazyPage(load, name, ['analyticsCustomers']);

const ImportPage = customersPage(() => import('./customers/ImportPage'), 'ImportPage');
const MatrixPage = customersPage(() => import('./customers/MatrixPage'), 'MatrixPage');
const RfmPage = customersPage(() => import('./customers/RfmPage'), 'RfmPage');
const CustomersPage = customersPage(() => import('./customers/CustomersPage'), 'CustomersPage');
const Member360Page = customersPage(() => import('./member360/Member360Page'), 'Member360Page');
const SettingsPage = customersPage(() => import('./settings/SettingsPage'), 'SettingsPage');

const analyticsPage = <M,>(load: () => Promise<M>) =>
  lazyPage(load, 'default' as keyof M, ['analytics']);

const DashboardPage = analyticsPage(() => import('./dashboard/DashboardPage'));
const EngagementPage = analyticsPage(() => import('./engagement/EngagementPage'));
const CriteriaPage = analyticsPage(() => import('./criteria/CriteriaPage'));
const ChurnPage = analyticsPage(() => import('./churn/ChurnPage'));

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
  NOT_FOUND,
];

export function AnalyticsArea() {
  return useRoutes(ANALYTICS_ROUTES);
}
