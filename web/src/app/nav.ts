import type { ComponentType } from 'react';
import {
  IconSpeakerphone,
  IconCalendarEvent,
  IconCompass,
  IconHome,
  IconTrophy,
  IconLayoutGrid,
  IconSearch,
  IconNews,
  IconMedal,
} from '@tabler/icons-react';
import type { Role } from '../gql/graphql';
import { useQuery } from '@apollo/client/react';
import { CommunityDocument } from '../features/community/graphql';
import { canAccess, EVERYONE, READERS, type Access } from './access';

/** The staff console's sidebar headings, in order; a heading shows once it has an item to show. */
export const MANAGE_GROUPS = [
  'community',
  'content',
  'gamification',
  'events',
  'feedback',
  'surveys',
  'analytics',
  'moderation',
  'settings',
] as const;
export type ManageGroup = (typeof MANAGE_GROUPS)[number];

/** Work waiting for staff that the console counts next to an item. */
export type PendingWork = 'approvals' | 'ideas' | 'reviews';

type Icon = ComponentType<{ size?: number | string; 'aria-hidden'?: boolean }>;

type NavLabel =
  | 'nav.home'
  | 'nav.spaces'
  | 'nav.search'
  | 'nav.events'
  | 'nav.manageSpaces'
  | 'nav.members'
  | 'nav.approvals'
  | 'nav.invites'
  | 'nav.community'
  | 'nav.reactions'
  | 'nav.mailbox'
  | 'nav.leaderboard'
  | 'nav.badges'
  | 'nav.pointRules'
  | 'nav.ranks'
  | 'nav.missions'
  | 'nav.manageEvents'
  | 'nav.manageBadges'
  | 'nav.feedback'
  | 'nav.roadmap'
  | 'nav.changelog'
  | 'nav.surveys'
  | 'nav.console'
  | 'nav.overview'
  | 'nav.backToCommunity'
  | `analyticsNav:${AnalyticsNavKey}`
  | `moderation:nav.${ModerationNavKey}`;

/** The moderation pages' labels, in their own texts (see features/moderation/nav.ts). */
type ModerationNavKey = 'queue' | 'words' | 'settings' | 'audit';

/** The analytics pages' labels, in their own texts (see features/analytics/nav.ts). */
type AnalyticsNavKey =
  | 'dashboard'
  | 'matrix'
  | 'rfm'
  | 'customers'
  | 'engagement'
  | 'criteria'
  | 'churn'
  | 'import'
  | 'settings';

/**
 * `t` for a nav label: the common namespace's `t` also finds keys of other namespaces by their
 * prefix once those are loaded (the console loads the analytics labels before it shows).
 */
export type NavLabelT = (label: NavLabel) => string;

interface NavItemBase {
  id: string;
  to: string;
  /** A key in the common namespace (or another namespace's, prefixed). */
  label: NavLabel;
  icon: Icon;
  access: Access;
  /** Match only the exact path (for "/"). */
  end?: boolean;
}

/** A section of the member sidebar (and of the drawer on phones). */
export interface MainNavItem extends NavItemBase {
  section: 'main';
}

/** A page of the staff console, under its group heading. */
export interface ManageNavItem extends NavItemBase {
  section: 'manage';
  group: ManageGroup;
  /** Shows the count of this work waiting as a badge. */
  pending?: PendingWork;
}

export type NavItem = MainNavItem | ManageNavItem;

/**
 * The member sidebar: each section for the people `access` allows. The staff console's pages
 * are listed with the console (`console/items.ts`), so they cost the first download nothing.
 */
export const NAV_ITEMS: MainNavItem[] = [
  {
    id: 'home',
    to: '/',
    label: 'nav.home',
    icon: IconHome,
    section: 'main',
    access: EVERYONE,
    end: true,
  },
  {
    id: 'spaces',
    to: '/spaces',
    label: 'nav.spaces',
    icon: IconLayoutGrid,
    section: 'main',
    access: READERS,
  },
  {
    id: 'events',
    to: '/events',
    label: 'nav.events',
    icon: IconCalendarEvent,
    section: 'main',
    access: READERS,
  },
  {
    id: 'feedback',
    to: '/feedback',
    label: 'nav.feedback',
    icon: IconSpeakerphone,
    section: 'main',
    access: READERS,
  },
  {
    id: 'roadmap',
    to: '/roadmap',
    label: 'nav.roadmap',
    icon: IconCompass,
    section: 'main',
    access: READERS,
  },
  {
    id: 'changelog',
    to: '/changelog',
    label: 'nav.changelog',
    icon: IconNews,
    section: 'main',
    access: READERS,
  },
  {
    id: 'leaderboard',
    to: '/leaderboard',
    label: 'nav.leaderboard',
    icon: IconTrophy,
    section: 'main',
    access: READERS,
  },
  {
    id: 'badges',
    to: '/badges',
    label: 'nav.badges',
    icon: IconMedal,
    section: 'main',
    access: READERS,
  },
  {
    id: 'search',
    to: '/search',
    label: 'nav.search',
    icon: IconSearch,
    section: 'main',
    access: READERS,
  },
];

type Viewer = { role: Role } | null | undefined;

export function navItemsFor(
  viewer: Viewer,
  section: 'main',
  items?: readonly NavItem[],
  visitorsMayRead?: boolean,
): MainNavItem[];
export function navItemsFor(
  viewer: Viewer,
  section: 'manage',
  items?: readonly NavItem[],
  visitorsMayRead?: boolean,
): ManageNavItem[];
export function navItemsFor(
  viewer: Viewer,
  section: NavItem['section'],
  items: readonly NavItem[] = NAV_ITEMS,
  visitorsMayRead = false,
): NavItem[] {
  return items.filter(
    (item) => item.section === section && canAccess(item.access, viewer, visitorsMayRead),
  );
}

/** The member sections, knowing whether the community lets visitors read (cached settings). */
export function useMemberNavItems(viewer: Viewer): MainNavItem[] {
  const { data } = useQuery(CommunityDocument);
  return navItemsFor(viewer, 'main', NAV_ITEMS, !!data?.community.visibleToVisitors);
}

/** The console's groups the viewer has something in, in their fixed order. */
export function manageGroupsFor(
  viewer: Viewer,
  items: readonly NavItem[],
): { group: ManageGroup; items: ManageNavItem[] }[] {
  const visible = navItemsFor(viewer, 'manage', items);
  return MANAGE_GROUPS.map((group) => ({
    group,
    items: visible.filter((item) => item.group === group),
  })).filter(({ items: inGroup }) => inGroup.length > 0);
}

/** Who has a staff console: the roles of its pages (a test holds the two together). */
export const CONSOLE: Access = { kind: 'roles', roles: ['MODERATOR', 'PRODUCT'] };

/** Whether the viewer has a staff console at all. */
export const hasConsole = (viewer: Viewer): boolean => canAccess(CONSOLE, viewer);
