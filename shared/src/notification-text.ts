import type { NotificationKind } from './notifications.js';
import ja from './locales/notifications.ja.js';
import en from './locales/notifications.en.js';

/**
 * Forms a sentence may come in: `<kind>_<form>` by its count (`zero` when the count is 0), and
 * `<kind>_others_<form>` when grouped.
 */
type Form = 'zero' | 'one' | 'other';

/**
 * One sentence per kind, in each language, with `{{name}}` placeholders. A grouped kind (several
 * people did it) may add `<kind>_others_<form>`; a kind that counts (years) `<kind>_<form>`; a
 * kind whose subject may have lost its name (a rank since deleted) `<kind>_unnamed`; a kind whose
 * message may be missing (a reason not given) `<kind>_unexplained`; a kind told of a merge (an
 * idea's votes moved to another) `<kind>_merged`, and `<kind>_merged_unexplained`. `{{signedPoints}}` is the
 * points with their sign (+5, −5).
 */
export type NotificationTexts = Record<NotificationKind, string> &
  Partial<
    Record<
      | `${NotificationKind}_${Form}`
      | `${NotificationKind}_others_${Form}`
      | `${NotificationKind}_unnamed`
      | `${NotificationKind}_unexplained`
      | `${NotificationKind}_merged`
      | `${NotificationKind}_merged_unexplained`,
      string
    >
  >;

/** What sentences may use; each kind's sender provides what its sentence needs. */
export interface NotificationVars {
  /** Who did it (the first, when grouped). */
  actor?: string;
  /** How many more people did it. */
  others?: number;
  /** The post it is about. */
  title?: string;
  message?: string;
  years?: number;
  points?: number;
  /** What it is about (a rank, a badge, a mission), named in the reader's language. */
  name?: string;
  /** A rank's position. */
  position?: number;
  hours?: number;
  /** The idea a merged idea's votes went to (FEEDBACK_STATUS). */
  into?: string;
}

const TEXTS: Record<'ja' | 'en', NotificationTexts> = { ja, en };

/**
 * The sentence for a notification in the reader's language, for the web and for mail alike:
 * 「佐藤さんほか 2 人が『タイトル』にリアクションしました」 / “Sato and 2 others reacted to ‘Title’”.
 */
export function notificationSentence(
  lang: string,
  kind: NotificationKind,
  vars: NotificationVars,
): string {
  const locale = lang.startsWith('en') ? 'en' : 'ja';
  const texts = TEXTS[locale] as Record<string, string | undefined>;
  const plural = (n: number) => new Intl.PluralRules(locale).select(n) as Form;
  const others = vars.others ?? 0;
  const count = others > 0 ? others : (vars.years ?? vars.points ?? vars.hours);
  const merged = vars.into !== undefined;
  const template =
    (merged && !vars.message ? texts[`${kind}_merged_unexplained`] : undefined) ??
    (merged ? texts[`${kind}_merged`] : undefined) ??
    (!vars.message ? texts[`${kind}_unexplained`] : undefined) ??
    (vars.name === undefined ? texts[`${kind}_unnamed`] : undefined) ??
    (others > 0 ? texts[`${kind}_others_${plural(others)}`] : undefined) ??
    (count === 0 ? texts[`${kind}_zero`] : undefined) ??
    (count !== undefined ? texts[`${kind}_${plural(count)}`] : undefined) ??
    texts[kind]!;
  const signedPoints =
    vars.points === undefined
      ? undefined
      : `${vars.points > 0 ? '+' : vars.points < 0 ? '−' : ''}${Math.abs(vars.points)}`;
  const values: Record<string, string | number | undefined> = { ...vars, count, signedPoints };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
