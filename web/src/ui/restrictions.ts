import { ErrorCode } from '@kizuna/shared';
import type { AnyT, Explainer } from './errors';

type PlainT = (key: string, options?: Record<string, unknown>) => string;

/** Codes that say until when and why the member is restricted, by their sentences' prefix. */
const RESTRICTED: Partial<Record<string, 'suspended' | 'silenced'>> = {
  [ErrorCode.ACCOUNT_SUSPENDED]: 'suspended',
  [ErrorCode.SILENCED]: 'silenced',
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/**
 * The rule a parameter names, for issues the api qualifies: a refused word (`word`), a rule
 * (`rule`: `duplicate`), what a new member used too much of (`what`: links, images, mentions).
 */
function ruleOf(params: Record<string, unknown>): string | null {
  if (typeof params.rule === 'string') return params.rule;
  if (params.word !== undefined) return 'word';
  if (typeof params.what === 'string') return params.what;
  return null;
}

/**
 * What members are told when the community's rules refuse them: a suspension at sign-in or a
 * silence when they post (until when, in `timeZone` or the browser's, or until a moderator lifts
 * it, and why), and the posting rule that refused a text (a blocked word, a new member's limit, a
 * repeat). Pass it to errorMessage, fieldErrorMessage or mapErrorToForm.
 */
export function restrictionTexts(timeZone?: string): Explainer {
  return {
    error(t, info) {
      const kind = RESTRICTED[info.code];
      if (!kind || !info.restriction) return null;
      const tr = t as unknown as PlainT;
      const until = text(info.restriction.until);
      const reason = text(info.restriction.reason);
      const sentence =
        until && !Number.isNaN(Date.parse(until))
          ? tr(`restrictions:${kind}Until`, {
              until: new Date(until),
              formatParams: {
                until: {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                  ...(timeZone ? { timeZone } : {}),
                },
              },
            })
          : tr(`restrictions:${kind}Indefinitely`);
      return reason ? tr('restrictions:withReason', { sentence, reason }) : sentence;
    },
    field(t: AnyT, error) {
      const params = error.params ?? {};
      const rule = ruleOf(params);
      if (!rule) return null;
      // A limit's sentence is plural by its number ("at most 1 link", "at most 2 links").
      const values = typeof params.max === 'number' ? { ...params, count: params.max } : params;
      const sentence = (t as unknown as PlainT)(`restrictions:rules.${error.issue}.${rule}`, {
        ...values,
        defaultValue: '',
      });
      return sentence || null;
    },
  };
}
