import { isStaff, type Viewer } from '../../core/auth/viewer.js';
import { RATE_LIMITS, type RateLimitPolicy } from '../../core/rate-limit/rate-limiter.js';

const DAY = 24 * 3600_000;

/**
 * Posting is limited per member per hour, more strictly on the day they joined (spam accounts
 * post at once). Staff are not limited.
 */
export function postingLimit(
  viewer: Viewer,
  joinedAt: Date,
  what: 'post' | 'comment',
): RateLimitPolicy | null {
  if (isStaff(viewer)) return null;
  const isNew = Date.now() - joinedAt.getTime() < DAY;
  if (what === 'post') return isNew ? RATE_LIMITS.postNewMember : RATE_LIMITS.post;
  return isNew ? RATE_LIMITS.commentNewMember : RATE_LIMITS.comment;
}
