import { Box, Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@kizuna/shared';
import { deferredMenu } from '../ui/DeferredMenu';
import { LOCALE_NAMES } from './locale';
import { useLanguage } from './useLanguage';

const Menu = deferredMenu<{ language: Locale; change: (locale: Locale) => Promise<void> }>(
  async () => (await import('./LanguageMenuLoaded')).LanguageMenuLoaded,
);

/** ja / en switch; remembered on the member when signed in, on this device otherwise. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const { language, change, saving } = useLanguage();
  return (
    <Menu
      language={language}
      change={change}
      target={
        <Button
          variant="subtle"
          color="gray"
          size="sm"
          px="xs"
          loading={saving}
          leftSection={<IconLanguage size={18} aria-hidden />}
          aria-label={t('language.label', { current: LOCALE_NAMES[language] })}
        >
          <Box component="span" lang={language} visibleFrom="xs">
            {LOCALE_NAMES[language]}
          </Box>
        </Button>
      }
    />
  );
}
