import { useViewer } from '../../app/session';
import { intlLocale } from '../../app/locale';
import { browserTimeZone } from './logic';

/** The zone dates are shown in: the one the member chose in their profile, else the browser's. */
export function useViewerTimeZone(): string {
  const { viewer } = useViewer();
  return viewer?.timezone || browserTimeZone();
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale} ${timeZone} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f)
    formats.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone })));
  return f;
}

const RANGE: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  weekday: 'short',
  hour: 'numeric',
  minute: '2-digit',
};

/** "Sat, Jan 9, 2027, 7:00 – 9:00 PM" / "2027年1月9日(土) 19:00～21:00" in a zone. */
export function formatRange(startsAt: string, endsAt: string, locale: string, timeZone: string) {
  return format(locale, timeZone, RANGE).formatRange(new Date(startsAt), new Date(endsAt));
}

export function formatWhen(iso: string, locale: string, timeZone: string) {
  return format(locale, timeZone, RANGE).format(new Date(iso));
}

/** The time of day only, for the events listed under a calendar day. */
export function formatTime(iso: string, locale: string, timeZone: string) {
  return format(locale, timeZone, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** A `YYYY-MM-DD` day written out in full ("Saturday, January 9, 2027"). */
export function formatDay(day: string, locale: string) {
  return format(locale, 'UTC', { dateStyle: 'full' }).format(new Date(`${day}T00:00:00Z`));
}

export function formatMonth(day: string, locale: string) {
  return format(locale, 'UTC', { year: 'numeric', month: 'long' }).format(
    new Date(`${day.slice(0, 10)}T00:00:00Z`),
  );
}
