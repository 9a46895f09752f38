import type { SurveyEventOptionsQuery } from '../../../gql/graphql';
import { formatDate } from '../../../ui/format';

type EventOption = { id: string; title: string; endsAt: string };

/**
 * The events a survey may follow, as a grouped Select's data: the coming ones, then the past
 * ones; the one chosen already stays listed even when it is in neither page.
 */
export function eventOptions(
  data: SurveyEventOptionsQuery | undefined,
  current: EventOption | null,
  lang: string,
  groups: { upcoming: string; past: string },
): { group: string; items: { value: string; label: string }[] }[] {
  const item = (e: EventOption) => ({
    value: e.id,
    label: `${e.title} (${formatDate(e.endsAt, lang)})`,
  });
  const upcoming = data?.upcoming.nodes ?? [];
  const past = data?.past.nodes ?? [];
  const known = new Set([...upcoming, ...past].map((e) => e.id));
  const extra = current && !known.has(current.id) ? [current] : [];
  return [
    { group: groups.upcoming, items: upcoming.map(item) },
    { group: groups.past, items: [...extra, ...past].map(item) },
  ].filter((g) => g.items.length > 0);
}
