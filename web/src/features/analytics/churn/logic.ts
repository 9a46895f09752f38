import { CHURN_REASONS, NOTIFICATION_LIMITS } from '@kizuna/shared';
import type { ChurnReason } from '../../../gql/graphql';

/** The most members one message goes to (the api refuses more). */
export const MESSAGE_RECIPIENTS_MAX = 200;
export const MESSAGE_LIMITS = { subjectMax: 120, bodyMax: NOTIFICATION_LIMITS.messageMax } as const;

export const REASONS = CHURN_REASONS.map((r) => r.toUpperCase() as ChurnReason);

/** The reason a list is filtered to (`?reason=gone_silent`), or null for every reason. */
export function reasonParam(params: URLSearchParams): ChurnReason | null {
  const reason = params.get('reason')?.toLowerCase();
  return reason && (CHURN_REASONS as readonly string[]).includes(reason)
    ? (reason.toUpperCase() as ChurnReason)
    : null;
}

/**
 * The selection after ticking or unticking some members (one row, or a whole page): ticked ones
 * join in order until the cap, so `capped` says whether some were left out.
 */
export function select(
  selected: readonly string[],
  ids: readonly string[],
  on: boolean,
  max = MESSAGE_RECIPIENTS_MAX,
): { selected: string[]; capped: boolean } {
  if (!on) {
    const drop = new Set(ids);
    return { selected: selected.filter((id) => !drop.has(id)), capped: false };
  }
  const next = [...selected];
  const have = new Set(selected);
  let capped = false;
  for (const id of ids) {
    if (have.has(id)) continue;
    if (next.length >= max) {
      capped = true;
      break;
    }
    next.push(id);
    have.add(id);
  }
  return { selected: next, capped };
}

/** The page's tick-all box: all, some (indeterminate) or none of its rows selected. */
export function pageSelection(
  selected: readonly string[],
  pageIds: readonly string[],
): 'all' | 'some' | 'none' {
  const have = new Set(selected);
  const n = pageIds.filter((id) => have.has(id)).length;
  return n === 0 ? 'none' : n === pageIds.length ? 'all' : 'some';
}
