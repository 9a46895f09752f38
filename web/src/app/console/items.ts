import { ANALYTICS_NAV_ITEMS } from '../../features/analytics/nav';
import { MODERATION_NAV_ITEMS } from '../../features/moderation/nav';
import { NAV_ITEMS, type NavItem } from '../nav';

/**
 * What the console lists: the shell's entries plus those only the console shows (fetched with
 * the console, so they cost the first download nothing).
 */
export const CONSOLE_NAV_ITEMS: NavItem[] = [
  ...NAV_ITEMS,
  ...ANALYTICS_NAV_ITEMS,
  ...MODERATION_NAV_ITEMS,
];
