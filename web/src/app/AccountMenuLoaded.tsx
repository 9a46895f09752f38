import { Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBell,
  IconLayoutDashboard,
  IconLogout,
  IconSettings,
  IconUser,
  IconUserEdit,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LoadedMenuProps } from '../ui/DeferredMenu';
import { errorMessage, toAppError } from '../ui/errors';
import { hasConsole } from './nav';
import { useSignOut, type Viewer } from './session';

export function AccountMenuLoaded({
  viewer,
  target,
  defaultOpened,
}: { viewer: Viewer } & LoadedMenuProps) {
  const { t } = useTranslation();
  const [signOut] = useSignOut();

  const onSignOut = async () => {
    try {
      await signOut();
      notifications.show({ color: 'kizuna', message: t('account.signedOut') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, toAppError(error)) });
    }
  };

  return (
    <Menu position="bottom-end" shadow="md" width={240} defaultOpened={defaultOpened}>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {viewer.displayName} <span dir="ltr">@{viewer.handle}</span>
        </Menu.Label>
        <Menu.Item
          component={Link}
          to={`/members/${viewer.handle}`}
          leftSection={<IconUser size={16} aria-hidden />}
        >
          {t('account.myProfile')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/settings/profile"
          leftSection={<IconUserEdit size={16} aria-hidden />}
        >
          {t('account.editProfile')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/settings/account"
          leftSection={<IconSettings size={16} aria-hidden />}
        >
          {t('account.settings')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/settings/notifications"
          leftSection={<IconBell size={16} aria-hidden />}
        >
          {t('account.notificationSettings')}
        </Menu.Item>
        {hasConsole(viewer) ? (
          <>
            <Menu.Divider />
            <Menu.Item
              component={Link}
              to="/manage"
              leftSection={<IconLayoutDashboard size={16} aria-hidden />}
            >
              {t('nav.console')}
            </Menu.Item>
          </>
        ) : null}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void onSignOut()}
        >
          {t('account.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
