import { IconFlag, IconListSearch, IconSettingsCog, IconTextScan2 } from '@tabler/icons-react';
import { ADMIN, STAFF } from '../../app/access';
import type { ManageNavItem } from '../../app/nav';

/**
 * The console's moderation entries (and the audit log, under settings). Only the console
 * (fetched on its first visit) lists these, so they add nothing to the first download; their
 * labels are in the `moderation` texts.
 */
export const MODERATION_NAV_ITEMS: ManageNavItem[] = [
  {
    id: 'review-queue',
    to: '/manage/moderation',
    label: 'moderation:nav.queue',
    icon: IconFlag,
    section: 'manage',
    group: 'moderation',
    access: STAFF,
    pending: 'reviews',
    end: true,
  },
  {
    id: 'watched-words',
    to: '/manage/moderation/words',
    label: 'moderation:nav.words',
    icon: IconTextScan2,
    section: 'manage',
    group: 'moderation',
    access: STAFF,
  },
  {
    id: 'moderation-settings',
    to: '/manage/moderation/settings',
    label: 'moderation:nav.settings',
    icon: IconSettingsCog,
    section: 'manage',
    group: 'moderation',
    access: STAFF,
  },
  {
    id: 'audit-log',
    to: '/manage/audit',
    label: 'moderation:nav.audit',
    icon: IconListSearch,
    section: 'manage',
    group: 'settings',
    access: ADMIN,
  },
];
