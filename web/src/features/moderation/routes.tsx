import { useLocation, useRoutes, type RouteObject } from 'react-router';
import { i18n } from '../../app/i18n';
import { lazyPage, NOT_FOUND } from '../../app/lazyRoutes';

/*
 * Every moderation page, behind a few entries in the app's route table (`/manage/moderation/*`
 * and `/manage/members/:id/record` for moderators, `/manage/audit` for admins): the first
 * download carries one small import for them all, and this module fetches each page as it is
 * opened.
 */

void i18n.loadNamespaces(['moderation']);

const page = <M,>(load: () => Promise<M>, name: keyof M) => lazyPage(load, name, ['moderation']);

const ReviewQueuePage = page(() => import('./ReviewQueuePage'), 'ReviewQueuePage');
const WatchedWordsPage = page(() => import('./WatchedWordsPage'), 'WatchedWordsPage');
const ModerationSettingsPage = page(
  () => import('./ModerationSettingsPage'),
  'ModerationSettingsPage',
);
const AuditLogPage = page(() => import('./AuditLogPage'), 'AuditLogPage');
const MemberRecordPage = page(() => import('./MemberRecordPage'), 'MemberRecordPage');

/** The pages under each area, relative to it (the app's table guards each area as a whole). */
export const MODERATION_AREAS: Record<string, RouteObject[]> = {
  moderation: [
    { index: true, element: <ReviewQueuePage /> },
    { path: 'words', element: <WatchedWordsPage /> },
    { path: 'settings', element: <ModerationSettingsPage /> },
    NOT_FOUND,
  ],
  audit: [{ index: true, element: <AuditLogPage /> }, NOT_FOUND],
  members: [{ index: true, element: <MemberRecordPage /> }, NOT_FOUND],
};

/** The area of a console address: `moderation`, `audit` or `members` (a member's record). */
export function moderationArea(pathname: string): string {
  return pathname.split('/').filter(Boolean)[1] ?? '';
}

export function ModerationArea() {
  const { pathname } = useLocation();
  return useRoutes(MODERATION_AREAS[moderationArea(pathname)] ?? [NOT_FOUND]);
}
