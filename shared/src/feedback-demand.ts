import { EngagementLevel, FEEDBACK_LIMITS } from './feedback.js';

/**
 * Demand by customer value: who wants an idea, read from its voters.
 *
 * Engagement comes from the activity stream's visit days: the days (in the community's time
 * zone) a member used the community within the last `windowDays` days.
 */

/** Most engaged first, the order buckets are shown in. */
export const ENGAGEMENT_LEVELS: readonly EngagementLevel[] = Object.values(EngagementLevel);

export const ENGAGEMENT = {
  windowDays: 90,
  /** The fewest active days in the window for each level; below every one: dormant. */
  minActiveDays: { core: 30, regular: 10, occasional: 1, dormant: 0 },
} as const satisfies {
  windowDays: number;
  minActiveDays: Record<EngagementLevel, number>;
};

export const engagementLevel = (activeDays: number): EngagementLevel =>
  ENGAGEMENT_LEVELS.find((l) => activeDays >= ENGAGEMENT.minActiveDays[l]) ?? 'dormant';

export const ENGAGEMENT_LABELS: Record<EngagementLevel, { ja: string; en: string }> = {
  core: { ja: 'コア（90日で30日以上）', en: 'Core (30+ days in 90)' },
  regular: { ja: 'レギュラー（10〜29日）', en: 'Regular (10–29 days)' },
  occasional: { ja: 'ときどき（1〜9日）', en: 'Occasional (1–9 days)' },
  dormant: { ja: '休眠（0日）', en: 'Dormant (no days)' },
};

export const DEMAND = {
  /** Votes cast within this many days are "recent" (the TRENDING sort). */
  recentDays: FEEDBACK_LIMITS.trendingDays,
  /** Votes from members at this many of the community's highest ranks are top-rank votes. */
  topRanks: 2,
  /**
   * Loyal demand: each vote weighs `rank × engagement`, where the rank weight is
   * `1 + rankStep × (rank position − 1)` (1 for the first rank, 1.5 for the second, …) and the
   * engagement weight is the voter's level's below. A vote from a core member at the fourth rank
   * weighs 2.5 × 2 = 5; a dormant newcomer's 1 × 0.25.
   */
  rankStep: 0.5,
  engagementWeight: { core: 2, regular: 1.5, occasional: 1, dormant: 0.25 },
} as const satisfies {
  recentDays: number;
  topRanks: number;
  rankStep: number;
  engagementWeight: Record<EngagementLevel, number>;
};

export const CHANGELOG_LIMITS = {
  titleMax: 200,
  bodyMax: 50_000,
  ideasMax: 50,
  /** Entries in the Atom feed. */
  feedEntries: 50,
} as const;

/** `YYYY-MM-DD`, a calendar date. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
