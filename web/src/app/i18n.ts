import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@kizuna/shared';
import { jaAtStart } from '../locales/ja-start';
import { initialLocale } from './locale';

export const defaultNS = 'common';

type Bundle = Record<string, unknown>;

/**
 * The default language (also the fallback) has the texts of the shell and the home page built in
 * and the rest fetched with the first page that needs them; other languages are fetched whole
 * when chosen.
 */
const bundles: Record<Locale, () => Promise<Record<string, Bundle>>> = {
  ja: async () => (await import('../locales/ja-later')).jaLater,
  en: async () => (await import('../locales/en')).en,
};

const LATER_NAMESPACES = [
  'auth',
  'profile',
  'members',
  'community',
  'badges',
  'missions',
  'events',
  'reactionKinds',
  'spacesAdmin',
  'notificationSettings',
  // The ⋯ menus of posts, comments, ideas and profiles, the flag dialog they open and what
  // members are told of their hidden content.
  'flags',
  // Why posting or signing in was refused: a suspension or silence, a posting rule.
  'restrictions',
  // The console's analytics and moderation entries (the console lists them with its first page).
  'analyticsNav',
  'moderation',
] as const;

const lazyLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, done) {
    const load = bundles[language as Locale];
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
    resources: { ja: jaAtStart },
    partialBundledLanguages: true,
    lng: initialLocale(),
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: Object.keys(jaAtStart),
    defaultNS,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });

setDocumentLanguage(i18n.language);

let jaMoreAdded: Promise<void> | undefined;

/** The default language's texts of other pages in namespaces the home page also uses. */
const addJaMore = (): Promise<void> =>
  (jaMoreAdded ??= import('../locales/ja-later').then(
    ({ jaMore }) => {
      for (const [namespace, texts] of Object.entries(jaMore))
        i18n.addResourceBundle('ja', namespace, texts, true, false);
    },
    (error: unknown) => {
      jaMoreAdded = undefined;
      throw error;
    },
  ));

/** The texts of every page beyond home, in the languages in use; resolves once they are in. */
export const loadLaterTexts = (): Promise<void> =>
  i18nReady.then(async () => {
    await Promise.all([i18n.loadNamespaces([...LATER_NAMESPACES]), addJaMore()]);
  });

export { i18n };
