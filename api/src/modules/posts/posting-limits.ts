import { POSTING_LIMITS } from '@kizuna/shared';
import { rateLimited } from '../../core/errors/app-error.js';
import { isStaff, type Viewer } from '../../core/auth/viewer.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * Posting is limited per member per hour, more strictly on the day they joined (spam accounts
 * post at once). Staff are not limited. Throws RATE_LIMITED with the wait until a slot frees up.
 */
export async function checkPostingRate(
  viewer: Viewer,
  joinedAt: Date,
  what: 'post' | 'comment',
  recent: (since: Date) => Promise<{ count: number; oldest: Date | null }>,
): Promise<void> {
  if (isStaff(viewer)) return;
  const isNew = Date.now() - joinedAt.getTime() < DAY;
  const limit =
    what === 'post'
      ? isNew
        ? POSTING_LIMITS.postsPerHourNew
        : POSTING_LIMITS.postsPerHour
      : isNew
        ? POSTING_LIMITS.commentsPerHourNew
        : POSTING_LIMITS.commentsPerHour;
  const { count, oldest } = await recent(new Date(Date.now() - HOUR));
  if (count >= limit) {
    throw rateLimited(
      Math.max(1, Math.ceil(((oldest?.getTime() ?? Date.now()) + HOUR - Date.now()) / 1000)),
    );
  }
}
