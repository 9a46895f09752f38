import { ENGAGEMENT_TIER_INFO, ENGAGEMENT_TIERS } from '@kizuna/shared';
import type { EngagementTier } from '../../../gql/graphql';

export const PAGE_SIZE = 50;

/** The level a list is filtered to (`?tier=champion`), or null for every level. */
export function tierParam(params: URLSearchParams): EngagementTier | null {
  const tier = params.get('tier')?.toLowerCase();
  return tier && (ENGAGEMENT_TIERS as readonly string[]).includes(tier)
    ? (tier.toUpperCase() as EngagementTier)
    : null;
}

/** The page asked for (`?page=3`), 1 when none or nonsense. */
export function pageParam(params: URLSearchParams): number {
  const n = Number(params.get('page'));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export const pageCount = (total: number, size = PAGE_SIZE): number =>
  Math.max(1, Math.ceil(total / size));

/** A level's name in the UI language (the names are the model's, written once in shared). */
export const tierName = (tier: EngagementTier, lang: string): string => {
  const info = ENGAGEMENT_TIER_INFO[tier.toLowerCase() as keyof typeof ENGAGEMENT_TIER_INFO];
  return lang === 'en' ? info.en : info.ja;
};

/** Where a score changed against the window before: up, down or flat. */
export const trendDirection = (trend: number): 'up' | 'down' | 'flat' =>
  trend > 0 ? 'up' : trend < 0 ? 'down' : 'flat';

/** A member's analytics page (member 360). */
export const memberPath = (memberId: string): string =>
  `/manage/analytics/members/${encodeURIComponent(memberId)}`;

/** The analytics pages, where the console's routes put them. */
export const ANALYTICS_PATHS = {
  dashboard: '/manage/analytics',
  engagement: '/manage/analytics/engagement',
  criteria: '/manage/analytics/criteria',
  churn: '/manage/analytics/churn',
} as const;
