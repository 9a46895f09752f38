import { MODERATION_LIMITS } from '@kizuna/shared';
import type {
  FlagReason,
  ReviewAction,
  ReviewItemFieldsFragment,
  ReviewSource,
  ReviewStatus,
  ReviewTargetType,
  SanctionKind,
  WatchedWordAction,
} from '../../gql/graphql';

export const REVIEW_STATUSES: readonly ReviewStatus[] = [
  'PENDING',
  'AGREED',
  'DISAGREED',
  'IGNORED',
];
export const REVIEW_TARGET_TYPES: readonly ReviewTargetType[] = [
  'POST',
  'COMMENT',
  'IDEA',
  'MEMBER',
];
export const REVIEW_SOURCES: readonly ReviewSource[] = [
  'FLAGS',
  'WATCHED_WORD',
  'APPROVAL',
  'DUPLICATE',
];
export const FLAG_REASONS: readonly FlagReason[] = [
  'SPAM',
  'INAPPROPRIATE',
  'HARASSMENT',
  'OFF_TOPIC',
  'OTHER',
];
export const REVIEW_ACTIONS: readonly ReviewAction[] = [
  'AGREE_HIDE',
  'AGREE_DELETE',
  'AGREE_SUSPEND',
  'DISAGREE',
  'IGNORE',
];
export const WATCHED_WORD_ACTIONS: readonly WatchedWordAction[] = ['BLOCK', 'APPROVE', 'FLAG'];
export const SANCTION_KINDS: readonly SanctionKind[] = ['WARNING', 'SILENCE', 'SUSPENSION'];

/** Picks a value of `allowed` from a URL parameter; anything else is no filter. */
export function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export interface QueueFilter {
  status: ReviewStatus;
  targetType: ReviewTargetType | null;
  source: ReviewSource | null;
  reason: FlagReason | null;
}

/** The queue's filters from the address (`?status=AGREED&type=POST&source=FLAGS&reason=SPAM`). */
export function queueFilterFrom(params: URLSearchParams): QueueFilter {
  return {
    status: oneOf(REVIEW_STATUSES, params.get('status')) ?? 'PENDING',
    targetType: oneOf(REVIEW_TARGET_TYPES, params.get('type')),
    source: oneOf(REVIEW_SOURCES, params.get('source')),
    reason: oneOf(FLAG_REASONS, params.get('reason')),
  };
}

type Item = Pick<ReviewItemFieldsFragment, 'source' | 'hiddenByReview' | 'targetType'> & {
  author?: unknown;
};

/**
 * Content a rule held back (a watched word, a new member's link, a duplicate) rather than
 * members' flags: deciding it reads as approving or rejecting.
 */
export function isApproval(item: Pick<Item, 'source' | 'hiddenByReview'>): boolean {
  return item.source !== 'FLAGS' && item.hiddenByReview;
}

/** How a decision is named on an item's button (keys of `queue.actions`). */
export type ActionLabel = ReviewAction | 'approve' | 'reject' | 'agreeProfile';

/**
 * The decisions offered on an item, each with its label: approve / reject for held content, no
 * deletion of a profile, no suspension without an author (or without the right to suspend).
 */
export function offeredActions(
  item: Item,
  canSuspend: boolean,
): { action: ReviewAction; label: ActionLabel }[] {
  const approval = isApproval(item);
  const profile = item.targetType === 'MEMBER';
  const offered: { action: ReviewAction; label: ActionLabel }[] = [];
  if (approval) offered.push({ action: 'DISAGREE', label: 'approve' });
  offered.push({
    action: 'AGREE_HIDE',
    label: approval ? 'reject' : profile ? 'agreeProfile' : 'AGREE_HIDE',
  });
  if (!profile) offered.push({ action: 'AGREE_DELETE', label: 'AGREE_DELETE' });
  if (item.author && canSuspend) offered.push({ action: 'AGREE_SUSPEND', label: 'AGREE_SUSPEND' });
  if (!approval) offered.push({ action: 'DISAGREE', label: 'DISAGREE' });
  offered.push({ action: 'IGNORE', label: 'IGNORE' });
  return offered;
}

/** The triage keys: one letter per decision, none of them the j/k that move. */
export const SHORTCUTS: Record<ReviewAction, string> = {
  AGREE_HIDE: 'a',
  AGREE_DELETE: 'x',
  AGREE_SUSPEND: 's',
  DISAGREE: 'n',
  IGNORE: 'i',
};

export type TriageKey =
  | { kind: 'move'; step: 1 | -1 }
  | { kind: 'decide'; action: ReviewAction }
  | { kind: 'open' }
  | { kind: 'help' };

/** What a key press asks for, or null when it is not a triage key. */
export function triageKey(key: string): TriageKey | null {
  if (key === 'j') return { kind: 'move', step: 1 };
  if (key === 'k') return { kind: 'move', step: -1 };
  if (key === 'o') return { kind: 'open' };
  if (key === '?') return { kind: 'help' };
  const action = REVIEW_ACTIONS.find((a) => SHORTCUTS[a] === key);
  return action ? { kind: 'decide', action } : null;
}

/** Whether a key press belongs to what has the focus (typing, a menu) rather than to the page. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return !!el.closest(
    'input, textarea, select, [contenteditable="true"], [role="combobox"], [role="listbox"], [role="menu"], [role="dialog"]',
  );
}

/** The index a move lands on, staying inside the list. */
export function moveIndex(current: number, step: number, length: number): number {
  if (length === 0) return -1;
  if (current < 0) return step > 0 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, current + step));
}

/**
 * The item to select after the list changed: the same one if it is still there, else the one
 * now at its old place (the next in line), else the last.
 */
export function reselect(
  ids: readonly string[],
  selectedId: string | null,
  previousIndex: number,
): string | null {
  if (ids.length === 0) return null;
  if (selectedId && ids.includes(selectedId)) return selectedId;
  return ids[Math.min(Math.max(previousIndex, 0), ids.length - 1)] ?? null;
}

/** How many flags gave each reason, most common first. */
export function reasonCounts(flags: readonly { reason: FlagReason }[]): [FlagReason, number][] {
  const counts = new Map<FlagReason, number>();
  for (const f of flags) counts.set(f.reason, (counts.get(f.reason) ?? 0) + 1);
  return [...counts].sort(
    (a, b) => b[1] - a[1] || FLAG_REASONS.indexOf(a[0]) - FLAG_REASONS.indexOf(b[0]),
  );
}

/** Review figures with one decimal at most: 2.75 → "2.8", 3 → "3". */
export function formatScore(score: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(score);
}

export interface SanctionLike {
  kind: SanctionKind;
  createdAt: string;
}

/** How many warnings, silences and suspensions a record holds. */
export function sanctionCounts(sanctions: readonly SanctionLike[]): Record<SanctionKind, number> {
  const counts: Record<SanctionKind, number> = { WARNING: 0, SILENCE: 0, SUSPENSION: 0 };
  for (const s of sanctions) counts[s.kind] += 1;
  return counts;
}

export const DAYS_MAX = MODERATION_LIMITS.sanctionDaysMax;
export const REASON_MAX = MODERATION_LIMITS.reasonMax;
/** A suspension's reason (shown to the member when they try to sign in). */
export const SUSPEND_REASON_MAX = 500;
/** A warning's message to the member (the api's limit). */
export const WARNING_MESSAGE_MAX = 2000;
export const WATCHED_WORD_MAX = MODERATION_LIMITS.watchedWordMax;

/** Suspension lengths offered as one click. */
export const DAY_PRESETS = [1, 3, 7, 30] as const;
