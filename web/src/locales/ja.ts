import common from './ja/common.json' with { type: 'json' };
import errors from './ja/errors.json' with { type: 'json' };
import auth from './ja/auth.json' with { type: 'json' };
import profile from './ja/profile.json' with { type: 'json' };
import members from './ja/members.json' with { type: 'json' };
import community from './ja/community.json' with { type: 'json' };
import posts from './ja/posts.json' with { type: 'json' };
import spaces from './ja/spaces.json' with { type: 'json' };
import search from './ja/search.json' with { type: 'json' };
import notifications from './ja/notifications.json' with { type: 'json' };
import points from './ja/points.json' with { type: 'json' };
import badges from './ja/badges.json' with { type: 'json' };
import missions from './ja/missions.json' with { type: 'json' };

export const ja = {
  common,
  errors,
  auth,
  profile,
  members,
  community,
  posts,
  spaces,
  search,
  notifications,
  points,
  badges,
  missions,
} as const;
