import { intlLocale } from '../app/locale';

/** Intl formatters are costly to build: one per locale and options, built on first use. */
function memo<F>(make: (tag: string, timeZone?: string) => F) {
  const made = new Map<string, F>();
  return (locale: string, timeZone?: string): F => {
    const key = `${locale} ${timeZone ?? ''}`;
    let f = made.get(key);
    if (!f) made.set(key, (f = make(intlLocale(locale), timeZone)));
    return f;
  };
}

const dateFormat = memo((tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long' }));
const dateTimeFormat = memo(
  (tag, timeZone) =>
    new Intl.DateTimeFormat(tag, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone ? { timeZone } : {}),
    }),
);
const dayFormat = memo(
  (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
);
const numberFormat = memo((tag) => new Intl.NumberFormat(tag));
const relativeFormat = memo((tag) => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));

export function formatDate(iso: string, locale: string): string {
  return dateFormat(locale).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) as written, whatever the reader's time zone. */
export function formatDay(day: string, locale: string): string {
  return dayFormat(locale).format(new Date(`${day}T00:00:00Z`));
}

export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, timeZone).format(new Date(iso));
}

export function formatNumber(n: number, locale: string): string {
  return numberFormat(locale).format(n);
}

/** A share from 0 to 1 as a whole percentage: 0.25 → 25%. */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "3 hours ago" / "3 時間前"; under a minute reads "now"; older than a month shows the date. */
export function formatRelative(iso: string, locale: string, now: number = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs >= 30 * 86_400) return formatDate(iso, locale);
  const rtf = relativeFormat(locale);
  for (const [unit, size] of UNITS) {
    if (abs >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return rtf.format(0, 'second');
}
