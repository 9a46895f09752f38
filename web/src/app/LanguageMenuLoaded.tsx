import { Menu } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@kizuna/shared';
import type { LoadedMenuProps } from '../ui/DeferredMenu';
import { LOCALE_NAMES } from './locale';

export function LanguageMenuLoaded({
  language,
  change,
  target,
  defaultOpened,
}: { language: Locale; change: (locale: Locale) => Promise<void> } & LoadedMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" width={180} defaultOpened={defaultOpened}>
      <Menu.Target>{target}</Menu.Target>
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
