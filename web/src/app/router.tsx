import { lazy, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { ADMIN, SIGNED_IN, STAFF, type Access } from './access';
import { GuestOnly, RequireAccess } from './guards';
import { NotFoundPage, RouteErrorPage } from './pages';
import { HomePage } from '../features/home/HomePage';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { EditProfilePage } from '../features/profile/EditProfilePage';
import { AccountSettingsPage } from '../features/profile/AccountSettingsPage';
import { MembersPage } from '../features/members/MembersPage';
import { ApprovalQueuePage } from '../features/members/ApprovalQueuePage';
import { InvitesPage } from '../features/community/InvitesPage';
import { CommunitySettingsPage } from '../features/community/CommunitySettingsPage';
import { DevMailboxPage } from '../features/admin/DevMailboxPage';

/** Route pages loaded on first visit, to keep the first download small. */
function page<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return function LazyPage() {
    return <Lazy />;
  };
}

const PostPage = page(() => import('../features/posts/PostPage'), 'PostPage');
const NewPostPage = page(() => import('../features/posts/ComposerPage'), 'NewPostPage');
const EditPostPage = page(() => import('../features/posts/ComposerPage'), 'EditPostPage');
const SpacePage = page(() => import('../features/spaces/SpacePage'), 'SpacePage');
const SpacesPage = page(() => import('../features/spaces/SpacePage'), 'SpacesPage');
const TagPage = page(() => import('../features/spaces/SpacePage'), 'TagPage');
const SpacesAdminPage = page(() => import('../features/spaces/SpacesAdminPage'), 'SpacesAdminPage');
const ReactionKindsPage = page(
  () => import('../features/posts/ReactionKindsPage'),
  'ReactionKindsPage',
);
const SearchPage = page(() => import('../features/search/SearchPage'), 'SearchPage');
const NotificationsPage = page(
  () => import('../features/notifications/NotificationsPage'),
  'NotificationsPage',
);
const NotificationSettingsPage = page(
  () => import('../features/notifications/NotificationSettingsPage'),
  'NotificationSettingsPage',
);

const PointRulesPage = page(() => import('../features/points/PointRulesPage'), 'PointRulesPage');
const RanksPage = page(() => import('../features/points/RanksPage'), 'RanksPage');
const LeaderboardPage = page(() => import('../features/points/LeaderboardPage'), 'LeaderboardPage');
const BadgesPage = page(() => import('../features/badges/BadgesPage'), 'BadgesPage');
const BadgePage = page(() => import('../features/badges/BadgesPage'), 'BadgePage');
const BadgesAdminPage = page(() => import('../features/badges/BadgesAdminPage'), 'BadgesAdminPage');
const MissionsAdminPage = page(
  () => import('../features/missions/MissionsAdminPage'),
  'MissionsAdminPage',
);

const guarded = (access: Access, page: ReactNode) => (
  <RequireAccess access={access}>{page}</RequireAccess>
);

/** Every page. Features add theirs here, and a nav entry in nav.ts. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'sign-in', element: <GuestOnly>{<SignInPage />}</GuestOnly> },
          { path: 'sign-up', element: <GuestOnly>{<SignUpPage />}</GuestOnly> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'new', element: guarded(SIGNED_IN, <NewPostPage />) },
          { path: 'spaces', element: guarded(SIGNED_IN, <SpacesPage />) },
          { path: 's/:slug', element: guarded(SIGNED_IN, <SpacePage />) },
          { path: 's/:slug/new', element: guarded(SIGNED_IN, <NewPostPage />) },
          { path: 'posts/:id', element: guarded(SIGNED_IN, <PostPage />) },
          { path: 'posts/:id/edit', element: guarded(SIGNED_IN, <EditPostPage />) },
          { path: 'tags/:tag', element: guarded(SIGNED_IN, <TagPage />) },
          { path: 'search', element: guarded(SIGNED_IN, <SearchPage />) },
          { path: 'manage/spaces', element: guarded(STAFF, <SpacesAdminPage />) },
          { path: 'members/:handle', element: guarded(SIGNED_IN, <ProfilePage />) },
          { path: 'settings/profile', element: guarded(SIGNED_IN, <EditProfilePage />) },
          { path: 'settings/account', element: guarded(SIGNED_IN, <AccountSettingsPage />) },
          {
            path: 'settings/notifications',
            element: guarded(SIGNED_IN, <NotificationSettingsPage />),
          },
          { path: 'notifications', element: guarded(SIGNED_IN, <NotificationsPage />) },
          { path: 'manage/members', element: guarded(STAFF, <MembersPage />) },
          { path: 'manage/approvals', element: guarded(STAFF, <ApprovalQueuePage />) },
          { path: 'manage/invites', element: guarded(STAFF, <InvitesPage />) },
          { path: 'admin/community', element: guarded(ADMIN, <CommunitySettingsPage />) },
          { path: 'admin/reactions', element: guarded(ADMIN, <ReactionKindsPage />) },
          { path: 'leaderboard', element: guarded(SIGNED_IN, <LeaderboardPage />) },
          { path: 'admin/points', element: guarded(ADMIN, <PointRulesPage />) },
          { path: 'admin/ranks', element: guarded(ADMIN, <RanksPage />) },
          { path: 'badges', element: guarded(SIGNED_IN, <BadgesPage />) },
          { path: 'badges/:key', element: guarded(SIGNED_IN, <BadgePage />) },
          { path: 'admin/badges', element: guarded(ADMIN, <BadgesAdminPage />) },
          { path: 'manage/missions', element: guarded(STAFF, <MissionsAdminPage />) },
          { path: 'admin/mailbox', element: guarded(ADMIN, <DevMailboxPage />) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
