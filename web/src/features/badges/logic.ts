/** Pure helpers for badges (unit tested in badges.test.ts). */
import type { BadgeCriterion } from '../../gql/graphql';

export const BADGE_CRITERIA: BadgeCriterion[] = [
  'FIRST_POST',
  'POSTS',
  'BEST_ANSWERS',
  'REACTIONS_RECEIVED',
  'STREAK',
  'MEMBER_SINCE',
  'EVENTS_ATTENDED',
  'MANUAL',
];

export const BADGE_LIMITS = { nameMax: 60, descriptionMax: 500, iconMax: 16, reasonMax: 500 };
export const BADGE_KEY = /^[a-z0-9][a-z0-9_-]{1,39}$/;
export const MEMBER_SINCE_YEARS = { min: 2000, max: 2100 };

const en = (lang: string) => lang.startsWith('en');

export function badgeName(b: { nameJa: string; nameEn: string }, lang: string): string {
  return en(lang) ? b.nameEn || b.nameJa : b.nameJa || b.nameEn;
}

export function badgeDescription(
  b: { descriptionJa: string; descriptionEn: string },
  lang: string,
): string {
  return en(lang) ? b.descriptionEn || b.descriptionJa : b.descriptionJa || b.descriptionEn;
}

/** FIRST_POST and MANUAL have no threshold; MEMBER_SINCE's is a year, the others a count. */
export function thresholdKind(criterion: BadgeCriterion): 'none' | 'count' | 'year' {
  if (criterion === 'FIRST_POST' || criterion === 'FIRST_IDEA' || criterion === 'MANUAL')
    return 'none';
  return criterion === 'MEMBER_SINCE' ? 'year' : 'count';
}

type PlainT = (key: string, options?: Record<string, unknown>) => string;

/** How a badge is earned: 「10 回投稿する」, "Awarded by the moderators". */
export function criterionText(
  t: unknown,
  b: { criterion: BadgeCriterion; threshold: number },
): string {
  return (t as PlainT)(`badges:how.${b.criterion}`, { count: b.threshold, year: b.threshold });
}

export interface EditableBadge {
  key: string;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  icon: string;
  criterion: BadgeCriterion;
  threshold: number | string;
  enabled: boolean;
}

export type BadgeProblem = 'required' | 'tooLong' | 'key' | 'count' | 'year';
export type BadgeProblems = Partial<Record<keyof EditableBadge, BadgeProblem>>;

const chars = (s: string) => [...s].length;

/** What the api would refuse in the badge editor. */
export function badgeProblems(b: EditableBadge): BadgeProblems {
  const out: BadgeProblems = {};
  if (!b.key) out.key = 'required';
  else if (!BADGE_KEY.test(b.key)) out.key = 'key';
  for (const f of ['nameJa', 'nameEn'] as const) {
    if (!b[f].trim()) out[f] = 'required';
    else if (chars(b[f]) > BADGE_LIMITS.nameMax) out[f] = 'tooLong';
  }
  for (const f of ['descriptionJa', 'descriptionEn'] as const)
    if (chars(b[f]) > BADGE_LIMITS.descriptionMax) out[f] = 'tooLong';
  if (chars(b.icon.trim()) > BADGE_LIMITS.iconMax) out.icon = 'tooLong';
  const kind = thresholdKind(b.criterion);
  const n = b.threshold;
  const whole = typeof n === 'number' && Number.isInteger(n);
  if (kind === 'count' && (!whole || n < 1 || n > 1_000_000)) out.threshold = 'count';
  if (kind === 'year' && (!whole || n < MEMBER_SINCE_YEARS.min || n > MEMBER_SINCE_YEARS.max))
    out.threshold = 'year';
  return out;
}

export function toBadgeInput(b: EditableBadge) {
  const kind = thresholdKind(b.criterion);
  return {
    key: b.key,
    nameJa: b.nameJa.trim(),
    nameEn: b.nameEn.trim(),
    descriptionJa: b.descriptionJa.trim(),
    descriptionEn: b.descriptionEn.trim(),
    icon: b.icon.trim() || '🏅',
    criterion: b.criterion,
    threshold: kind === 'none' ? (b.criterion === 'FIRST_POST' ? 1 : 0) : Number(b.threshold),
    enabled: b.enabled,
  };
}

export function blankBadge(): EditableBadge {
  return {
    key: '',
    nameJa: '',
    nameEn: '',
    descriptionJa: '',
    descriptionEn: '',
    icon: '🏅',
    criterion: 'MANUAL',
    threshold: 1,
    enabled: true,
  };
}

/** Manual badges the member does not hold: what a moderator can award. */
export function awardable<B extends { id: string; criterion: BadgeCriterion; enabled: boolean }>(
  all: readonly B[],
  held: readonly { badge: { id: string } }[],
): B[] {
  const ids = new Set(held.map((h) => h.badge.id));
  return all.filter((b) => b.criterion === 'MANUAL' && b.enabled && !ids.has(b.id));
}
