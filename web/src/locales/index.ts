import jaCommon from './ja/common.json' with { type: 'json' };
import jaErrors from './ja/errors.json' with { type: 'json' };
import jaAuth from './ja/auth.json' with { type: 'json' };
import jaProfile from './ja/profile.json' with { type: 'json' };
import jaMembers from './ja/members.json' with { type: 'json' };
import jaCommunity from './ja/community.json' with { type: 'json' };
import jaPosts from './ja/posts.json' with { type: 'json' };
import jaSpaces from './ja/spaces.json' with { type: 'json' };
import jaSearch from './ja/search.json' with { type: 'json' };
import jaNotifications from './ja/notifications.json' with { type: 'json' };
import jaPoints from './ja/points.json' with { type: 'json' };
import jaBadges from './ja/badges.json' with { type: 'json' };
import jaMissions from './ja/missions.json' with { type: 'json' };
import enCommon from './en/common.json' with { type: 'json' };
import enErrors from './en/errors.json' with { type: 'json' };
import enAuth from './en/auth.json' with { type: 'json' };
import enProfile from './en/profile.json' with { type: 'json' };
import enMembers from './en/members.json' with { type: 'json' };
import enCommunity from './en/community.json' with { type: 'json' };
import enPosts from './en/posts.json' with { type: 'json' };
import enSpaces from './en/spaces.json' with { type: 'json' };
import enSearch from './en/search.json' with { type: 'json' };
import enNotifications from './en/notifications.json' with { type: 'json' };
import enPoints from './en/points.json' with { type: 'json' };
import enBadges from './en/badges.json' with { type: 'json' };
import enMissions from './en/missions.json' with { type: 'json' };

export const defaultNS = 'common';

export const resources = {
  ja: {
    common: jaCommon,
    errors: jaErrors,
    auth: jaAuth,
    profile: jaProfile,
    members: jaMembers,
    community: jaCommunity,
    posts: jaPosts,
    spaces: jaSpaces,
    search: jaSearch,
    notifications: jaNotifications,
    points: jaPoints,
    badges: jaBadges,
    missions: jaMissions,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    auth: enAuth,
    profile: enProfile,
    members: enMembers,
    community: enCommunity,
    posts: enPosts,
    spaces: enSpaces,
    search: enSearch,
    notifications: enNotifications,
    points: enPoints,
    badges: enBadges,
    missions: enMissions,
  },
} as const;

export const namespaces = Object.keys(resources.ja) as (keyof (typeof resources)['ja'])[];
