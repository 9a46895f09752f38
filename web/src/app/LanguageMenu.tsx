import { Box, Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@kizuna/shared';
import { LOCALE_NAMES } from './locale';
import { useLanguage } from './useLanguage';

/** ja / en switch; remembered on the member when signed in, on this device otherwise. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const { language, change, saving } = useLanguage();
  return (
    <Menu position="bottom-end" shadow="md" width={180}>
      <Menu.Target>
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
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.title')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            onClick={() => void change(locale)}
            rightSection={locale === language ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={locale === language ? 'true' : undefined}
          >
            {LOCALE_NAMES[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
