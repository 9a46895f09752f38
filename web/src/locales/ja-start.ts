import common from './ja/common.json' with { type: 'json' };
import errors from './ja/errors.json' with { type: 'json' };
import posts from './ja/posts.json' with { type: 'json' };
import spaces from './ja/spaces.json' with { type: 'json' };
import search from './ja/search.json' with { type: 'json' };
import notifications from './ja/notifications.json' with { type: 'json' };
import points from './ja/points.json' with { type: 'json' };

/** The default language's texts the shell and the home page use: in the first download. */
export const jaAtStart = {
  common,
  errors,
  posts,
  spaces,
  search,
  notifications,
  points,
} as const;
