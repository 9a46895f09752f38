import { jaAtStart } from './ja-start';
import { jaLater, jaMore } from './ja-later';

export const ja = {
  ...jaAtStart,
  ...jaLater,
  posts: { ...jaAtStart.posts, ...jaMore.posts },
  points: { ...jaAtStart.points, ...jaMore.points },
  errors: { ...jaAtStart.errors, ...jaMore.errors },
} as const;
