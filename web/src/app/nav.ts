import type { ComponentType } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  IconAward,
  IconBuildingCommunity,
  IconCoins,
  IconHome,
  IconTrophy,
  IconLayoutGrid,
  IconSearch,
  IconMail,
  IconMoodSmile,
  IconTarget,
  IconTicket,
  IconMedal,
  IconUserCheck,
  IconUsers,
} from '@tabler/icons-react';
import type { Role } from '../gql/graphql';
import { ADMIN, canAccess, EVERYONE, READERS, STAFF, type Access } from './access';
import { CommunityDocument } from '../features/community/graphql';

/**
 * Everything the navigation shows. Features add their entries here: `main` appears in the header
 * for the people `access` allows, `manage` in the staff menu.
 */
export interface NavItem {
  id: string;
  to: string;
  /** A key in the common namespace. */
  label:
    | 'nav.home'
    | 'nav.spaces'
    | 'nav.search'
    | 'nav.manageSpaces'
    | 'nav.members'
    | 'nav.approvals'
    | 'nav.invites'
    | 'nav.community'
    | 'nav.reactions'
    | 'nav.mailbox'
    | 'nav.leaderboard'
    | 'nav.pointRules'
    | 'nav.ranks'
    | 'nav.missions'
    | 'nav.manageBadges';
  icon: ComponentType<{ size?: number | string; 'aria-hidden'?: boolean }>;
  section: 'main' | 'manage';
  access: Access;
  /** Match only the exact path (for "/"). */
  end?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
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
    id: 'search',
    to: '/search',
    label: 'nav.search',
    icon: IconSearch,
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
    id: 'manage-spaces',
    to: '/manage/spaces',
    label: 'nav.manageSpaces',
    icon: IconLayoutGrid,
    section: 'manage',
    access: STAFF,
  },
  {
    id: 'members',
    to: '/manage/members',
    label: 'nav.members',
    icon: IconUsers,
    section: 'manage',
    access: STAFF,
  },
  {
    id: 'approvals',
    to: '/manage/approvals',
    label: 'nav.approvals',
    icon: IconUserCheck,
    section: 'manage',
    access: STAFF,
  },
  {
    id: 'invites',
    to: '/manage/invites',
    label: 'nav.invites',
    icon: IconTicket,
    section: 'manage',
    access: STAFF,
  },
  {
    id: 'missions',
    to: '/manage/missions',
    label: 'nav.missions',
    icon: IconTarget,
    section: 'manage',
    access: STAFF,
  },
  {
    id: 'community',
    to: '/admin/community',
    label: 'nav.community',
    icon: IconBuildingCommunity,
    section: 'manage',
    access: ADMIN,
  },
  {
    id: 'reactions',
    to: '/admin/reactions',
    label: 'nav.reactions',
    icon: IconMoodSmile,
    section: 'manage',
    access: ADMIN,
  },
  {
    id: 'point-rules',
    to: '/admin/points',
    label: 'nav.pointRules',
    icon: IconCoins,
    section: 'manage',
    access: ADMIN,
  },
  {
    id: 'ranks',
    to: '/admin/ranks',
    label: 'nav.ranks',
    icon: IconAward,
    section: 'manage',
    access: ADMIN,
  },
  {
    id: 'manage-badges',
    to: '/admin/badges',
    label: 'nav.manageBadges',
    icon: IconMedal,
    section: 'manage',
    access: ADMIN,
  },
  {
    id: 'mailbox',
    to: '/admin/mailbox',
    label: 'nav.mailbox',
    icon: IconMail,
    section: 'manage',
    access: ADMIN,
  },
];

export function navItemsFor(
  viewer: { role: Role } | null | undefined,
  section: NavItem['section'],
  items: NavItem[] = NAV_ITEMS,
  visitorsMayRead = false,
): NavItem[] {
  return items.filter(
    (item) => item.section === section && canAccess(item.access, viewer, visitorsMayRead),
  );
}

/** navItemsFor, knowing whether the community lets visitors read (from the cached settings). */
export function useNavItems(
  viewer: { role: Role } | null | undefined,
  section: NavItem['section'],
): NavItem[] {
  const { data } = useQuery(CommunityDocument);
  return navItemsFor(viewer, section, NAV_ITEMS, !!data?.community.visibleToVisitors);
}
