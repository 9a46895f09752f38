import {
  Badge,
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
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
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
import type { NavItem, NavLabelT } from './nav';
import { useViewer, type Viewer } from './session';
import { useLanguageSync } from './useLanguage';
import classes from './AppLayout.module.css';

const NavDrawer = lazy(async () => ({ default: (await import('./MobileNav')).NavDrawer }));

/**
 * The class react-remove-scroll (behind Mantine's modals) shifts by the scrollbar's width while
 * it locks scrolling, so the fixed header does not jump.
 */
const SCROLL_LOCK_OFFSET = 'right-scroll-bar-position';

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

/** A sidebar entry: one line, its icon, `aria-current="page"` when it is the open page. */
export function SidebarLink({
  item,
  onNavigate,
  trailing,
}: {
  item: Pick<NavItem, 'id' | 'to' | 'label' | 'icon' | 'end'>;
  onNavigate?: () => void;
  trailing?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <li>
      <NavLink
        to={item.to}
        end={item.end}
        className={classes.link}
        onClick={onNavigate}
        data-nav-id={item.id}
      >
        <item.icon size={18} aria-hidden />
        <span className={classes.linkLabel}>{(t as NavLabelT)(item.label)}</span>
        {trailing}
      </NavLink>
    </li>
  );
}

/** Renders the navigation; `onNavigate` closes the drawer when it is shown there. */
export type RenderNav = (viewer: Viewer | null, onNavigate?: () => void) => ReactNode;

/**
 * The frame both layouts share: header, a left sidebar from the `sm` breakpoint up and, below
 * it, the same navigation in a drawer opened by the header's menu button.
 */
export function Shell({
  console: isConsole = false,
  navLabel,
  renderNav,
}: {
  console?: boolean;
  navLabel: string;
  renderNav: RenderNav;
}) {
  const { t } = useTranslation();
  const community = useQuery(CommunityDocument);
  const { viewer, loading, error, refetch } = useViewer();
  const [drawerOpen, drawer] = useDisclosure(false);
  const [drawerUsed, setDrawerUsed] = useState(false);
  const burger = useRef<HTMLButtonElement>(null);
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

  const openDrawer = () => {
    setDrawerUsed(true);
    drawer.open();
  };
  // Closed without leaving the page: focus goes back to the menu button that opened it.
  const closeDrawer = () => {
    drawer.close();
    burger.current?.focus();
  };

  return (
    <div className={classes.shell}>
      <a href="#main" className="kizuna-skip-link">
        {t('nav.skipToContent')}
      </a>
      <header className={`${classes.header} ${SCROLL_LOCK_OFFSET}`} data-testid="app-header">
        <Group
          h="100%"
          px={{ base: 'sm', sm: 'lg' }}
          justify="space-between"
          wrap="nowrap"
          gap="sm"
        >
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={drawerOpen}
              ref={burger}
              onClick={drawerOpen ? closeDrawer : openDrawer}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(drawerOpen ? 'nav.closeMenu' : 'nav.openMenu')}
              aria-expanded={drawerOpen}
              aria-haspopup="dialog"
              data-testid="nav-burger"
            />
            <Brand name={name} logoUrl={community.data.community.logoUrl} />
            {isConsole ? (
              <Badge variant="light" size="lg" radius="sm" className={classes.consoleTag}>
                {t('nav.console')}
              </Badge>
            ) : null}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {isConsole ? (
              <Button component={Link} to="/" variant="subtle" size="sm" visibleFrom="md">
                {t('nav.backToCommunity')}
              </Button>
            ) : viewer || community.data.community.visibleToVisitors ? (
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
      </header>
      <Box
        component="nav"
        aria-label={navLabel}
        className={classes.navbar}
        visibleFrom="sm"
        data-testid="sidebar"
      >
        {renderNav(viewer)}
      </Box>
      {drawerUsed ? (
        <Suspense fallback={null}>
          <NavDrawer opened={drawerOpen} onClose={closeDrawer} title={name} label={navLabel}>
            {renderNav(viewer, drawer.close)}
          </NavDrawer>
        </Suspense>
      ) : null}
      <main id="main" tabIndex={-1} className={classes.main}>
        <div className={classes.content}>
          <Suspense fallback={<LoadingState minHeight={320} />}>
            <Outlet />
          </Suspense>
        </div>
        <footer className={classes.footer}>
          <Container size="xl" px={{ base: 'sm', sm: 'lg' }}>
            <Text size="xs" c="dimmed">
              {t('footer.poweredBy')}
            </Text>
          </Container>
        </footer>
      </main>
    </div>
  );
}
