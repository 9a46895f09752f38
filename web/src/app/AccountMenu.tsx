import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { deferredMenu } from '../ui/DeferredMenu';
import { MemberAvatar } from '../ui/MemberAvatar';
import type { Viewer } from './session';

const Menu = deferredMenu<{ viewer: Viewer }>(
  async () => (await import('./AccountMenuLoaded')).AccountMenuLoaded,
);

export function AccountMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <Menu
      viewer={viewer}
      target={
        <UnstyledButton
          aria-label={t('account.menuLabel', { name: viewer.displayName })}
          px={6}
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-xl)' }}
          data-testid="account-menu"
        >
          <Group gap={8} wrap="nowrap">
            <MemberAvatar displayName={viewer.displayName} avatarUrl={viewer.avatarUrl} size={32} />
            <Text size="sm" fw={600} visibleFrom="sm" maw={160} truncate>
              {viewer.displayName}
            </Text>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      }
    />
  );
}
