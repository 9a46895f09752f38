import { useLocation, useRoutes, type RouteObject } from 'react-router';
import { ADMIN, PRODUCT, SIGNED_IN } from '../../app/access';
import { i18n } from '../../app/i18n';
import { lazyPage, NOT_FOUND, only } from '../../app/lazyRoutes';

/*
 * Every page of the feature, behind one entry in the app's route table: the first download
 * carries one small import for them all, and this module (small, fetched on the first visit)
 * fetches the member pages or the console's as they are opened.
 */

// The feature's texts come with the pages (they are in the bundle the first page fetched).
void i18n.loadNamespaces(['feedback', 'feedbackStaff']);

const loadPages = () => import('./pages');
const loadStaff = () => import('./staff/pages');

const BoardsPage = lazyPage(loadPages, 'BoardsPage');
const BoardPage = lazyPage(loadPages, 'BoardPage');
const NewIdeaPage = lazyPage(loadPages, 'NewIdeaPage');
const IdeaPage = lazyPage(loadPages, 'IdeaPage');
const EditIdeaPage = lazyPage(loadPages, 'EditIdeaPage');
const RoadmapPage = lazyPage(loadPages, 'RoadmapPage');
const ChangelogPage = lazyPage(loadPages, 'ChangelogPage');
const TriagePage = lazyPage(loadStaff, 'TriagePage');
const IdeaManagePage = lazyPage(loadStaff, 'IdeaManagePage');
const BoardsAdminPage = lazyPage(loadStaff, 'BoardsAdminPage');
const ChangelogAdminPage = lazyPage(loadStaff, 'ChangelogAdminPage');
const NewChangelogEntryPage = lazyPage(loadStaff, 'NewChangelogEntryPage');
const EditChangelogEntryPage = lazyPage(loadStaff, 'EditChangelogEntryPage');

/** The pages under each area, relative to it (the app's table guards each area as a whole). */
const AREAS: Record<string, RouteObject[]> = {
  feedback: [
    { index: true, element: <BoardsPage /> },
    { path: ':slug', element: <BoardPage /> },
    { path: ':slug/new', element: only(SIGNED_IN, NewIdeaPage) },
    NOT_FOUND,
  ],
  ideas: [
    { path: ':id', element: <IdeaPage /> },
    { path: ':id/edit', element: only(SIGNED_IN, EditIdeaPage) },
    NOT_FOUND,
  ],
  roadmap: [{ index: true, element: <RoadmapPage /> }, NOT_FOUND],
  changelog: [{ index: true, element: <ChangelogPage /> }, NOT_FOUND],
  'manage/feedback': [
    { index: true, element: <TriagePage /> },
    { path: 'ideas/:id', element: <IdeaManagePage /> },
    { path: 'boards', element: only(ADMIN, BoardsAdminPage) },
    NOT_FOUND,
  ],
  'manage/changelog': [
    { index: true, element: only(PRODUCT, ChangelogAdminPage) },
    { path: 'new', element: only(PRODUCT, NewChangelogEntryPage) },
    { path: ':id', element: only(PRODUCT, EditChangelogEntryPage) },
    NOT_FOUND,
  ],
};

/** The area an address belongs to: `feedback`, `ideas`…, or `manage/feedback`, `manage/changelog`. */
export function feedbackArea(pathname: string): string {
  const [first = '', second = ''] = pathname.split('/').filter(Boolean);
  return first === 'manage' ? `manage/${second}` : first;
}

export function FeedbackArea() {
  const { pathname } = useLocation();
  return useRoutes(AREAS[feedbackArea(pathname)] ?? [NOT_FOUND]);
}
