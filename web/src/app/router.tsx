import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import {
  matchPath,
  Navigate,
  Outlet,
  useLocation,
  useRoutes,
  type Params,
  type RouteObject,
} from 'react-router';
import { AppLayout } from './AppLayout';
import { ADMIN, FEEDBACK_TEAM, READERS, SIGNED_IN, STAFF, type Access } from './access';
import { GuestOnly, RequireAccess } from './guards';
import { loadLaterTexts } from './i18n';
import { NotFoundPage, RouteErrorBoundary } from './pages';
import { LoadingState } from '../ui/states';
import { HomePage } from '../features/home/HomePage';

type LazyPage<M> = ComponentType & {
  /** Starts fetching the page's code and texts (once); resolves to its module. */
  preload: () => Promise<M>;
};

/**
 * Route pages loaded on first visit, to keep the first download small, with the texts of the
 * pages beyond home (so none shows its keys while they come).
 */
function page<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyPage<M> {
  let loading: Promise<M> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), loadLaterTexts()]).then(([loaded]) => loaded));
  const Lazy = lazy(async () => ({ default: (await preload())[name] as ComponentType }));
  return Object.assign(
    function LazyPage() {
      return <Lazy />;
    },
    { preload },
  );
}

const SignInPage = page(() => import('../features/auth/SignInPage'), 'SignInPage');
const SignUpPage = page(() => import('../features/auth/SignUpPage'), 'SignUpPage');
const ForgotPasswordPage = page(
  () => import('../features/auth/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = page(
  () => import('../features/auth/ResetPasswordPage'),
  'ResetPasswordPage',
);
const ProfilePage = page(() => import('../features/profile/ProfilePage'), 'ProfilePage');
const EditProfilePage = page(
  () => import('../features/profile/EditProfilePage'),
  'EditProfilePage',
);
const AccountSettingsPage = page(
  () => import('../features/profile/AccountSettingsPage'),
  'AccountSettingsPage',
);
const MembersPage = page(() => import('../features/members/MembersPage'), 'MembersPage');
const ApprovalQueuePage = page(
  () => import('../features/members/ApprovalQueuePage'),
  'ApprovalQueuePage',
);
const InvitesPage = page(() => import('../features/community/InvitesPage'), 'InvitesPage');
const CommunitySettingsPage = page(
  () => import('../features/community/CommunitySettingsPage'),
  'CommunitySettingsPage',
);
const DevMailboxPage = page(() => import('../features/admin/DevMailboxPage'), 'DevMailboxPage');

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

const EventsPage = page(() => import('../features/events/EventsPage'), 'EventsPage');
const EventPage = page(() => import('../features/events/EventPage'), 'EventPage');

const FeedbackArea = page(() => import('../features/feedback/routes'), 'FeedbackArea');
const SurveysArea = page(() => import('../features/surveys/routes'), 'SurveysArea');
const AnalyticsArea = page(() => import('../features/analytics/routes'), 'AnalyticsArea');

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

const ModerationArea = page(() => import('../features/moderation/routes'), 'ModerationArea');

const EventsAdminPage = page(
  () => import('../features/events/staff/EventsAdminPage'),
  'EventsAdminPage',
);
const NewEventPage = page(() => import('../features/events/staff/EventFormPage'), 'NewEventPage');
const EditEventPage = page(() => import('../features/events/staff/EventFormPage'), 'EditEventPage');
const CheckInPage = page(() => import('../features/events/staff/CheckInPage'), 'CheckInPage');
const AttendeesPage = page(() => import('../features/events/staff/AttendeesPage'), 'AttendeesPage');

const guarded = (access: Access, page: ReactNode) => (
  <RequireAccess access={access}>{page}</RequireAccess>
);

/** `/admin/...` pages moved into the staff console: old links and bookmarks still work. */
function AdminRedirect() {
  const { pathname, search, hash } = useLocation();
  return <Navigate to={`/manage${pathname.slice('/admin'.length)}${search}${hash}`} replace />;
}

const ConsoleLayout = page(() => import('./console/ConsoleLayout'), 'ConsoleLayout');

/** A page that fails to render shows the error inside the shell, which stays usable. */
function PageErrorBoundary() {
  return (
    <RouteErrorBoundary>
      <Outlet />
    </RouteErrorBoundary>
  );
}

const ConsoleOverviewPage = page(
  () => import('./console/ConsoleOverviewPage'),
  'ConsoleOverviewPage',
);

/**
 * Every page. Features add theirs here, and a nav entry in nav.ts: member pages under the
 * member shell, staff pages under `/manage` (the console, loaded on first visit).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: (
      <RouteErrorBoundary>
        <AppLayout />
      </RouteErrorBoundary>
    ),
    children: [
      {
        element: <PageErrorBoundary />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'sign-in', element: <GuestOnly>{<SignInPage />}</GuestOnly> },
          { path: 'sign-up', element: <GuestOnly>{<SignUpPage />}</GuestOnly> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'new', element: guarded(SIGNED_IN, <NewPostPage />) },
          { path: 'spaces', element: guarded(READERS, <SpacesPage />) },
          { path: 's/:slug', element: guarded(READERS, <SpacePage />) },
          { path: 's/:slug/new', element: guarded(SIGNED_IN, <NewPostPage />) },
          { path: 'posts/:id', element: guarded(READERS, <PostPage />) },
          { path: 'posts/:id/edit', element: guarded(SIGNED_IN, <EditPostPage />) },
          { path: 'tags/:tag', element: guarded(READERS, <TagPage />) },
          { path: 'search', element: guarded(READERS, <SearchPage />) },
          { path: 'members/:handle', element: guarded(READERS, <ProfilePage />) },
          { path: 'settings/profile', element: guarded(SIGNED_IN, <EditProfilePage />) },
          { path: 'settings/account', element: guarded(SIGNED_IN, <AccountSettingsPage />) },
          {
            path: 'settings/notifications',
            element: guarded(SIGNED_IN, <NotificationSettingsPage />),
          },
          { path: 'notifications', element: guarded(SIGNED_IN, <NotificationsPage />) },
          { path: 'events', element: guarded(READERS, <EventsPage />) },
          { path: 'events/:id', element: guarded(READERS, <EventPage />) },
          { path: 'feedback/*', element: guarded(READERS, <FeedbackArea />) },
          { path: 'ideas/*', element: guarded(READERS, <FeedbackArea />) },
          { path: 'roadmap', element: guarded(READERS, <FeedbackArea />) },
          { path: 'changelog', element: guarded(READERS, <FeedbackArea />) },
          // An emailed link answers signed out: the page itself sends others to sign in.
          { path: 'surveys/*', element: <SurveysArea /> },
          { path: 'leaderboard', element: guarded(READERS, <LeaderboardPage />) },
          { path: 'badges', element: guarded(READERS, <BadgesPage />) },
          { path: 'badges/:key', element: guarded(READERS, <BadgePage />) },
          { path: 'admin/*', element: <AdminRedirect /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  {
    path: '/manage',
    element: (
      <RouteErrorBoundary>
        <Suspense fallback={<LoadingState minHeight={480} />}>
          <ConsoleLayout />
        </Suspense>
      </RouteErrorBoundary>
    ),
    children: [
      {
        element: <PageErrorBoundary />,
        children: [
          // The overview lists only what the viewer's role may open, so everyone with a console sees it.
          { index: true, element: guarded(FEEDBACK_TEAM, <ConsoleOverviewPage />) },
          { path: 'members', element: guarded(STAFF, <MembersPage />) },
          { path: 'members/:id/record/*', element: guarded(STAFF, <ModerationArea />) },
          { path: 'moderation/*', element: guarded(STAFF, <ModerationArea />) },
          { path: 'audit/*', element: guarded(ADMIN, <ModerationArea />) },
          { path: 'approvals', element: guarded(STAFF, <ApprovalQueuePage />) },
          { path: 'invites', element: guarded(STAFF, <InvitesPage />) },
          { path: 'spaces', element: guarded(STAFF, <SpacesAdminPage />) },
          { path: 'reactions', element: guarded(ADMIN, <ReactionKindsPage />) },
          { path: 'missions', element: guarded(STAFF, <MissionsAdminPage />) },
          { path: 'events', element: guarded(STAFF, <EventsAdminPage />) },
          { path: 'events/new', element: guarded(STAFF, <NewEventPage />) },
          { path: 'events/:id/edit', element: guarded(STAFF, <EditEventPage />) },
          { path: 'events/:id/check-in', element: guarded(STAFF, <CheckInPage />) },
          { path: 'events/:id/attendees', element: guarded(STAFF, <AttendeesPage />) },
          { path: 'feedback/*', element: guarded(FEEDBACK_TEAM, <FeedbackArea />) },
          { path: 'changelog/*', element: guarded(FEEDBACK_TEAM, <FeedbackArea />) },
          { path: 'surveys/*', element: guarded(FEEDBACK_TEAM, <SurveysArea />) },
          { path: 'analytics/*', element: guarded(FEEDBACK_TEAM, <AnalyticsArea />) },
          { path: 'points', element: guarded(ADMIN, <PointRulesPage />) },
          { path: 'ranks', element: guarded(ADMIN, <RanksPage />) },
          { path: 'badges', element: guarded(ADMIN, <BadgesAdminPage />) },
          { path: 'community', element: guarded(ADMIN, <CommunitySettingsPage />) },
          { path: 'mailbox', element: guarded(ADMIN, <DevMailboxPage />) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/**
 * Pages people arrive on from links, opened directly: their first queries start at once (from a
 * small module), beside the session check, and their code is fetched while the first render
 * waits for answers rather than after them.
 */
const ARRIVALS: [string, LazyPage<unknown>, ((client: ApolloClient, params: Params) => void)?][] = [
  [
    '/posts/:id',
    PostPage,
    (client, params) =>
      void import('../features/posts/prefetch')
        .then((m) => m.prefetchPostPage(client, params))
        .catch(() => undefined),
  ],
  [
    '/members/:handle',
    ProfilePage,
    (client, params) =>
      void import('../features/profile/prefetch')
        .then((m) => m.prefetchProfilePage(client, params))
        .catch(() => undefined),
  ],
  ['/s/:slug', SpacePage],
  ['/search', SearchPage],
  ['/events/:id', EventPage],
  ['/notifications', NotificationsPage],
];

export function preloadPage(client: ApolloClient, pathname: string): void {
  for (const [pattern, page, prefetch] of ARRIVALS) {
    const match = matchPath(pattern, pathname);
    if (!match) continue;
    prefetch?.(client, match.params);
    void page.preload().catch(() => undefined);
    return;
  }
}

export function AppRoutes() {
  return useRoutes(routes);
}
