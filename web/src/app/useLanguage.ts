import { useCallback, useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import type { Locale } from '@kizuna/shared';
import { UpdateProfileDocument } from '../features/members/graphql';
import { CommunityDocument } from '../features/community/graphql';
import { errorMessage, toAppError } from '../ui/errors';
import { isLocale, storedLocale, storeLocale } from './locale';
import { useViewer } from './session';

/** The active language and a way to change it (saved on the member when signed in). */
export function useLanguage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const [updateProfile, { loading }] = useMutation(UpdateProfileDocument);
  const language: Locale = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'ja';

  const change = useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      await i18n.changeLanguage(locale);
      if (viewer && viewer.locale !== locale) {
        try {
          await updateProfile({ variables: { input: { locale } } });
        } catch (error) {
          notifications.show({
            color: 'red',
            title: t('language.saveFailed'),
            message: errorMessage(t, toAppError(error)),
          });
        }
      }
    },
    [i18n, viewer, updateProfile, t],
  );
  return { language, change, saving: loading };
}

/**
 * Applies the member's saved language when they are known (on load and after sign-in); visitors
 * keep the language chosen on this device, else the community's default.
 */
export function useLanguageSync(): void {
  const { i18n } = useTranslation();
  const { viewer, loading } = useViewer();
  const { data } = useQuery(CommunityDocument);
  const memberLocale = viewer?.locale;
  const communityLocale = data?.community.defaultLocale;

  useEffect(() => {
    if (isLocale(memberLocale) && memberLocale !== i18n.language) {
      storeLocale(memberLocale);
      void i18n.changeLanguage(memberLocale);
    }
  }, [memberLocale, i18n]);

  useEffect(() => {
    if (loading || memberLocale || storedLocale()) return;
    if (isLocale(communityLocale) && communityLocale !== i18n.language) {
      void i18n.changeLanguage(communityLocale);
    }
  }, [loading, memberLocale, communityLocale, i18n]);
}
