import {
  AppShell,
  Box,
  Burger,
  Button,
  Container,
  Group,
  Image,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown } from '@tabler/icons-react';
import { Menu } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { CommunityDocument } from '../features/community/graphql';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { PointsLive } from '../features/points/PointsLive';
import { ErrorPanel, LoadingState } from '../ui/states';
import { AccountMenu } from './AccountMenu';
import { LanguageMenu } from './LanguageMenu';
import { useNavItems, type NavItem } from './nav';
import { useViewer, type Viewer } from './session';
import { useLanguageSync } from './useLanguage';
import classes from './AppLayout.module.css';

const MobileNavDrawer = lazy(async () => ({
  default: (await import('./MobileNav')).MobileNavDrawer,
}));

function Brand({ name, logoUrl }: { name: string; logoUrl: string | null | undefined }) {
  return (
    <UnstyledButton component={Link} to="/" className={classes.brand}>
      <Group gap="sm" wrap="nowrap">
        {logoUrl ? (
          <Image src={logoUrl} alt="" h={36} w={36} radius="md" fit="cover" />
        ) : (
          <Box className={classes.mark} aria-hidden>
            {[...name][0] ?? 'K'}
          </Box>
        )}
        <Text fw={700} size="md" className={classes.brandName} lineClamp={1}>
          {name}
        </Text>
      </Group>
    </UnstyledButton>
  );
}

function ManageMenu({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const active = items.some((item) => location.pathname.startsWith(item.to));
  return (
    <Menu position="bottom-start" shadow="md" width={220}>
      <Menu.Target>
        <UnstyledButton className={classes.link} data-active={active || undefined}>
          <Group gap={4} wrap="nowrap">
            {t('nav.manage')}
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item
            key={item.id}
            component={Link}
            to={item.to}
            leftSection={<item.icon size={16} aria-hidden />}
          >
            {t(item.label)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function DesktopNav({ viewer }: { viewer: Viewer | null }) {
  const { t } = useTranslation();
  const main = useNavItems(viewer, 'main');
  const manage = useNavItems(viewer, 'manage');
  return (
    <Group component="nav" gap={4} visibleFrom="sm" aria-label={t('nav.label')}>
      {main.map((item) => (
        <NavLink key={item.id} to={item.to} end={item.end} className={classes.link}>
          {t(item.label)}
        </NavLink>
      ))}
      {manage.length > 0 ? <ManageMenu items={manage} /> : null}
    </Group>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const community = useQuery(CommunityDocument);
  const { viewer, loading, error, refetch } = useViewer();
  const [drawerOpen, drawer] = useDisclosure(false);
  const [drawerUsed, setDrawerUsed] = useState(false);
  const location = useLocation();
  useLanguageSync();

  // Move focus to the page after client-side navigation, as a full page load would.
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const name = community.data?.community.name ?? 'Kizuna';

  if ((community.loading && !community.data) || loading) {
    return <LoadingState minHeight={480} />;
  }
  if (!community.data || error) {
    return (
      <Container size="sm" py={64}>
        <ErrorPanel
          error={community.error ?? error}
          onRetry={() => Promise.all([community.refetch(), refetch()])}
        />
      </Container>
    );
  }

  return (
    <AppShell header={{ height: 64 }} padding={0}>
      <a href="#main" className="kizuna-skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header className={classes.header}>
        <Container size="xl" h="100%" px={{ base: 'sm', sm: 'lg' }}>
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="lg" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger
                opened={drawerOpen}
                onClick={() => {
                  setDrawerUsed(true);
                  drawer.toggle();
                }}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.openMenu')}
              />
              <Brand name={name} logoUrl={community.data.community.logoUrl} />
              <DesktopNav viewer={viewer} />
            </Group>
            <Group gap="xs" wrap="nowrap">
              {viewer || community.data.community.visibleToVisitors ? (
                <Box visibleFrom="md">
                  <HeaderSearch />
                </Box>
              ) : null}
              <LanguageMenu />
              {viewer ? (
                <>
                  <NotificationBell />
                  <AccountMenu viewer={viewer} />
                  <PointsLive />
                </>
              ) : (
                <>
                  <Button component={Link} to="/sign-in" variant="subtle" size="sm">
                    {t('account.signIn')}
                  </Button>
                  <Button component={Link} to="/sign-up" size="sm" visibleFrom="xs">
                    {t('account.signUp')}
                  </Button>
                </>
              )}
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      {drawerUsed ? (
        <Suspense fallback={null}>
          <MobileNavDrawer
            opened={drawerOpen}
            onClose={drawer.close}
            title={name}
            viewer={viewer}
          />
        </Suspense>
      ) : null}
      <AppShell.Main>
        <main id="main" tabIndex={-1} className={classes.main}>
          <Suspense fallback={<LoadingState minHeight={320} />}>
            <Outlet />
          </Suspense>
        </main>
        <footer className={classes.footer}>
          <Container size="xl" px={{ base: 'sm', sm: 'lg' }}>
            <Text size="xs" c="dimmed">
              {t('footer.poweredBy')}
            </Text>
          </Container>
        </footer>
      </AppShell.Main>
    </AppShell>
  );
}
