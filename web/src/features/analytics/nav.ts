import {
  IconAdjustmentsHorizontal,
  IconChartDots3,
  IconChartInfographic,
  IconFileImport,
  IconFilter,
  IconGridDots,
  IconHeartHandshake,
  IconUserExclamation,
  IconUsersGroup,
} from '@tabler/icons-react';
import { FEEDBACK_TEAM, STAFF } from '../../app/access';
import type { ManageNavItem } from '../../app/nav';

/**
 * The console's analytics group. Only the console (fetched on its first visit) lists these, so
 * they add nothing to the first download; their labels are in the `analyticsNav` texts.
 */
export const ANALYTICS_NAV_ITEMS: ManageNavItem[] = [
  {
    id: 'analytics-dashboard',
    to: '/manage/analytics',
    label: 'analyticsNav:dashboard',
    icon: IconChartInfographic,
    section: 'manage',
    group: 'analytics',
    access: FEEDBACK_TEAM,
    end: true,
  },
  {
    id: 'analytics-matrix',
    to: '/manage/analytics/matrix',
    label: 'analyticsNav:matrix',
    icon: IconGridDots,
    section: 'manage',
    group: 'analytics',
    access: FEEDBACK_TEAM,
  },
  {
    id: 'analytics-rfm',
    to: '/manage/analytics/rfm',
    label: 'analyticsNav:rfm',
    icon: IconChartDots3,
    section: 'manage',
    group: 'analytics',
    access: FEEDBACK_TEAM,
  },
  {
    id: 'analytics-customers',
    to: '/manage/analytics/customers',
    label: 'analyticsNav:customers',
    icon: IconUsersGroup,
    section: 'manage',
    group: 'analytics',
    access: FEEDBACK_TEAM,
  },
  {
    id: 'analytics-engagement',
    to: '/manage/analytics/engagement',
    label: 'analyticsNav:engagement',
    icon: IconHeartHandshake,
    section: 'manage',
    group: 'analytics',
    access: FEEDBACK_TEAM,
  },
  {
    id: 'analytics-criteria',
    to: '/manage/analytics/criteria',
    label: 'analyticsNav:criteria',
    icon: IconFilter,
    section: 'manage',
    group: 'analytics',
    access: FEEDBACK_TEAM,
  },
  {
    id: 'analytics-churn',
    to: '/manage/analytics/churn',
    label: 'analyticsNav:churn',
    icon: IconUserExclamation,
    section: 'manage',
    group: 'analytics',
    access: FEEDBACK_TEAM,
  },
  {
    id: 'analytics-import',
    to: '/manage/analytics/import',
    label: 'analyticsNav:import',
    icon: IconFileImport,
    section: 'manage',
    group: 'analytics',
    access: STAFF,
  },
  {
    id: 'analytics-settings',
    to: '/manage/analytics/settings',
    label: 'analyticsNav:settings',
    icon: IconAdjustmentsHorizontal,
    section: 'manage',
    group: 'analytics',
    access: FEEDBACK_TEAM,
  },
];
