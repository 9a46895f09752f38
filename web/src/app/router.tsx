import type { ReactNode } from 'react';
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
          { path: 'members/:handle', element: guarded(SIGNED_IN, <ProfilePage />) },
          { path: 'settings/profile', element: guarded(SIGNED_IN, <EditProfilePage />) },
          { path: 'settings/account', element: guarded(SIGNED_IN, <AccountSettingsPage />) },
          { path: 'manage/members', element: guarded(STAFF, <MembersPage />) },
          { path: 'manage/approvals', element: guarded(STAFF, <ApprovalQueuePage />) },
          { path: 'manage/invites', element: guarded(STAFF, <InvitesPage />) },
          { path: 'admin/community', element: guarded(ADMIN, <CommunitySettingsPage />) },
          { path: 'admin/mailbox', element: guarded(ADMIN, <DevMailboxPage />) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
