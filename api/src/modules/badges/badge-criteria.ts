import type { BadgeCriterion } from '@kizuna/shared';
import { dayIn } from '../community/community-calendar.js';

/** What a member is judged on: their stats (none yet counts as zeros) and when they joined. */
export interface Standing {
  joinedAt: Date;
  posts: number;
  bestAnswers: number;
  reactionsReceived: number;
  eventsAttended: number;
  ideas: number;
  ideasShipped: number;
  bestStreak: number;
}

/**
 * Whether a member meets an automatic badge's criterion: counters at least the threshold (1 at
 * least), the best visit streak for streaks, and the year joined in the community's time zone
 * for member_since. Manual badges are never earned this way.
 */
export function meets(
  badge: { criterion: BadgeCriterion; threshold: number },
  s: Standing,
  zone: string,
): boolean {
  const atLeast = Math.max(badge.threshold, 1);
  switch (badge.criterion) {
    case 'first_post':
      return s.posts >= 1;
    case 'posts':
      return s.posts >= atLeast;
    case 'best_answers':
      return s.bestAnswers >= atLeast;
    case 'reactions_received':
      return s.reactionsReceived >= atLeast;
    case 'streak':
      return s.bestStreak >= atLeast;
    case 'events_attended':
      return s.eventsAttended >= atLeast;
    case 'first_idea':
      return s.ideas >= 1;
    case 'ideas_shipped':
      return s.ideasShipped >= atLeast;
    case 'member_since':
      return Number(dayIn(zone, s.joinedAt).slice(0, 4)) <= badge.threshold;
    case 'manual':
      return false;
  }
}
