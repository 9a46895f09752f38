import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The navigation on small screens: a dialog that keeps focus inside while open, closes on Escape
 * (the shell gives focus back to the menu button, or to the new page after a link).
 */
export function NavDrawer({
  opened,
  onClose,
  title,
  label,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  label: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={title}
      size="xs"
      hiddenFrom="sm"
      trapFocus
      closeOnEscape
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('nav.closeMenu') }}
      data-testid="nav-drawer"
    >
      <nav aria-label={label}>{children}</nav>
    </Drawer>
  );
}
