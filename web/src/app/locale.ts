import { DEFAULT_LOCALE, LOCALES, type Locale } from '@kizuna/shared';

export const LOCALE_STORAGE_KEY = 'kizuna.locale';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The language chosen on this device before (anonymous visitors), if any. */
export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

export const initialLocale = (): Locale => storedLocale() ?? DEFAULT_LOCALE;

/** BCP 47 tags for Intl formatting. */
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en-US' : 'ja-JP');

/** Each language named in itself, so people find theirs whatever the UI language is. */
export const LOCALE_NAMES: Record<Locale, string> = { ja: '日本語', en: 'English' };
