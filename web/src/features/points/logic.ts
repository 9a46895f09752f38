/** Pure helpers for points, ranks and the leaderboard (unit tested in points.test.ts). */

export { rankName, rankPerks, type RankNames } from './rankNames';

export interface RankProgress {
  /** 0–100, for a progress bar. */
  percent: number;
  /** Lifetime points still needed (0 when reached or at the top). */
  remaining: number;
  /** Points earned since the current rank's threshold. */
  gained: number;
  /** Points between the current rank and the next. */
  span: number;
  /** No rank above. */
  top: boolean;
}

/**
 * How far a member is from the next rank, by lifetime points: the bar runs from the current
 * rank's threshold to the next one's. A member can have the points but not yet the other
 * requirements (active days, best answers): then 100 % and 0 to go.
 */
export function progressToNextRank(
  lifetime: number,
  rank: { threshold: number },
  next: { threshold: number } | null | undefined,
): RankProgress {
  if (!next) return { percent: 100, remaining: 0, gained: 0, span: 0, top: true };
  const span = Math.max(0, next.threshold - rank.threshold);
  const gained = Math.min(span, Math.max(0, lifetime - rank.threshold));
  const remaining = Math.max(0, next.threshold - lifetime);
  const percent = span === 0 ? 100 : Math.min(100, Math.max(0, (gained / span) * 100));
  return { percent: Math.round(percent * 10) / 10, remaining, gained, span, top: false };
}

/** The rules the api knows; others (added later) read as "other". */
export const POINT_RULES = [
  'joined',
  'daily_visit',
  'post_created',
  'comment_created',
  'reaction_given',
  'reaction_received',
  'best_answer',
  'profile_completed',
  'event_rsvped',
  'event_attended',
  'idea_submitted',
  'idea_planned',
  'idea_released',
  'survey_answered',
  'adjustment',
  'mission',
] as const;
export type PointRuleKey = (typeof POINT_RULES)[number];

type PlainT = (key: string, options?: Record<string, unknown>) => string;

/**
 * The line for one change of points: 「投稿しました」, 「調整: 理由」, with 「（取り消し）」 when
 * an earlier award was undone.
 */
export function pointReasonLabel(
  t: unknown,
  entry: { rule: string; reason?: string | null; reversal: boolean },
): string {
  const tr = t as PlainT;
  const known = (POINT_RULES as readonly string[]).includes(entry.rule);
  let line = known
    ? tr(`points:reasons.${entry.rule}`)
    : tr('points:reasons.other', { rule: entry.rule });
  if ((entry.rule === 'adjustment' || entry.rule === 'mission') && entry.reason) {
    line = tr('points:reasons.withReason', { label: line, reason: entry.reason });
  }
  return entry.reversal ? tr('points:reasons.reversal', { label: line }) : line;
}

/** Points per rule over the loaded history (positive and negative summed), largest first. */
export function pointsByRule(
  entries: readonly { rule: string; points: number }[],
): { rule: string; points: number }[] {
  const sums = new Map<string, number>();
  for (const e of entries) sums.set(e.rule, (sums.get(e.rule) ?? 0) + e.points);
  return [...sums.entries()]
    .map(([rule, points]) => ({ rule, points }))
    .filter((r) => r.points !== 0)
    .sort((a, b) => b.points - a.points);
}

const WIDE =
  /^(?![\uff61-\uffdc])(?:[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic})/u;
const columns = (grapheme: string) => (WIDE.test(grapheme) ? 2 : 1);

/**
 * `text` on one line within `max` columns (two for a CJK character or an emoji, one for others),
 * cut at a whole character and ended with "…" when it is too long.
 */
export function shortLabel(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(line);
  const chars = Array.from(graphemes, (s) => s.segment);
  if (chars.reduce((sum, c) => sum + columns(c), 0) <= max) return line;
  let cut = '';
  let used = 0;
  for (const c of chars) {
    used += columns(c);
    if (used > max - 2) break;
    cut += c;
  }
  return `${cut.trimEnd()}…`;
}

export interface RowLike {
  member: { id: string };
}

/**
 * Where the viewer's own row goes: highlighted in place when it is among the loaded rows,
 * otherwise pinned after them (when the viewer is ranked at all).
 */
export function placeViewerRow<R extends RowLike>(
  rows: readonly R[],
  viewerRow: R | null | undefined,
): { rows: R[]; viewerIndex: number; pinned: R | null } {
  if (!viewerRow) return { rows: [...rows], viewerIndex: -1, pinned: null };
  const index = rows.findIndex((r) => r.member.id === viewerRow.member.id);
  if (index >= 0) return { rows: [...rows], viewerIndex: index, pinned: null };
  return { rows: [...rows], viewerIndex: -1, pinned: viewerRow };
}

/** Whole seconds left until `iso`, 0 once past. */
export function secondsLeft(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((new Date(iso).getTime() - now) / 1000));
}

/** A short "time left": the largest whole unit (days, hours, minutes). */
export function timeLeftParts(seconds: number): { unit: 'day' | 'hour' | 'minute'; count: number } {
  if (seconds >= 86_400) return { unit: 'day', count: Math.floor(seconds / 86_400) };
  if (seconds >= 3_600) return { unit: 'hour', count: Math.floor(seconds / 3_600) };
  return { unit: 'minute', count: Math.max(0, Math.ceil(seconds / 60)) };
}

export interface EditableRank {
  nameJa: string;
  nameEn: string;
  color: string;
  icon: string;
  threshold: number | string;
  minActiveDays: number | string;
  minBestAnswers: number | string;
  perksJa: string;
  perksEn: string;
}

export type RankProblem = 'name' | 'color' | 'icon' | 'threshold' | 'first';

const COLOR = /^#[0-9a-f]{6}$/i;
const wholeNumber = (v: number | string) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * What is wrong with each row of the ranks editor (field → problem), as the api would refuse it:
 * names, a #rrggbb colour and an icon are required; the first rank needs 0 points and every
 * later one more than the rank before.
 */
export function rankProblems(
  ranks: readonly EditableRank[],
): Partial<Record<'nameJa' | 'nameEn' | 'color' | 'icon' | 'threshold', RankProblem>>[] {
  return ranks.map((r, i) => {
    const out: Partial<Record<'nameJa' | 'nameEn' | 'color' | 'icon' | 'threshold', RankProblem>> =
      {};
    if (!r.nameJa.trim()) out.nameJa = 'name';
    if (!r.nameEn.trim()) out.nameEn = 'name';
    if (!COLOR.test(r.color)) out.color = 'color';
    if (!r.icon.trim()) out.icon = 'icon';
    if (i === 0) {
      if (r.threshold !== 0) out.threshold = 'first';
    } else {
      const prev = ranks[i - 1].threshold;
      if (
        !wholeNumber(r.threshold) ||
        (typeof prev === 'number' && (r.threshold as number) <= prev)
      )
        out.threshold = 'threshold';
    }
    return out;
  });
}

export function toRankInput(r: EditableRank) {
  return {
    nameJa: r.nameJa.trim(),
    nameEn: r.nameEn.trim(),
    color: r.color.toLowerCase(),
    icon: r.icon.trim(),
    threshold: Number(r.threshold),
    minActiveDays: wholeNumber(r.minActiveDays) ? (r.minActiveDays as number) : 0,
    minBestAnswers: wholeNumber(r.minBestAnswers) ? (r.minBestAnswers as number) : 0,
    perksJa: r.perksJa,
    perksEn: r.perksEn,
  };
}
