import {
  ACTIVITY_ACTIONS,
  ENGAGEMENT_TIER_INFO,
  ENGAGEMENT_TIERS,
  type ActivityAction,
  type EngagementTier as TierKey,
} from '@kizuna/shared';
import type { EngagementTier } from '../../../gql/graphql';

/** A tier's name in the reader's language (観察 / Observer …), from the shared table. */
export function tierName(tier: EngagementTier, lang: string): string {
  const info = ENGAGEMENT_TIER_INFO[tier.toLowerCase() as TierKey];
  return lang.startsWith('en') ? info.en : info.ja;
}

/** The levels with their score ranges, lowest first: "0–24 観察, 25–49 参加, …". */
export function tierLevels(lang: string): string {
  const en = lang.startsWith('en');
  return ENGAGEMENT_TIERS.map((tier, i) => {
    const info = ENGAGEMENT_TIER_INFO[tier];
    const next = ENGAGEMENT_TIERS[i + 1];
    const upTo = next ? ENGAGEMENT_TIER_INFO[next].min - 1 : 100;
    return `${info.min}–${upTo} ${en ? info.en : info.ja}`;
  }).join(en ? ', ' : '、');
}

export const TIER_COLORS: Record<EngagementTier, string> = {
  OBSERVER: 'gray',
  PARTICIPANT: 'blue',
  CONTRIBUTOR: 'teal',
  CHAMPION: 'grape',
};

/** Whether the timeline's action is one the page has words for (others show as written). */
export const knownAction = (action: string): action is ActivityAction =>
  (ACTIVITY_ACTIONS as readonly string[]).includes(action);

/** Where a timeline item's subject is shown, when it has a page of its own. */
export function subjectHref(subjectType: string, subjectId: string): string | null {
  const id = encodeURIComponent(subjectId);
  switch (subjectType) {
    case 'post':
      return `/posts/${id}`;
    case 'event':
      return `/events/${id}`;
    case 'idea':
      return `/ideas/${id}`;
    case 'survey':
      return `/manage/surveys/${id}/results`;
    default:
      return null;
  }
}

/** The score's move against the previous window: +12, −8, ±0. */
export function formatTrend(trend: number): string {
  if (trend > 0) return `+${trend}`;
  if (trend < 0) return `−${Math.abs(trend)}`;
  return '±0';
}

export const trendColor = (trend: number): string =>
  trend > 0 ? 'teal.8' : trend < 0 ? 'red.8' : 'dimmed';

/** "why" as shares of the score's points, largest first, for the bars beside each reason. */
export function whyShares(
  why: readonly { action: string; count: number; points: number }[],
): { action: string; count: number; points: number; share: number }[] {
  const total = why.reduce((sum, w) => sum + Math.max(0, w.points), 0);
  return [...why]
    .sort((a, b) => b.points - a.points)
    .map((w) => ({ ...w, share: total > 0 ? Math.max(0, w.points) / total : 0 }));
}
