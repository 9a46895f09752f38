import { Divider, Drawer, NavLink as MantineNavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useNavItems, type NavItem } from './nav';
import type { Viewer } from './session';

function MobileNav({ viewer, onNavigate }: { viewer: Viewer | null; onNavigate: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const link = (item: NavItem) => (
    <MantineNavLink
      key={item.id}
      component={Link}
      to={item.to}
      label={t(item.label)}
      leftSection={<item.icon size={18} aria-hidden />}
      active={item.end ? location.pathname === item.to : location.pathname.startsWith(item.to)}
      onClick={onNavigate}
    />
  );
  const main = useNavItems(viewer, 'main');
  const manage = useNavItems(viewer, 'manage');
  return (
    <Stack component="nav" gap={4} aria-label={t('nav.label')}>
      {main.map(link)}
      {manage.length > 0 ? (
        <>
          <Divider my="xs" label={t('nav.manage')} labelPosition="left" />
          {manage.map(link)}
        </>
      ) : null}
    </Stack>
  );
}

/** The navigation drawer on small screens. */
export function MobileNavDrawer({
  opened,
  onClose,
  title,
  viewer,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  viewer: Viewer | null;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={title}
      size="xs"
      hiddenFrom="sm"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <MobileNav viewer={viewer} onNavigate={onClose} />
    </Drawer>
  );
}
