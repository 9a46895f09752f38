import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@kizuna/shared';
import { ja } from '../locales/ja';
import { initialLocale } from './locale';

export const defaultNS = 'common';

type Bundle = Record<string, unknown>;

/** The default language (also the fallback) is built in; the others are fetched when chosen. */
const otherLanguages: Record<Exclude<Locale, 'ja'>, () => Promise<Record<string, Bundle>>> = {
  en: async () => (await import('../locales/en')).en,
};

const lazyLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, done) {
    const load = otherLanguages[language as keyof typeof otherLanguages];
    if (!load) return done(null, {});
    load().then(
      (bundles) => done(null, bundles[namespace] ?? {}),
      (error: Error) => done(error, null),
    );
  },
};

export function setDocumentLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

i18n.on('languageChanged', setDocumentLanguage);

/** Resolves once the first language's texts are in (at once unless it has to be fetched). */
export const i18nReady = i18n
  .use(lazyLanguages)
  .use(initReactI18next)
  .init({
    resources: { ja },
    partialBundledLanguages: true,
    lng: initialLocale(),
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: Object.keys(ja),
    defaultNS,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });

setDocumentLanguage(i18n.language);

export { i18n };
